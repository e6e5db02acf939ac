package cli

// Browser test of the pages of an amended plan: the test site
// generator/testdata/sites/amended (the Svatove plan with amendment 1),
// built with `plansite build` and opened on a phone's width.

import (
	"bytes"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/plansite/plansite/generator/internal/fixture"
)

var amendShots = flag.String("amend-shots", "", "write PNG screenshots of the amended plan's pages at 390 px into this directory")

var amendedSite struct {
	once sync.Once
	url  string
	err  error
}

// amendedURL builds the amended plan's test site (once per test binary)
// and returns the address serving it.
func amendedURL(t *testing.T) string {
	t.Helper()
	amendedSite.once.Do(func() {
		tmp, err := os.MkdirTemp("", "plansite-amended-")
		if err != nil {
			amendedSite.err = err
			return
		}
		atExit(func() { os.RemoveAll(tmp) })
		out := filepath.Join(tmp, "public")
		root := filepath.Join(fixture.Root(), "generator", "testdata", "sites", "amended")
		var stdout, stderr bytes.Buffer
		if code := run([]string{"build", "--root", root, "--out", out, "--date", "2023-01-01"}, &stdout, &stderr); code != 0 {
			amendedSite.err = fmt.Errorf("plansite build: exit %d\n%s%s", code, stdout.String(), stderr.String())
			return
		}
		srv := httptest.NewServer(http.FileServer(http.Dir(out)))
		atExit(srv.Close)
		amendedSite.url = srv.URL
	})
	if amendedSite.err != nil {
		t.Fatal(amendedSite.err)
	}
	return amendedSite.url
}

// amendFacts is what the test reads of a page of the amended plan.
type amendFacts struct {
	Width, ScrollWidth int
	H1                 int
	Headings           []int
	// Del and Ins are the struck-out and put-in runs, each with its
	// text-decoration and whether it holds words for screen readers.
	Del, Ins []string
	// Unmarked are elements of official text with no lang="uk" around.
	Unmarked []string
}

const amendFactsJS = `(function () {
  function marks(tag, deco) {
    return Array.from(document.querySelectorAll('main ' + tag)).map(function (e) {
      var s = getComputedStyle(e), ok = s.textDecorationLine.indexOf(deco) >= 0;
      var spoken = e.querySelector('.visually-hidden');
      var shown = Array.from(e.childNodes).filter(function (n) { return !(n.classList && n.classList.contains('visually-hidden')); })
        .map(function (n) { return n.textContent; }).join('').trim();
      return shown + (ok ? '' : ' (not ' + deco + ')') + (spoken || e.closest('.diff-legend') ? '' : ' (nothing spoken)');
    });
  }
  return {
    Width: innerWidth, ScrollWidth: document.documentElement.scrollWidth,
    H1: document.querySelectorAll('h1').length,
    Headings: Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4')).map(function (h) { return +h.tagName[1]; }),
    Del: marks('del', 'line-through'), Ins: marks('ins', 'underline'),
    Unmarked: Array.from(document.querySelectorAll('.official')).filter(function (e) { var l = e.closest('[lang]'); return !l || l.lang !== 'uk'; })
      .map(function (e) { return e.outerHTML.slice(0, 100); })
  };
})()`

// TestBrowserAmendment opens the amendment's page, the plan's versions and
// the removed measure's page at 390 px, in both languages: nothing
// scrolls sideways, every change is struck through or underlined (not
// only coloured) and spoken, Ukrainian text is marked, headings go in
// order, and axe-core finds no WCAG 2.1 AA violation.
func TestBrowserAmendment(t *testing.T) {
	t.Parallel()
	pages := []struct {
		name, path string
		del, ins   []string
	}{
		{"diff", "/svatove-2019/versions/1/",
			[]string{"закреслено", "постійно", "5)", "6)"}, []string{"підкреслено", "та в амбулаторіях громад", "4)", "5)", "та", "в кожній громаді"}},
		{"diff-en", "/en/svatove-2019/versions/1/",
			[]string{"struck through", "постійно", "5)", "6)"}, []string{"underlined", "та в амбулаторіях громад", "4)", "5)", "та", "в кожній громаді"}},
		{"versions", "/svatove-2019/versions/", nil, nil},
		{"removed-measure", "/svatove-2019/ii/2-4/", nil, nil},
		{"reworded-measure-en", "/en/svatove-2019/ii/2-6/", []string{"6)"}, []string{"5)", "та", "в кожній громаді"}},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t)
			tb.do(chromedp.EmulateViewport(390, 844))
			tb.open(amendedURL(t) + pg.path)
			f := js[amendFacts](tb, amendFactsJS)
			if f.Width != 390 || f.ScrollWidth > f.Width {
				t.Errorf("%d px wide, content %d px: it scrolls sideways", f.Width, f.ScrollWidth)
			}
			if f.H1 != 1 {
				t.Errorf("%d h1 elements", f.H1)
			}
			for i := 1; i < len(f.Headings); i++ {
				if f.Headings[i] > f.Headings[i-1]+1 {
					t.Errorf("heading levels %v skip one", f.Headings)
					break
				}
			}
			if strings.Join(f.Del, "|") != strings.Join(pg.del, "|") || strings.Join(f.Ins, "|") != strings.Join(pg.ins, "|") {
				t.Errorf("marks\n del %q\nwant %q\n ins %q\nwant %q", f.Del, pg.del, f.Ins, pg.ins)
			}
			for _, u := range f.Unmarked {
				t.Errorf("official text without lang=uk: %s", u)
			}
			if *amendShots != "" {
				png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(*amendShots, pg.name+"-390.png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			runAxe(t, tb)
		})
	}
}
