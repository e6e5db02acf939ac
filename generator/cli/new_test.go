package cli

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
)

// TestNewNoteContentDir: new note writes into the content folder
// config.toml names, not content/.
func TestNewNoteContentDir(t *testing.T) {
	site := smallSite(t)
	if err := os.Rename(filepath.Join(site, "content"), filepath.Join(site, "pages")); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(site, "config.toml")
	data, _ := os.ReadFile(cfg)
	if err := os.WriteFile(cfg, []byte(strings.Replace(string(data), "[content]\n", "[content]\ndir = \"pages\"\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "town-2020/ii/1-1")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(site, "pages/plans/town-2020/notes/2021-07-01-ii-1-1.md")); err != nil {
		t.Errorf("note not in the configured folder: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(site, "content")); err == nil {
		t.Error("new note made a content/ folder the site does not use")
	}
	if code, out, errs := runCmd("check", "--root", site, "--date", "2021-07-01"); code != 0 {
		t.Errorf("check after new note: exit %d\n%s%s", code, out, errs)
	}
}

// TestNewNoteHostileText: text from content that reaches the skeleton
// (an executor's name, a measure's wording, a unit) cannot add a line to
// the front matter or end it, whatever characters it holds.
func TestNewNoteHostileText(t *testing.T) {
	for name, hostile := range map[string]string{
		"newline":         `Управління освіти\nstatus = \"скасовано\"`,
		"fence":           `Управління\n+++\nstatus = \"скасовано\"\n+++\n`,
		"quotes":          `Управління \"освіти\" # ' ''' \"\"\"`,
		"carriage return": `Управління\rstatus = \"скасовано\"`,
		"control":         `Управління\u0000\u001b[31m\u007f\u0085освіти`,
		"line separator":  `Управління\u2028status = \"скасовано\"\u2029`,
		"bidi override":   `Управління \u202eосвіти\u2066`,
	} {
		t.Run(name, func(t *testing.T) {
			site := smallSite(t)
			replaceIn(t, filepath.Join(site, "content/executors.toml"),
				`name = "Управління освіти міської ради"`, `name = "`+hostile+`"`)
			replaceIn(t, filepath.Join(site, "content/plans/town-2020/plan.toml"),
				`executors_text = "Управління освіти"`, `executors_text = "`+hostile+`"`)
			code, out, errs := runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "town-2020/ii/1-1")
			if code != 0 {
				t.Fatalf("exit %d: %s%s", code, out, errs)
			}
			note, err := os.ReadFile(filepath.Join(site, "content/plans/town-2020/notes/2021-07-01-ii-1-1.md"))
			if err != nil {
				t.Fatal(err)
			}
			parts, err := content.SplitNote(note)
			if err != nil {
				t.Fatalf("the skeleton does not split: %v\n%s", err, note)
			}
			var front map[string]any
			if _, err := toml.Decode(string(parts.Front), &front); err != nil {
				t.Fatalf("the front matter is not TOML: %v\n%s", err, parts.Front)
			}
			keys := make([]string, 0, len(front))
			for k := range front {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			if got := strings.Join(keys, " "); got != "date measures reporter status value" || front["status"] != "виконується" {
				t.Errorf("front matter keys %q, status %q:\n%s", got, front["status"], parts.Front)
			}
			if !strings.Contains(string(parts.Body), "Що зроблено") {
				t.Errorf("the body moved:\n%s", note)
			}
			for _, r := range string(parts.Front) {
				if r != '\n' && (r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0x202e || r == 0x2066) {
					t.Errorf("front matter holds %U:\n%q", r, parts.Front)
				}
			}
		})
	}
}

// TestNewNoteStatusFlag: --status is checked, and written as its key.
func TestNewNoteStatusFlag(t *testing.T) {
	site := smallSite(t)
	before, _ := os.ReadDir(filepath.Join(site, "content/plans/town-2020/notes"))
	code, _, errs := runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "ii/1-1",
		"--status", "done\"\nreporter = \"x")
	if code != 2 || !strings.Contains(errs, "невідомий статус") || !strings.Contains(errs, `"виконано"`) {
		t.Errorf("a bad status: exit %d\n%s", code, errs)
	}
	if entries, _ := os.ReadDir(filepath.Join(site, "content/plans/town-2020/notes")); len(entries) != len(before) {
		t.Error("a note was written with a bad status")
	}
	if code, out, errs := runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "ii/1-1", "--status", "Done"); code != 0 {
		t.Fatalf("an alias: exit %d\n%s%s", code, out, errs)
	}
	note, _ := os.ReadFile(filepath.Join(site, "content/plans/town-2020/notes/2021-07-01-ii-1-1.md"))
	if !strings.Contains(string(note), "\nstatus = \"виконано\"\n") {
		t.Errorf("the alias is not written as its key:\n%s", note)
	}
}

// replaceIn replaces old with new in file, once, failing if old is absent.
func replaceIn(t *testing.T, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
