package server

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// events streams reload messages to one open page (server-sent events).
// At most limits.live streams are open at once; a page refused with 503
// still works, it only does not reload by itself.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	select {
	case s.live <- struct{}{}:
		defer func() { <-s.live }()
	default:
		w.Header().Set("Retry-After", "30")
		http.Error(w, "503: забагато відкритих сторінок з автооновленням; сторінка працює, але не оновиться сама "+
			"(too many live-reload connections; the page works but will not reload by itself)", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	if r.Method == http.MethodHead {
		return
	}
	rc := http.NewResponseController(w)
	// The stream outlives the server's read and write timeouts: lift
	// them, and give each message its own write deadline instead, so a
	// page that stops reading is dropped.
	rc.SetReadDeadline(time.Time{})
	send := func(msg string) bool {
		rc.SetWriteDeadline(time.Now().Add(s.limits.write))
		if _, err := io.WriteString(w, msg); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	c := make(chan string, 4)
	s.subsMu.Lock()
	s.subs[c] = true
	s.subsMu.Unlock()
	defer func() {
		s.subsMu.Lock()
		delete(s.subs, c)
		s.subsMu.Unlock()
	}()
	s.mu.RLock()
	hello := fmt.Sprintf("event: hello\ndata: %d\n\n", s.version)
	s.mu.RUnlock()
	if !send(hello) {
		return
	}
	keep := time.NewTicker(s.limits.keepAlive)
	defer keep.Stop()
	for {
		var msg string
		select {
		case <-r.Context().Done():
			return
		case m := <-c:
			msg = reloadEvent(m)
		case <-keep.C:
			msg = ": keep-alive\n\n"
		}
		if !send(msg) {
			return
		}
	}
}

// reloadEvent is the reload message for msg: "*", or site paths one per
// line. Each line becomes one data line; a carriage return would end a
// line too, so it is dropped (sitePath never makes one).
func reloadEvent(msg string) string {
	msg = strings.ReplaceAll(msg, "\r", "")
	return "event: reload\ndata: " + strings.ReplaceAll(msg, "\n", "\ndata: ") + "\n\n"
}

// sitePath is the address of the output file p as a browser's
// location.pathname spells it: percent-encoded, so the page can compare,
// and free of line breaks, so a file name cannot add an event.
func sitePath(p string) string { return (&url.URL{Path: "/" + p}).EscapedPath() }
