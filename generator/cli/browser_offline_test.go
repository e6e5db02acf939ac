package cli

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserOffline: the copy plansite pack writes, unpacked into a
// folder and opened from it over file:// as a journalist would, shows its
// pages styled and leads from the home page to a plan and a measure by its
// links; its search page says why word search cannot work there and keeps
// the plans' index.
func TestBrowserOffline(t *testing.T) {
	t.Parallel()
	tb := newTab(t)
	tmp := t.TempDir()
	archive := filepath.Join(tmp, "portal.zip")
	if code, out, errs := runCmd("pack", "--root", repoRoot(t), "--out", archive, "--date", asOf); code != 0 {
		t.Fatalf("plansite pack: exit %d\n%s%s", code, out, errs)
	}
	unzip(t, archive, tmp)
	home := "file://" + filepath.ToSlash(filepath.Join(tmp, "portal", "index.html"))

	// styled reports whether the theme's stylesheet applies: the header's
	// bottom border and the body's font are the theme's, not the browser's.
	styled := func(where string) {
		t.Helper()
		font := js[string](tb, `getComputedStyle(document.body).fontFamily`)
		skip := js[string](tb, `getComputedStyle(document.querySelector('.skip-link')).position`)
		if !strings.Contains(font, "system-ui") || skip != "absolute" {
			t.Errorf("%s: the stylesheet does not apply (body font %q, skip link %q)", where, font, skip)
		}
	}
	follow := func(selector, wantSuffix string) {
		t.Helper()
		tb.do(chromedp.Click(selector, chromedp.NodeVisible))
		tb.waitFor(`location.href.endsWith('`+wantSuffix+`') && document.readyState === 'complete'`, 10*time.Second, `location.href`)
	}

	tb.do(chromedp.Navigate(home))
	styled("home")
	follow(`main a[href="svatove-2019/index.html"]`, "/portal/svatove-2019/index.html")
	styled("plan")
	follow(`main a[href="../svatove-2019/ii/index.html"]`, "/portal/svatove-2019/ii/index.html")
	follow(`main a[href="../../svatove-2019/ii/2-1/index.html"]`, "/portal/svatove-2019/ii/2-1/index.html")
	styled("measure")
	if h1 := js[string](tb, `document.querySelector('h1').textContent`); !strings.Contains(h1, "II.2.1") {
		t.Errorf("measure page: h1 %q", h1)
	}
	if n := js[int](tb, `document.querySelectorAll('figure.chart svg').length`); n == 0 {
		t.Error("measure page: no chart")
	}

	// The language switch leads to the English copy of the same page.
	follow(`nav.main-nav a[hreflang="en"]`, "/portal/en/svatove-2019/ii/2-1/index.html")
	styled("the English measure page")

	// The header's search form opens the search page of the copy, which
	// says word search does not work from a folder and shows the index.
	tb.do(chromedp.SendKeys("#search-q", "патронат\n"))
	tb.waitFor(`location.pathname.endsWith('/portal/en/search/index.html') && document.readyState === 'complete'`, 10*time.Second, `location.href`)
	tb.waitFor(`!document.getElementById('search-offline').hidden`, 5*time.Second, `document.body.innerText.slice(0, 400)`)
	if msg := js[string](tb, `document.getElementById('search-offline').innerText`); !strings.Contains(msg, "file://") {
		t.Errorf("search page: the notice says %q", msg)
	}
	if n := js[int](tb, `Array.from(document.querySelectorAll('section.static-index a')).filter(function (a) { return a.getClientRects().length || a.closest('details'); }).length`); n < 10 {
		t.Errorf("search page: %d links in the plans' index", n)
	}
}

// unzip extracts archive into dir.
func unzip(t *testing.T, archive, dir string) {
	t.Helper()
	zr, err := zip.OpenReader(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		dst := filepath.Join(dir, filepath.FromSlash(f.Name))
		if !strings.HasPrefix(dst, dir+string(filepath.Separator)) {
			t.Fatalf("%s leaves the folder", f.Name)
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
