package server

import (
	"strings"
	"testing"
)

// TestReloadEvent: a file name cannot add a line, and so an event, to
// the live-reload stream; paths are spelt as location.pathname spells them.
func TestReloadEvent(t *testing.T) {
	for in, want := range map[string]string{
		"index.html":                    "/index.html",
		"town-2020/нотатки/index.html":  "/town-2020/%D0%BD%D0%BE%D1%82%D0%B0%D1%82%D0%BA%D0%B8/index.html",
		"a\r\nevent: hello\r\ndata: 0":  "/a%0D%0Aevent:%20hello%0D%0Adata:%200",
		"a\revent: reload\rdata: *.css": "/a%0Devent:%20reload%0Ddata:%20%2A.css",
	} {
		p := sitePath(in)
		if p != want {
			t.Errorf("sitePath(%q) = %q, want %q", in, p, want)
		}
		ev := reloadEvent("/x.html\n" + p)
		if ev != "event: reload\ndata: /x.html\ndata: "+want+"\n\n" {
			t.Errorf("reloadEvent for %q: %q", in, ev)
		}
	}
	// Were a raw path to reach the stream, it would stay data still.
	ev := reloadEvent("/a\r\nevent: hello\rid: 7")
	lines := strings.Split(strings.TrimSuffix(ev, "\n\n"), "\n")
	if strings.Contains(ev, "\r") || lines[0] != "event: reload" {
		t.Errorf("reloadEvent: %q", ev)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "data: ") {
			t.Errorf("reloadEvent: line %q is not data", l)
		}
	}
}
