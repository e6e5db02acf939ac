package schema_test

import (
	"bytes"
	"flag"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/content/schema"
)

var update = flag.Bool("update", false, "rewrite the *.schema.json files from the Go types")

// roots are the Go types each document decodes into (see internal/source).
var roots = map[string]reflect.Type{
	"config":     reflect.TypeFor[generator.Config](),
	"executors":  reflect.TypeFor[content.Registry](),
	"glossary":   reflect.TypeFor[content.Glossary](),
	"plan":       reflect.TypeFor[content.Plan](),
	"indicators": reflect.TypeFor[content.Monitoring](),
	"note":       reflect.TypeFor[content.Note](),
	"strategy":   reflect.TypeFor[content.Strategies](),
	"areas":      reflect.TypeFor[content.AreaMap](),
}

// TestSchemasUpToDate generates every schema from its Go type and
// compares it with the file shipped: a field added to a content struct,
// renamed or retyped, without its schema, fails here.
func TestSchemasUpToDate(t *testing.T) {
	g := &builder{used: map[string]bool{}}
	want := map[string][]byte{}
	for _, d := range schema.Documents {
		root, ok := roots[d.Name]
		if !ok {
			t.Fatalf("document %q has no Go type in roots", d.Name)
		}
		b, err := file(g.document(d.Name, root))
		if err != nil {
			t.Fatal(err)
		}
		want[d.File()] = b
	}
	if len(roots) != len(schema.Documents) {
		t.Errorf("roots has %d types for %d documents", len(roots), len(schema.Documents))
	}
	for _, p := range g.problems {
		t.Error(p)
	}
	for _, name := range g.unusedRules() {
		t.Errorf("rules entry %q matches no field or type: rename or delete it in rules_test.go", name)
	}
	if t.Failed() {
		return
	}
	for name, b := range want {
		if *update {
			if err := os.WriteFile(name, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := fs.ReadFile(schema.FS(), name)
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is not what the Go types give: run go test ./generator/content/schema -update and commit it", name)
		}
	}
}

func TestEveryStatusHasAMeaning(t *testing.T) {
	for _, s := range content.Statuses {
		if _, ok := statusMeaning[s.Key]; !ok {
			t.Errorf("status %q: add what it means to statusMeaning in rules_test.go", s.Key)
		}
	}
	if len(statusMeaning) != len(content.Statuses) {
		t.Errorf("statusMeaning has %d entries for %d statuses", len(statusMeaning), len(content.Statuses))
	}
}

// TestShippedContent validates the repository's own site: config.toml and
// every file under content/ that is a content document.
func TestShippedContent(t *testing.T) {
	root, _, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	files := readSite(t, root, "config.toml", "content")
	checkClean(t, files)
}

// TestSmallSite validates the test site every broken case starts from.
func TestSmallSite(t *testing.T) {
	checkClean(t, readSite(t, "../../testdata/sites/small", "config.toml", "content"))
}

// checkClean validates every content document of a site and fails on any
// problem; it also fails on a TOML or Markdown file under content/ that
// no document matches, which would go unvalidated.
func checkClean(t *testing.T, files map[string][]byte) {
	t.Helper()
	v := newValidator(t)
	n := 0
	for _, p := range slices.Sorted(maps.Keys(files)) {
		d, ok := schema.For(p)
		if !ok {
			if ext := path.Ext(p); ext == ".toml" || ext == ".md" {
				t.Errorf("%s: no schema covers this file: add its path to schema.Documents", p)
			}
			continue
		}
		n++
		r := v.check(d, files[p])
		if r.unread != nil {
			t.Errorf("%s: %v", p, r.unread)
		}
		for _, e := range r.errors {
			t.Errorf("%s: %s", p, e)
		}
	}
	if n == 0 {
		t.Fatal("no content documents found")
	}
}

// readSite reads the files under the given paths of a site folder, keyed
// by site-relative slash paths.
func readSite(t *testing.T, dir string, paths ...string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, p := range paths {
		err := filepath.WalkDir(filepath.Join(dir, p), func(f string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, err := filepath.Rel(dir, f)
			if err != nil {
				return err
			}
			data, err := os.ReadFile(f)
			files[filepath.ToSlash(rel)] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}
