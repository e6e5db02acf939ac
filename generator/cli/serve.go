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
	bind := fs.String("bind", "127.0.0.1", "address to listen on; loopback only unless you say otherwise")
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
	addr := "http://" + ln.Addr().String() + "/"
	opts = append(opts, generator.WithBaseURL(addr))
	logger := log.New(stderr, "plansite: ", log.Ltime)
	srv := server.New(generator.New(opts...), server.WithLogger(logger), server.WithLang(sf.lang))
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
