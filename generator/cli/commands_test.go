package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// smallSite copies generator/testdata/sites/small into a temporary folder
// with the repository's themes.
func smallSite(t *testing.T) string { return fixture.Copy(t, fixture.SmallSite) }

func runCmd(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestNewNote(t *testing.T) {
	site := smallSite(t)
	code, out, errs := runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "town-2020/ii/1-1")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	file := filepath.Join(site, "content/plans/town-2020/notes/2021-07-01-ii-1-1.md")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("note not written where expected: %v\n%s", err, out)
	}
	note := string(data)
	for _, want := range []string{
		"date = 2021-07-01", `measures = ["ii/1-1"]`,
		`status = "виконується"`,   // the latest reported status (a demo note)
		`indicator = "ii/1-1#2"`,   // the numeric indicator, pre-filled…
		"value = 55.5",             // …with its last value
		`# indicator = "ii/1-1#1"`, // the qualitative one, commented out
		`reporter = "town-osvita"`,
	} {
		if !strings.Contains(note, want) {
			t.Errorf("skeleton lacks %q:\n%s", want, note)
		}
	}
	// The skeleton is valid content as it stands.
	if code, out, errs := runCmd("check", "--root", site, "--date", "2021-07-01"); code != 0 {
		t.Errorf("check after new note: exit %d\n%s%s", code, out, errs)
	}
	// A second note on the same day gets its own file.
	runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "ii/1-1")
	if _, err := os.Stat(strings.TrimSuffix(file, ".md") + "-2.md"); err != nil {
		t.Errorf("second note of the day: %v", err)
	}
}

func TestNewNoteUnknownMeasure(t *testing.T) {
	site := smallSite(t)
	before, _ := os.ReadDir(filepath.Join(site, "content/plans/town-2020/notes"))
	code, _, errs := runCmd("new", "note", "--root", site, "--date", "2021-07-01", "--measure", "town-2020/ii/1-3")
	if code == 0 {
		t.Fatal("new note accepted an unknown measure")
	}
	if !strings.Contains(errs, "town-2020/ii/1-1") || !strings.Contains(errs, "town-2020/ii/1-2") {
		t.Errorf("no nearest matches offered:\n%s", errs)
	}
	if entries, _ := os.ReadDir(filepath.Join(site, "content/plans/town-2020/notes")); len(entries) != len(before) {
		t.Errorf("a file was written for an unknown measure")
	}
}

func TestCheckFormats(t *testing.T) {
	site := smallSite(t)
	note := filepath.Join(site, "content/plans/town-2020/notes/bad.md")
	os.WriteFile(note, []byte("+++\ndate = 2021-01-01\nmeasures = [\"i/9\"]\nstatus = \"готово\"\n+++\n"), 0o644)

	code, out, _ := runCmd("check", "--root", site, "--date", "2021-07-01")
	if code != 1 {
		t.Errorf("check exit %d, want 1", code)
	}
	for _, want := range []string{"bad.md:3:13", "bad.md:4:10", "заходу «i/9» немає", "невідомий статус «готово»", "^^^", "як виправити"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCmd("check", "--root", site, "--date", "2021-07-01", "--lang", "en")
	if !strings.Contains(out, `unknown status "готово"`) || !strings.Contains(out, "how to fix") {
		t.Errorf("English output:\n%s", out)
	}
	_, out, _ = runCmd("check", "--root", site, "--date", "2021-07-01", "--format", "json")
	var problems []struct {
		File     string `json:"file"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Severity string `json:"severity"`
		Code     string `json:"code"`
		Message  string `json:"message"`
		Hint     string `json:"hint"`
	}
	if err := json.Unmarshal([]byte(out), &problems); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	// The small site has a demonstration note dated after 2021-07-01: a
	// warning, listed first by file name.
	if len(problems) > 0 && problems[0].Severity == "warning" && problems[0].Code == "future-note" {
		problems = problems[1:]
	}
	if len(problems) != 2 || problems[0].Code != "unknown-measure" || problems[0].Line != 3 || problems[1].Code != "unknown-status" || problems[1].Hint == "" {
		t.Errorf("json problems: %+v", problems)
	}
	_, out, _ = runCmd("check", "--root", site, "--date", "2021-07-01", "--format", "github")
	if !strings.Contains(out, "::error file=content/plans/town-2020/notes/bad.md,line=4,col=10,") {
		t.Errorf("github output:\n%s", out)
	}
	os.Remove(note)
	if code, out, _ := runCmd("check", "--root", site, "--date", "2021-07-01"); code != 0 || !strings.Contains(out, "Помилок немає") {
		t.Errorf("clean site: exit %d\n%s", code, out)
	}
}
