package server

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// listen serves s on a loopback port until the test ends and returns the
// address.
func listen(t *testing.T, s *Server) (addr string, stop context.CancelFunc) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, ln) }()
	t.Cleanup(func() {
		stop()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("ListenAndServe: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop within 5 s of its context ending")
		}
	})
	return ln.Addr().String(), stop
}

// stream is one raw connection with a request sent on it.
type stream struct {
	net.Conn
	resp *http.Response
}

// open sends GET path on a new connection and reads the response head.
func open(t *testing.T, addr, path string) *stream {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(10 * time.Second))
	io.WriteString(c, "GET "+path+" HTTP/1.1\r\nHost: "+addr+"\r\n\r\n")
	r := bufio.NewReader(c)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return &stream{c, resp}
}

// until reads the stream's body until a line equal to want.
func (s *stream) until(want string) error {
	lines := bufio.NewScanner(s.resp.Body)
	for lines.Scan() {
		if lines.Text() == want {
			return nil
		}
	}
	if lines.Err() != nil {
		return lines.Err()
	}
	return io.EOF
}

// TestLiveReloadCap: a flood of live-reload connections gets 503 past the
// cap; pages are still served, rebuilds still run and reach the open
// pages, and a closed connection frees its place.
func TestLiveReloadCap(t *testing.T) {
	s, root := built(t)
	addr, _ := listen(t, s)
	n := defaultLimits.live
	var streams []*stream
	refused := 0
	for range n + 16 {
		st := open(t, addr, "/__plansite/events")
		switch st.resp.StatusCode {
		case 200:
			streams = append(streams, st)
		case http.StatusServiceUnavailable:
			body, _ := io.ReadAll(st.resp.Body)
			if !strings.Contains(string(body), "live-reload") || st.resp.Header.Get("Retry-After") == "" {
				t.Errorf("503 without its explanation: %q", body)
			}
			refused++
			st.Close()
		default:
			t.Fatalf("live-reload connection: %d", st.resp.StatusCode)
		}
	}
	if len(streams) != n || refused != 16 {
		t.Errorf("%d streams open, %d refused; want %d and 16", len(streams), refused, n)
	}
	if page := open(t, addr, "/town-2020/ii/1-1/"); page.resp.StatusCode != 200 {
		t.Errorf("a page with the live-reload cap reached: %d", page.resp.StatusCode)
	}
	breakNote(t, root, `status = "виконується"`)
	if err := s.Rebuild(context.Background()); err != nil {
		t.Fatalf("a rebuild with the cap reached: %v", err)
	}
	if err := streams[0].until("event: reload"); err != nil {
		t.Errorf("an open page did not hear of the rebuild: %v", err)
	}
	streams[1].Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		st := open(t, addr, "/__plansite/events")
		st.Close()
		if st.resp.StatusCode == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a closed live-reload connection did not free its place within 5 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// openFiles counts this process's open file descriptors.
func openFiles(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	return len(entries)
}

// TestConnectionCap: however many connections clients open, the server
// holds at most limits.conns of them; the rest wait in the kernel's queue
// and are served as places free.
func TestConnectionCap(t *testing.T) {
	l := defaultLimits
	l.conns, l.live = 8, 16
	s, _ := built(t, withLimits(l))
	addr, _ := listen(t, s)

	before := openFiles(t)
	const clients = 300
	conns := make([]net.Conn, 0, clients)
	for range clients {
		c, err := net.DialTimeout("tcp", addr, 2*time.Second)
		if err != nil {
			break // the kernel's queue is full: as good as refused
		}
		conns = append(conns, c)
	}
	// Give the server time to accept what it would; it must not pass the cap.
	time.Sleep(300 * time.Millisecond)
	if held := openFiles(t) - before - len(conns); held > l.conns+4 {
		t.Errorf("%d idle connections made the server open %d files, cap %d", len(conns), held, l.conns)
	}
	if err := s.Rebuild(context.Background()); err != nil {
		t.Errorf("a rebuild with every connection taken: %v", err)
	}
	// A request now waits for a place…
	client := &http.Client{Timeout: 300 * time.Millisecond}
	if resp, err := client.Get("http://" + addr + "/"); err == nil {
		resp.Body.Close()
		t.Errorf("served past the cap: %d", resp.StatusCode)
	}
	// …and gets it when the idle connections go.
	for _, c := range conns {
		c.Close()
	}
	client.Timeout = 5 * time.Second
	resp, err := client.Get("http://" + addr + "/")
	if err != nil {
		t.Fatalf("after the idle connections closed: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("after the idle connections closed: %d", resp.StatusCode)
	}
}

// TestSlowClientsDropped: a client that sends its request slowly
// (slowloris) or not at all loses its connection after the header
// timeout, so a handful cannot hold every place.
func TestSlowClientsDropped(t *testing.T) {
	l := defaultLimits
	l.conns, l.readHeader = 4, 200*time.Millisecond
	s, _ := built(t, withLimits(l))
	addr, _ := listen(t, s)
	var conns []net.Conn
	for i := range l.conns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if i%2 == 0 {
			io.WriteString(c, "GET / HTTP/1.1\r\nHost: "+addr+"\r\nX-Slow: ")
		}
		conns = append(conns, c)
	}
	for i, c := range conns {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, err := io.ReadAll(c) // a 408 at most, then the end
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Errorf("slow client %d still connected after 5 s", i)
		}
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("http://" + addr + "/")
	if err != nil {
		t.Fatalf("after the slow clients: %v", err)
	}
	resp.Body.Close()
}

// TestLongURL: a request line past the header limit gets 431.
func TestLongURL(t *testing.T) {
	s, _ := built(t)
	addr, _ := listen(t, s)
	st := open(t, addr, "/"+strings.Repeat("a", 100<<10))
	if st.resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("a 100 KB URL: %d", st.resp.StatusCode)
	}
}

// TestShutdownEndsStreams: stopping the server closes the open pages'
// live-reload streams rather than waiting for them.
func TestShutdownEndsStreams(t *testing.T) {
	s, _ := built(t)
	addr, stop := listen(t, s)
	st := open(t, addr, "/__plansite/events")
	if err := st.until("event: hello"); err != nil {
		t.Fatal(err)
	}
	stop()
	st.SetReadDeadline(time.Now().Add(3 * time.Second))
	_, err := io.ReadAll(st.resp.Body)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Error("the stream stayed open 3 s after the server stopped")
	}
}
