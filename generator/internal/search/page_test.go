package search_test

// The search page as readers meet it: the shipped site (content/, the
// default theme) built by the generator, served over HTTP and opened in
// headless Chromium on a phone (390 px) and a wide screen (1280 px), with
// axe-core, with the keyboard and without JavaScript. browser_test.go
// tests search.js against a minimal page; this one tests the theme's page.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	headless "github.com/plansite/plansite/generator/internal/browser"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// tab is one browser tab on the built site.
type tab struct {
	t    *testing.T
	ctx  context.Context
	base string
}

// startBrowser starts headless Chromium for the test's tabs.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	path := headless.Require(t)
	parent, cancelT := context.WithTimeout(context.Background(), 3*time.Minute)
	actx, cancelA := chromedp.NewExecAllocator(parent, headless.Options(path, t.TempDir())...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA(); cancelT() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// newTab opens a tab of the browser at a window size, with or without scripts.
func newTab(t *testing.T, browser context.Context, base string, width, height int64, script bool) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		t.Fatal(err)
	}
	if !script {
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
	}
	return &tab{t, ctx, base}
}

func (b *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

func js[T any](b *tab, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// search opens the search page with query q and waits for its results.
func (b *tab) search(path, q string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.base + path + "?q=" + url.QueryEscape(q)))
	b.waitResults(q)
}

func (b *tab) waitResults(q string) {
	b.t.Helper()
	qq, _ := json.Marshal(q)
	_, err := chromedp.Run(b.ctx, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById('search-status').textContent.indexOf(%s) >= 0 &&
		document.querySelector('#search-results[aria-busy="false"] li > a') !== null`, qq), chromedp.WithPollingTimeout(15*time.Second)))
	if err != nil {
		b.t.Fatalf("results of %q: %v (status %q)", q, err, js[string](b, `document.getElementById('search-status').textContent`))
	}
}

func (b *tab) results() []string {
	return js[[]string](b, `Array.from(document.querySelectorAll('#search-results li > a')).map(a => a.pathname)`)
}

// focused describes the element that has the keyboard focus.
type focused struct {
	Desc      string  // tag#id.class
	Checkbox  bool    // a facet value
	InMain    bool    // inside <main>
	InResults bool    // inside the results list
	Top, Left float64 // its place on the page
}

const focusedJS = `(function () { var e = document.activeElement, r = e.getBoundingClientRect();
	return { Desc: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''),
		Checkbox: e.type === 'checkbox', InMain: !!e.closest('main'), InResults: !!e.closest('#search-results'),
		Top: r.top + scrollY, Left: r.left + scrollX }; })()`

// tabTo presses Tab from the search box until the focus is on the first
// result, and returns where the focus went in <main> on the way.
func (b *tab) tabTo() []focused {
	b.t.Helper()
	b.do(chromedp.Focus(chromedp.ID("search-q")))
	var path []focused
	for range 60 {
		b.do(chromedp.KeyEvent(kb.Tab))
		f := js[focused](b, focusedJS)
		if f.InMain {
			path = append(path, f)
		}
		if f.InResults {
			return path
		}
	}
	b.t.Fatalf("60 Tabs from the search box did not reach a result: %v", path)
	return nil
}

func descs(fs []focused) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Desc
	}
	return out
}

// visible reports whether the element matched by sel is rendered.
func (b *tab) visible(sel string) bool {
	return js[bool](b, fmt.Sprintf(`(function () { var e = document.querySelector(%q); return !!e && e.getClientRects().length > 0; })()`, sel))
}

// axe runs axe-core (WCAG 2.1 A/AA and best practice) on the page. The
// demonstration banner is the base template's, checked with every page
// type by the site's browser tests (generator/cli); this test is about the
// search page's own parts.
func (b *tab) axe(name string) {
	b.t.Helper()
	src := os.Getenv("AXE_CORE_JS")
	if src == "" {
		if os.Getenv("CI") == "true" {
			b.t.Fatal("AXE_CORE_JS is not set, and CI=true")
		}
		b.t.Log("AXE_CORE_JS not set: axe-core not run")
		return
	}
	code, err := os.ReadFile(src)
	if err != nil {
		b.t.Fatal(err)
	}
	js[chromedp.Void](b, string(code))
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	out, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`axe.run({ exclude: [['.demo-banner']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
		.then(function (r) { return r.violations.map(function (v) {
			return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join('; ');
		}); })`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatal(err)
	}
	for _, v := range out {
		b.t.Errorf("axe, %s: %s", name, v)
	}
}

// site builds the shipped site and serves it.
func site(t *testing.T) string {
	t.Helper()
	headless.Require(t)
	date, err := content.ParseDate("2026-11-24")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := generator.New(generator.WithRoot(fixture.Root()), generator.WithDate(date)).Build(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestSearchPage(t *testing.T) {
	base := site(t)
	browser := startBrowser(t)
	const query = "інклюзивн"

	t.Run("phone", func(t *testing.T) {
		t.Parallel()
		b := newTab(t, browser, base, 390, 844, true)
		b.search("/search/", query)
		if w := js[int](b, `document.documentElement.scrollWidth`); w > 390 {
			t.Errorf("the page is %d px wide in a 390 px window", w)
		}
		// Status, filters button, results: one order on the screen and for Tab.
		if b.visible("#search-facets input") || !b.visible("#search-filters-toggle") {
			t.Error("on a phone the filters should be folded behind their button")
		}
		order := js[[]float64](b, `['search-status', 'search-filters-toggle', 'search-results'].map(function (id) { return document.getElementById(id).getBoundingClientRect().top; })`)
		if !slices.IsSorted(order) {
			t.Errorf("status, filters button and results are at %v: not in reading order", order)
		}
		path := b.tabTo()
		checkTabOrder(t, path)
		if !slices.ContainsFunc(path, func(f focused) bool { return f.Desc == "button#search-filters-toggle.search-filters-toggle" }) {
			t.Errorf("Tab skips the filters button: %v", descs(path))
		}

		// The button opens the filters; Tab goes into them; "show results" folds them and goes to the results.
		b.do(chromedp.Focus(chromedp.ID("search-filters-toggle")), chromedp.KeyEvent(kb.Enter))
		if !b.visible("#search-facets input") || js[string](b, `document.getElementById('search-filters-toggle').getAttribute('aria-expanded')`) != "true" {
			t.Fatal("the filters button did not open the filters")
		}
		b.do(chromedp.KeyEvent(kb.Tab))
		if f := js[focused](b, focusedJS); !f.Checkbox {
			t.Errorf("Tab after the open filters button went to %s, not the first filter", f.Desc)
		}
		b.axe("phone, filters open")
		if w := js[int](b, `document.documentElement.scrollWidth`); w > 390 {
			t.Errorf("with the filters open the page is %d px wide", w)
		}
		b.do(chromedp.Click(chromedp.CSS(".search-filters-done")))
		if b.visible("#search-facets input") || js[string](b, `document.activeElement.id`) != "search-results" {
			t.Error("«show results» did not fold the filters and move to the results")
		}
	})

	t.Run("wide", func(t *testing.T) {
		t.Parallel()
		b := newTab(t, browser, base, 1280, 900, true)
		b.search("/search/", query)
		if b.visible("#search-filters-toggle") || !b.visible("#search-facets input") {
			t.Error("on a wide screen the filters should be shown, without their button")
		}
		if beside := js[bool](b, `document.getElementById('search-facets').getBoundingClientRect().right <= document.getElementById('search-results').getBoundingClientRect().left`); !beside {
			t.Error("the filters are not beside the results")
		}
		// The skip link is the first stop in the page and leads past the filters.
		b.do(chromedp.Focus(chromedp.ID("search-q")))
		for f := js[focused](b, focusedJS); !f.InMain; f = js[focused](b, focusedJS) {
			b.do(chromedp.KeyEvent(kb.Tab))
		}
		if f := js[focused](b, focusedJS); !strings.HasPrefix(f.Desc, "a.search-skip") || !b.visible(".search-skip") {
			t.Errorf("the first stop in the page is %s, not the skip link (visible %v)", f.Desc, b.visible(".search-skip"))
		}
		b.do(chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Tab))
		if f := js[focused](b, focusedJS); !f.InResults {
			t.Errorf("the skip link and Tab led to %s, not the first result", f.Desc)
		}
		b.axe("wide")

		// Two plans' sections "II. Розвиток…" are told apart by their plan.
		groups := js[[]string](b, `Array.from(document.querySelectorAll('fieldset[data-facet="section"] fieldset > legend')).map(function (l) { return l.textContent; })`)
		if len(groups) != 2 || groups[0] == groups[1] {
			t.Errorf("section filter groups %q: want one heading for each plan", groups)
		}

		// Citation codes as the plans write them.
		for _, c := range []struct{ q, first string }{
			{"ІІ.2.1", "/svatove-2019/ii/2-1/"}, {"II 2 1", "/svatove-2019/ii/2-1/"},
			{"II.M.3", "/dubno-2021/ii/medychni-3/"}, {"ІІ.М.3", "/dubno-2021/ii/medychni-3/"},
			{"svatove-2019/ii/2-1", "/svatove-2019/ii/2-1/"},
		} {
			b.search("/search/", c.q)
			if got := b.results(); got[0] != c.first {
				t.Errorf("«%s»: %v, want %s first", c.q, got, c.first)
			}
		}
		// "2.1" within a plan: that plan's II.2.1 first.
		b.do(chromedp.Navigate(base + "/search/?q=2.1&plan=" + url.QueryEscape(js[string](b,
			`Array.from(document.querySelectorAll('fieldset[data-facet="plan"] input')).map(function (i) { return i.value; }).filter(function (v) { return /Сват/.test(v); })[0]`))))
		b.waitResults("2.1")
		if got := b.results(); got[0] != "/svatove-2019/ii/2-1/" {
			t.Errorf("«2.1» in Svatove's plan: %v", got)
		}
	})

	t.Run("english", func(t *testing.T) {
		t.Parallel()
		b := newTab(t, browser, base, 1280, 900, true)
		b.search("/en/search/", query)
		if lang := js[string](b, `document.querySelector('#search-results li > a').getAttribute('lang') + ' ' + document.querySelector('#search-facets fieldset[data-facet="plan"] label span').getAttribute('lang')`); lang != "uk uk" {
			t.Errorf("Ukrainian titles and facet values on the English page are marked %q, want lang=uk", lang)
		}
		b.axe("English")
	})

	t.Run("without JavaScript", func(t *testing.T) {
		t.Parallel()
		b := newTab(t, browser, base, 390, 844, false)
		b.do(chromedp.Navigate(base + "/search/?q=" + url.QueryEscape(query)))
		if !b.visible(".search-nojs") {
			t.Fatal("the page does not say what to do without JavaScript")
		}
		links := js[[]string](b, `Array.from(document.querySelectorAll('.search-nojs a')).map(function (a) { return a.getAttribute('href'); })`)
		for _, want := range []string{"/svatove-2019/", "/dubno-2021/", "#idx-h", "/executors/"} {
			if !slices.Contains(links, want) {
				t.Errorf("without JavaScript: no link to %s among %v", want, links)
			}
		}
		for _, sel := range []string{".search-skip", "#search-filters-toggle", ".search-filters-done"} {
			if b.visible(sel) {
				t.Errorf("without JavaScript %s is shown, though it does nothing", sel)
			}
		}
		if w := js[int](b, `document.documentElement.scrollWidth`); w > 390 {
			t.Errorf("the page is %d px wide in a 390 px window", w)
		}

		// axe needs scripts, so it checks the page as shown without them in
		// a tab with scripts: no query (search.js leaves the page as it is)
		// and the <noscript> content in place of the element.
		a := newTab(t, browser, base, 390, 844, true)
		a.do(chromedp.Navigate(base + "/search/"))
		js[chromedp.Void](a, `document.querySelectorAll('noscript').forEach(function (n) {
			var d = document.createElement('div'); d.innerHTML = n.textContent; n.replaceWith(d); })`)
		if !a.visible(".search-nojs") {
			t.Fatal("the <noscript> content did not render")
		}
		a.axe("without JavaScript")
	})
}

// checkTabOrder: on a phone the way from the search box to the first
// result passes the skip link first and no filter, and goes down the page.
func checkTabOrder(t *testing.T, path []focused) {
	t.Helper()
	if len(path) == 0 || !strings.HasPrefix(path[0].Desc, "a.search-skip") {
		t.Errorf("the first stop in the page is not the skip link: %v", descs(path))
	}
	for i, f := range path {
		if f.Checkbox {
			t.Errorf("Tab reaches a filter (%s, stop %d) before the results: %v", f.Desc, i, descs(path))
			break
		}
		if i > 0 && f.Top+2 < path[i-1].Top {
			t.Errorf("Tab goes up the page from %s to %s", path[i-1].Desc, f.Desc)
		}
	}
}
