package linkcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":     `<a href="/a/">a</a><a href="/a/#x">x</a><a href="b.html#missing">b</a><a href="https://plans.example.org/a/">abs</a><a href="https://elsewhere.org/">out</a><a href="mailto:x@y">m</a><a href="#top">top</a><p id="top"></p>`,
		"a/index.html":   `<p id="x"></p><p id="x"></p><img src="../img.png"><a href="../nowhere/">n</a><a href="/other-base/">ob</a>`,
		"b.html":         `<p id="y"></p>`,
		"img.png":        "png",
		"feed.xml":       `<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://plans.example.org/gone/"/><entry><link href="https://plans.example.org/a/"/></entry></feed>`,
		"calendar.ics":   "BEGIN:VCALENDAR\r\nSOURCE;VALUE=URI:https://plans.example.org/calendar.ics\r\nBEGIN:VEVENT\r\nURL:https://plans.example.org/a/\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nURL:https://plans.example.org/fol\r\n ded/\r\nDESCRIPTION:URL:https://plans.example.org/not-a-link/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"sitemap.xml":    `<urlset><url><loc>https://plans.example.org/</loc></url></urlset>`,
		"canonical.html": `<link rel="canonical" href="https://plans.example.org/elsewhere/"><link rel="alternate" hreflang="en" href="https://plans.example.org/en/x/">`,
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	r, err := Check(dir, "https://plans.example.org/")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(r.Broken, "\n")
	for _, want := range []string{"index.html → b.html#missing (no id missing on the page)", "a/index.html → ../nowhere/ (no such file)", "feed.xml → https://plans.example.org/gone/ (no such file)", "calendar.ics → https://plans.example.org/folded/ (no such file)"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if len(r.Broken) != 5 || len(r.DuplicateIDs) != 1 || !strings.Contains(r.DuplicateIDs[0], `a/index.html: id "x"`) {
		t.Errorf("report: %s", r)
	}
	if r.OK() {
		t.Error("a site with broken links is OK")
	}
}

// TestOffline: a relative site for file:// links folders by their
// index.html and nothing by a root-relative or published address.
func TestOffline(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":        `<a href="a/index.html#x">a</a><a href="a/">folder</a><a href="./">here</a><a href="/a/index.html">root</a><a href="https://plans.example.org/a/">published</a><a href="https://elsewhere.org/">out</a><a href="#top">top</a><p id="top"></p>`,
		"a/index.html":      `<p id="x"></p><a href="../index.html">home</a><a href="..">up</a><a href="../b/index.html">b</a><link rel="canonical" href="https://plans.example.org/a/"><img src="../img.png">`,
		"b/index.html":      `<a href="../a/index.html?q=1">query</a>`,
		"img.png":           "png",
		"feed.xml":          `<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://plans.example.org/a/"/></feed>`,
		"sitemap.xml":       `<urlset><url><loc>https://plans.example.org/</loc></url></urlset>`,
		"search/index.html": `<form action="../search/index.html"></form>`,
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	online, err := Check(dir, "https://plans.example.org/")
	if err != nil {
		t.Fatal(err)
	}
	if !online.OK() {
		t.Errorf("served, the site is whole: %s", online)
	}
	r, err := Check(dir, "https://plans.example.org/", Offline())
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(r.Broken, "\n")
	for _, want := range []string{
		"index.html → a/ (a folder", "index.html → ./ (a folder", "a/index.html → .. (a folder",
		"index.html → /a/index.html (root-relative", "index.html → https://plans.example.org/a/ (an address on the published site",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if len(r.Broken) != 5 {
		t.Errorf("offline: %s", r)
	}
}
