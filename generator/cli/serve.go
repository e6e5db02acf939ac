package cli

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"strconv"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/internal/server"
)

// serveContext is the context serve runs in: until Ctrl-C or SIGTERM.
// Tests replace it to stop the server.
var serveContext = interruptible

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf siteFlags
	sf.register(fs)
	bind := fs.String("bind", "127.0.0.1", "address to listen on; loopback only unless you say otherwise (then the site, drafts included, is visible to the network)")
	port := fs.Int("port", 8080, "port to listen on (0: any free port)")
	opts, ok := sf.parse(fs, args, stderr)
	if !ok {
		return 2
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*bind, strconv.Itoa(*port)))
	if err != nil {
		fmt.Fprintln(stderr, "plansite serve:", err)
		return 1
	}
	bound := ln.Addr().(*net.TCPAddr)
	addr := "http://" + net.JoinHostPort(localName(bound.IP), strconv.Itoa(bound.Port)) + "/"
	if !bound.IP.IsLoopback() {
		warnNetwork(stderr, net.JoinHostPort(*bind, strconv.Itoa(bound.Port)), bound)
	}
	opts = append(opts, generator.WithBaseURL(addr))
	logger := log.New(stderr, "plansite: ", log.Ltime)
	sopts := []server.Option{server.WithLogger(logger), server.WithLang(sf.lang)}
	if net.ParseIP(*bind) == nil && *bind != "" {
		sopts = append(sopts, server.WithHosts(*bind)) // a host name the staff may type
	}
	srv := server.New(generator.New(opts...), sopts...)
	defer srv.Close()
	ctx, stop := serveContext()
	defer stop()
	if err := srv.Rebuild(ctx); err != nil {
		logger.Printf("перша збірка з помилками; сервер працює далі (first build failed; serving the error page)")
	}
	go func() {
		if err := srv.Watch(ctx, sf.root); err != nil {
			logger.Printf("watch: %v", err)
		}
	}()
	fmt.Fprintf(stdout, "plansite: сайт на %s (Ctrl+C — зупинити)\n", addr)
	if err := srv.ListenAndServe(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "plansite serve:", err)
		return 1
	}
	return 0
}

// localName is the address this computer's own browser opens: the bound
// address, or loopback when bound to every address (a wildcard "tcp"
// listener takes IPv4 too).
func localName(ip net.IP) string {
	if ip.IsUnspecified() {
		return "127.0.0.1"
	}
	return ip.String()
}

// warnNetwork says loudly that a bind beyond loopback shows the site,
// unpublished notes and content errors included, to the network, and
// where others can open it.
func warnNetwork(w io.Writer, asked string, bound *net.TCPAddr) {
	fmt.Fprintf(w, `
!!! УВАГА (WARNING): plansite serve слухає на %s, не лише на цьому компʼютері.
!!! Сайт, разом із чернетками, демонстраційними нотатками й повідомленнями про помилки,
!!! бачить кожен, хто має доступ до цієї мережі.
!!! (The site, drafts included, is visible to everyone on the network: listening on %s.)
`, asked, asked)
	for _, a := range networkAddrs(bound) {
		fmt.Fprintf(w, "!!!   http://%s/\n", a)
	}
	fmt.Fprint(w, "!!! Щоб бачити сайт лише самому, запустіть без --bind (to keep it to yourself, run without --bind).\n\n")
}

// networkAddrs are the addresses others reach the server at: the bound
// one, or every non-loopback address of this computer for a wildcard.
func networkAddrs(bound *net.TCPAddr) []string {
	port := strconv.Itoa(bound.Port)
	if !bound.IP.IsUnspecified() {
		return []string{net.JoinHostPort(bound.IP.String(), port)}
	}
	ifaddrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	dual := bound.IP.To4() == nil // "::" takes IPv4 and IPv6, "0.0.0.0" IPv4 only
	var out []string
	for _, a := range ifaddrs {
		n, ok := a.(*net.IPNet)
		if !ok || n.IP.IsLoopback() || n.IP.IsLinkLocalUnicast() || !dual && n.IP.To4() == nil {
			continue
		}
		out = append(out, net.JoinHostPort(n.IP.String(), port))
	}
	return out
}
