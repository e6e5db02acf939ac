package cli

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/server"
)

// TestBrowserEmbed: a news site pastes a measure's snippets, as the
// measure's page gives them, into a story; the reader's browser shows the
// card in its frame and the badge, although the story is on another site,
// while a page not made to be embedded refuses the frame. The portal is
// served by plansite serve's handler, which sends the headers
// docs/publishing.md asks of servers.
func TestBrowserEmbed(t *testing.T) {
	t.Parallel()
	tb := newTab(t)
	site := smallSite(t)
	date, _ := content.ParseDate("2021-07-01")
	s := server.New(generator.New(generator.WithRoot(site), generator.WithDate(date)),
		server.WithLogger(log.New(io.Discard, "", 0)), server.WithOutput(filepath.Join(t.TempDir(), "site")))
	t.Cleanup(func() { s.Close() })
	if err := s.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	portalSrv := httptest.NewServer(s.Handler())
	t.Cleanup(portalSrv.Close)
	// The portal at localhost, the story at 127.0.0.1: two sites.
	portal := strings.Replace(portalSrv.URL, "127.0.0.1", "localhost", 1)

	tb.open(portal + "/town-2020/ii/1-1/")
	card := js[string](tb, `document.getElementById('embed-card-code').value`)
	badge := js[string](tb, `document.getElementById('embed-badge-code').value`)
	for _, want := range []string{`<iframe src="https://plans.example.org/town-2020/ii/1-1/embed/"`, ` title="`, ` width="480"`, ` height="`} {
		if !strings.Contains(card, want) {
			t.Errorf("the card's snippet lacks %s:\n%s", want, card)
		}
	}
	for _, want := range []string{`<a href="https://plans.example.org/town-2020/ii/1-1/"><img src="https://plans.example.org/town-2020/ii/1-1/badge.svg" alt="Захід II.1.1 плану`, ` height="22"`} {
		if !strings.Contains(badge, want) {
			t.Errorf("the badge's snippet lacks %s:\n%s", want, badge)
		}
	}
	published := func(s string) string { return strings.ReplaceAll(s, "https://plans.example.org", portal) }
	story := `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Стаття</title></head><body>
<h1>Новини громади</h1><p>Стан заходу: ` + published(badge) + `</p>` + published(card) + `
<iframe id="refused" src="` + portal + `/town-2020/ii/1-1/" title="сторінка заходу" width="480" height="200"></iframe>
</body></html>`
	news := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, story)
	}))
	t.Cleanup(news.Close)

	// The measure's own page must not show in the story's frame: the
	// browser says so on the story's console.
	tb.allow("frame-ancestors")
	tb.open(news.URL + "/story.html")
	tb.waitFor(`(function () { var i = document.querySelector('p img'); return i && i.complete && i.naturalWidth > 0; })()`, 10*time.Second,
		`(function () { var i = document.querySelector('p img'); return i ? i.src + ' complete ' + i.complete + ' width ' + i.naturalWidth : 'no img'; })()`)
	if alt := js[string](tb, `document.querySelector('p img').alt`); !strings.HasPrefix(alt, "Захід II.1.1 плану") {
		t.Errorf("badge alt %q", alt)
	}

	// Inside the card's frame, which runs in a process of its own.
	frame := frameContext(t, tb, portal+"/town-2020/ii/1-1/embed/")
	in := &tab{t: t, ctx: frame}
	in.waitFor(`document.readyState === 'complete' && !!document.querySelector('.embed-card')`, 10*time.Second, `document.documentElement.outerHTML.slice(0, 300)`)
	if st := js[string](in, `document.querySelector('.embed-card .tag').textContent`); st == "" {
		t.Error("the card shows no state")
	}
	if n := js[int](in, `Array.from(document.querySelectorAll('.embed-card figure.chart svg')).filter(function (s) { return s.getClientRects().length; }).length`); n != 1 {
		t.Errorf("the card shows %d indicator charts, want 1", n)
	}
	if c := js[string](in, `getComputedStyle(document.querySelector('.embed-card .tag')).backgroundColor`); c == "rgba(0, 0, 0, 0)" {
		t.Error("the card's stylesheet does not apply")
	}
	link := js[string](in, `(function () { var a = document.querySelector('.embed-more a'); return a.href + ' ' + a.target; })()`)
	if link != portal+"/town-2020/ii/1-1/ _blank" {
		t.Errorf("the link back: %q", link)
	}
	// The snippet's size holds the card: no scrolling inside the frame.
	if fit := js[string](in, `(function () { var d = document.documentElement; return d.scrollHeight + 'x' + d.scrollWidth + ' in ' + innerHeight + 'x' + innerWidth; })()`); !fits(fit) {
		t.Errorf("the card overflows its frame: %s", fit)
	}
	t.Logf("the card in its frame: %s", js[string](in, `document.documentElement.scrollHeight + 'x' + document.documentElement.scrollWidth + ' in ' + innerHeight + 'x' + innerWidth`))
	runAxe(t, in)
	tb.mu.Lock()
	refused := strings.Join(tb.problems, "\n")
	tb.mu.Unlock()
	if !strings.Contains(refused, "frame-ancestors") {
		t.Errorf("the measure's page was not refused in a frame; the console said:\n%s", refused)
	}
}

// frameContext attaches to the frame from another site at url, which
// Chrome runs as a target of its own.
func frameContext(t *testing.T, tb *tab, url string) context.Context {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		infos, err := chromedp.Targets(tb.ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && info.URL == url {
				ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				// Attach with this context, not a child with a timeout:
				// the frame's session lasts as long as the first Run's.
				if err := chromedp.Do(ctx); err != nil {
					t.Fatal(err)
				}
				return ctx
			}
		}
		if time.Now().After(deadline) {
			var seen []string
			for _, info := range infos {
				seen = append(seen, info.Type+" "+info.URL)
			}
			t.Fatalf("no frame of %s; targets:\n%s", url, strings.Join(seen, "\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// fits reads "HxW in H2xW2" and reports whether the first fits the second.
func fits(s string) bool {
	var h, w, h2, w2 int
	if _, err := fmt.Sscanf(s, "%dx%d in %dx%d", &h, &w, &h2, &w2); err != nil {
		return false
	}
	return h <= h2 && w <= w2
}
