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
// languages (internal/linkcheck); and the shipped site built relative, for
// opening from a folder, as file:// meets it (linkcheck.Offline).
func TestLinksResolve(t *testing.T) {
	type site struct {
		name, root string
		relative   bool
	}
	sites := []site{{"shipped", fixture.Root(), false}, {"shipped, relative", fixture.Root(), true}, {"amended plan", amendedSite, false}}
	if !testing.Short() {
		dir := filepath.Join(t.TempDir(), "corpus")
		if err := corpus.Write(dir, corpus.Options{Source: fixture.Root(), Plans: 20, NotesPerMeasure: 1}); err != nil {
			t.Fatal(err)
		}
		sites = append(sites, site{"20 plans", dir, false})
	}
	for _, s := range sites {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "public")
			opts := []Option{WithRoot(s.root), WithDate(corpus.DefaultAsOf)}
			var check []linkcheck.Option
			if s.relative {
				opts = append(opts, WithRelative())
				check = append(check, linkcheck.Offline())
			}
			b := New(opts...)
			if _, err := b.Build(context.Background(), out); err != nil {
				t.Fatal(err)
			}
			res, err := b.Assemble(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			r, err := linkcheck.Check(out, res.Site.Config.BaseURL, check...)
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
