package cli

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// serving runs plansite serve with args on the small site until the test
// ends; it returns the address serve printed and its log so far.
func serving(t *testing.T, args ...string) (addr string, logs *syncBuffer) {
	t.Helper()
	site := smallSite(t)
	ctx, stop := context.WithCancel(context.Background())
	serveContext = func() (context.Context, context.CancelFunc) { return ctx, stop }
	pr, pw := io.Pipe()
	logs = &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		code := run(append([]string{"serve", "--root", site, "--date", "2021-07-01", "--port", "0"}, args...), pw, logs)
		pw.Close()
		done <- code
	}()
	t.Cleanup(func() {
		stop()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d:\n%s", code, logs.String())
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop within 10 s of its context ending")
		}
		serveContext = interruptible
	})
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		if sc.Scan() {
			line <- sc.Text()
		}
		io.Copy(io.Discard, pr)
	}()
	select {
	case l := <-line:
		m := regexp.MustCompile(`сайт на (http://\S+/)`).FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("serve printed %q", l)
		}
		return m[1], logs
	case code := <-done:
		t.Fatalf("serve exited %d:\n%s", code, logs.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("serve printed no address within 30 s:\n%s", logs.String())
	}
	return "", nil
}

// fetch gets url with the Host header host ("" for url's own).
func fetch(t *testing.T, url, host string) int {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if host != "" {
		req.Host = host
	}
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestServeLoopbackByDefault(t *testing.T) {
	addr, logs := serving(t)
	if !strings.HasPrefix(addr, "http://127.0.0.1:") {
		t.Errorf("serve listens on %s, want 127.0.0.1", addr)
	}
	if strings.Contains(logs.String(), "WARNING") {
		t.Errorf("a loopback bind warned:\n%s", logs.String())
	}
	port := strings.TrimSuffix(addr[strings.LastIndex(addr, ":")+1:], "/")
	if code := fetch(t, addr, "evil.example:"+port); code != http.StatusMisdirectedRequest {
		t.Errorf("a rebound name: %d, want 421", code)
	}
	if code := fetch(t, addr, "localhost:"+port); code != 200 {
		t.Errorf("localhost: %d", code)
	}
}

// TestServeNetworkBindWarns: --bind 0.0.0.0 says loudly that the site is
// visible to the network and where; the Host check still holds.
func TestServeNetworkBindWarns(t *testing.T) {
	addr, logs := serving(t, "--bind", "0.0.0.0")
	if !strings.HasPrefix(addr, "http://127.0.0.1:") {
		t.Errorf("serve printed %s, want the loopback address to open here", addr)
	}
	warning := logs.String()
	for _, want := range []string{"!!! УВАГА (WARNING)", "0.0.0.0:", "чернетками", "drafts included", "visible to everyone on the network", "без --bind"} {
		if !strings.Contains(warning, want) {
			t.Errorf("the warning lacks %q:\n%s", want, warning)
		}
	}
	port := strings.TrimSuffix(addr[strings.LastIndex(addr, ":")+1:], "/")
	if code := fetch(t, addr, "evil.example:"+port); code != http.StatusMisdirectedRequest {
		t.Errorf("a rebound name: %d, want 421", code)
	}
	if code := fetch(t, addr, ""); code != 200 {
		t.Errorf("127.0.0.1: %d", code)
	}
	// From the network the server is reached at this computer's address.
	if lan := lanAddr(); lan != nil {
		url := "http://" + net.JoinHostPort(lan.String(), port) + "/"
		if !strings.Contains(warning, url) {
			t.Errorf("the warning does not list %s:\n%s", url, warning)
		}
		if code := fetch(t, url, ""); code != 200 {
			t.Errorf("%s: %d", url, code)
		}
	}
}

// lanAddr is a non-loopback IPv4 address of this computer, or nil.
func lanAddr() net.IP {
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() && n.IP.To4() != nil {
			return n.IP
		}
	}
	return nil
}

// TestServeOneNetworkAddress: bound to one address of this computer,
// serve warns, prints that address and answers to it.
func TestServeOneNetworkAddress(t *testing.T) {
	lan := lanAddr()
	if lan == nil {
		t.Skip("this computer has no network address")
	}
	addr, logs := serving(t, "--bind", lan.String())
	port := strings.TrimSuffix(addr[strings.LastIndex(addr, ":")+1:], "/")
	if want := "http://" + net.JoinHostPort(lan.String(), port) + "/"; addr != want {
		t.Errorf("serve printed %s, want %s", addr, want)
	}
	if !strings.Contains(logs.String(), "!!! УВАГА (WARNING)") || !strings.Contains(logs.String(), "!!!   "+addr) {
		t.Errorf("no warning naming %s:\n%s", addr, logs.String())
	}
	if code := fetch(t, addr, ""); code != 200 {
		t.Errorf("%s: %d", addr, code)
	}
	if code := fetch(t, addr, "evil.example:"+port); code != http.StatusMisdirectedRequest {
		t.Errorf("a rebound name: %d, want 421", code)
	}
}
