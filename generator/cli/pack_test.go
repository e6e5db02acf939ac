package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPack: plansite pack writes the relative site as a zip of one folder,
// the same bytes every time for the same content and date, entries sorted
// and dated the as-of day; a failed build leaves no archive.
func TestPack(t *testing.T) {
	site := smallSite(t)
	var archives [][]byte
	for i := range 2 {
		out := filepath.Join(t.TempDir(), "copy.zip")
		code, stdout, stderr := runCmd("pack", "--root", site, "--date", "2021-07-01", "--out", out)
		if code != 0 {
			t.Fatalf("pack %d: exit %d\n%s%s", i, code, stdout, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		archives = append(archives, data)
	}
	if !bytes.Equal(archives[0], archives[1]) {
		t.Error("two packs of the same site differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(archives[0]), int64(len(archives[0])))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	day := time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(day) {
			t.Errorf("%s dated %v, want %v", f.Name, f.Modified, day)
		}
	}
	if !slices.IsSorted(names) {
		t.Error("entries are not sorted")
	}
	for _, want := range []string{"copy/index.html", "copy/town-2020/ii/1-1/index.html", "copy/en/index.html"} {
		if !slices.Contains(names, want) {
			t.Errorf("the archive lacks %s", want)
		}
	}
	for _, f := range zr.File {
		if f.Name != "copy/town-2020/index.html" {
			continue
		}
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		page := b.String()
		if !strings.Contains(page, `href="../index.html"`) || strings.Contains(page, `href="/`) {
			t.Errorf("the plan's page does not link relatively:\n%.600s", page)
		}
	}

	if code, _, _ := runCmd("pack", "--root", site, "--out", "copy.tar"); code != 2 {
		t.Errorf("pack --out copy.tar: exit %d, want 2", code)
	}
	breakSite(t, site)
	out := filepath.Join(t.TempDir(), "broken.zip")
	if code, _, _ := runCmd("pack", "--root", site, "--out", out); code != 1 {
		t.Errorf("pack of a broken site: exit %d, want 1", code)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a broken site was packed")
	}
}

// breakSite puts an error into the small site's plan.
func breakSite(t *testing.T, site string) {
	t.Helper()
	f := filepath.Join(site, "content/plans/town-2020/plan.toml")
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f, append(data, []byte("\n[[nonsense\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
}
