package generator

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/check"
	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/source"
)

// repoRoot is the repository root, two levels above this package's tests.
func repoRoot(t testing.TB) string {
	t.Helper()
	abs, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// copySite copies a test site into a temporary folder (see fixture.Copy).
func copySite(t testing.TB, src string) string { return fixture.Copy(t, src) }

func mustDate(t testing.TB, s string) content.Date {
	t.Helper()
	d, err := content.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// generate builds a site folder in memory as of date.
func generate(t testing.TB, root, date string) *Result {
	t.Helper()
	res, err := New(WithRoot(root), WithDate(mustDate(t, date))).Generate(context.Background())
	if err != nil {
		if res != nil {
			for _, p := range res.Problems {
				t.Log(p.Line("en"))
			}
		}
		t.Fatalf("Generate(%s): %v", root, err)
	}
	return res
}

// snapshot reads every file under dir.
func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(data)
		}
		return nil
	})
	return out
}

// loaded is a whole site read at once, as the fuzz tests need it: the
// build itself reads one plan at a time (see build.go).
type loaded struct {
	src   *source.Sources
	plans []*source.Plan
}

// load reads the whole site at once.
func load(root string) (*loaded, diag.List) {
	s, problems, ok := source.LoadGlobals(root)
	problems.Add(check.Config(s)...)
	l := &loaded{src: s}
	if !ok {
		return l, problems
	}
	dirs, p := source.PlanDirs(s)
	problems.Add(p...)
	for _, dir := range dirs {
		ps, p := source.LoadPlan(s, dir)
		problems.Add(p...)
		l.plans = append(l.plans, ps)
	}
	return l, problems
}

// assemble joins every plan of s that validate indexed.
func assemble(s *loaded, c *check.Catalog, asOf content.Date) (*model.Site, diag.List) {
	var problems diag.List
	site := newSite(s.src, asOf, false)
	for _, ps := range s.plans {
		if !ps.Plan.Found || !c.Indexed(ps.Plan.Data.ID) {
			continue
		}
		p, probs := assemblePlan(site, ps, c, asOf)
		problems.Add(probs...)
		site.Plans = append(site.Plans, p)
	}
	return site, problems
}

// validate checks the whole site at once, as the fuzz tests need it, with
// the steps a build takes one plan at a time (see build.go), and returns
// the indexes assemble needs.
func validate(s *loaded) (*check.Catalog, diag.List) {
	var l diag.List
	c := check.NewCatalog()
	l.Add(check.Registry(s.src, c)...)
	l.Add(check.Glossary(s.src)...)
	l.Add(check.Strategies(s.src, c)...)
	dirs := make([]string, len(s.plans))
	for i, ps := range s.plans {
		dirs[i] = ps.Dir
	}
	owners := check.ClaimIDs(s.src, dirs)
	for _, ps := range s.plans {
		l.Add(check.PlanSource(s.src, ps, c, owners)...)
	}
	return c, l
}
