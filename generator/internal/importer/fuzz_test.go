package importer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// FuzzImport feeds the importer arbitrary text. It must not panic, and
// whatever it imports must survive the trip through plan.toml unchanged,
// with ids that are valid URL segments, unique in their section.
func FuzzImport(f *testing.F) {
	seedFiles, _ := filepath.Glob("testdata/*/*.txt")
	for _, s := range seeds {
		seedFiles = append(seedFiles, fixture.SeedSource(s.id))
	}
	for _, name := range seedFiles {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	f.Add(heldOutDocx()) // the .docx path: mutations mostly break the archive, and must say so
	reg, _, err := ReadRegistry(registryPath)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		res, _ := Import(src, Options{File: "fuzz-2020.txt", Registry: reg})
		if res == nil {
			return
		}
		var back content.Plan
		md, err := toml.Decode(string(Encode(res.Plan, "fuzz.txt")), &back)
		if err != nil {
			t.Fatalf("plan.toml does not parse: %v", err)
		}
		if u := md.Undecoded(); len(u) > 0 {
			t.Fatalf("undecoded keys %v", u)
		}
		if !reflect.DeepEqual(&back, res.Plan) {
			t.Fatalf("the plan changed through TOML:\n%#v\n%#v", back, *res.Plan)
		}
		for _, s := range res.Plan.Sections {
			seen := map[string]bool{}
			claim := func(id string) {
				if !idPattern.MatchString(id) || seen[id] {
					t.Fatalf("section %s: id %q is invalid or taken", s.ID, id)
				}
				seen[id] = true
			}
			for _, task := range s.Tasks {
				claim(task.ID)
			}
			for _, g := range s.Groups {
				claim(g.ID)
			}
			forEach(&content.Plan{Sections: []content.Section{s}}, func(_ *content.Section, _ string, m *content.Measure) { claim(m.ID) })
		}
		var added content.Registry
		if _, err := toml.Decode(string(AppendExecutors(nil, res.NewExecutors, res.Plan.ID, "fuzz.txt")), &added); err != nil ||
			!reflect.DeepEqual(added.Executors, res.NewExecutors) {
			t.Fatalf("new executors do not survive TOML: %v", err)
		}
		for _, e := range res.NewExecutors {
			if !idPattern.MatchString(e.ID) {
				t.Fatalf("new executor id %q", e.ID)
			}
		}
	})
}
