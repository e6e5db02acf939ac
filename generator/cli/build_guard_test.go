package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// TestBuildRefusesDangerousOut runs `plansite build --out` at every folder a
// build must not replace and checks that it refuses with a clear message
// and that the folder is untouched: a build replaces its output folder
// whole, so `--out content` used to delete the content.
func TestBuildRefusesDangerousOut(t *testing.T) {
	site := fixture.Copy(t, fixture.SmallSite)
	os.MkdirAll(filepath.Join(site, "docs"), 0o755)
	os.WriteFile(filepath.Join(site, "docs", "notes.md"), []byte("my notes"), 0o644)
	for _, out := range []string{"content", "content/plans", "docs", ".", "..", "config.toml", filepath.Join(site, "content", "plans", "town-2020")} {
		t.Run(out, func(t *testing.T) {
			target := out
			if !filepath.IsAbs(target) {
				target = filepath.Join(site, out)
			}
			before := listTree(t, target)
			code, _, stderr := runCmd("build", "--root", site, "--out", out, "--date", "2021-07-01")
			if code == 0 || !strings.Contains(stderr, "не можу писати сайт") || !strings.Contains(stderr, "cannot write the site") {
				t.Errorf("build --out %s: exit %d\n%s", out, code, stderr)
			}
			if after := listTree(t, target); after != before {
				t.Errorf("build --out %s changed the folder", out)
			}
		})
	}
	// An empty folder, a new one and a previous build are fine.
	for _, out := range []string{"public", "fresh/site"} {
		if code, _, stderr := runCmd("build", "--root", site, "--out", out, "--date", "2021-07-01"); code != 0 {
			t.Errorf("build --out %s: exit %d\n%s", out, code, stderr)
		}
	}
	if code, _, stderr := runCmd("build", "--root", site, "--out", "public", "--date", "2021-07-02"); code != 0 {
		t.Errorf("rebuilding public: exit %d\n%s", code, stderr)
	}
}

// listTree lists the files under dir with their sizes, or what dir is.
func listTree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if fi.IsDir() && (strings.HasPrefix(fi.Name(), ".") && p != dir) {
			return filepath.SkipDir // the state folders of other builds
		}
		b.WriteString(p + " " + fi.Mode().String() + "\n")
		if !fi.IsDir() {
			data, _ := os.ReadFile(p)
			b.Write(data)
		}
		return nil
	})
	return b.String()
}
