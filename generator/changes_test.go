package generator

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// changesAsOf assembles the site at root as of date and returns each
// plan's changes by plan id.
func changesAsOf(t *testing.T, root string, date content.Date) (map[string][]*model.PlanChange, map[string]*model.Plan) {
	t.Helper()
	s, problems := load(root)
	if problems.HasErrors() {
		t.Fatalf("load %s: %v", root, problems)
	}
	c, _ := validate(s)
	site, _ := assemble(s, c, date)
	out, plans := map[string][]*model.PlanChange{}, map[string]*model.Plan{}
	for _, p := range site.Plans {
		out[p.ID], plans[p.ID] = model.PlanChanges(p, date), p
	}
	return out, plans
}

// changeLine is a change as a line of text, to compare lists.
func changeLine(c *model.PlanChange) string {
	return fmt.Sprintf("%s %s %s %s→%s", c.Date, c.Kind, c.Path(), c.Before, c.State)
}

// TestPlanChangesPrefix checks that the changes up to a day are the same
// whatever later day the site is built on: the list needs no record of
// earlier builds, and a build a day later alters no earlier month.
func TestPlanChangesPrefix(t *testing.T) {
	for _, tc := range []struct{ root, early, late string }{
		{repoRoot(t), "2024-03-31", "2026-11-24"},
		{filepath.Join("testdata", "sites", "small"), "2020-12-31", "2021-06-30"},
		{filepath.Join("testdata", "sites", "amended"), "2022-01-01", "2026-01-01"},
	} {
		early, late := mustDate(t, tc.early), mustDate(t, tc.late)
		a, pa := changesAsOf(t, tc.root, early)
		b, pb := changesAsOf(t, tc.root, late)
		for id, got := range a {
			var want []string
			var wantKeys []engine.Key
			for _, c := range b[id] {
				if !early.Before(c.Date) {
					want = append(want, changeLine(c))
					wantKeys = append(wantKeys, c.Key)
				}
			}
			t.Logf("%s: %d changes as of %s, %d as of %s", id, len(got), early, len(b[id]), late)
			if len(got) != len(want) {
				t.Errorf("%s: %d changes as of %s, %d of them as of %s", id, len(got), early, len(want), late)
				continue
			}
			for i, c := range got {
				if changeLine(c) != want[i] {
					t.Errorf("%s: change %d as of %s:\n%s\nas of %s:\n%s", id, i, early, changeLine(c), late, want[i])
				}
				// The plan's header key covers whether it shows demo
				// data, which a demo note dated between the two days
				// changes; else a change's key is the same, and so is
				// the page of its month when no change was added.
				if pa[id].HeaderKey == pb[id].HeaderKey && c.Key != wantKeys[i] {
					t.Errorf("%s: change %d: key as of %s differs from as of %s", id, i, early, late)
				}
			}
		}
	}
}
