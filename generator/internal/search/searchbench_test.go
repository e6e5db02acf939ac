//go:build bench

// The search benchmark measures plansite's search against Pagefind in real
// headless Chromium. It runs only with the bench build tag, from
// bench/run.sh, never in go test ./...:
//
//	BENCH_SITE=/tmp/x/public BENCH_PAGEFIND=pagefind-uk,pagefind \
//	BENCH_QUERIES=bench/queries.tsv BENCH_OUT=/tmp/x/search.md \
//	  go test -tags bench -run TestSearch -v ./generator/internal/search
//
// BENCH_SITE is a built plansite site; BENCH_PAGEFIND lists folders inside
// it that hold Pagefind indexes of it (pagefind --output-path). The test
// serves the site from a local HTTP server that gzips text as a web host
// would (Pagefind's own files are already compressed and are sent as they
// are), counts requests and bytes on the wire, and can add a fixed delay to
// every response, which turns the time to the first result into a count of
// sequential round trips. For each engine it reports:
//
//   - recall@10 over the queries in BENCH_QUERIES (when given): the share of
//     each query's answer measures among the first 10 results, capped at 10
//     answers (|answers ∩ top 10| / min(|answers|, 10)), averaged;
//   - for the cold queries (a fresh browser profile each): requests and
//     bytes from typing the query until the first result is shown, the same
//     for loading the search page, and the round trips of the query (time to
//     first result with 100 ms added per response, less the time with none,
//     divided by 100 ms).
//
// Our engine runs on the site's own /search/ page. Pagefind runs with its
// default UI (pagefind-ui.js) on a page this test serves at
// /__pagefind/<index>/ for the cold queries, and through its JavaScript API
// (pagefind.js: search, then data() of the first 10 results) for recall.
package search

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	headless "github.com/plansite/plansite/generator/internal/browser"
)

// coldQueries are timed in a fresh browser each.
var coldQueries = []string{"патронатного", "сім'ї", "інклюзивн"}

// server serves a site folder, counting what it sends.
type server struct {
	root  string
	delay time.Duration
	mu    sync.Mutex
	reqs  []string
	bytes int
}

func (s *server) reset() (reqs []string, bytes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	reqs, bytes = s.reqs, s.bytes
	s.reqs, s.bytes = nil, 0
	return
}

// countingWriter counts the bytes written to the client.
type countingWriter struct {
	http.ResponseWriter
	n int
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += n
	return n, err
}

const pagefindUIPage = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Pagefind</title>
<link href="/%[1]s/pagefind-ui.css" rel="stylesheet"><script src="/%[1]s/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', function () { new PagefindUI({ element: "#search", showSubResults: false }); });</script></body></html>`

const pagefindAPIPage = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Pagefind API</title></head>
<body><script type="module">window.pf = await import("/%[1]s/pagefind.js"); await window.pf.init(); window.pfReady = true;</script></body></html>`

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.delay > 0 {
		time.Sleep(s.delay)
	}
	cw := &countingWriter{ResponseWriter: w}
	defer func() {
		if cw.n < 0 {
			return
		}
		s.mu.Lock()
		s.reqs = append(s.reqs, r.URL.Path)
		s.bytes += cw.n
		s.mu.Unlock()
	}()
	p := r.URL.Path
	var body []byte
	var ctype string
	switch {
	case strings.HasPrefix(p, "/__pagefind/"):
		body, ctype = fmt.Appendf(nil, pagefindUIPage, strings.Trim(strings.TrimPrefix(p, "/__pagefind/"), "/")), "text/html; charset=utf-8"
	case strings.HasPrefix(p, "/__pfapi/"):
		body, ctype = fmt.Appendf(nil, pagefindAPIPage, strings.Trim(strings.TrimPrefix(p, "/__pfapi/"), "/")), "text/html; charset=utf-8"
	case p == "/favicon.ico": // the browser's own request: not counted
		w.WriteHeader(http.StatusNoContent)
		cw.n = -1
		return
	default:
		file := filepath.Join(s.root, filepath.FromSlash(path.Clean(p)))
		if strings.HasSuffix(p, "/") {
			file = filepath.Join(file, "index.html")
		}
		data, err := os.ReadFile(file)
		if err != nil {
			http.NotFound(cw, r)
			return
		}
		body = data
		ctype = map[string]string{".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
			".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".xml": "application/xml"}[filepath.Ext(file)]
		if ctype == "" {
			ctype = "application/octet-stream"
		}
	}
	w.Header().Set("Content-Type", ctype)
	// Text is gzipped as any web host does; Pagefind's index, fragment and
	// wasm files are gzip streams already and go out as they are.
	if strings.HasPrefix(ctype, "text/") || ctype == "application/json" || ctype == "image/svg+xml" || ctype == "application/xml" {
		w.Header().Set("Content-Encoding", "gzip")
		z, _ := gzip.NewWriterLevel(cw, 6)
		z.Write(body)
		z.Close()
		return
	}
	cw.Write(body)
}

func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := headless.Require(t)
	base, cancelT := context.WithTimeout(context.Background(), 5*time.Minute)
	actx, cancelA := chromedp.NewExecAllocator(base, headless.Options(path, t.TempDir())...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA(); cancelT() })
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				t.Logf("browser console: %s", m.String())
			}
		}
	}()
	if err := chromedp.Do(ctx); err != nil { // start the browser
		t.Fatal(err)
	}
	return ctx
}

// engine is one search engine on the site.
type engine struct {
	name  string
	page  string // the search page's path
	input string // CSS selector of the query box
	first string // JS expression: true once a result is shown
}

func ours() engine {
	return engine{name: "plansite", page: "/search/", input: "#search-q",
		first: `document.querySelectorAll('#search-results li > a').length > 0`}
}

func pagefindUI(dir string) engine {
	return engine{name: "pagefind (" + dir + ")", page: "/__pagefind/" + dir + "/", input: ".pagefind-ui__search-input",
		first: `document.querySelectorAll('.pagefind-ui__result-link').length > 0`}
}

// cold is one cold query's cost.
type cold struct {
	pageReqs, pageBytes   int
	queryReqs, queryBytes int
	elapsed               time.Duration
}

// coldQuery loads the engine's page in a fresh browser, types q and waits
// for the first result.
func coldQuery(t *testing.T, srv *server, base string, e engine, q string) cold {
	ctx := newBrowser(t)
	srv.reset()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+e.page), chromedp.WaitVisible(chromedp.CSS(e.input))); err != nil {
		t.Fatalf("%s: loading %s: %v", e.name, e.page, err)
	}
	time.Sleep(300 * time.Millisecond) // let the page settle (scripts that load on their own)
	pr, pb := srv.reset()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(e.input), q)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](e.first, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		reqs, _ := srv.reset()
		html, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerHTML.slice(0, 3000)`))
		t.Fatalf("%s: no result for %q: %v\nrequests: %v\npage: %s", e.name, q, err, reqs, html)
	}
	elapsed := time.Since(start)
	qr, qb := srv.reset()
	t.Logf("%s %q: page %d requests %d B %v; query %d requests %d B in %v: %v", e.name, q, len(pr), pb, pr, len(qr), qb, elapsed, qr)
	return cold{len(pr), pb, len(qr), qb, elapsed}
}

// query is one line of queries.tsv.
type query struct {
	text    string
	answers []string // measure ids, "svatove-2019/iii/1-3"
}

func readQueries(t *testing.T, file string) []query {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []query
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			t.Fatalf("queries: %q has no answers", line)
		}
		qs = append(qs, query{cols[0], strings.Fields(cols[1])})
	}
	return qs
}

// measureID turns a result URL path into a measure id, or "" for pages
// that are not measures (sections, notes, executors …).
func measureID(p string) string {
	if u, err := url.Parse(p); err == nil {
		p = u.Path
	}
	p = strings.TrimSuffix(strings.TrimPrefix(p, "/"), "index.html")
	parts := strings.Split(strings.Trim(p, "/"), "/")
	if len(parts) != 3 || parts[0] == "en" || parts[0] == "executors" || parts[1] == "notes" || parts[2] == "timeline" || parts[2] == "indicators" {
		return ""
	}
	return strings.Join(parts, "/")
}

func recallAt10(answers, results []string) float64 {
	if len(results) > 10 {
		results = results[:10]
	}
	hit := 0
	for _, a := range answers {
		for _, r := range results {
			if measureID(r) == a {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(min(len(answers), 10))
}

// oursTop10 runs q on our search page and returns the result paths.
func oursTop10(t *testing.T, ctx context.Context, base, q string) []string {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/search/?q="+url.QueryEscape(q))); err != nil {
		t.Fatal(err)
	}
	done := `(function(){ var s = document.getElementById('search-status').textContent;
		return /Нічого/.test(s) || (/Знайдено/.test(s) && document.querySelector('#search-results[aria-busy="false"] li > a') !== null); })()`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](done, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("plansite %q: %v", q, err)
	}
	ps, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#search-results li > a')).slice(0, 10).map(a => a.pathname)`))
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// pagefindTop10 runs q through the Pagefind API page of dir.
func pagefindTop10(t *testing.T, ctx context.Context, q string) []string {
	expr := fmt.Sprintf(`(async () => { const s = await window.pf.search(%q);
		const d = await Promise.all(s.results.slice(0, 10).map(r => r.data()));
		return d.map(x => x.url); })()`, q)
	ps, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("pagefind %q: %v", q, err)
	}
	return ps
}

func TestSearch(t *testing.T) {
	site := os.Getenv("BENCH_SITE")
	if site == "" {
		t.Skip("BENCH_SITE is not set: run bench/run.sh")
	}
	var pfDirs []string
	if v := os.Getenv("BENCH_PAGEFIND"); v != "" {
		pfDirs = strings.Split(v, ",")
	}
	label := os.Getenv("BENCH_LABEL")
	srv := &server{root: site}
	hs := httptest.NewServer(srv)
	defer hs.Close()

	engines := []engine{ours()}
	for _, d := range pfDirs {
		engines = append(engines, pagefindUI(d))
	}
	var out strings.Builder

	// Recall@10.
	if qf := os.Getenv("BENCH_QUERIES"); qf != "" {
		qs := readQueries(t, qf)
		fmt.Fprintf(&out, "\n#### Recall@10, %s (%d queries)\n\n| query | answers | %s |\n|---|---|%s\n", label, len(qs),
			strings.Join(engineNames(engines), " | "), strings.Repeat("---|", len(engines)))
		sums := make([]float64, len(engines))
		rows := make([][]float64, len(qs))
		ctxOurs := newBrowser(t)
		for i, q := range qs {
			rows[i] = make([]float64, len(engines))
			got := oursTop10(t, ctxOurs, hs.URL, q.text)
			rows[i][0] = recallAt10(q.answers, got)
			if rows[i][0] < 1 {
				t.Logf("plansite %q: %v", q.text, got)
			}
		}
		for k, d := range pfDirs {
			ctx := newBrowser(t)
			if err := chromedp.Do(ctx, chromedp.Navigate(hs.URL+"/__pfapi/"+d+"/")); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.pfReady === true`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
				t.Fatalf("pagefind API page %s: %v", d, err)
			}
			for i, q := range qs {
				got := pagefindTop10(t, ctx, q.text)
				rows[i][k+1] = recallAt10(q.answers, got)
				if rows[i][k+1] < 1 {
					t.Logf("%s %q: %v", d, q.text, got)
				}
			}
		}
		for i, q := range qs {
			cells := make([]string, len(engines))
			for k := range engines {
				sums[k] += rows[i][k]
				cells[k] = fmt.Sprintf("%.2f", rows[i][k])
			}
			fmt.Fprintf(&out, "| %s | %d | %s |\n", q.text, len(q.answers), strings.Join(cells, " | "))
		}
		cells := make([]string, len(engines))
		for k := range engines {
			cells[k] = fmt.Sprintf("**%.2f**", sums[k]/float64(len(qs)))
		}
		fmt.Fprintf(&out, "| **mean** | | %s |\n", strings.Join(cells, " | "))
		t.Logf("recall@10 means: %v", cells)
	}

	// Cold queries: bytes and requests, then round trips with a delay.
	const delay = 100 * time.Millisecond
	fmt.Fprintf(&out, "\n#### Cold query cost, %s (fresh browser profile per query; median of %d queries: %s)\n\n",
		label, len(coldQueries), strings.Join(coldQueries, ", "))
	out.WriteString("| engine | search page: requests | search page: bytes on the wire | query → first result: requests | query: bytes on the wire | query: round trips | query: time to first result, +100 ms per response |\n|---|---|---|---|---|---|---|\n")
	for _, e := range engines {
		var pr, pb, qr, qb []float64
		var rtts, slow []float64
		for _, q := range coldQueries {
			srv.delay = 0
			c0 := coldQuery(t, srv, hs.URL, e, q)
			srv.delay = delay
			c1 := coldQuery(t, srv, hs.URL, e, q)
			srv.delay = 0
			pr, pb = append(pr, float64(c0.pageReqs)), append(pb, float64(c0.pageBytes))
			qr, qb = append(qr, float64(c0.queryReqs)), append(qb, float64(c0.queryBytes))
			rtts = append(rtts, math.Round(float64(c1.elapsed-c0.elapsed)/float64(delay)))
			slow = append(slow, float64(c1.elapsed.Milliseconds()))
		}
		fmt.Fprintf(&out, "| %s | %.0f | %s | %.0f | %s | %.0f | %.0f ms |\n", e.name, median(pr), kiloBytes(median(pb)), median(qr), kiloBytes(median(qb)), median(rtts), median(slow))
	}
	if f := os.Getenv("BENCH_OUT"); f != "" {
		if err := os.WriteFile(f, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Log(out.String())
}

func engineNames(es []engine) []string {
	var ns []string
	for _, e := range es {
		ns = append(ns, e.name)
	}
	return ns
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func kiloBytes(b float64) string { return fmt.Sprintf("%.1f kB", b/1000) }
