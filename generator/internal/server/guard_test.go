package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/plansite/plansite/generator/internal/fixture"
)

func TestAllowedHost(t *testing.T) {
	loop := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	lan := &net.TCPAddr{IP: net.ParseIP("192.168.1.5"), Port: 8080}
	lan6 := &net.TCPAddr{IP: net.ParseIP("fd00::5"), Port: 8080}
	s := New(nil, WithHosts("portal.lan"))
	for _, c := range []struct {
		local *net.TCPAddr
		host  string
		want  bool
	}{
		{loop, "127.0.0.1:8080", true},
		{loop, "localhost:8080", true},
		{loop, "LocalHost:8080", true},
		{loop, "[::1]:8080", true},
		{loop, "portal.lan:8080", true}, // given with WithHosts
		{loop, "127.0.0.1:8081", false}, // another port
		{loop, "localhost", false},      // port 80 implied
		{loop, "evil.example:8080", false},
		{loop, "localhost.evil.example:8080", false},
		{loop, "127.0.0.1.nip.io:8080", false},
		{loop, "192.168.1.5:8080", false}, // not the address it arrived at
		{loop, "", false},
		{loop, "localhost:8080:8080", false},
		{lan, "192.168.1.5:8080", true},
		{lan, "localhost:8080", true},
		{lan, "evil.example:8080", false},
		{lan6, "[fd00::5]:8080", true},
		{lan6, "[fd00::6]:8080", false},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 80}, "localhost", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 80}, "[::1]", true},
		{&net.TCPAddr{IP: net.ParseIP("::ffff:192.168.1.5"), Port: 8080}, "192.168.1.5:8080", true},
	} {
		if got := s.allowedHost(c.host, c.local); got != c.want {
			t.Errorf("allowedHost(%q) arriving at %v = %v, want %v", c.host, c.local, got, c.want)
		}
	}
	if s.allowedHost("localhost:8080", nil) {
		t.Error("a request with no local address passed")
	}
}

// request sends method path to srv with the Host header host ("" for
// the server's own) and extra headers, without following redirects.
func request(t *testing.T, srv *httptest.Server, method, path, host string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// A stream answered where a refusal is due would never end: the
	// timeout turns it into a failure.
	client := &http.Client{Timeout: 5 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Errorf("%s %s: %v", method, path, err)
	}
	return resp, string(body)
}

// TestDNSRebinding: a page whose domain name was rebound to this machine
// sends its own name as the Host; it gets 421 and no content.
func TestDNSRebinding(t *testing.T) {
	s, _ := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	for _, host := range []string{"evil.example", "evil.example:" + strconv.Itoa(port), "localhost.evil.example:" + strconv.Itoa(port), "localhost:1"} {
		for _, p := range []string{"/town-2020/ii/1-1/", "/__plansite/events", "/__plansite/live.js", "/nowhere"} {
			resp, body := request(t, srv, "GET", p, host)
			if resp.StatusCode != http.StatusMisdirectedRequest || !strings.Contains(body, "Host") || strings.Contains(body, "town-2020") || len(body) > 400 {
				t.Errorf("Host %s, %s: %d\n%s", host, p, resp.StatusCode, body)
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("Host %s, %s: the refusal has no security headers", host, p)
			}
		}
	}
	for _, host := range []string{"", "localhost:" + strconv.Itoa(port), "[::1]:" + strconv.Itoa(port)} {
		if resp, _ := request(t, srv, "GET", "/town-2020/ii/1-1/", host); resp.StatusCode != 200 {
			t.Errorf("Host %q: %d, want 200", host, resp.StatusCode)
		}
	}
}

// TestSecurityHeaders: every response carries the site's policy, the
// refusals and the error page included.
func TestSecurityHeaders(t *testing.T) {
	s, root := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	check := func(what string, resp *http.Response) {
		t.Helper()
		for name, want := range map[string]string{
			"Content-Security-Policy": contentSecurityPolicy,
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "strict-origin-when-cross-origin",
			"Cache-Control":           "no-store",
		} {
			if got := resp.Header.Get(name); got != want {
				t.Errorf("%s (%d): %s = %q, want %q", what, resp.StatusCode, name, got, want)
			}
		}
	}
	for _, p := range []string{"/", "/town-2020/ii/1-1/", "/town-2020/ii/1-1", "/no/such/", "/feed.xml", "/__plansite/live.js", "/__plansite/error.css"} {
		resp, _ := request(t, srv, "GET", p, "")
		check(p, resp)
	}
	resp, _ := request(t, srv, "GET", "/", "evil.example")
	check("a wrong Host", resp)
	resp, _ = request(t, srv, "POST", "/", "")
	check("POST", resp)

	breakNote(t, root, `status = "готово"`)
	if s.Rebuild(context.Background()) == nil {
		t.Fatal("a broken note built")
	}
	resp, _ = request(t, srv, "GET", "/town-2020/ii/1-1/", "")
	check("the error page", resp)
}

// TestPolicyAsDocumented: the server's policy has every directive of the
// theme's meta tag and of the one docs/publishing.md recommends, with
// the same sources, and nothing else.
func TestPolicyAsDocumented(t *testing.T) {
	directives := func(policy string) map[string]string {
		m := map[string]string{}
		for _, d := range strings.Split(policy, ";") {
			if f := strings.Fields(d); len(f) > 0 {
				m[f[0]] = strings.Join(f[1:], " ")
			}
		}
		return m
	}
	ours := directives(contentSecurityPolicy)
	seen := map[string]bool{}
	for _, src := range []struct{ file, pattern string }{
		{"themes/default/templates/_base.html", `http-equiv="Content-Security-Policy" content="([^"]+)"`},
		{"docs/publishing.md", `add_header Content-Security-Policy "([^"]+)"`},
	} {
		data, err := os.ReadFile(filepath.Join(fixture.Root(), src.file))
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(src.pattern).FindSubmatch(data)
		if m == nil {
			t.Fatalf("%s has no policy", src.file)
		}
		for name, sources := range directives(string(m[1])) {
			seen[name] = true
			if ours[name] != sources {
				t.Errorf("%s says %s %s; the server sends %q", src.file, name, sources, ours[name])
			}
		}
	}
	for name := range ours {
		if !seen[name] {
			t.Errorf("the server sends %s, which neither the theme nor the docs have", name)
		}
	}
}

// breakNote rewrites the small site's note with old replaced by bad.
func breakNote(t *testing.T, root, bad string) {
	t.Helper()
	note := filepath.Join(root, "content/plans/town-2020/notes/2020-12-20-komitet.md")
	data, err := os.ReadFile(note)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(note, []byte(strings.Replace(string(data), `status = "виконано"`, bad, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestErrorPageEscapes: file names and values from content reach the
// error page as text, never as markup.
func TestErrorPageEscapes(t *testing.T) {
	s, root := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	hostile := filepath.Join(root, "content/plans/town-2020/notes", `2021-01-01-"><img src=x onerror=alert(1)>.md`)
	if err := os.WriteFile(hostile, []byte("+++\ndate = 2021-01-01\nmeasures = [\"i/1\"]\nstatus = \"<script>alert('st')</script>\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	breakNote(t, root, `status = "</pre><svg onload=alert(2)>"`)
	if s.Rebuild(context.Background()) == nil {
		t.Fatal("broken notes built")
	}
	resp, body := request(t, srv, "GET", "/town-2020/", "")
	if resp.StatusCode != 500 {
		t.Fatalf("error page: %d", resp.StatusCode)
	}
	for _, bad := range []string{"<img", "<script>alert", "<svg", "</pre><"} {
		if strings.Contains(body, bad) {
			t.Errorf("the error page holds %q unescaped:\n%s", bad, body)
		}
	}
	for _, want := range []string{"&lt;img src=x onerror=alert(1)&gt;.md", "&lt;script&gt;alert(", "&lt;svg onload=alert(2)&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("the error page lacks %q:\n%s", want, body)
		}
	}
}

// TestRequestsStayInside: the server serves the built site from memory;
// no spelling of a path reaches the site folder, and folders are not
// listed.
func TestRequestsStayInside(t *testing.T) {
	s, _ := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for _, p := range []string{
		"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
		"/town-2020/..%5c..%5cconfig.toml", `/..\..\config.toml`, "/config.toml", "/content/executors.toml",
		"/themes/default/templates/_base.html", "/.git/config", "/assets/", "/town-2020/notes/../../../config.toml",
		"//etc/passwd", "/%00", "/index.html%00.toml",
	} {
		c, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(c, "GET "+p+" HTTP/1.1\r\nHost: "+srv.Listener.Addr().String()+"\r\nConnection: close\r\n\r\n")
		raw, _ := io.ReadAll(c)
		c.Close()
		resp := string(raw)
		status := strings.SplitN(resp, "\r\n", 2)[0]
		ok := strings.Contains(status, " 404 ") || strings.Contains(status, " 400 ") ||
			(strings.Contains(status, " 301 ") || strings.Contains(status, " 307 ")) && regexp.MustCompile(`(?m)^Location: /[^/\\]`).MatchString(resp)
		if !ok || strings.Contains(resp, "base_url") || strings.Contains(resp, "[[executor]]") ||
			strings.Contains(resp, "root:") || strings.Contains(resp, "{{") || strings.Contains(resp, "Index of") {
			t.Errorf("GET %s: %s", p, status)
		}
	}
}

func TestMethodsHeadAndRange(t *testing.T) {
	s, _ := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	page := "/town-2020/ii/1-1/"
	get, full := request(t, srv, "GET", page, "")
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"} {
		if resp, _ := request(t, srv, m, page, ""); resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d, Allow %q", m, resp.StatusCode, resp.Header.Get("Allow"))
		}
	}
	head, body := request(t, srv, "HEAD", page, "")
	if head.StatusCode != 200 || body != "" || head.ContentLength != int64(len(full)) || get.ContentLength != int64(len(full)) {
		t.Errorf("HEAD: %d, length %d, body %d bytes; GET sent %d bytes, length %d", head.StatusCode, head.ContentLength, len(body), len(full), get.ContentLength)
	}
	for _, r := range []string{"bytes=0-9", "bytes=-5", "bytes=" + strings.Repeat("0-0,", 2000) + "0-0", "bytes=99999999-"} {
		resp, body := request(t, srv, "GET", page, "", "Range", r)
		if resp.StatusCode != 200 || body != full || resp.Header.Get("Accept-Ranges") != "none" {
			t.Errorf("Range %.20s: %d, %d bytes", r, resp.StatusCode, len(body))
		}
	}
	if resp, _ := request(t, srv, "HEAD", "/__plansite/events", ""); resp.StatusCode != 200 {
		t.Errorf("HEAD of the live-reload stream: %d", resp.StatusCode)
	}
}

func TestRedirectKeepsQueryAndOrigin(t *testing.T) {
	s, _ := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	resp, _ := request(t, srv, "GET", "/town-2020/ii/1-1?plansite-last-good", "")
	if loc := resp.Header.Get("Location"); resp.StatusCode != 301 || loc != "/town-2020/ii/1-1/?plansite-last-good" {
		t.Errorf("%d to %q", resp.StatusCode, loc)
	}
	for in, want := range map[string]string{
		"/a/b/": "/a/b/", "/a/b": "/a/b", "/": "/", "": "/", `/\evil.example/`: "/evil.example/",
		"//evil.example": "/evil.example", "/../../x/": "/x/", `\\evil.example\x`: "/evil.example/x",
	} {
		if got := cleanPath(in); got != want {
			t.Errorf("cleanPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCrossSiteRequests: another site's page can link here, but cannot
// load the site's files or the live-reload stream in the background.
func TestCrossSiteRequests(t *testing.T) {
	s, _ := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for _, c := range []struct {
		path, site, mode, dest string
		want                   int
	}{
		{"/town-2020/", "", "", "", 200},                           // curl
		{"/town-2020/", "none", "navigate", "document", 200},       // typed
		{"/town-2020/", "same-origin", "no-cors", "script", 200},   // the site's own
		{"/town-2020/", "cross-site", "navigate", "document", 200}, // a link from elsewhere
		{"/town-2020/", "cross-site", "no-cors", "script", 403},
		{"/town-2020/", "cross-site", "cors", "empty", 403},
		{"/town-2020/", "cross-site", "navigate", "object", 403},
		{"/__plansite/events", "cross-site", "cors", "empty", 403},
		{"/__plansite/live.js", "cross-site", "no-cors", "script", 403},
	} {
		h := []string{}
		for name, v := range map[string]string{"Sec-Fetch-Site": c.site, "Sec-Fetch-Mode": c.mode, "Sec-Fetch-Dest": c.dest} {
			if v != "" {
				h = append(h, name, v)
			}
		}
		if resp, _ := request(t, srv, "GET", c.path, "", h...); resp.StatusCode != c.want {
			t.Errorf("%s from %s (%s, %s): %d, want %d", c.path, c.site, c.mode, c.dest, resp.StatusCode, c.want)
		}
	}
}

// TestEmbedHeaders: a measure's card to embed may be framed by any site
// and its badge shown on any; every other page keeps its refusal, and the
// policy is otherwise the site's.
func TestEmbedHeaders(t *testing.T) {
	s, _ := built(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for _, c := range []struct{ path, policy, resources string }{
		{"/town-2020/ii/1-1/embed/", embedPolicy, "same-origin"},
		{"/town-2020/ii/1-1/embed/index.html", embedPolicy, "same-origin"},
		{"/en/town-2020/ii/1-1/embed/", embedPolicy, "same-origin"},
		{"/town-2020/ii/1-1/", contentSecurityPolicy, "same-origin"},
		{"/town-2020/ii/1-1/embed", contentSecurityPolicy, "same-origin"}, // the redirect
		{"/town-2020/ii/1-1/badge.svg", contentSecurityPolicy, "cross-origin"},
		{"/town-2020/ii/1-1/card.png", contentSecurityPolicy, "same-origin"},
		{"/town-2020/embed/../ii/1-1/", contentSecurityPolicy, "same-origin"},
	} {
		resp, _ := request(t, srv, "GET", c.path, "")
		if got := resp.Header.Get("Content-Security-Policy"); got != c.policy {
			t.Errorf("%s (%d): policy %q, want %q", c.path, resp.StatusCode, got, c.policy)
		}
		if got := resp.Header.Get("Cross-Origin-Resource-Policy"); got != c.resources {
			t.Errorf("%s: Cross-Origin-Resource-Policy %q, want %q", c.path, got, c.resources)
		}
	}
	if !strings.HasSuffix(embedPolicy, "; frame-ancestors *") || strings.Count(embedPolicy, "frame-ancestors") != 1 {
		t.Errorf("embed policy %q", embedPolicy)
	}
	for _, c := range []struct {
		path, mode, dest string
		want             int
	}{
		{"/town-2020/ii/1-1/embed/", "navigate", "iframe", 200},
		{"/town-2020/ii/1-1/badge.svg", "no-cors", "image", 200},
		{"/town-2020/ii/1-1/badge.svg", "cors", "empty", 403},
		{"/town-2020/ii/1-1/card.png", "no-cors", "image", 403},
		{"/assets/", "no-cors", "image", 403},
	} {
		resp, _ := request(t, srv, "GET", c.path, "", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", c.mode, "Sec-Fetch-Dest", c.dest)
		if resp.StatusCode != c.want {
			t.Errorf("%s from another site (%s, %s): %d, want %d", c.path, c.mode, c.dest, resp.StatusCode, c.want)
		}
	}
}

// TestEmbedPolicyAsDocumented: docs/publishing.md's rule for the cards to
// embed sends the policy plansite serve sends them.
func TestEmbedPolicyAsDocumented(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixture.Root(), "docs/publishing.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`location ~ /embed/[^{]*\{[^}]*add_header Content-Security-Policy "([^"]+)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("docs/publishing.md has no rule for /embed/ pages")
	}
	if string(m[1]) != embedPolicy {
		t.Errorf("docs/publishing.md gives the cards to embed\n%s\nplansite serve sends\n%s", m[1], embedPolicy)
	}
	if !regexp.MustCompile(`location ~ /badge\\.svg\$ \{[^}]*Cross-Origin-Resource-Policy cross-origin`).Match(data) {
		t.Error("docs/publishing.md has no rule for badges")
	}
}
