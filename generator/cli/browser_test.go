package cli

// Browser tests: the shipped site, built by `plansite build` and opened in
// headless Chromium as its readers meet it, and `plansite serve` reloading
// an open page as staff edit a note. Fixtures are in browser_helpers_test.go.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// ---- 1. charts ----

// chartInfo is what one figure.chart holds, read from the page's DOM.
type chartInfo struct {
	ID, Kind   string
	SVGs       int
	Title      string
	Desc       string
	LabelledBy []string // text of the aria-labelledby targets, in order
	Adjacent   bool     // the <details> data table directly follows the chart
	Summary    string
	Caption    string
	Head       []string     // column header cells
	RowHeads   int          // data rows with a row header cell
	Rows       [][]string   // data rows: the first tbody, or all for timelines
	Extra      [][][]string // the other tbodies (totals, reference values)
	Marks      []chartMark
	Targets    []string // titles of target marks (indicator charts)
}

type chartMark struct{ A, B, Href string }

const chartsJS = `(function () {
  function text(el) { return el ? el.textContent.replace(/\s+/g, ' ').trim() : ''; }
  function visible(el) { return el.getClientRects().length > 0; }
  return Array.from(document.querySelectorAll('figure.chart')).map(function (f) {
    var kind = (f.className.match(/\bchart-(status|timeline|indicator)\b/) || [])[1] || '';
    // Indicator and status charts are drawn wide and narrow; CSS shows one.
    var svgs = Array.from(f.querySelectorAll('svg[role="img"]')).filter(visible), svg = svgs[0];
    var details = f.querySelector('details'), table = details && details.querySelector('table');
    var plot = kind === 'timeline' ? f.querySelector('.chart-tl-groups') : svg && svg.closest('.chart-plot');
    var bodies = table ? Array.from(table.tBodies) : [];
    function rows(b) {
      return Array.from(b.rows).filter(function (r) { return r.querySelector('th[scope="row"]'); })
        .map(function (r) { return Array.from(r.cells).map(text); });
    }
    var marks = [], targets = [];
    if (svg && kind === 'status') {
      marks = Array.from(svg.querySelectorAll('g.chart-status-row')).map(function (g) {
        return { A: text(g.querySelector('text.chart-label')), B: text(g.querySelector('text.chart-value')), Href: g.querySelector('rect.chart-bar') ? 'bar' : '' };
      });
    } else if (kind === 'timeline') {
      // A timeline is HTML: a link per measure, over a strip hidden from
      // assistive technology; its table row links the same measure.
      var links = table ? Array.from(table.querySelectorAll('tbody tr')).filter(function (r) { return r.querySelector('th[scope="row"]'); })
        .map(function (r) { var a = r.querySelector('th[scope="row"] a'); return a ? a.getAttribute('href') : ''; }) : [];
      marks = Array.from(f.querySelectorAll('li.chart-tl-row')).map(function (li, i) {
        var a = li.querySelector('a.chart-tl-label');
        return { A: text(a), B: a && a.getAttribute('href') === links[i] ? '' : 'link differs from the table: ' + (a && a.getAttribute('href')), Href: links[i] || '' };
      });
    } else if (svg && kind === 'indicator') {
      marks = Array.from(svg.querySelectorAll('circle.chart-dot, rect.chart-band')).map(function (c) { return { A: text(c.querySelector('title')), B: '', Href: '' }; });
      targets = Array.from(svg.querySelectorAll('circle.chart-target-mark')).map(function (c) { return text(c.querySelector('title')); });
    }
    var all = kind === 'timeline' ? [].concat.apply([], bodies.map(rows)) : (bodies.length ? rows(bodies[0]) : []);
    var named = kind === 'timeline' ? f.querySelector('.chart-sr') : svg && svg.querySelector(':scope > desc');
    return {
      ID: f.id, Kind: kind, SVGs: kind === 'timeline' ? 1 - f.querySelectorAll('svg[role="img"]').length : svgs.length,
      Title: text(kind === 'timeline' ? f.querySelector('figcaption') : svg && svg.querySelector(':scope > title')),
      Desc: text(named),
      LabelledBy: svg ? (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map(function (id) { return text(document.getElementById(id)); }) : [],
      Adjacent: !!(plot && details && details.classList.contains('chart-data') && plot.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING),
      Summary: text(details && details.querySelector('summary')),
      Caption: text(table && table.caption),
      Head: table ? Array.from(table.querySelectorAll('thead th[scope="col"]')).map(text) : [],
      RowHeads: all.length,
      Rows: all,
      Extra: kind === 'timeline' ? [] : bodies.slice(1).map(rows),
      Marks: marks, Targets: targets
    };
  });
})()`

func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestBrowserCharts opens pages with every kind of chart and checks that a
// screen reader gets a name and a description for each, and everyone a data
// table with one row per mark of the chart.
func TestBrowserCharts(t *testing.T) {
	t.Parallel()
	pages := []struct {
		path  string
		kinds []string // the charts the page must have, in order
	}{
		{"/svatove-2019/", []string{"status"}},
		{"/svatove-2019/ii/", []string{"status", "timeline"}},
		{"/svatove-2019/timeline/", []string{"timeline", "timeline", "timeline", "timeline", "timeline", "timeline"}},
		{"/svatove-2019/ii/2-1/", []string{"indicator"}}, // патронаж новонароджених: a numeric indicator with values
		{"/dubno-2021/ii/", []string{"status", "timeline"}},
		{"/en/svatove-2019/ii/2-1/", []string{"indicator"}},
	}
	tb := newTab(t)
	for _, pg := range pages {
		tb.open(pg.path)
		charts := js[[]chartInfo](tb, chartsJS)
		var kinds []string
		for _, c := range charts {
			kinds = append(kinds, c.Kind)
		}
		if !slices.Equal(kinds, pg.kinds) {
			t.Errorf("%s: charts %v, want %v", pg.path, kinds, pg.kinds)
		}
		for i, c := range charts {
			where := fmt.Sprintf("%s #%s (%s)", pg.path, c.ID, c.Kind)
			if c.SVGs != 1 {
				t.Errorf("%s: %d images shown, want 1 (a timeline none: it is links)", where, c.SVGs)
				continue
			}
			if c.Kind == "timeline" {
				if c.Title == "" || c.Desc == "" {
					t.Errorf("%s: caption %q, description %q: both must say something", where, c.Title, c.Desc)
				}
				if !c.Adjacent || c.Summary == "" || c.Caption == "" {
					t.Errorf("%s: data table after the chart %v, summary %q, caption %q", where, c.Adjacent, c.Summary, c.Caption)
				}
				checkMarks(t, where, c)
				continue
			}
			// The name a screen reader announces, from the accessibility tree.
			node := tb.ax(fmt.Sprintf(`Array.from(document.querySelectorAll('figure.chart')[%d].querySelectorAll('svg[role="img"]')).filter(function (s) { return s.getClientRects().length; })[0]`, i))
			if node.Ignored || node.Role != "image" {
				t.Errorf("%s: accessibility role %q (ignored %v), want image", where, node.Role, node.Ignored)
			}
			if words(node.Name) == "" || words(node.Name) != words(strings.Join(c.LabelledBy, " ")) {
				t.Errorf("%s: accessible name %q, want the text of its aria-labelledby targets %q", where, node.Name, c.LabelledBy)
			}
			if c.Title == "" || c.Desc == "" {
				t.Errorf("%s: <title> %q, <desc> %q: both must say something", where, c.Title, c.Desc)
			}
			if !slices.Contains(c.LabelledBy, c.Title) || !slices.Contains(c.LabelledBy, c.Desc) {
				t.Errorf("%s: aria-labelledby %q does not point at both <title> and <desc>", where, c.LabelledBy)
			}
			if !c.Adjacent || c.Summary == "" || c.Caption == "" || len(c.Head) < 2 {
				t.Errorf("%s: data table: right after the chart in <details> %v, summary %q, caption %q, column headers %q", where, c.Adjacent, c.Summary, c.Caption, c.Head)
			}
			checkMarks(t, where, c)
		}
		// Opened, the table is in the accessibility tree with its caption as name.
		if len(charts) > 0 && charts[0].Adjacent {
			tb.do(chromedp.Click(chromedp.CSS(`figure.chart details.chart-data > summary`)))
			table := tb.ax(`document.querySelector('figure.chart details.chart-data table')`)
			if table.Role != "table" || words(table.Name) != charts[0].Caption {
				t.Errorf("%s: opened data table: role %q, name %q, want table %q", pg.path, table.Role, table.Name, charts[0].Caption)
			}
		}
	}
}

// checkMarks compares the marks of a chart with the rows of its table.
func checkMarks(t *testing.T, where string, c chartInfo) {
	t.Helper()
	if len(c.Marks) == 0 {
		t.Errorf("%s: no marks on the chart", where)
	}
	if len(c.Marks) != len(c.Rows) {
		t.Errorf("%s: %d marks on the chart, %d rows in its table", where, len(c.Marks), len(c.Rows))
		return
	}
	switch c.Kind {
	case "status": // a bar per state: label, count and share
		total := 0
		for i, m := range c.Marks {
			row := c.Rows[i]
			if len(row) < 2 || m.A != row[0] || !strings.HasPrefix(m.B, row[1]+" ") {
				t.Errorf("%s: bar %d says %q %q, table row %q", where, i, m.A, m.B, row)
				continue
			}
			n, _ := strconv.Atoi(row[1])
			total += n
			if (n > 0) != (m.Href == "bar") {
				t.Errorf("%s: state %q counts %d but bar drawn: %v", where, m.A, n, m.Href == "bar")
			}
		}
		if len(c.Extra) != 1 || len(c.Extra[0]) != 1 || len(c.Extra[0][0]) < 2 || c.Extra[0][0][1] != strconv.Itoa(total) {
			t.Errorf("%s: total row %q, want the sum of the states %d", where, c.Extra, total)
		}
	case "timeline": // a link per measure, to where its table row links
		for i, m := range c.Marks {
			row := c.Rows[i]
			if !strings.HasPrefix(m.A, row[0]) || m.Href == "" || m.B != "" {
				t.Errorf("%s: timeline row %d says %q (table link %q; %s), table row %q", where, i, m.A, m.Href, m.B, row)
			}
		}
	case "indicator": // a dot per value: its title is "date: value"
		for i, m := range c.Marks {
			row := c.Rows[i]
			if len(row) < 2 || m.A != row[0]+": "+row[1] {
				t.Errorf("%s: dot %d titled %q, table row %q", where, i, m.A, row)
			}
		}
		var refs []string
		for _, b := range c.Extra {
			for _, r := range b {
				refs = append(refs, r[0])
			}
		}
		for _, tm := range c.Targets {
			label, _, _ := strings.Cut(tm, ":")
			if !slices.ContainsFunc(refs, func(r string) bool { return strings.HasPrefix(r, label) }) {
				t.Errorf("%s: target mark %q has no row in the table's reference values %q", where, tm, refs)
			}
		}
	}
}

// ---- 2. accessibility basics ----

// keyPages are the kinds of pages readers land on.
var keyPages = []struct{ name, path string }{
	{"home", "/"},
	{"plan", "/svatove-2019/"},
	{"section", "/dubno-2021/ii/"},
	{"measure", "/svatove-2019/ii/2-1/"},
	{"executor", "/executors/svatove-rcsssdm/"},
	{"search", "/search/?q=" + url.QueryEscape("інклюзивн")}, // with results and facets
	{"data", "/data/"},
	{"home-en", "/en/"},
	{"compare", "/compare/"},
	{"strategy", "/compare/family-2024/"},
	{"area-en", "/en/compare/ns-2017/transformation/"},
}

type pageFacts struct {
	Lang          string
	H1            int
	Headings      []int
	Styled        []string
	InlineScripts []string
	FirstFocus    string
}

const pageFactsJS = `(function () {
  var sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  var first = Array.from(document.querySelectorAll(sel)).filter(function (e) { return !e.closest('[hidden]'); })[0];
  return {
    Lang: document.documentElement.getAttribute('lang') || '',
    H1: document.querySelectorAll('h1').length,
    Headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map(function (h) { return +h.tagName[1]; }),
    Styled: Array.from(document.querySelectorAll('[style]')).slice(0, 5).map(function (e) { return e.outerHTML.slice(0, 120); }),
    InlineScripts: Array.from(document.scripts).filter(function (s) { return !s.src && s.type !== 'application/json' && s.type !== 'application/ld+json'; }).map(function (s) { return s.outerHTML.slice(0, 120); }),
    FirstFocus: first ? first.outerHTML.slice(0, 160) : ''
  };
})()`

// controlsJS lists the page's rendered form controls.
const controlsJS = `Array.from(document.querySelectorAll('input:not([type="hidden"]), select, textarea, button')).filter(function (e) { return e.getClientRects().length > 0; })`

// namedRoles must have an accessible name wherever they appear.
var namedRoles = []string{"link", "image", "img", "textbox", "searchbox", "checkbox", "radio", "combobox", "button", "listbox", "spinbutton", "slider", "switch", "DisclosureTriangle", "navigation", "table"}

func TestBrowserAccessibility(t *testing.T) {
	t.Parallel()
	for _, pg := range keyPages {
		t.Run(pg.name, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t)
			tb.open(pg.path)
			if strings.HasPrefix(pg.path, "/search/") {
				tb.waitFor(`document.querySelector('#search-results[aria-busy="false"] li > a') !== null && document.querySelector('#search-facets input') !== null`,
					10*time.Second, `document.getElementById('search-status').textContent`)
			}
			f := js[pageFacts](tb, pageFactsJS)
			if want := map[bool]string{true: "en", false: "uk"}[strings.HasPrefix(pg.path, "/en/")]; f.Lang != want {
				t.Errorf("html[lang] = %q, want %q", f.Lang, want)
			}
			if f.H1 != 1 {
				t.Errorf("%d h1 elements, want exactly 1", f.H1)
			}
			prev := 0
			for i, h := range f.Headings {
				if (i == 0 && h != 1) || h > prev+1 {
					t.Errorf("heading levels %v: h%d after h%d skips a level", f.Headings, h, prev)
					break
				}
				prev = h
			}
			if len(f.Styled) > 0 {
				t.Errorf("elements with a style attribute (the CSP forbids inline styles): %q", f.Styled)
			}
			if len(f.InlineScripts) > 0 {
				t.Errorf("inline scripts (the CSP allows only data: type=application/json and application/ld+json): %q", f.InlineScripts)
			}

			// The accessibility tree: names and landmarks.
			landmarks := map[string]int{}
			var navNames []string
			for _, n := range tb.axTree() {
				switch n.Role {
				case "banner", "main", "contentinfo", "search":
					landmarks[n.Role]++
				case "navigation":
					landmarks[n.Role]++
					navNames = append(navNames, n.Name)
				}
				if slices.Contains(namedRoles, n.Role) && strings.TrimSpace(n.Name) == "" {
					t.Errorf("a %s without an accessible name", n.Role)
				}
			}
			for _, l := range []string{"banner", "main", "contentinfo", "search", "navigation"} {
				if landmarks[l] == 0 || (l != "navigation" && landmarks[l] > 1) {
					t.Errorf("landmark %s: %d on the page, want one", l, landmarks[l])
				}
			}
			if len(slices.Compact(slices.Sorted(slices.Values(navNames)))) != len(navNames) {
				t.Errorf("navigation landmarks share a name: %q", navNames)
			}
			// Each form control, also those the accessibility tree might fold away.
			// A placeholder is no label: it goes when the person types.
			nControls := js[int](tb, controlsJS+`.length`)
			for i := range nControls {
				n := tb.ax(fmt.Sprintf(controlsJS+`[%d]`, i))
				labelled := js[bool](tb, fmt.Sprintf(`(function (e) {
					if (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) return true;
					if (e.labels && Array.from(e.labels).some(function (l) { return l.textContent.trim() !== ''; })) return true;
					return (e.tagName === 'BUTTON' || /^(submit|button|reset)$/.test(e.type)) && (e.textContent || e.value || '').trim() !== '';
				})(`+controlsJS+`[%d])`, i))
				if strings.TrimSpace(n.Name) == "" || !labelled {
					t.Errorf("form control %s has no label (accessible name %q)", js[string](tb, fmt.Sprintf(controlsJS+`[%d].outerHTML`, i)), n.Name)
				}
			}
			if nControls < 2 {
				t.Errorf("%d form controls: the header search box and its button at least", nControls)
			}

			// The skip link: the first thing Tab reaches, and Enter on it
			// moves focus to the main content.
			if !strings.Contains(f.FirstFocus, `href="#main"`) {
				t.Errorf("the first focusable element is %s, want the skip link to #main", f.FirstFocus)
			}
			tb.do(chromedp.KeyEvent(kb.Tab))
			skip := js[string](tb, `(function () { var a = document.activeElement, r = a.getBoundingClientRect();
				return a.getAttribute('href') + ' ' + (r.width > 1 && r.height > 1 && r.top >= 0 && r.bottom <= innerHeight ? 'visible' : 'invisible'); })()`)
			if skip != "#main visible" {
				t.Errorf("after Tab: focus on %q, want the skip link to #main, visible while focused", skip)
			}
			tb.do(chromedp.KeyEvent(kb.Enter))
			if got := js[string](tb, `document.activeElement.tagName + '#' + document.activeElement.id`); got != "MAIN#main" {
				t.Errorf("after Enter on the skip link, focus is on %s, want MAIN#main", got)
			}
			if js[int](tb, `document.querySelectorAll('main#main').length`) != 1 {
				t.Error("no main#main for the skip link")
			}
			runAxe(t, tb)
		})
	}
}

// axeScript finds axe-core's axe.min.js: $AXE_CORE_JS, or node_modules at
// the repository root (npm install --no-save axe-core). Nothing is vendored.
func axeScript() string {
	for _, p := range []string{os.Getenv("AXE_CORE_JS"), filepath.Join(fixture.Root(), "node_modules/axe-core/axe.min.js")} {
		if p == "" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	return ""
}

var axeOnce = sync.OnceValue(axeScript)

// runAxe runs axe-core's WCAG 2.1 A/AA rules on the page, when axe-core is installed.
func runAxe(t *testing.T, tb *tab) {
	t.Run("axe", func(t *testing.T) {
		src := axeOnce()
		if src == "" {
			if os.Getenv("CI") == "true" {
				t.Fatal("axe-core not installed, and CI=true: .ci/run installs it and sets AXE_CORE_JS")
			}
			t.Skip("axe-core not installed: `npm install --no-save axe-core` at the repository root (or set AXE_CORE_JS) to run it")
		}
		js[chromedp.Void](tb, src)
		ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
		defer cancel()
		out, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			.then(function (r) { return r.violations.map(function (v) {
				return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join('; ');
			}); })`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range out {
			t.Errorf("axe: %s", v)
		}
	})
}

// ---- 2b. without JavaScript ----

func TestBrowserWithoutJavaScript(t *testing.T) {
	t.Parallel()
	tb := newTab(t)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	visible := func(sel string) string {
		return js[string](tb, fmt.Sprintf(`(function () { var e = document.querySelector(%q);
			return e && e.getClientRects().length > 0 ? (e.innerText || e.textContent || ' ').replace(/\s+/g, ' ').trim() : ''; })()`, sel))
	}

	// A measure page is all there: the official text, facts, chart, history.
	tb.open("/svatove-2019/ii/2-1/")
	// The heading names the measure by its code and the start of its text.
	if h1 := visible("h1"); !strings.HasPrefix(h1, "II.2.1 забезпечення патронажного") {
		t.Errorf("measure page without JS: h1 %q", h1)
	}
	if st := visible(".status-box"); st == "" {
		t.Error("measure page without JS: no status at the top")
	}
	if q := visible("blockquote.official-text"); !strings.Contains(q, "забезпечення патронажного сестринського спостереження") {
		t.Errorf("measure page without JS: official text %q", q)
	}
	for _, sel := range []string{"dl.facts", "figure.chart svg", "#hist-h", "article.note"} {
		if visible(sel) == "" {
			t.Errorf("measure page without JS: %s not shown", sel)
		}
	}

	// The header search is a plain GET form: typing and Enter opens /search/?q=.
	form := js[string](tb, `(function () { var f = document.getElementById('search-form'), q = document.getElementById('search-q');
		return f.method + ' ' + new URL(f.action).pathname + ' ' + q.name; })()`)
	if form != "get /search/ q" {
		t.Errorf("header search form: %q, want a GET form to /search/ with q", form)
	}
	tb.do(chromedp.SendKeys(chromedp.ID("search-q"), "патронат"+kb.Enter))
	tb.waitFor(`location.pathname === '/search/' && document.readyState === 'complete'`, 10*time.Second, `location.href`)
	if loc := js[string](tb, `location.search`); loc != "?q="+url.QueryEscape("патронат") {
		t.Errorf("the header form submitted %q", loc)
	}

	// The search page says search needs JavaScript and lists every measure.
	if msg := visible("noscript p"); !strings.Contains(msg, "JavaScript") {
		t.Errorf("search page without JS: no visible notice (noscript: %q)", msg)
	}
	if visible("section.static-index") == "" {
		t.Error("search page without JS: the static index is not shown")
	}
	// Every section under its plan: section pages list their measures, so
	// every measure is two links away however many plans the portal has.
	links := js[[]string](tb, `Array.from(document.querySelectorAll('section.static-index details li a')).map(function (a) { return a.pathname; })`)
	for _, m := range shippedMeasures(t) {
		section := "/" + m.Plan + "/" + strings.Split(m.ID, "/")[0] + "/"
		if !slices.Contains(links, section) {
			t.Errorf("search page without JS: the index has no link to %s", section)
		}
	}
	if n := js[int](tb, `document.querySelectorAll('#search-results li').length`); n != 0 {
		t.Errorf("scripts ran although disabled: %d results", n)
	}
}

// ---- 3. search ----

// shippedMeasure is a measure of content/plans/*/plan.toml.
type shippedMeasure struct {
	Plan, ID, Path, Text string
	Executors            []string
	Indicators           []string
}

type tomlMeasure struct {
	ID         string   `toml:"id"`
	Text       string   `toml:"text"`
	Executors  []string `toml:"executors"`
	Indicators []string `toml:"indicators"`
}

var shippedOnce sync.Once
var shippedList []shippedMeasure
var shippedErr error

// shippedMeasures reads the measures of the shipped plans.
func shippedMeasures(t *testing.T) []shippedMeasure {
	t.Helper()
	shippedOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(repoRoot(t), "content/plans/*/plan.toml"))
		for _, f := range files {
			var p struct {
				ID      string `toml:"id"`
				Section []struct {
					ID      string        `toml:"id"`
					Measure []tomlMeasure `toml:"measure"`
					Task    []struct {
						Measure []tomlMeasure `toml:"measure"`
					} `toml:"task"`
					Group []struct {
						Measure []tomlMeasure `toml:"measure"`
					} `toml:"group"`
				} `toml:"section"`
			}
			if _, err := toml.DecodeFile(f, &p); err != nil {
				shippedErr = err
				return
			}
			for _, s := range p.Section {
				ms := slices.Clone(s.Measure)
				for _, x := range s.Task {
					ms = append(ms, x.Measure...)
				}
				for _, x := range s.Group {
					ms = append(ms, x.Measure...)
				}
				for _, m := range ms {
					shippedList = append(shippedList, shippedMeasure{Plan: p.ID, ID: s.ID + "/" + m.ID, Path: "/" + p.ID + "/" + s.ID + "/" + m.ID + "/",
						Text: m.Text, Executors: m.Executors, Indicators: m.Indicators})
				}
			}
		}
	})
	if shippedErr != nil || len(shippedList) < 80 {
		t.Fatalf("reading content/plans/*/plan.toml: %v (%d measures)", shippedErr, len(shippedList))
	}
	return shippedList
}

// measuresWhere lists the paths of the shipped measures that pass keep.
func measuresWhere(t *testing.T, keep func(m shippedMeasure) bool) []string {
	var out []string
	for _, m := range shippedMeasures(t) {
		if keep(m) {
			out = append(out, m.Path)
		}
	}
	if len(out) == 0 {
		t.Fatal("no shipped measure fits: the content changed, update the test")
	}
	return out
}

func textHas(m shippedMeasure, stem string) bool {
	return strings.Contains(strings.ToLower(m.Text+" "+strings.Join(m.Indicators, " ")), stem)
}

// search is one search on the search page, as a person does it.
type search struct {
	*tab
}

// typeQuery opens the search page, types q into the box key by key and
// waits for the results of the whole query.
func (s search) typeQuery(q string) {
	s.t.Helper()
	s.open("/search/")
	s.do(chromedp.WaitReady(chromedp.ID("search-q")), chromedp.SendKeys(chromedp.ID("search-q"), q))
	s.waitResults(q)
}

// waitResults waits until the status names query q.
func (s search) waitResults(q string) {
	s.t.Helper()
	qq, _ := json.Marshal("«" + strings.TrimSpace(q) + "»")
	s.waitFor(fmt.Sprintf(`(function () { var st = document.getElementById('search-status').textContent;
		return st.indexOf(%s) >= 0 && (document.querySelector('#search-results[aria-busy="false"] li > a') !== null || /Нічого/.test(st)); })()`, qq),
		10*time.Second, `document.getElementById('search-status').textContent + ' | value ' + document.getElementById('search-q').value`)
}

// all shows every result ("show more" until there is no more) and returns
// their paths and the count the live region announced.
func (s search) all() (paths []string, announced int) {
	s.t.Helper()
	for range 20 {
		n := js[int](s.tab, `document.querySelectorAll('#search-results li > a').length`)
		if !js[bool](s.tab, `(function () { var b = document.querySelector('.search-more'); return !!b && !b.hidden; })()`) {
			break
		}
		s.do(chromedp.Click(chromedp.CSS(".search-more")))
		s.waitFor(fmt.Sprintf(`document.querySelectorAll('#search-results li > a').length > %d && document.getElementById('search-results').getAttribute('aria-busy') === 'false'`, n), 5*time.Second, "")
	}
	paths = js[[]string](s.tab, `Array.from(document.querySelectorAll('#search-results li > a')).map(function (a) { return a.pathname; })`)
	status := js[string](s.tab, `document.getElementById('search-status').textContent`)
	if m := regexp.MustCompile(`\d+`).FindString(status); m != "" {
		announced, _ = strconv.Atoi(m)
	}
	return paths, announced
}

func missing(got, want []string) []string {
	var out []string
	for _, w := range want {
		if !slices.Contains(got, w) {
			out = append(out, w)
		}
	}
	return out
}

func TestBrowserSearch(t *testing.T) {
	t.Parallel()
	needChromium(t)
	siteURL(t)

	t.Run("queries", func(t *testing.T) {
		t.Parallel()
		s := search{newTab(t)}
		for _, c := range []struct {
			q    string
			want []string
		}{
			// «патронатного»: patronat (foster care), not patronazh (nurse visits).
			{"патронатного", measuresWhere(t, func(m shippedMeasure) bool { return textHas(m, "патронат") })},
			{"реабілітації дітей", measuresWhere(t, func(m shippedMeasure) bool {
				return strings.Contains(strings.ToLower(m.Text), "реабілітац") && regexp.MustCompile(`діт|дит`).MatchString(m.Text)
			})},
			{"інклюзивн", measuresWhere(t, func(m shippedMeasure) bool { return strings.Contains(strings.ToLower(m.Text), "інклюзивн") })},
			// Still typing: «інклюз» is no word's stem, only a prefix of them.
			{"інклюз", measuresWhere(t, func(m shippedMeasure) bool { return strings.Contains(strings.ToLower(m.Text), "інклюзивн") })},
		} {
			s.typeQuery(c.q)
			got, announced := s.all()
			if m := missing(got, c.want); len(m) > 0 {
				t.Errorf("«%s»: %d results lack %v\n(results: %v)", c.q, len(got), m, got)
			}
			if announced != len(got) {
				t.Errorf("«%s»: the live region announced %d results, %d shown", c.q, announced, len(got))
			}
			if status := js[string](s.tab, `document.getElementById('search-status').textContent`); strings.Contains(status, "не всі слова") {
				t.Errorf("«%s»: %q: every word should match", c.q, status)
			}
			if js[int](s.tab, `document.querySelectorAll('#search-results mark').length`) == 0 {
				t.Errorf("«%s»: no words highlighted in the results", c.q)
			}
		}
		// «інклюзивн» finds both plans' inclusive-education measures.
		s.typeQuery("інклюзивн")
		got, _ := s.all()
		for _, plan := range []string{"/svatove-2019/", "/dubno-2021/"} {
			if !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, plan) }) {
				t.Errorf("«інклюзивн»: nothing from %s", plan)
			}
		}
	})

	t.Run("executor", func(t *testing.T) {
		t.Parallel()
		s := search{newTab(t)}
		s.typeQuery("РЦСССДМ")
		got, _ := s.all()
		want := measuresWhere(t, func(m shippedMeasure) bool { return slices.Contains(m.Executors, "svatove-rcsssdm") })
		if m := missing(got, want); len(m) > 0 {
			t.Errorf("«РЦСССДМ»: %d of the %d measures of Сватівський РЦСССДМ missing: %v", len(m), len(want), m)
		}
		for _, p := range got {
			if strings.HasPrefix(p, "/dubno-2021/") {
				t.Errorf("«РЦСССДМ» found a Dubno page %s: Dubno has no РЦСССДМ", p)
			}
		}
		// The address, shared, gives the same results.
		loc := js[string](s.tab, `location.href`)
		if u, _ := url.Parse(loc); u.Query().Get("q") != "РЦСССДМ" {
			t.Errorf("the address of the results is %s, want ?q=РЦСССДМ", loc)
		}
		s2 := search{newTab(t)}
		s2.open(loc)
		s2.waitResults("РЦСССДМ")
		if shared, _ := s2.all(); !slices.Equal(shared, got) {
			t.Errorf("the shared link %s gives %d results, the page it was copied from %d", loc, len(shared), len(got))
		}
	})

	t.Run("apostrophes", func(t *testing.T) {
		t.Parallel()
		s := search{newTab(t)}
		var first []string
		for _, q := range []string{"сімʼї", "сім'ї", "сім’ї"} { // U+02BC, U+0027, U+2019
			s.typeQuery(q)
			got, _ := s.all()
			slices.Sort(got)
			if first == nil {
				first = got
				if len(got) < 10 {
					t.Errorf("«%s»: only %d results", q, len(got))
				}
			} else if !slices.Equal(got, first) {
				t.Errorf("«%s» gives %d results, «сімʼї» %d: the apostrophes must not matter\nonly here: %v\nonly there: %v",
					q, len(got), len(first), missing(got, first), missing(first, got))
			}
		}
	})

	t.Run("facets-shared-keyboard", func(t *testing.T) {
		t.Parallel()
		s := search{newTab(t)}
		s.typeQuery("інклюзивн")
		before, _ := s.all()
		// On a narrow window the filters fold behind their button: open them.
		s.do(chromedp.Evaluate[chromedp.Void](`(function () { var b = document.getElementById('search-filters-toggle');
			if (b && b.offsetParent && b.getAttribute('aria-expanded') === 'false') b.click(); })()`))
		// Tick the Dubno plan in the plan facet, as a person clicks it.
		box := js[[]string](s.tab, `(function () { var b = Array.from(document.querySelectorAll('#search-facets fieldset[data-facet="plan"] input[type="checkbox"]'))
			.filter(function (i) { return /Дуб/.test(i.value); })[0];
			return b ? [b.id, b.value, document.querySelector('label[for="' + b.id + '"]').textContent] : []; })()`)
		if len(box) != 3 {
			t.Fatal("no checkbox for the Dubno plan in the plan facet")
		}
		wantN, _ := strconv.Atoi(regexp.MustCompile(`\((\d+)\)`).FindStringSubmatch(box[2] + "(0)")[1])
		s.do(chromedp.Click(chromedp.ID(box[0])))
		s.waitFor(fmt.Sprintf(`document.getElementById('search-status').textContent.indexOf('%d ') >= 0`, wantN), 5*time.Second,
			`document.getElementById('search-status').textContent`)
		after, announced := s.all()
		if len(after) == 0 || len(after) >= len(before) || len(after) != wantN || announced != wantN {
			t.Errorf("plan facet %q (label %q): %d results of %d, announced %d", box[1], box[2], len(after), len(before), announced)
		}
		for _, p := range after {
			if strings.HasPrefix(p, "/svatove-2019/") {
				t.Errorf("plan facet Дубно still shows %s", p)
			}
		}
		loc := js[string](s.tab, `location.href`)
		u, _ := url.Parse(loc)
		if u.Query().Get("q") != "інклюзивн" || u.Query().Get("plan") != box[1] {
			t.Errorf("URL after ticking the facet: %s, want q=інклюзивн&plan=%s", loc, box[1])
		}

		// The shared address gives the same results, in a new tab.
		s2 := search{newTab(t)}
		s2.open(loc)
		s2.waitResults("інклюзивн")
		shared, _ := s2.all()
		if !slices.Equal(shared, after) {
			t.Errorf("the shared link %s gives %v, the page it was copied from %v", loc, shared, after)
		}
		if v := js[string](s2.tab, `document.getElementById('search-q').value + '|' + document.getElementById('`+box[0]+`').checked`); v != "інклюзивн|true" {
			t.Errorf("shared link: box and facet %q, want «інклюзивн» and the Dubno facet ticked", v)
		}
		// The live region is a polite status the screen reader reads out.
		st := s2.ax(`document.getElementById('search-status')`)
		if st.Role != "status" || js[string](s2.tab, `document.getElementById('search-status').getAttribute('aria-live')`) != "polite" {
			t.Errorf("#search-status: role %q, want a polite live status", st.Role)
		}

		// Keyboard: ArrowDown in the box goes to the first result.
		s2.do(chromedp.Focus(chromedp.ID("search-q")), chromedp.KeyEvent(kb.ArrowDown))
		if got := js[string](s2.tab, `document.activeElement === document.querySelector('#search-results li > a') ? 'first result' : document.activeElement.outerHTML.slice(0, 100)`); got != "first result" {
			t.Errorf("ArrowDown from the search box: focus on %s, want the first result", got)
		}
	})
}

// ---- 4. live reload with plansite serve ----

// syncBuffer is a bytes.Buffer safe for the server's logger and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// copySite copies the repository's site (config.toml, content/, themes/) to dst.
func copySite(t *testing.T, dst string) {
	t.Helper()
	root := repoRoot(t)
	for _, top := range []string{"config.toml", "content", "themes"} {
		err := filepath.WalkDir(filepath.Join(root, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

const liveNote = `+++
date = 2026-11-20
title = "Живе оновлення"
measures = ["ii/2-3"]
status = "%s"
reporter = "svatove-rcsssdm"
+++

%s
`

// sseEvent is a message the page's live-reload connection received, and when.
type sseEvent struct {
	name string
	at   time.Time
}

// TestBrowserLiveReload: with plansite serve running and a measure page
// open, a saved note shows on the page by itself; a broken note shows the
// error with file and line; fixing it brings the page back. (The latency is
// measured by BenchmarkServeReload.)
//
// Not parallel: it logs latencies, best taken with the machine to itself.
func TestBrowserLiveReload(t *testing.T) {
	needChromium(t)
	site := t.TempDir()
	copySite(t, site)

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	serveContext = func() (context.Context, context.CancelFunc) { return ctx, stop }
	defer func() { serveContext = interruptible }()
	pr, pw := io.Pipe()
	var logs syncBuffer
	done := make(chan int, 1)
	go func() {
		code := run([]string{"serve", "--root", site, "--port", "0", "--date", asOf}, pw, &logs)
		pw.Close()
		done <- code
	}()
	defer func() {
		stop()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d", code)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop within 10 s of its context ending")
		}
		t.Logf("serve's log:\n%s", logs.String())
	}()
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	var addr string
	select {
	case line := <-lines:
		m := regexp.MustCompile(`сайт на (http://\S+/)`).FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("serve printed %q, want «plansite: сайт на http://…/»", line)
		}
		addr = m[1]
	case code := <-done:
		t.Fatalf("serve exited %d before listening:\n%s", code, logs.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("serve printed no address within 30 s:\n%s", logs.String())
	}
	if !strings.HasPrefix(addr, "http://127.0.0.1:") {
		t.Errorf("serve listens on %s, want loopback 127.0.0.1 by default", addr)
	}

	page := addr + "svatove-2019/ii/2-3/"
	tb := newTab(t)
	// The error page comes with status 500, as it should; it links
	// /__plansite/error.css, which serve answers with the error page itself
	// (500, text/html): a known bug, reported.
	tb.allow("status of 500 (Internal Server Error) (" + page + ":")
	tb.allow("/__plansite/error.css")
	sse := make(chan sseEvent, 256)
	go func() {
		for ev, err := range chromedp.Events(tb.ctx, network.EventSourceMessageReceived) {
			if err != nil {
				return
			}
			sse <- sseEvent{ev.EventName, time.Now()}
		}
	}()
	drain := func() {
		for len(sse) > 0 {
			<-sse
		}
	}
	// waitHello waits for the server's hello on the page's live-reload
	// connection: from then on the page hears of every rebuild.
	waitHello := func() {
		t.Helper()
		timeout := time.After(5 * time.Second)
		for {
			select {
			case ev := <-sse:
				if ev.name == "hello" {
					return
				}
			case <-timeout:
				t.Fatal("the page's live-reload connection did not open within 5 s")
			}
		}
	}
	openLive := func(u string) {
		t.Helper()
		drain()
		tb.open(u)
		waitHello()
	}
	openLive(page)
	notes := filepath.Join(site, "content/plans/svatove-2019/notes")
	file := filepath.Join(notes, "2026-11-20-zhyve.md")

	// save writes the note as an editor does and waits until the open page
	// shows cond; it returns the time from the save to the page showing it.
	save := func(what, status, body, cond string) time.Duration {
		t.Helper()
		drain()
		if err := os.MkdirAll(notes, 0o755); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if err := os.WriteFile(file, fmt.Appendf(nil, liveNote, status, body), 0o644); err != nil {
			t.Fatal(err)
		}
		if !tb.poll(cond, 10*time.Second) {
			t.Fatalf("%s: the open page did not show it within 10 s (%s)\nserve's log:\n%s", what, cond, logs.String())
		}
		took := time.Since(start)
		notified := time.Duration(0)
		hello := false // the reloaded page's greeting may be here already
		for len(sse) > 0 {
			switch ev := <-sse; {
			case ev.name == "reload" && notified == 0:
				notified = ev.at.Sub(start)
			case ev.name == "hello":
				hello = true
			}
		}
		t.Logf("%s: shown %v after the save (the server's reload message came after %v)", what, took.Round(time.Millisecond), notified.Round(time.Millisecond))
		if !hello {
			waitHello() // the reloaded page listens again
		}
		return took
	}
	has := func(s string) string {
		b, _ := json.Marshal(s)
		return fmt.Sprintf(`document.querySelector('h1') !== null && document.body.innerText.indexOf(%s) >= 0 && !document.getElementById('plansite-error')`, b)
	}

	var lat []time.Duration
	// A new note, in a new notes/ folder, for the open measure; then edits.
	lat = append(lat, save("new note", "виконується", "Консультаційний пункт відкрито знову: перший запис.", has("Консультаційний пункт відкрито знову: перший запис.")))
	lat = append(lat, save("edited note", "виконується", "Консультаційний пункт працює: другий запис.", has("Консультаційний пункт працює: другий запис.")))
	lat = append(lat, save("edited again", "виконується", "Консультаційний пункт працює щодня: третій запис.", has("Консультаційний пункт працює щодня: третій запис.")))

	// Broken: an unknown status (line 5). The page shows the error, with
	// the file and the line.
	save("broken note", "готово", "Четвертий запис.", `!!document.getElementById('plansite-error')`)
	problems := js[string](tb, `Array.from(document.querySelectorAll('.problems li')).map(function (l) { return l.textContent; }).join('\n')`)
	if !regexp.MustCompile(`content/plans/svatove-2019/notes/2026-11-20-zhyve\.md:5\b`).MatchString(problems) || !strings.Contains(problems, "готово") {
		t.Errorf("the error page lists %q, want the file with line 5 and the unknown status «готово»", problems)
	}
	// The last good build is a link away, and the error comes back without it.
	lastGood := js[string](tb, `(Array.from(document.querySelectorAll('a')).filter(function (a) { return /plansite-last-good/.test(a.href); })[0] || {}).href || ''`)
	if lastGood == "" {
		t.Error("the error page has no link to the last good version")
	} else {
		openLive(lastGood)
		if !tb.poll(has("Консультаційний пункт працює щодня: третій запис."), 5*time.Second) {
			t.Errorf("%s does not show the last good build", lastGood)
		}
		openLive(page)
		if !tb.poll(`!!document.getElementById('plansite-error')`, 5*time.Second) {
			t.Errorf("the measure page does not show the error while the note is broken")
		}
	}

	// Fixed: the page recovers by itself.
	lat = append(lat, save("fixed note", "виконано", "Четвертий запис: статус виправлено.", has("Четвертий запис: статус виправлено.")))

	// Each change showed within 10 s (or the test stopped above). How fast
	// is a benchmark's business, not a test's (BenchmarkServeReload in
	// internal/server, run by bench/run.sh): a busy machine must not fail
	// the build.
	slices.Sort(lat)
	t.Logf("save → open page: %v; fastest %v, median %v", lat, lat[0].Round(time.Millisecond), lat[len(lat)/2].Round(time.Millisecond))
	// Leave the page before serve stops: it would reach for the server
	// (its live-reload stream, the icon) and log the refused connections.
	tb.do(chromedp.Navigate("about:blank"))
}
