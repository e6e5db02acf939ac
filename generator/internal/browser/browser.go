// Package browser starts headless Chromium for plansite's tests, which
// check pages as users meet them: in a real browser, driven with chromedp.
//
// The browser is Debian's chromium at /usr/bin/chromium unless CHROME_PATH
// names another Chromium-based browser (GitHub's runners have Google
// Chrome). Without one, tests skip with a clear message, except under
// CI=true, where a missing browser fails them: CI must run what it claims.
package browser

import (
	"context"
	"os"
	"os/exec"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// Path returns the browser executable to use, if there is one.
func Path() (string, bool) {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		_, err := os.Stat(p)
		return p, err == nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", true
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "/usr/bin/chromium", false
}

// Require returns the browser's path, or skips t (fails it under CI=true)
// when there is none.
func Require(t testing.TB) string {
	t.Helper()
	p, ok := Path()
	if !ok {
		msg := p + " not found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + "; CI=true, so browser tests must run")
		}
		t.Skip(msg + "; skipping the browser test")
	}
	return p
}

// Options are the allocator options for a headless run in this sandbox:
// no sandbox (tests run as root), no GPU, and nothing that reaches for the
// network on its own, with its own fresh profile folder.
func Options(path, profile string) []chromedp.ExecAllocatorOption {
	return append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("no-first-run", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(profile))
}

// Start launches a browser with a fresh profile and returns a context for
// its first tab and a function that closes it and removes the profile.
func Start(parent context.Context, path string) (context.Context, func(), error) {
	profile, err := os.MkdirTemp("", "plansite-chromium-")
	if err != nil {
		return nil, nil, err
	}
	actx, cancelA := chromedp.NewExecAllocator(parent, Options(path, profile)...)
	bctx, cancelB := chromedp.NewContext(actx)
	stop := func() { cancelB(); cancelA(); os.RemoveAll(profile) }
	if err := chromedp.Do(bctx); err != nil { // starts the browser with its first tab
		stop()
		return nil, nil, err
	}
	return bctx, stop, nil
}
