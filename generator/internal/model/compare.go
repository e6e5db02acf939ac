package model

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
)

// The comparison of communities: the national strategies' areas (content/
// strategy.toml), each plan's sections mapped to them (areas.toml beside
// each plan), and the figures of every plan and section from the plans'
// summaries. Its pages span plans, so it is made from summaries only.

// ComparePath is the site path of the comparison's pages.
const ComparePath = "/compare/"

// AreaLink is an area of a strategy as a section's page names it.
type AreaLink struct {
	// Ref is "<strategy>/<area>", as areas.toml writes it.
	Ref  string
	Path string
	// Title and TitleEN are the area's; Official marks the official
	// wording.
	Title, TitleEN string
	Official       bool
	// Strategy and StrategyEN are its strategy's titles.
	Strategy, StrategyEN string
}

// AreaPath is the site path of the area ref's page, "/compare/ns-2017/coordination/".
func AreaPath(ref string) string { return ComparePath + ref + "/" }

// Comparison is what the pages comparing plans show.
type Comparison struct {
	// Plans in the order the tables list them by default: by the label's
	// Ukrainian alphabetical order.
	Plans []*PlanSummary
	// Strategies with their areas, in the order of strategy.toml.
	Strategies []*StrategyView
	// States are the states any plan's measures are in, in display order:
	// the tables' columns.
	States []string
}

// StrategyView is a strategy with its areas.
type StrategyView struct {
	*content.Strategy
	Path  string
	Areas []*AreaView
}

// AreaView is an area with every plan's part in it.
type AreaView struct {
	*content.Area
	Strategy *StrategyView
	Ref      string
	Path     string
	// Plans are every plan in the comparison's order, each with the
	// sections that serve the area: none for a plan that has none.
	Plans []AreaPlan
	// Total adds up the plans' figures; Serving counts the plans with a
	// section in the area.
	Total   Figures
	Serving int
}

// AreaPlan is a plan's part in an area.
type AreaPlan struct {
	Plan     *PlanSummary
	Sections []SectionLink
	Figures  Figures
}

// Compare puts the comparison together from the plans' summaries and the
// valid strategies.
func Compare(plans []*PlanSummary, strategies []content.Strategy) *Comparison {
	c := &Comparison{Plans: slices.Clone(plans)}
	col := collate.New(language.Ukrainian, collate.Loose)
	slices.SortStableFunc(c.Plans, func(a, b *PlanSummary) int {
		if d := col.CompareString(a.Label(), b.Label()); d != 0 {
			return d
		}
		return compareStrings(a.ID, b.ID)
	})
	seen := map[string]bool{}
	for _, p := range c.Plans {
		for k, n := range p.Figures.Counts {
			seen[k] = seen[k] || n > 0
		}
	}
	for _, k := range StateOrder {
		if seen[k] {
			c.States = append(c.States, k)
		}
	}
	for i := range strategies {
		st := &strategies[i]
		sv := &StrategyView{Strategy: st, Path: ComparePath + st.ID + "/"}
		for j := range st.Areas {
			a := &st.Areas[j]
			ref := st.ID + "/" + a.ID
			av := &AreaView{Area: a, Strategy: sv, Ref: ref, Path: AreaPath(ref), Total: Figures{Counts: Counts{}}}
			for _, p := range c.Plans {
				ap := AreaPlan{Plan: p, Figures: Figures{Counts: Counts{}}}
				for _, sec := range p.SectionLinks {
					if slices.Contains(sec.Areas, ref) {
						ap.Sections = append(ap.Sections, sec)
						ap.Figures.Add(sec.Figures)
					}
				}
				if len(ap.Sections) > 0 {
					av.Serving++
					av.Total.Add(ap.Figures)
				}
				av.Plans = append(av.Plans, ap)
			}
			sv.Areas = append(sv.Areas, av)
		}
		c.Strategies = append(c.Strategies, sv)
	}
	return c
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// The keys of the comparison's pages cover what each shows, and no more:
// a new note changes them only when it changes a plan's figures.

// hashStrategy adds what the pages show of a strategy itself.
func hashStrategy(h *engine.Hasher, s *StrategyView) *engine.Hasher {
	header := *s.Strategy
	header.Areas = nil
	return HashJSON(h, header).String(s.Path)
}

// hashPlanRow adds what a table row shows of a plan besides figures.
func hashPlanRow(h *engine.Hasher, p *PlanSummary) *engine.Hasher {
	return h.String(p.ID).String(p.Path).String(p.Label()).String(p.Title)
}

// hashAreaHead adds what lists of areas show of one: its entry, address,
// totals and how many plans serve it.
func hashAreaHead(h *engine.Hasher, a *AreaView) *engine.Hasher {
	HashJSON(h, a.Area).String(a.Ref).String(a.Path).Int(int64(a.Serving))
	return HashJSON(h, a.Total)
}

// CompareKey covers the comparison's index: every plan's row, every
// strategy and the heads of its areas.
func CompareKey(h *engine.Hasher, c *Comparison) *engine.Hasher {
	h.Strings(c.States...).Int(int64(len(c.Plans)))
	for _, p := range c.Plans {
		HashJSON(hashPlanRow(h, p), p.Figures)
	}
	for _, s := range c.Strategies {
		hashStrategy(h, s).Int(int64(len(s.Areas)))
		for _, a := range s.Areas {
			hashAreaHead(h, a)
		}
	}
	return h
}

// StrategyKey covers a strategy's page: the strategy and its areas' heads.
func StrategyKey(h *engine.Hasher, c *Comparison, s *StrategyView) *engine.Hasher {
	hashStrategy(h, s).Int(int64(len(s.Areas))).Int(int64(len(c.Plans)))
	for _, a := range s.Areas {
		hashAreaHead(h, a)
	}
	return h
}

// AreaKey covers an area's page: its strategy, the area, every plan's
// part in it, and the strategy's other areas, which it links.
func AreaKey(h *engine.Hasher, c *Comparison, a *AreaView) *engine.Hasher {
	hashAreaHead(hashStrategy(h, a.Strategy), a).Strings(c.States...)
	for _, o := range a.Strategy.Areas { // the page links the others
		h.String(o.Path).String(o.Title).String(o.TitleEN).Bool(o.Official)
	}
	for _, ap := range a.Plans {
		hashPlanRow(h, ap.Plan).Int(int64(len(ap.Sections)))
		for _, sec := range ap.Sections {
			h.String(sec.Path).String(sec.Number).String(sec.Title)
		}
		HashJSON(h, ap.Figures)
	}
	return h
}

// AreasKey covers the areas a section's page names.
func AreasKey(as []AreaLink) engine.Key {
	return HashJSON(engine.NewHasher("areas"), as).Done()
}
