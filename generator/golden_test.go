package generator

import (
	"flag"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenPages are the files of the small site compared byte for byte (after
// breaking minified HTML into lines so that a diff is readable).
var goldenPages = []string{
	"index.html",
	"town-2020/index.html",
	"town-2020/i/index.html",
	"town-2020/ii/index.html",
	"town-2020/ii/1/index.html",
	"town-2020/ii/sotsialni/index.html",
	"town-2020/ii/1-1/index.html",
	"town-2020/ii/sotsialni-1/index.html",
	"town-2020/notes/2020-12-20-komitet/index.html",
	"town-2020/notes/2021-01-05-zasidannia/index.html",
	"town-2020/i/2/index.html",
	"town-2020/quality/index.html",
	"town-2020/quality.json",
	"town-2020/evidence/protokol-2020-12.txt",
	"town-2020/indicators/index.html",
	"town-2020/timeline/index.html",
	"town-2020/print/index.html",
	"en/accessibility/index.html",
	"executors/town-cssd/index.html",
	"executors/index.html",
	"search/index.html",
	"data/index.html",
	"compare/index.html",
	"en/town-2020/ii/1-1/index.html",
	"town-2020/ii/1-1/embed/index.html",
	"en/town-2020/ii/1-1/badge.svg",
	"data/town-2020.json",
	"data/town-2020-measures.csv",
	"data/notes.csv",
	"data/indicator-values.csv",
	"data/executors.csv",
	"feed.xml",
	"town-2020/feed.xml",
	"town-2020/calendar.ics",
	"town-2020/ii/1-1/feed.xml",
	"town-2020/ii/1-1/calendar.ics",
	"executors/town-cssd/feed.xml",
	"executors/town-cssd/calendar.ics",
	"en/town-2020/calendar.ics",
	"sitemap.xml",
	"changes/index.html",
	"town-2020/changes/index.html",
	"town-2020/changes/2020/index.html",
	"town-2020/changes/2020-12/index.html",
	"en/town-2020/changes/2020-12/index.html",
	"town-2020/changes.csv",
	"town-2020/changes.json",
}

// TestGoldenSite builds the small site and compares its file list (the URL
// scheme: links are forever) and its key pages with testdata/golden.
func TestGoldenSite(t *testing.T) {
	res := generate(t, "testdata/sites/small", "2021-07-01")
	dir := filepath.Join("testdata", "golden", "small")

	var list strings.Builder
	for _, p := range slices.Sorted(maps.Keys(res.Files)) {
		list.WriteString(hashless(p) + "\n")
	}
	compareGolden(t, filepath.Join(dir, "files.txt"), list.String())

	for _, p := range goldenPages {
		data, ok := res.Files[p]
		if !ok {
			t.Errorf("%s was not generated", p)
			continue
		}
		text := string(data)
		if strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".svg") {
			text = strings.ReplaceAll(text, "><", ">\n<")
		}
		// .golden: the files are expected output, not source to review.
		compareGolden(t, filepath.Join(dir, strings.ReplaceAll(p, "/", "__")+".golden"), text)
	}
}

// hashless drops content hashes from asset and index names, so the file
// list changes when the URL scheme changes, not when a stylesheet does.
func hashless(p string) string {
	base := filepath.Base(p)
	parts := strings.Split(base, ".")
	if len(parts) == 3 && len(parts[1]) >= 8 {
		return filepath.Join(filepath.Dir(p), parts[0]+".HASH."+parts[2])
	}
	return p
}

func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGoldenSite -update to create it)", err)
	}
	if string(want) != got {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("%s differs from golden at line %d:\n got: %.300s\nwant: %.300s\n(run with -update if the change is intended)", file, i+1, g, w)
				return
			}
		}
	}
}

// TestNoUntranslatedKeys checks that no page, feed or calendar of the
// small site shows a missing translation, which the renderer writes as
// "[key]".
func TestNoUntranslatedKeys(t *testing.T) {
	res := generate(t, "testdata/sites/small", "2021-07-01")
	missing := regexp.MustCompile(`\[[a-z0-9-]+(\.[a-z0-9-]+)+\]`)
	for p, data := range res.Files {
		if strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".ics") {
			if m := missing.Find(data); m != nil {
				t.Errorf("%s shows an untranslated key %s", p, m)
			}
		}
	}
}
