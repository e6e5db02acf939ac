package cli

// Browser tests of the printable plan, the accessibility statement and
// the print stylesheet, on the shipped site.

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

var printShots = flag.String("print-shots", "", "write PNG screenshots of the printable plan, the accessibility statement and a measure page as printed into this directory")

// shootPrint writes a full-page screenshot of the tab when -print-shots is given.
func shootPrint(t *testing.T, tb *tab, name string) {
	t.Helper()
	if *printShots == "" {
		return
	}
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*printShots, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// printLayout is what TestBrowserPrintPlan reads of a page at 390 px.
type printLayout struct {
	Width, ScrollWidth int
	// Overflowing are elements whose right edge is past the viewport's,
	// outside a box that scrolls.
	Overflowing []string
	// Banner is the demo banner's height and the landmark it is in.
	BannerHeight float64
	BannerIn     string
	// IDs that repeat on the page.
	Repeated []string
}

const printLayoutJS = `(function () {
  var w = document.documentElement.clientWidth, over = [];
  document.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.width === 0 || r.right <= w + 1) return;
    for (var a = e.parentElement; a; a = a.parentElement) {
      var o = getComputedStyle(a).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return;
    }
    over.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.right) + 'px');
  });
  var b = document.querySelector('.demo-banner'), seen = {}, rep = [];
  document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) rep.push(e.id); seen[e.id] = true; });
  var land = b && b.closest('header, main, footer, nav, aside, [role=banner], [role=main]');
  return { Width: w, ScrollWidth: document.documentElement.scrollWidth, Overflowing: over.slice(0, 5),
    BannerHeight: b ? b.getBoundingClientRect().height : 0, BannerIn: land ? land.tagName.toLowerCase() : '', Repeated: rep };
})()`

// TestBrowserPrintPlan opens the printable plans and the accessibility
// statement at 390 px in both languages: nothing wider than the screen,
// no repeated id, one h1 and headings in order, the demo banner inside
// the header and at most 60 px tall, and axe-core finds no WCAG 2.1 AA
// violation.
func TestBrowserPrintPlan(t *testing.T) {
	t.Parallel()
	pages := []struct{ name, path string }{
		{"print", "/svatove-2019/print/"},
		{"print-en", "/en/dubno-2021/print/"},
		{"accessibility", "/accessibility/"},
		{"accessibility-en", "/en/accessibility/"},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t)
			tb.do(chromedp.EmulateViewport(390, 844))
			tb.open(pg.path)
			f := js[printLayout](tb, printLayoutJS)
			if f.ScrollWidth > f.Width {
				t.Errorf("%d px wide, content %d px: it scrolls sideways", f.Width, f.ScrollWidth)
			}
			for _, o := range f.Overflowing {
				t.Errorf("past the screen's right edge: %s", o)
			}
			for _, id := range f.Repeated {
				t.Errorf("id %q repeats", id)
			}
			if f.BannerIn != "header" || f.BannerHeight > 60 {
				t.Errorf("the demo banner is %.0f px tall (want ≤ 60) and in %q (want the header)", f.BannerHeight, f.BannerIn)
			}
			pf := js[pageFacts](tb, pageFactsJS)
			if pf.H1 != 1 {
				t.Errorf("%d h1 elements, want exactly 1", pf.H1)
			}
			for i := 1; i < len(pf.Headings); i++ {
				if pf.Headings[i] > pf.Headings[i-1]+1 {
					t.Errorf("heading levels %v: h%d after h%d skips a level", pf.Headings, pf.Headings[i], pf.Headings[i-1])
					break
				}
			}
			shootPrint(t, tb, pg.name+"-390")
			runAxe(t, tb)
		})
	}
}

// printFacts is what TestBrowserPrintMedia reads of a page emulating print.
type printFacts struct {
	// Shown are the page's parts print must hide that are still displayed.
	Shown []string
	// External are the links that leave the site with what is printed
	// after them; Internal the site's own links and anchors that print
	// something after them.
	External, Internal []string
	// Tables are the heights of the charts' data tables.
	Tables []float64
	// Split are measures that may break across pages.
	Split int
}

const printFactsJS = `(function () {
  var shown = [];
  ['.main-nav', '.search-box', '.skip-link', '.crumbs', '.follow', '.embed-box', '.status-tools', '.report-link'].forEach(function (s) {
    document.querySelectorAll(s).forEach(function (e) { if (e.getClientRects().length > 0) shown.push(s); });
  });
  var ext = [], int = [];
  document.querySelectorAll('main a[href]').forEach(function (a) {
    var after = getComputedStyle(a, '::after').content, href = a.getAttribute('href');
    if (/^https?:/.test(href)) ext.push(href + ' → ' + after);
    else if (after !== 'none' && after !== 'normal') int.push(href + ' → ' + after);
  });
  var split = 0;
  document.querySelectorAll('.print-measure, .measure-card').forEach(function (e) { if (getComputedStyle(e).breakInside !== 'avoid') split++; });
  return { Shown: shown, External: ext, Internal: int, Split: split,
    Tables: Array.from(document.querySelectorAll('.chart-table')).map(function (t) { return t.getBoundingClientRect().height; }) };
})()`

// TestBrowserPrintMedia emulates print on a measure page with charts and
// links to other sites, and on the printable plan: navigation, search and
// the page's own tools are hidden; each link that leaves the site prints
// its address after it, and no other link does; the charts' data tables
// print though their <details> is closed; measures are kept on one sheet.
func TestBrowserPrintMedia(t *testing.T) {
	t.Parallel()
	for _, pg := range []struct {
		name, path string
		charts     bool
	}{{"measure", "/svatove-2019/ii/1-1/", true}, {"measure-en", "/en/svatove-2019/ii/1-1/", true}, {"print", "/svatove-2019/print/", false}} {
		t.Run(pg.name, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t)
			tb.do(chromedp.EmulateViewport(794, 1123)) // A4 at 96 dpi
			if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
				t.Fatal(err)
			}
			tb.open(pg.path)
			if !js[bool](tb, `matchMedia('print').matches`) {
				t.Fatal("print media is not emulated")
			}
			f := js[printFacts](tb, printFactsJS)
			for _, s := range f.Shown {
				t.Errorf("%s is printed", s)
			}
			for _, e := range f.External {
				href, after, _ := strings.Cut(e, " → ")
				if !strings.Contains(after, href) {
					t.Errorf("link %s prints %s after it, not its address", href, after)
				}
			}
			if pg.charts && len(f.External) == 0 {
				t.Error("no link to another site on the page: the test needs one")
			}
			for _, i := range f.Internal {
				t.Errorf("the site's own link prints something after it: %s", i)
			}
			if pg.charts && len(f.Tables) == 0 {
				t.Error("no chart data table on the page")
			}
			for i, h := range f.Tables {
				if h < 20 {
					t.Errorf("chart data table %d is %.0f px tall in print: it is not printed", i+1, h)
				}
			}
			if f.Split > 0 {
				t.Errorf("%d measures may break across pages", f.Split)
			}
			shootPrint(t, tb, pg.name+"-printed")
		})
	}
}
