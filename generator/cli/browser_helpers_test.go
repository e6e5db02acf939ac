package cli

// Shared fixtures for the browser tests (browser_test.go): the shipped site,
// built once with the real `plansite build` and served by httptest, and one
// headless Chromium for the whole test binary, each test in its own tab.
// Both start on first use, so the other tests of the package need neither;
// TestMain stops them.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/plansite/plansite/generator/internal/browser"
	"github.com/plansite/plansite/generator/internal/fixture"
)

const (
	// asOf is the build date of every browser test: states, "today" lines
	// and due dates are the same on every run.
	asOf = "2026-11-24"
)

var shared struct {
	siteOnce sync.Once
	siteURL  string
	siteErr  error

	browserOnce sync.Once
	browser     context.Context
	browserErr  error

	mu      sync.Mutex
	cleanup []func()
}

func atExit(f func()) {
	shared.mu.Lock()
	shared.cleanup = append(shared.cleanup, f)
	shared.mu.Unlock()
}

func TestMain(m *testing.M) {
	code := m.Run()
	shared.mu.Lock()
	for i := len(shared.cleanup) - 1; i >= 0; i-- {
		shared.cleanup[i]()
	}
	shared.mu.Unlock()
	os.Exit(code)
}

// repoRoot is the repository: the shipped site (config.toml, content/, themes/).
func repoRoot(t testing.TB) string {
	return fixture.Root()
}

// siteURL builds the shipped site with `plansite build` into a temporary
// folder (once per test binary) and returns the address serving it.
func siteURL(t *testing.T) string {
	t.Helper()
	shared.siteOnce.Do(func() {
		tmp, err := os.MkdirTemp("", "plansite-browser-")
		if err != nil {
			shared.siteErr = err
			return
		}
		atExit(func() { os.RemoveAll(tmp) })
		out := filepath.Join(tmp, "public")
		var stdout, stderr bytes.Buffer
		start := time.Now()
		if code := run([]string{"build", "--root", repoRoot(t), "--out", out, "--date", asOf}, &stdout, &stderr); code != 0 {
			shared.siteErr = fmt.Errorf("plansite build: exit %d\n%s%s", code, stdout.String(), stderr.String())
			return
		}
		srv := httptest.NewServer(http.FileServer(http.Dir(out)))
		atExit(srv.Close)
		shared.siteURL = srv.URL
		fmt.Fprintf(os.Stderr, "browser tests: shipped site built in %v: %s", time.Since(start).Round(time.Millisecond), stdout.String())
	})
	if shared.siteErr != nil {
		t.Fatal(shared.siteErr)
	}
	return shared.siteURL
}

// needChromium skips the test without Debian's chromium, or fails it on CI.
func needChromium(t *testing.T) { browser.Require(t) }

// browserContext starts the shared headless Chromium on first use.
func browserContext(t *testing.T) context.Context {
	t.Helper()
	needChromium(t)
	shared.browserOnce.Do(func() {
		path, _ := browser.Path()
		start := time.Now()
		bctx, stop, err := browser.Start(context.Background(), path)
		if err != nil {
			shared.browserErr = fmt.Errorf("starting %s: %w", path, err)
			return
		}
		atExit(stop)
		fmt.Fprintf(os.Stderr, "browser tests: chromium started in %v\n", time.Since(start).Round(time.Millisecond))
		shared.browser = bctx
	})
	if shared.browserErr != nil {
		t.Fatal(shared.browserErr)
	}
	return shared.browser
}

// tab is one browser tab of a test. It records what the page reports on
// its console (exceptions, errors, warnings, CSP violations); the test fails
// if anything was reported, unless it says it expects it.
type tab struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	problems []string
	allowed  []string // substrings of console messages the test expects
}

func newTab(t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserContext(t))
	tb := &tab{t: t, ctx: ctx}
	msgs := chromedp.Console(ctx) // opens the tab
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				tb.mu.Lock()
				tb.problems = append(tb.problems, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line+1))
				tb.mu.Unlock()
			}
		}
	}()
	// Headless tabs are never the focused window: let them behave as one,
	// so that focus moves as it would for a person at the keyboard.
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p := tb.reported(); len(p) > 0 {
			t.Errorf("the page reported problems on its console (exceptions, CSP violations, failed loads):\n%s", strings.Join(p, "\n"))
		}
		cancel()
	})
	return tb
}

// allow lets console messages containing s pass (the test expects them).
func (tb *tab) allow(s string) {
	tb.mu.Lock()
	tb.allowed = append(tb.allowed, s)
	tb.mu.Unlock()
}

func (tb *tab) reported() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []string
	for _, p := range tb.problems {
		if strings.Contains(p, "favicon.ico") {
			continue
		}
		if slices.ContainsFunc(tb.allowed, func(a string) bool { return strings.Contains(p, a) }) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// do runs actions with a time limit, failing the test on error.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

// open navigates to path (on the shipped site unless it is a full URL)
// and waits for the page to load.
func (tb *tab) open(path string) {
	tb.t.Helper()
	u := path
	if !strings.HasPrefix(path, "http") {
		u = siteURL(tb.t) + path
	}
	tb.do(chromedp.Navigate(u))
}

// js evaluates a JavaScript expression in the page.
func js[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it holds; on timeout it
// fails the test with what explain evaluates to.
func (tb *tab) waitFor(cond string, timeout time.Duration, explain string) {
	tb.t.Helper()
	if !tb.poll(cond, timeout) {
		what := ""
		if explain != "" {
			what = js[string](tb, explain)
		}
		tb.t.Fatalf("timed out after %v waiting for %s\n%s", timeout, cond, what)
	}
}

// poll reports whether cond became true within timeout. It evaluates cond
// every 10 ms from Go, so that it survives the page reloading under it.
func (tb *tab) poll(cond string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		ctx, cancel := context.WithTimeout(tb.ctx, time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return true
		}
		if time.Now().After(deadline) || tb.ctx.Err() != nil {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// axNode is what the accessibility tree says of one element.
type axNode struct {
	Role, Name string
	Ignored    bool
}

func axValue(v *accessibility.Value) string {
	if v == nil || len(v.Value) == 0 {
		return ""
	}
	s := string(v.Value)
	if len(s) >= 2 && s[0] == '"' {
		var out string
		if err := json.Unmarshal(v.Value, &out); err == nil {
			return out
		}
	}
	return s
}

// ax returns the accessibility tree's node for the element expr evaluates to.
func (tb *tab) ax(expr string) axNode {
	tb.t.Helper()
	obj := js[*runtime.RemoteObject](tb, expr)
	if obj == nil || obj.ObjectID == "" {
		tb.t.Fatalf("%s: no element", expr)
	}
	res, err := chromedp.Call(tb.ctx, accessibility.GetPartialAXTree, accessibility.GetPartialAXTreeParams{ObjectID: obj.ObjectID, FetchRelatives: new(false)})
	if err != nil {
		tb.t.Fatalf("accessibility tree of %s: %v", expr, err)
	}
	if len(res.Nodes) == 0 {
		return axNode{Ignored: true}
	}
	n := res.Nodes[0]
	return axNode{Role: axValue(n.Role), Name: axValue(n.Name), Ignored: n.Ignored}
}

// axTree returns the page's whole accessibility tree (nodes not ignored).
func (tb *tab) axTree() []axNode {
	tb.t.Helper()
	res, err := chromedp.Call(tb.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		tb.t.Fatalf("accessibility tree: %v", err)
	}
	var out []axNode
	for _, n := range res.Nodes {
		if n.Ignored {
			continue
		}
		out = append(out, axNode{Role: axValue(n.Role), Name: axValue(n.Name)})
	}
	return out
}
