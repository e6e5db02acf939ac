package generator

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/plansite/plansite/generator/corpus"
	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/linkcheck"
)

// TestLinksResolve builds the shipped site, the site of an amended plan and
// a generated portal of 20 plans, and checks every internal link, #fragment and id of both, in both
// languages (internal/linkcheck).
func TestLinksResolve(t *testing.T) {
	sites := []struct{ name, root string }{{"shipped", fixture.Root()}, {"amended plan", amendedSite}}
	if !testing.Short() {
		dir := filepath.Join(t.TempDir(), "corpus")
		if err := corpus.Write(dir, corpus.Options{Source: fixture.Root(), Plans: 20, NotesPerMeasure: 1}); err != nil {
			t.Fatal(err)
		}
		sites = append(sites, struct{ name, root string }{"20 plans", dir})
	}
	for _, s := range sites {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "public")
			b := New(WithRoot(s.root), WithDate(corpus.DefaultAsOf))
			if _, err := b.Build(context.Background(), out); err != nil {
				t.Fatal(err)
			}
			res, err := b.Assemble(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			r, err := linkcheck.Check(out, res.Site.Config.BaseURL)
			if err != nil {
				t.Fatal(err)
			}
			if !r.OK() {
				t.Error(r)
			}
			t.Log(r)
		})
	}
}
