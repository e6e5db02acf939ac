package corpus

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/diag"
)

const repo = "../.." // the repository root, with the two real plans

// TestCorpusChecks writes a small corpus from the real plans and expects
// plansite check to find no errors in it.
func TestCorpusChecks(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Source: repo, Plans: 4, NotesPerMeasure: 2}); err != nil {
		t.Fatal(err)
	}
	problems := generator.New(generator.WithRoot(dir), generator.WithDate(DefaultAsOf)).Check(context.Background())
	for _, p := range problems {
		if p.Severity == diag.Error {
			t.Error(p.Line("en"))
		}
	}
	if problems.HasErrors() {
		t.Fatal("the generated corpus has errors")
	}

	plans, _ := filepath.Glob(filepath.Join(dir, "content", "plans", "*", "plan.toml"))
	if len(plans) != 4 {
		t.Errorf("%d plans, want 4", len(plans))
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "plans", "svatove-2019-c002", "plan.toml")); err != nil {
		t.Error(err)
	}
	notes, _ := filepath.Glob(filepath.Join(dir, "content", "plans", "dubno-2021-c001", "notes", "*.md"))
	if len(notes) != 2*38 {
		t.Errorf("dubno-2021-c001 has %d notes, want 2 per measure (76)", len(notes))
	}
	all := readAll(t, dir)
	reg := all["content/executors.toml"]
	for _, want := range []string{`id = "svatove-rcsssdm-c002"`, `plans = ["svatove-2019-c002"]`, `id = "dubno-ssd-c001"`} {
		if !strings.Contains(reg, want) {
			t.Errorf("executors.toml lacks %s", want)
		}
	}
	var values, achieved int
	for p, text := range all {
		if strings.HasSuffix(p, ".md") {
			values += strings.Count(text, "\nvalue = ")
			achieved += strings.Count(text, "\nachieved = ")
		}
	}
	if values == 0 || achieved == 0 {
		t.Errorf("notes have %d numeric and %d qualitative indicator values, want some of each", values, achieved)
	}
}

// TestCorpusDeterministic writes the same corpus twice and expects the
// same bytes; a clone's notes do not depend on how many plans there are.
func TestCorpusDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	for _, w := range []struct {
		dir   string
		plans int
	}{{a, 3}, {b, 3}, {c, 5}} {
		if err := Write(w.dir, Options{Source: repo, Plans: w.plans, NotesPerMeasure: 1, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	fa, fb, fc := readAll(t, a), readAll(t, b), readAll(t, c)
	if len(fa) != len(fb) {
		t.Fatalf("%d files, then %d", len(fa), len(fb))
	}
	for p, text := range fa {
		if fb[p] != text {
			t.Errorf("%s differs between two runs", p)
		}
		if strings.Contains(p, "/notes/") && fc[p] != text {
			t.Errorf("%s differs in a corpus of 5 plans", p)
		}
	}
	if err := Write(a, Options{Source: repo}); err == nil {
		t.Error("Write into a folder that is not empty succeeded")
	}
}

func readAll(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
