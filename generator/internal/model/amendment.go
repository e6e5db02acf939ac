package model

import (
	"slices"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
)

// A plan's amendments, as its pages show them. plan.toml records each
// amendment once ([[amendment]]) and, on each measure, section, task or
// group, which amendment added or removed it and what each amendment
// changed in it (content.Revision). The model turns these records around:
// per amendment, what it added, removed and changed, with each changed
// measure's wording before and after; per measure, its wordings with the
// amendment that made each.

// Amendment is an act that amended a plan, with what it changed.
type Amendment struct {
	*content.Amendment
	Plan *Plan
	// N is the amendment's place among the plan's amendments, from 1.
	N int
	// Path is the page of what it changed, "/svatove-2019/versions/1/".
	Path string
	// Added and Removed are the measures it added and removed, Changed
	// those it changed otherwise, each in document order.
	Added, Removed []*Measure
	Changed        []*MeasureChange
	// Containers are the sections, tasks and groups it added, removed or
	// retitled, in document order.
	Containers []*ContainerChange
	// Key covers what its page shows (see facts.go).
	Key engine.Key
}

// MeasureChange is what one amendment changed in a measure it neither
// added nor removed: the measure's wording before and after it.
type MeasureChange struct {
	Measure       *Measure
	Before, After content.MeasureVersion
}

// Reworded reports whether the amendment changed the measure's text.
func (c *MeasureChange) Reworded() bool { return c.Before.Text != c.After.Text }

// Renumbered reports whether it changed the measure's number.
func (c *MeasureChange) Renumbered() bool { return c.Before.Number != c.After.Number }

// Retermed reports whether it changed the term.
func (c *MeasureChange) Retermed() bool { return c.Before.Term != c.After.Term }

// ExecutorsChanged reports whether it changed the executors, as written or
// as the registry names them.
func (c *MeasureChange) ExecutorsChanged() bool {
	return c.Before.ExecutorsText != c.After.ExecutorsText || !slices.Equal(c.Before.Executors, c.After.Executors)
}

// IndicatorsChanged reports whether it changed the indicators.
func (c *MeasureChange) IndicatorsChanged() bool {
	return !slices.Equal(c.Before.Indicators, c.After.Indicators)
}

// CostsChanged reports whether it changed the financial costs.
func (c *MeasureChange) CostsChanged() bool { return costs(c.Before.Costs) != costs(c.After.Costs) }

func costs(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ContainerChange is a section, task or group an amendment added, removed
// or retitled.
type ContainerChange struct {
	// Kind is "section", "task" or "group".
	Kind string
	// Change is "added", "removed" or "retitled".
	Change string
	// Path is the container's page; Label names it as it reads now
	// ("ІІ. …", "2. …").
	Path, Label string
	// Before and After are the title (with the number) before and after a
	// retitling.
	Before, After string
}

// Count returns how many measures the amendment changed in the way kind
// says: "added", "removed", "reworded", "renumbered", "retermed",
// "executors", "indicators", "costs".
func (a *Amendment) Count(kind string) int {
	switch kind {
	case "added":
		return len(a.Added)
	case "removed":
		return len(a.Removed)
	}
	n := 0
	for _, c := range a.Changed {
		if c.Is(kind) {
			n++
		}
	}
	return n
}

// Is reports whether the change is of the kind Amendment.Count names.
func (c *MeasureChange) Is(kind string) bool {
	switch kind {
	case "reworded":
		return c.Reworded()
	case "renumbered":
		return c.Renumbered()
	case "retermed":
		return c.Retermed()
	case "executors":
		return c.ExecutorsChanged()
	case "indicators":
		return c.IndicatorsChanged()
	case "costs":
		return c.CostsChanged()
	}
	return false
}

// ChangeKinds are the kinds of change of a measure the pages count, in
// the order they name them.
var ChangeKinds = []string{"added", "removed", "reworded", "retermed", "executors", "renumbered", "indicators", "costs"}

// Wording is a measure as it read between two amendments.
type Wording struct {
	content.MeasureVersion
	// Amendment made this wording; nil for the plan as adopted.
	Amendment *Amendment
}

// Adopted counts the measures of the plan as adopted.
func (p *Plan) Adopted() int { return p.InForceAfter[0] }

// CountInForce sets InForceAfter: the measures added by none of the first
// n amendments or by one of them, and removed by none of them, for every
// n, in one pass over the measures.
func (p *Plan) CountInForce() {
	delta := make([]int, len(p.Amendments)+2)
	for _, m := range p.All {
		added, removed := 0, len(p.Amendments)+1
		switch {
		case m.AddedIn != nil:
			added = m.AddedIn.N
		case m.AddedBy != "":
			continue // an amendment the plan lacks: validate reports it
		}
		if m.RemovedIn != nil {
			removed = m.RemovedIn.N
		}
		delta[added]++
		delta[removed]--
	}
	p.InForceAfter = make([]int, len(p.Amendments)+1)
	n := 0
	for i := range p.InForceAfter {
		n += delta[i]
		p.InForceAfter[i] = n
	}
}
