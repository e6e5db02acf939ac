package importer

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// TestRoundTripToSite imports the seed plans and two held-out plans (one a
// .docx with merged cells) into a fresh site, with no --authority for the
// held-out ones, builds it, and checks that every cell of every source
// table — measure texts, terms, executors, indicators, goals, section and
// task titles — can be read on the published pages. This is the promise of the portal: the official
// text, all of it, as adopted.
func TestRoundTripToSite(t *testing.T) {
	site := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(site, "content", "plans"), 0o755))
	reg, regBytes, err := ReadRegistry(registryPath)
	must(t, err)
	must(t, os.WriteFile(filepath.Join(site, "content", "executors.toml"), regBytes, 0o644))
	themes := filepath.Join(fixture.Root(), "themes")
	must(t, os.Symlink(themes, filepath.Join(site, "themes")))
	must(t, os.WriteFile(filepath.Join(site, "config.toml"), []byte("title = \"t\"\nlanguages = [\"uk\"]\n"), 0o644))

	// The seeds, a held-out plan of the Dubno layout that names its
	// adopting body in the heading, and a held-out .docx with merged
	// cells, a split table and an empty column: the last two with no
	// flags but --id.
	inputs := []struct {
		file, id, authority string
		src                 []byte
		minCells            int // fewer means the reader lost rows
	}{
		{seeds[0].file, seeds[0].id, seeds[0].authority, fixture.ReadSeed(t, seeds[0].id), 200},
		{seeds[1].file, seeds[1].id, seeds[1].authority, fixture.ReadSeed(t, seeds[1].id), 200},
		{"zdolbuniv-2021.txt", "zdolbuniv-2021", "", readFile(t, "testdata/third/zdolbuniv-2021.txt"), 30},
		{"varash.docx", "varash-2022", "", heldOutDocx(), 50},
	}
	var results []*Result
	for _, in := range inputs {
		res, problems := Import(in.src, Options{File: in.file, ID: in.id, Authority: in.authority, Registry: reg})
		if res == nil || problems.HasErrors() {
			t.Fatalf("%s: not imported: %v", in.file, problems)
		}
		if _, err := savePlan(filepath.Join(site, "content"), res, false); err != nil {
			t.Fatal(err)
		}
		reg, _, err = ReadRegistry(filepath.Join(site, "content", "executors.toml"))
		must(t, err)
		results = append(results, res)
	}
	date, _ := content.ParseDate("2026-11-24")
	built, err := generator.New(generator.WithRoot(site), generator.WithDate(date)).Generate(context.Background())
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	// All visible text of all pages, tags removed, entities decoded,
	// white space collapsed.
	var text strings.Builder
	tag := regexp.MustCompile(`(?s)<[^>]*>`)
	for p, data := range built.Files {
		if strings.HasSuffix(p, ".html") {
			text.WriteString(normalize(html.UnescapeString(tag.ReplaceAllString(string(data), " "))))
			text.WriteString(" ")
		}
	}
	all := text.String()

	for i, res := range results {
		cells, missing := 0, 0
		for _, c := range res.Table.Cells() {
			want := normalize(c.Text)
			if want == "" {
				continue
			}
			cells++
			// A measure cell's number ("1)") is shown apart from its text.
			if !strings.Contains(all, want) && !strings.Contains(all, normalize(stripNumber(want))) {
				missing++
				if missing <= 10 {
					t.Errorf("%s: %s: cell not on the site: %.120q", res.Table.File, res.Table.Place(c.Line()).UK, want)
				}
			}
		}
		if missing == 0 {
			t.Logf("%s: %d non-empty cells, all on the site", res.Table.File, cells)
		}
		if cells < inputs[i].minCells {
			t.Errorf("%s: only %d cells read; the table reader lost rows", res.Table.File, cells)
		}
	}
}

// stripNumber drops a cell's own numbering (see leadingNumber).
func stripNumber(s string) string { return leadingNumber.ReplaceAllString(s, "") }

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	must(t, err)
	return data
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
