package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"golang.org/x/net/netutil"
)

// limits bound what clients can hold: a page's live-reload connection
// stays open as long as the page, so without a cap a script on the
// network (or a runaway tab) could open thousands and leave the next
// rebuild without file handles.
type limits struct {
	conns int // connections open at once; more wait in the kernel's queue
	live  int // live-reload connections at once; more get 503

	readHeader time.Duration // to send the request line and headers (slowloris)
	read       time.Duration // to send the whole request
	write      time.Duration // to take a response; per message on live reload
	idle       time.Duration // a kept-alive connection waits for the next request
	keepAlive  time.Duration // between live-reload comments that keep proxies from closing it

	headerBytes int // request line and headers: a longer URL gets 431
}

// defaultLimits suit one staff member with a few dozen tabs open.
var defaultLimits = limits{
	conns:       128,
	live:        64,
	readHeader:  5 * time.Second,
	read:        15 * time.Second,
	write:       30 * time.Second,
	idle:        60 * time.Second,
	keepAlive:   20 * time.Second,
	headerBytes: 32 << 10,
}

// withLimits replaces the default limits; tests use it to hit them with
// few connections.
func withLimits(l limits) Option { return func(s *Server) { s.limits = l } }

// ListenAndServe serves on ln until ctx is done. It caps the connections
// ln accepts at once and times out clients that send or read too slowly.
func (s *Server) ListenAndServe(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.limits.readHeader,
		ReadTimeout:       s.limits.read,
		WriteTimeout:      s.limits.write,
		IdleTimeout:       s.limits.idle,
		MaxHeaderBytes:    s.limits.headerBytes,
		// Requests end with ctx, so open live-reload streams do not hold
		// up the shutdown.
		BaseContext: func(net.Listener) context.Context { return ctx },
	}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	err := srv.Serve(netutil.LimitListener(ln, s.limits.conns))
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
