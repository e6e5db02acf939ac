package generator

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/model"
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

// load reads the whole site at once, as the fuzz tests need it: the build
// itself reads one plan at a time (see build.go).
func load(root string) (*sources, diag.List) {
	s, problems, ok := loadGlobals(root)
	if !ok {
		return s, problems
	}
	dirs, p := planDirs(s)
	problems.Add(p...)
	for _, dir := range dirs {
		ps, p := loadPlan(s, dir)
		problems.Add(p...)
		s.plans = append(s.plans, ps)
	}
	return s, problems
}

// assemble joins every plan of s that validate indexed.
func assemble(s *sources, c *catalog, asOf content.Date) (*model.Site, diag.List) {
	var problems diag.List
	site := newSite(s, asOf, false)
	for _, ps := range s.plans {
		if !ps.plan.found || c.measures[ps.plan.data.ID] == nil {
			continue
		}
		p, probs := assemblePlan(site, ps, c, asOf)
		problems.Add(probs...)
		site.Plans = append(site.Plans, p)
	}
	return site, problems
}

// validate checks the whole site at once, as the fuzz tests need it (the
// build checks one plan at a time, see build.go), and returns the indexes
// assemble needs. It reports every problem at once,
// and each mistake once: what refers to a file that could not be read is
// checked only for what it says itself, so one broken file does not bury
// its own problem under a problem for every reference to it.
func validate(s *sources) (*catalog, diag.List) {
	var l diag.List
	c := &catalog{
		executors: map[string]*content.Executor{},
		measures:  map[string]map[string]*measurePlace{},
		specs:     map[string]map[string]*content.IndicatorSpec{},
		owner:     map[string]*planSource{},
	}
	l.Add(validateRegistry(s, c)...)
	l.Add(validateGlossary(s)...)
	l.Add(validateStrategies(s, c)...)
	// Plans that live in the folder their id names claim their ids first:
	// when a plan.toml is copied into a new folder and its id not changed,
	// the copy is the one to be told.
	plans := append([]*planSource(nil), s.plans...)
	sort.SliceStable(plans, func(i, j int) bool {
		return plans[i].plan.data.ID == plans[i].dir && plans[j].plan.data.ID != plans[j].dir
	})
	for _, ps := range plans {
		if ps.plan.found {
			l.Add(validatePlan(ps, c)...)
		}
	}
	for _, ps := range s.plans {
		indexed := ps.plan.found && c.owner[ps.plan.data.ID] == ps
		if indexed {
			l.Add(validateMonitoring(ps, c)...)
			l.Add(validateAreas(ps, c)...)
		}
		for _, n := range ps.notes {
			l.Add(validateNote(ps, n, c, indexed)...)
		}
		for _, n := range ps.broken {
			l.Add(checkBody(n)...)
		}
		l.Add(validateNoteFiles(s, ps)...)
	}
	return c, l
}
