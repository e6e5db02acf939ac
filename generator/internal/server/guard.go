package server

import (
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// sitePolicy is the policy the default theme's pages declare in a meta
// tag (themes/default/templates/_base.html) joined with the one
// docs/publishing.md recommends for the server, but for framing.
const sitePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'"

// contentSecurityPolicy is the policy of every response: sent as a header
// it also covers what a meta tag cannot — SVG and XML files, the error
// page, and framing, which only a header can forbid (frame-ancestors).
const contentSecurityPolicy = sitePolicy + "; frame-ancestors 'none'"

// embedPolicy is the policy of the measures' cards made to be embedded
// (an …/embed/ page): any site may frame them, as docs/publishing.md
// tells servers.
const embedPolicy = sitePolicy + "; frame-ancestors *"

// embeddable reports whether a cleaned URL path is a card made to be
// embedded: a page whose folder is named embed (<measure>/embed/).
func embeddable(p string) bool {
	return strings.HasSuffix(p, "/embed/") || strings.HasSuffix(p, "/embed/index.html")
}

// badge reports whether a cleaned URL path is a measure's badge, a picture
// other sites show.
func badge(p string) bool { return strings.HasSuffix(p, "/badge.svg") }

// secure sets the security headers on every response, the refusals
// included, then passes GET and HEAD requests on: the dev server only
// reads, so any other method is refused before it reaches a handler. The
// measures' cards to embed may be framed by any site, and their badges
// shown on any; nothing else.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		p := cleanPath(r.URL.Path)
		policy, resources := contentSecurityPolicy, "same-origin"
		if embeddable(p) {
			policy = embedPolicy
		}
		if badge(p) {
			resources = "cross-origin"
		}
		h.Set("Content-Security-Policy", policy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Cross-Origin-Resource-Policy", resources)
		h.Set("Cache-Control", "no-store")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "405: plansite serve лише показує сайт (only GET and HEAD)", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// guardHost answers 421 to a request whose Host header does not name
// this server. A web page that rebinds its own domain name to this
// machine's address (DNS rebinding) sends that domain as the Host, so it
// cannot read the site, drafts and error pages included.
func (s *Server) guardHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		local, _ := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
		if !s.allowedHost(r.Host, local) {
			msg := "421: невідома адреса в заголовку Host; відкрийте сайт за адресою, яку надрукувала plansite serve " +
				"(unknown Host header; open the address plansite serve printed)"
			if tcp, ok := local.(*net.TCPAddr); ok {
				msg += fmt.Sprintf(": http://%s/", net.JoinHostPort(tcp.IP.String(), strconv.Itoa(tcp.Port)))
			}
			http.Error(w, msg, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// allowedHost reports whether host, a request's Host header, names the
// server reached through the local address of its connection: localhost,
// 127.0.0.1, [::1], that local address itself (a non-loopback bind is
// reached by its IP address) or a name given with WithHosts, each with
// the port the connection arrived on (80 when host has none). Only names
// can be rebound, so every other name is refused.
func (s *Server) allowedHost(host string, local net.Addr) bool {
	tcp, ok := local.(*net.TCPAddr)
	if !ok || host == "" {
		return false
	}
	name, port, err := net.SplitHostPort(host)
	if err != nil {
		name, port = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"), "80"
	}
	if port != strconv.Itoa(tcp.Port) {
		return false
	}
	if ip := net.ParseIP(name); ip != nil {
		return ip.Equal(net.IPv4(127, 0, 0, 1)) || ip.Equal(net.IPv6loopback) || ip.Equal(tcp.IP)
	}
	if strings.EqualFold(name, "localhost") {
		return true
	}
	for _, h := range s.hosts {
		if strings.EqualFold(name, h) {
			return true
		}
	}
	return false
}

// isolate refuses, with 403, requests another site's page makes in the
// background: a script, image or fetch aimed at this server from a page
// the staff member happens to have open elsewhere. Such a page could
// otherwise read timings and sizes, or take every live-reload place.
// Following a link here stays allowed, and so does framing a card made to
// be embedded (a navigation too) or showing a badge as an image: that is
// what they are for. Browsers say where a request comes from in
// Sec-Fetch-Site; a request without it (curl, an old browser) is no
// page's doing.
func isolate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if crossSite(r) && !(badge(cleanPath(r.URL.Path)) && r.Header.Get("Sec-Fetch-Dest") == "image") {
			http.Error(w, "403: запит з іншого сайту (a request from another site)", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// crossSite reports whether r is a background request from another site.
func crossSite(r *http.Request) bool {
	if r.Header.Get("Sec-Fetch-Site") != "cross-site" {
		return false // same-origin, same-site, none (typed or bookmarked), or no browser
	}
	dest := r.Header.Get("Sec-Fetch-Dest")
	navigate := r.Header.Get("Sec-Fetch-Mode") == "navigate" && dest != "object" && dest != "embed"
	return !navigate
}
