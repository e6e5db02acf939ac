package search

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/chromedp/chromedp/kb"

	headless "github.com/plansite/plansite/generator/internal/browser"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// testPage is the DOM contract that the site's search template provides.
const testPage = `<!doctype html>
<html lang="%s"><head><meta charset="utf-8"><title>Пошук</title>
<link rel="stylesheet" href="/assets/search.css">
<script src="/assets/search.js" defer></script>
</head><body>
<form id="search-form" action="/search/" method="get" role="search" data-search-base="/search/">
<label for="search-q">Пошук</label> <input id="search-q" name="q" type="search"> <button type="submit">Шукати</button>
</form>
<div id="search-status" role="status" aria-live="polite"></div>
<a class="search-skip" href="#search-results" hidden>До результатів</a>
<div class="search-layout"><div class="search-filters">
<button type="button" id="search-filters-toggle" class="search-filters-toggle" aria-expanded="false" aria-controls="search-facets" hidden>Фільтри</button>
<div id="search-facets"></div>
<button type="button" class="search-filters-done" hidden>Показати результати</button>
</div>
<ol id="search-results" tabindex="-1" aria-label="Результати"></ol></div>
%s
</body></html>`

// siteServer serves the test page at /search/ (and /en/search/), the index
// under /search/ and the theme assets under /assets/, counting requests.
type siteServer struct {
	mu    sync.Mutex
	paths []string
	bytes int
	gz    int // what the same responses weigh gzipped
}

func (s *siteServer) reset() (paths []string, n, gz int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	paths, n, gz = s.paths, s.bytes, s.gz
	s.paths, s.bytes, s.gz = nil, 0, 0
	return
}

func (s *siteServer) handler(t *testing.T, idx *Index) http.Handler {
	css := filepath.Join(fixture.Root(), "themes", "default", "assets", "search.css")
	page := func(lang string) []byte {
		return fmt.Appendf(nil, testPage, lang, ManifestElement(idx.Manifest))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		ctype := "application/json"
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'")
		switch p := r.URL.Path; {
		case p == "/search/" || p == "/en/search/":
			body, ctype = page(map[bool]string{true: "en", false: "uk"}[p == "/en/search/"]), "text/html; charset=utf-8"
		case strings.HasPrefix(p, "/search/") && idx.Files[strings.TrimPrefix(p, "/search/")] != nil:
			body = idx.Files[strings.TrimPrefix(p, "/search/")]
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		case p == "/assets/search.js":
			body, ctype = ClientJS, "text/javascript"
		case p == "/assets/search.css":
			b, err := os.ReadFile(css)
			if err != nil {
				http.NotFound(w, r)
				return
			}
			body, ctype = b, "text/css"
		case p == "/favicon.ico":
			w.WriteHeader(http.StatusNoContent)
			return
		default:
			http.NotFound(w, r)
			return
		}
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.bytes += len(body)
		s.gz += gzipLen(body)
		s.mu.Unlock()
		w.Header().Set("Content-Type", ctype)
		w.Write(body)
	})
}

func gzipLen(b []byte) int {
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	z.Write(b)
	z.Close()
	return buf.Len()
}

// browser starts headless Chromium, skipping (or on CI failing) without
// it. The returned func lists what the page reported on its console:
// exceptions, errors, warnings and CSP violations.
func browser(t *testing.T) (context.Context, func() []string) {
	path := headless.Require(t)
	base, cancelT := context.WithTimeout(context.Background(), 2*time.Minute)
	actx, cancelA := chromedp.NewExecAllocator(base, headless.Options(path, t.TempDir())...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA(); cancelT() })

	var mu sync.Mutex
	var problems []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(problems)
	}
}

// results waits until the status names query and returns the result paths.
func results(ctx context.Context, t *testing.T, query string) []string {
	t.Helper()
	q, _ := json.Marshal(query)
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`(function(){
		var s = document.getElementById('search-status').textContent;
		return s.indexOf('«' + %s + '»') >= 0 && (document.querySelector('#search-results[aria-busy="false"] li > a') !== null || /Нічого/.test(s));
	})()`, q), chromedp.WithPollingTimeout(15*time.Second)))
	if err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("search-status")))
		t.Fatalf("waiting for results of %q: %v (status %q)", query, err, status)
	}
	return paths(ctx, t)
}

func paths(ctx context.Context, t *testing.T) []string {
	t.Helper()
	ps, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#search-results li > a')).map(a => a.pathname)`))
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func typeQuery(ctx context.Context, t *testing.T, q string) []string {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("search-q"), kb.Escape),
		chromedp.SendKeys(chromedp.ID("search-q"), q),
	); err != nil {
		t.Fatal(err)
	}
	return results(ctx, t, q)
}

func wantAll(t *testing.T, query string, got []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: %s not among %v", query, w, got)
		}
	}
}

func eval[T any](ctx context.Context, t *testing.T, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func TestBrowserSearch(t *testing.T) {
	docs := planDocs(t)
	idx, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, problems := browser(t)
	site := &siteServer{}
	srv := httptest.NewServer(site.handler(t, idx))
	defer srv.Close()

	// Cold query: a fresh profile, the page loaded, nothing of the index fetched yet.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search/"), chromedp.WaitReady(chromedp.ID("search-q"))); err != nil {
		t.Fatal(err)
	}
	pagePaths, pageBytes, pageGz := site.reset()
	got := typeQuery(ctx, t, "патронатного")
	idxPaths, n, gz := site.reset()
	t.Logf("cold query «патронатного»: %d requests, %d bytes (%d gzipped) to the first results %v; before it the page: %d requests, %d bytes (%d gzipped) %v",
		len(idxPaths), n, gz, idxPaths, len(pagePaths), pageBytes, pageGz, pagePaths)
	wantAll(t, "патронатного", got, "/svatove-2019/iii/1-3/", "/dubno-2021/iii/4/")
	if len(idxPaths) > 4 {
		t.Errorf("cold query made %d requests, want at most 4 (shard, facets, document chunks)", len(idxPaths))
	}
	if eval[int](ctx, t, `document.querySelectorAll('#search-results mark').length`) == 0 {
		t.Error("no <mark> in the results of «патронатного»")
	}

	// Apostrophes: U+02BC and U+0027 find the same documents.
	a := typeQuery(ctx, t, "сімʼї")
	b := typeQuery(ctx, t, "сім'ї")
	if len(a) == 0 || !slices.Equal(a, b) {
		t.Errorf("сімʼї gave %v\nсім'ї gave %v", a, b)
	}
	wantAll(t, "сімʼї", a, "/dubno-2021/i/1/")

	wantAll(t, "реабілітації дітей", typeQuery(ctx, t, "реабілітації дітей"), "/svatove-2019/ii/3-1/", "/dubno-2021/ii/med-9/")
	wantAll(t, "РЦСССДМ", typeQuery(ctx, t, "РЦСССДМ"), "/svatove-2019/ii/2-3/", "/svatove-2019/iii/1-3/")
	// Citation codes in any script rank their measure first.
	for _, c := range []struct{ q, want string }{
		{"ІІ.2.1", "/svatove-2019/ii/2-1/"}, {"II.2.1", "/svatove-2019/ii/2-1/"}, {"II.M.3", "/dubno-2021/ii/med-3/"},
		{"svatove-2019/ii/2-1", "/svatove-2019/ii/2-1/"}, {srv.URL + "/svatove-2019/ii/2-1/", "/svatove-2019/ii/2-1/"},
	} {
		if got := typeQuery(ctx, t, c.q); len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: results %v, want %s first", c.q, got, c.want)
		}
	}

	incl := typeQuery(ctx, t, "інклюзивн")
	if n := eval[int](ctx, t, `document.querySelectorAll('#search-facets input').length`); n == 0 ||
		eval[bool](ctx, t, `document.getElementById('search-filters-toggle').hidden`) {
		t.Errorf("«інклюзивн»: %d facet values, the filters button hidden", n)
	}
	wantAll(t, "інклюзивн", incl, "/svatove-2019/ii/1-1/", "/dubno-2021/ii/osv-6/", "/dubno-2021/ii/osv-7/")

	// A facet narrows the results and goes into the URL. In a narrow
	// window the filters are folded behind their button: open them.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(function () { var b = document.getElementById('search-filters-toggle');
		if (b.offsetParent && b.getAttribute('aria-expanded') === 'false') b.click(); })()`),
		chromedp.Click(chromedp.CSS(`#search-facets fieldset[data-facet="plan"] input[value="Дубно 2021–2026"]`))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`Array.from(document.querySelectorAll('#search-results li > a')).every(a => a.pathname.startsWith('/dubno-2021/'))`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("facet plan=Дубно did not narrow: %v", err)
	}
	narrowed := paths(ctx, t)
	if len(narrowed) == 0 || len(narrowed) >= len(incl) {
		t.Errorf("facet plan=Дубно: %d results of %d", len(narrowed), len(incl))
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if u, _ := url.Parse(loc); u.Query().Get("q") != "інклюзивн" || u.Query().Get("plan") != "Дубно 2021–2026" {
		t.Errorf("URL after the facet click = %s", loc)
	}

	// Keyboard: ArrowDown moves into the results, Escape in the box clears it.
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID("search-q")), chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	if in := eval[bool](ctx, t, `!!document.activeElement.closest('#search-results')`); !in {
		t.Error("ArrowDown from the box did not move focus into the results")
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	if v := eval[string](ctx, t, `document.getElementById('search-q').value + '|' + document.activeElement.id`); v != "|search-q" {
		t.Errorf("after ArrowUp and Escape: value|focus = %q, want \"|search-q\"", v)
	}

	// A shared link: ?q= with a facet, and ?q= alone.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search/?q="+url.QueryEscape("патронатного")+"&plan="+url.QueryEscape("Дубно 2021–2026"))); err != nil {
		t.Fatal(err)
	}
	shared := results(ctx, t, "патронатного")
	checked := eval[bool](ctx, t, `document.querySelector('#search-facets input[value="Дубно 2021–2026"]').checked`)
	if !slices.Equal(shared, []string{"/dubno-2021/iii/4/"}) || !checked {
		t.Errorf("?q=патронатного&plan=Дубно: %v, checkbox checked %v", shared, checked)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search/?q="+url.QueryEscape("реабілітації"))); err != nil {
		t.Fatal(err)
	}
	wantAll(t, "реабілітації", results(ctx, t, "реабілітації"), "/svatove-2019/ii/2-5/", "/dubno-2021/ii/med-9/")

	// English strings when the page is in English.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/en/search/?q="+url.QueryEscape("патронат"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`/^Found \d+ results? for/.test(document.getElementById('search-status').textContent)`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("search-status")))
		t.Errorf("English page: %v (status %q)", err, status)
	}

	if p := problems(); len(p) > 0 {
		t.Errorf("the page reported problems (CSP violations, exceptions):\n%s", strings.Join(p, "\n"))
	}
}

// TestBrowserFacetLimit: a facet with many values shows the most frequent
// eight and a button for the rest, which keeps the focus.
func TestBrowserFacetLimit(t *testing.T) {
	idx, err := Build(synthDocs(t, 12, 0), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, problems := browser(t)
	srv := httptest.NewServer((&siteServer{}).handler(t, idx))
	defer srv.Close()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(srv.URL+"/search/?q="+url.QueryEscape("патронат"))); err != nil {
		t.Fatal(err)
	}
	results(ctx, t, "патронат")
	boxes := `document.querySelectorAll('fieldset[data-facet="plan"] input').length`
	button := `document.querySelector('fieldset[data-facet="plan"] .search-facet-all')`
	if n := eval[int](ctx, t, boxes); n != 8 || eval[string](ctx, t, button+`.textContent`) != "Показати всі (12)" {
		t.Fatalf("plan facet: %d values shown, button %q", n, eval[string](ctx, t, `(`+button+` || {}).textContent || ''`))
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`fieldset[data-facet="plan"] .search-facet-all`)), chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](ctx, t, boxes); n != 12 || eval[string](ctx, t, `document.activeElement.textContent + '|' + document.activeElement.getAttribute('aria-expanded')`) != "Показати менше|true" {
		t.Errorf("after «show all»: %d values, focus on %q", n, eval[string](ctx, t, `document.activeElement.outerHTML`))
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(p, "\n"))
	}
}
