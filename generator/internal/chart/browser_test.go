package chart

import (
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/plansite/plansite/generator/internal/browser"
)

var shots = flag.String("shots", "", "write PNG screenshots of the browser test's chart page into this directory")

// browserFigures are the charts the browser test lays out: the golden ones,
// the edge cases, and long and crowded inputs.
func browserFigures() []Figure {
	var figs []Figure
	for _, c := range goldenCases() {
		figs = append(figs, c.fig)
	}
	figs = append(figs, Indicator(suppressed(LangEN)))
	long := strings.Repeat("Дуже довга назва показника, що не вміщується в рядок ", 4)
	figs = append(figs,
		Indicator(IndicatorData{ID: "b-long", Title: long, Unit: strings.Repeat("осіб з інвалідністю ", 5),
			Points:   []Point{{Date: year(2020), Value: 123456789}, {Date: year(2026), Value: 987654321, Label: long}},
			Baseline: &Reference{Value: 1, Label: long}, Target: &Reference{Value: 1e9, Date: year(2026), Label: long}}),
		Indicator(IndicatorData{ID: "b-huge", Title: "Величезні значення", Points: []Point{{Date: year(1900), Value: -1e308}, {Date: year(2100), Value: 1.7e308}}, Target: &Reference{Value: 1e300}}),
		Indicator(manyPoints(120)),
		Status(StatusData{ID: "b-status-long", Title: long, Counts: []StatusCount{{Key: StatusDone, Label: long, Count: 123456}, {Key: "x", Label: "інше", Count: 1}}}),
		Timeline(TimelineData{ID: "b-tl-long", Title: long, AsOf: year(2025), Rows: []TimelineRow{
			{Label: long, Title: long, URL: "/x/", Start: year(1), End: day(9999, time.December, 31), State: StatusOngoing, StateLabel: long},
			{Label: "2", Title: long, Term: long},
		}}),
	)
	return figs
}

// manyPoints is a long monthly series.
func manyPoints(n int) IndicatorData {
	d := IndicatorData{ID: "b-many", Title: "Щомісячні значення", Unit: "%", Target: &Reference{Value: 90, Date: day(2020+n/12, time.January, 1)}}
	for i := range n {
		d.Points = append(d.Points, Point{Date: day(2000+i/12, time.Month(i%12+1), 1), Value: float64(i%37) + 0.5})
	}
	return d
}

// chartPage is an HTML page with the figures, laid out as the site lays out
// its main column, with the theme's chart.css.
func chartPage(t *testing.T, figs []Figure) string {
	t.Helper()
	tpl := loadTemplates(t)
	css, err := os.ReadFile(cssPath)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<!doctype html><html lang=\"uk\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>charts</title><style>" +
		"body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}main{max-width:72rem;margin:0 auto;padding:0 1rem}\n")
	b.Write(css)
	b.WriteString("</style><main>")
	for _, f := range figs {
		b.WriteString(render(t, tpl, f))
	}
	b.WriteString("</main></html>")
	return b.String()
}

// layoutFacts is what the page says of its charts at one width.
type layoutFacts struct {
	Width     int
	Overflow  []string // elements reaching past the viewport
	SmallText []string // visible chart text under 12 CSS px
	Charts    []shownChart
}

type shownChart struct {
	ID, Kind string
	Images   int      // visible svg[role=img]
	Texts    []string // visible text of the visible image or timeline axis
	Links    int      // visible links in the drawing (timeline rows)
}

const layoutJS = `(function () {
  var W = document.documentElement.clientWidth, out = { Width: W, Overflow: [], SmallText: [], Charts: [] };
  if (document.documentElement.scrollWidth > W) out.Overflow.push('the page scrolls sideways: ' + document.documentElement.scrollWidth);
  function name(el) { return el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"'; }
  function shown(el) { return el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)'); }
  function scale(el) {
    var svg = el.ownerSVGElement; if (!svg || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width) return 1;
    return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  }
  document.querySelectorAll('figure.chart').forEach(function (f) {
    f.querySelectorAll('*').forEach(function (el) {
      // What a label clips (overflow: hidden) is checked as the label.
      if (!shown(el) || el.parentElement.closest('.chart-tl-label') || el.classList.contains('chart-sr')) return;
      var r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      if (r.left < -0.5 || r.right > W + 0.5) out.Overflow.push(f.id + ': ' + name(el) + ' spans ' + Math.round(r.left) + '…' + Math.round(r.right));
    });
    f.querySelectorAll('text, .chart-tl-label, .chart-legend li, .chart-tl-note, .chart-tl-heading').forEach(function (el) {
      if (!shown(el) || !el.textContent.trim()) return;
      var px = parseFloat(getComputedStyle(el).fontSize) * scale(el);
      if (px < 11.95) out.SmallText.push(f.id + ': ' + name(el) + ' at ' + px.toFixed(1) + 'px');
    });
    var imgs = Array.from(f.querySelectorAll('svg[role="img"]')).filter(shown);
    var texts = [];
    var scope = imgs.length ? imgs : Array.from(f.querySelectorAll('.chart-tl-axis, .chart-legend'));
    scope.forEach(function (s) { s.querySelectorAll('text, li').forEach(function (t) { if (shown(t)) texts.push(t.textContent.replace(/\s+/g, ' ').trim()); }); });
    out.Charts.push({ ID: f.id, Kind: (f.className.match(/chart-(indicator|status|timeline)/) || [])[1],
      Images: imgs.length, Texts: texts, Links: Array.from(f.querySelectorAll('.chart-tl-row a')).filter(shown).length });
  });
  return out;
})()`

// TestBrowserLayout renders every kind of chart, and hostile inputs, at a
// phone's and a desktop's width in headless Chromium and checks what a
// reader gets: nothing reaches past the screen (so nothing needs a
// sideways scroll), no chart text is under 12 px, one image per chart is
// shown, and each shows its latest value and its target; a timeline shows
// its last year and a link per measure.
func TestBrowserLayout(t *testing.T) {
	path := browser.Require(t)
	figs := browserFigures()
	page := chartPage(t, figs)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	bctx, stop, err := browser.Start(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	defer cancel()

	for _, w := range []int64{320, 390, 1280} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, 800), chromedp.Navigate(srv.URL)); err != nil {
			t.Fatal(err)
		}
		facts, err := chromedp.Run(ctx, chromedp.Evaluate[layoutFacts](layoutJS))
		if err != nil {
			t.Fatal(err)
		}
		if facts.Width != int(w) {
			t.Fatalf("viewport %d px wide, want %d", facts.Width, w)
		}
		for _, o := range facts.Overflow {
			t.Errorf("%d px: %s", w, o)
		}
		for _, s := range facts.SmallText {
			t.Errorf("%d px: small text: %s", w, s)
		}
		if len(facts.Charts) != len(figs) {
			t.Fatalf("%d px: %d charts on the page, want %d", w, len(facts.Charts), len(figs))
		}
		for i, c := range facts.Charts {
			checkShown(t, w, figs[i], c)
		}
		if *shots != "" {
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*shots, "charts-"+strconv.Itoa(int(w))+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// checkShown compares what the browser shows of one chart with the figure.
func checkShown(t *testing.T, w int64, f Figure, c shownChart) {
	t.Helper()
	where := strconv.Itoa(int(w)) + " px, " + f.ID
	has := func(s string) bool {
		s = strings.Join(strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)), " ")
		for _, x := range c.Texts {
			if strings.Contains(x, s) {
				return true
			}
		}
		return false
	}
	switch f.Kind {
	case KindTimeline:
		rows := allRows(f.Timeline)
		if c.Images != 0 || c.Links != countLinks(rows) {
			t.Errorf("%s: %d images, %d links; want none and a link per measure (%d)", where, c.Images, c.Links, countLinks(rows))
		}
		if ax := f.Timeline.Axis; len(ax) > 0 && !has(ax[len(ax)-1].Text) {
			t.Errorf("%s: the last date on the axis, %q, is not shown: %q", where, ax[len(ax)-1].Text, c.Texts)
		}
		if f.Timeline.Today != nil && !has(msg(f.Lang, "today")) {
			t.Errorf("%s: the legend does not show today: %q", where, c.Texts)
		}
	default:
		if c.Images != 1 {
			t.Errorf("%s: %d images shown, want exactly one", where, c.Images)
			return
		}
		v := wide(f)
		if w < 600 {
			v = narrow(f)
		}
		if p := v.Indicator; p != nil {
			if n := len(p.Marks); n > 0 && !has(p.Marks[n-1].Label.Text) {
				t.Errorf("%s: the latest value %q is not shown: %q", where, p.Marks[n-1].Label.Text, c.Texts)
			}
			for _, r := range p.Refs {
				if r.Class == "chart-target" && !has(strings.TrimSuffix(r.Label.Text, "…")) {
					t.Errorf("%s: the target %q is not shown: %q", where, r.Label.Text, c.Texts)
				}
			}
		}
	}
}

func countLinks(rows []TimelineBar) int {
	n := 0
	for _, r := range rows {
		if r.URL != "" {
			n++
		}
	}
	return n
}
