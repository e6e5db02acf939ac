package cli

// Every kind of page, in both languages, on a phone (390 px) and on a
// desktop (1280 px): axe-core's WCAG 2.1 A/AA and best-practice rules find
// nothing, no id repeats, and at 390 px nothing is wider than the screen.
// One page per kind: the kinds share templates with the pages they stand
// for. Each page is loaded once and checked at both widths.

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// pageKinds are the kinds of pages of the portal: an example of each on the
// shipped site (amended: on the amended plan's test site), Ukrainian path.
var pageKinds = []struct {
	kind, path string
	amended    bool
}{
	{kind: "home", path: "/"},
	{kind: "plan", path: "/svatove-2019/"},
	{kind: "section", path: "/dubno-2021/ii/"},
	{kind: "task", path: "/svatove-2019/ii/2/"},
	{kind: "group", path: "/dubno-2021/ii/medychni/"},
	{kind: "measure", path: "/svatove-2019/ii/2-1/"},
	{kind: "measure-group", path: "/dubno-2021/ii/medychni-1/"},
	{kind: "executors", path: "/executors/"},
	{kind: "executor", path: "/executors/svatove-rcsssdm/"},
	{kind: "notes", path: "/svatove-2019/notes/"},
	{kind: "note", path: "/svatove-2019/notes/2019-12-27-patronazh-2019/"},
	{kind: "timeline", path: "/svatove-2019/timeline/"},
	{kind: "indicators", path: "/dubno-2021/indicators/"},
	{kind: "search", path: "/search/?q=" + url.QueryEscape("інклюзивн")},
	{kind: "data", path: "/data/"},
	{kind: "404", path: "/404.html"},
	{kind: "quality", path: "/svatove-2019/quality/"},
	{kind: "versions", path: "/svatove-2019/versions/"},
	{kind: "amendment", path: "/svatove-2019/versions/1/", amended: true},
	{kind: "compare", path: "/compare/"},
	{kind: "strategy", path: "/compare/family-2024/"},
	{kind: "area", path: "/compare/ns-2017/transformation/"},
	{kind: "embed", path: "/svatove-2019/ii/2-1/embed/"},
	{kind: "print", path: "/svatove-2019/print/"},
	{kind: "accessibility", path: "/accessibility/"},
	{kind: "changes", path: "/svatove-2019/changes/"},
	{kind: "changes-month", path: "/svatove-2019/changes/2025-12/"},
	{kind: "changes-portal", path: "/changes/"},
}

// layoutFacts is what the test reads of a page's layout at one width.
type layoutFacts struct {
	Width, ScrollWidth int
	// Overflowing are the outermost elements reaching past the right edge.
	Overflowing []string
	// Repeated are the ids on more than one element.
	Repeated []string
}

const layoutJS = `(function () {
  var w = innerWidth, sw = document.documentElement.scrollWidth, out = [];
  function describe(e) {
    var r = e.getBoundingClientRect();
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
      ' (right edge ' + Math.round(r.right) + ' px): ' + (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
  }
  if (sw > w) {
    var wide = Array.from(document.body.querySelectorAll('*')).filter(function (e) {
      var r = e.getBoundingClientRect();
      return r.width > 0 && r.right > w + 0.5;
    });
    // The outermost: what pushes the page wider, not each of its cells.
    out = wide.filter(function (e) { return wide.indexOf(e.parentElement) < 0; }).slice(0, 8).map(describe);
  }
  var seen = {}, rep = [];
  document.querySelectorAll('[id]').forEach(function (e) {
    if (seen[e.id] === 1) rep.push(e.id);
    seen[e.id] = (seen[e.id] || 0) + 1;
  });
  return { Width: w, ScrollWidth: sw, Overflowing: out, Repeated: rep };
})()`

// axeAll are the axe-core rule sets every page must pass.
const axeAll = `['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']`

// TestBrowserEveryPage opens one page of each kind in both languages and
// checks it at 390 and 1280 px.
func TestBrowserEveryPage(t *testing.T) {
	t.Parallel()
	start := time.Now()
	t.Cleanup(func() { t.Logf("every page, both widths: %v", time.Since(start).Round(time.Millisecond)) })
	for _, pg := range pageKinds {
		for _, lang := range []string{"uk", "en"} {
			path := pg.path
			if lang == "en" {
				path = "/en" + path
			}
			t.Run(pg.kind+"-"+lang, func(t *testing.T) {
				t.Parallel()
				tb := newTab(t)
				tb.do(chromedp.EmulateViewport(390, 844))
				if pg.amended {
					tb.open(amendedURL(t) + path)
				} else {
					tb.open(path)
				}
				if pg.kind == "search" {
					tb.waitFor(`document.querySelector('#search-results[aria-busy="false"] li > a') !== null`,
						10*time.Second, `document.getElementById('search-status').textContent`)
				}
				if js[string](tb, `document.documentElement.lang`) != lang {
					t.Errorf("html[lang] is not %q", lang)
				}
				for _, width := range []int64{390, 1280} {
					if width != 390 {
						tb.do(chromedp.EmulateViewport(width, 900))
					}
					f := js[layoutFacts](tb, layoutJS)
					if width == 390 && f.ScrollWidth > f.Width {
						t.Errorf("%d px: the page is %d px wide and scrolls sideways; past the edge:\n  %s", width, f.ScrollWidth, strings.Join(f.Overflowing, "\n  "))
					}
					if len(f.Repeated) > 0 {
						t.Errorf("%d px: ids on more than one element: %q", width, f.Repeated)
					}
					axeRules(t, tb, fmt.Sprintf("%d px", width), axeAll)
				}
			})
		}
	}
}

// axeRules runs axe-core's rules tagged tags (a JavaScript array) on the
// page and reports each violation with up to three elements.
func axeRules(t *testing.T, tb *tab, where, tags string) {
	t.Helper()
	src := axeOnce()
	if src == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("axe-core not installed, and CI=true: .ci/run installs it and sets AXE_CORE_JS")
		}
		t.Log("axe-core not installed: `npm install --no-save axe-core` at the repository root (or set AXE_CORE_JS) to run it")
		return
	}
	if !js[bool](tb, `typeof axe === 'object'`) {
		js[chromedp.Void](tb, src)
	}
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	out, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`axe.run(document, { runOnly: { type: 'tag', values: `+tags+` } })
		.then(function (r) { return r.violations.map(function (v) {
			return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(function (n) {
				return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160);
			}).join('; ');
		}); })`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range out {
		t.Errorf("axe, %s: %s", where, v)
	}
}

// TestBrowserScreenshots takes what a reader sees of the key pages, on a
// phone and a desktop, in both languages: the first screen as PNG and the
// whole page, into $PLANSITE_SHOTS for a person to look at (a temporary
// folder without it). Each whole page must be as wide as the screen: a
// wider one scrolls sideways.
func TestBrowserScreenshots(t *testing.T) {
	dir := os.Getenv("PLANSITE_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	t.Parallel()
	pages := []struct{ name, path string }{
		{"home", "/"}, {"plan", "/svatove-2019/"}, {"measure", "/svatove-2019/ii/2-1/"},
		{"search", "/search/?q=" + url.QueryEscape("II.2.1")}, {"timeline", "/svatove-2019/timeline/"},
	}
	for _, pg := range pages {
		for _, lang := range []string{"uk", "en"} {
			t.Run(pg.name+"-"+lang, func(t *testing.T) {
				t.Parallel()
				path := pg.path
				if lang == "en" {
					path = "/en" + path
				}
				tb := newTab(t)
				for _, w := range []int64{390, 1280} {
					h := map[int64]int64{390: 844, 1280: 800}[w]
					tb.do(chromedp.EmulateViewport(w, h))
					tb.open(path)
					if pg.name == "search" {
						tb.waitFor(`document.querySelector('#search-results[aria-busy="false"] li > a') !== null`, 10*time.Second, ``)
					}
					name := fmt.Sprintf("%s/%s-%s-%d", dir, pg.name, lang, w)
					first, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
					if err != nil {
						t.Fatal(err)
					}
					full, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(name+"-first.png", first, 0o644); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(name+"-full.png", full, 0o644); err != nil {
						t.Fatal(err)
					}
					if cfg, err := png.DecodeConfig(bytes.NewReader(full)); err != nil || int64(cfg.Width) != w {
						t.Errorf("%s at %d px: the whole page is %d px wide (%v)", path, w, cfg.Width, err)
					}
				}
			})
		}
	}
}
