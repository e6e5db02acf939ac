package model

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/term"
)

// What changed in a plan, day by day: the reports added, the measures'
// changes of state, the indicator values reported, the reporting periods
// missed and the amendments adopted. Everything is computed from dated
// content — the notes, the terms, the amendments — as the states are, so
// the list needs no record of earlier builds, and the part of it up to a
// day is the same whatever later day the site is built on: a build a day
// later adds that day's changes and alters no earlier one.

// The kinds of change, in the order a day lists them.
const (
	ChangeAmendment = "amendment"
	ChangeReport    = "report"
	ChangeValue     = "value"
	ChangeState     = "state"
	ChangeMissed    = "missed"
)

// ChangeKindList are the kinds of change in the order a day lists them.
var ChangeKindList = []string{ChangeAmendment, ChangeReport, ChangeValue, ChangeState, ChangeMissed}

// PlanChange is one change in a plan on a day.
type PlanChange struct {
	Date content.Date
	// Kind is one of the Change* kinds.
	Kind string
	// Measure is the measure that changed (state, value, missed period).
	Measure *Measure
	// Note is the report added, the report whose value it is, or the
	// report that changed the state, if one did.
	Note *Note
	// State is the new state, Before the one it replaced (state changes).
	State, Before string
	// Missed is the deadline whose passing made the measure overdue.
	Missed *content.Date
	// Reading is the value reported (values).
	Reading *Reading
	// Period is the reporting period missed (missed).
	Period *term.Period
	// Amendment is the amendment adopted (amendments).
	Amendment *Amendment
	// Anchor is the fragment of the measure's page that shows the change
	// ("state-2025-06-30"), or "" when the change links a note or an
	// amendment.
	Anchor string
	// Key covers what a page shows of the change.
	Key engine.Key
}

// Month is the change's month, "2025-06": the page that lists it.
func (c *PlanChange) Month() string { return c.Date.String()[:7] }

// Path is the site path the change links: the measure's page at the
// change's anchor, the note or the amendment.
func (c *PlanChange) Path() string {
	switch {
	case c.Kind == ChangeAmendment:
		return c.Amendment.Path
	case c.Kind == ChangeReport || c.Kind == ChangeValue:
		return c.Note.Path
	case c.Anchor != "":
		return c.Measure.Path + "#" + c.Anchor
	}
	return c.Measure.Path
}

// PlanChanges returns the changes in plan p up to asOf, newest first: on
// each day amendments, reports, values, states, missed periods, each kind
// in document order. The measures' progress must be computed as of asOf
// (it is after assemble); a change dated after asOf is not listed.
func PlanChanges(p *Plan, asOf content.Date) []*PlanChange {
	var out []*PlanChange
	add := func(c *PlanChange) {
		if !c.Date.IsZero() && !asOf.Before(c.Date) {
			out = append(out, c)
		}
	}
	for _, a := range p.Amendments {
		if a.Date != nil {
			add(&PlanChange{Date: *a.Date, Kind: ChangeAmendment, Amendment: a})
		}
	}
	notes := slices.Clone(p.Notes)
	slices.SortStableFunc(notes, func(a, b *Note) int { return cmp.Compare(a.Path, b.Path) })
	for _, n := range notes {
		add(&PlanChange{Date: n.Date, Kind: ChangeReport, Note: n})
		for i := range n.Readings {
			rd := &n.Readings[i]
			add(&PlanChange{Date: n.Date, Kind: ChangeValue, Note: n, Measure: rd.Indicator.Measure, Reading: rd})
		}
	}
	for _, m := range p.All {
		for _, c := range measureChanges(m) {
			add(c)
		}
	}
	for _, c := range out {
		c.Key = changeKey(c)
	}
	order := map[string]int{}
	for i, k := range ChangeKindList {
		order[k] = i
	}
	slices.SortStableFunc(out, func(a, b *PlanChange) int {
		return cmp.Or(b.Date.Compare(a.Date), cmp.Compare(order[a.Kind], order[b.Kind]))
	})
	return out
}

// measureChanges are a measure's changes of state after its first, and
// the reporting periods it missed, each on the day after the deadline
// passed without a report (a period reported late was missed all the
// same, until its report came).
func measureChanges(m *Measure) []*PlanChange {
	var out []*PlanChange
	h := m.Progress.History
	anchors := map[content.Date]bool{}
	for i, sc := range h {
		anchors[sc.Date] = true
		if i == 0 {
			continue // the state it started with is no change
		}
		out = append(out, &PlanChange{Date: sc.Date, Kind: ChangeState, Measure: m, Note: sc.Note,
			State: sc.State, Before: h[i-1].State, Missed: sc.Missed, Anchor: sc.Anchor()})
	}
	for i := range m.Progress.Ledger {
		en := &m.Progress.Ledger[i].Entry
		if en.Status != term.Missing && en.Status != term.Late {
			continue
		}
		day := en.Due.AddDays(1)
		anchor := "ledger-h"
		if anchors[day] {
			anchor = StateChange{Date: day}.Anchor()
		}
		out = append(out, &PlanChange{Date: day, Kind: ChangeMissed, Measure: m, Period: &en.Period, Anchor: anchor})
	}
	return out
}

// changeKey covers what a page shows of change c: its facts, and the keys
// of the measure, note and amendment it names (their identity, not their
// state today, for a measure).
func changeKey(c *PlanChange) engine.Key {
	h := engine.NewHasher("change").String(c.Date.String()).String(c.Kind).String(c.State).String(c.Before).String(c.Anchor)
	if c.Missed != nil {
		h.String(c.Missed.String())
	}
	if c.Measure != nil {
		h.Key(c.Measure.Ident)
	}
	if c.Note != nil {
		h.Key(c.Note.Key)
	}
	if c.Amendment != nil {
		h.Key(c.Amendment.Key)
	}
	if c.Reading != nil {
		// The unit a value is shown with is the indicator's.
		HashJSON(h.String(c.Reading.Indicator.Ref).Int(int64(c.Reading.Value.Index)), c.Reading.Indicator.Spec)
	}
	if c.Period != nil {
		h.String(fmt.Sprint(c.Period.Key, c.Period.Start, c.Period.End, c.Period.Due))
	}
	return h.Done()
}

// ChangeMonth is a month of changes, for the pages that list them.
type ChangeMonth struct {
	// Month is "2025-06"; Year is 2025.
	Month string
	Year  int
	// Changes are the month's changes, newest first.
	Changes []*PlanChange
	// Counts are the changes per kind.
	Counts map[string]int
	// Key covers the month's changes.
	Key engine.Key
}

// ChangeMonths groups changes (newest first) by month, newest first.
func ChangeMonths(changes []*PlanChange) []*ChangeMonth {
	var out []*ChangeMonth
	for _, c := range changes {
		if n := len(out); n == 0 || out[n-1].Month != c.Month() {
			out = append(out, &ChangeMonth{Month: c.Month(), Year: c.Date.Year, Counts: map[string]int{}})
		}
		cm := out[len(out)-1]
		cm.Changes = append(cm.Changes, c)
		cm.Counts[c.Kind]++
	}
	for _, cm := range out {
		h := engine.NewHasher("change-month").String(cm.Month)
		for _, c := range cm.Changes {
			h.Key(c.Key)
		}
		cm.Key = h.Done()
	}
	return out
}

// ChangeMonthCount is how many changes of each kind a plan had in a month,
// as the portal's page of what changed lists it.
type ChangeMonthCount struct {
	// Month is "2025-06".
	Month string
	// Counts are the changes per kind.
	Counts map[string]int
	// Total counts them all.
	Total int
}

// MonthCounts are the months' counts, in the months' order.
func MonthCounts(months []*ChangeMonth) []ChangeMonthCount {
	out := make([]ChangeMonthCount, len(months))
	for i, m := range months {
		out[i] = ChangeMonthCount{Month: m.Month, Counts: m.Counts, Total: len(m.Changes)}
	}
	return out
}

// PortalChangeMonth is a month of changes across plans: each plan that
// had changes in it, with their counts.
type PortalChangeMonth struct {
	Month string
	Plans []PortalChangePlan
	Total int
}

// PortalChangePlan is a plan's changes in a month.
type PortalChangePlan struct {
	Plan *PlanSummary
	ChangeMonthCount
}

// PortalChanges gathers the plans' months of changes (plans in the order
// given), newest month first, at most limit months (all when limit is 0).
func PortalChanges(plans []*PlanSummary, limit int) []*PortalChangeMonth {
	byMonth := map[string]*PortalChangeMonth{}
	for _, p := range plans {
		for _, m := range p.ChangeMonths {
			pm := byMonth[m.Month]
			if pm == nil {
				pm = &PortalChangeMonth{Month: m.Month}
				byMonth[m.Month] = pm
			}
			pm.Plans = append(pm.Plans, PortalChangePlan{Plan: p, ChangeMonthCount: m})
			pm.Total += m.Total
		}
	}
	out := make([]*PortalChangeMonth, 0, len(byMonth))
	for _, m := range byMonth {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b *PortalChangeMonth) int { return cmp.Compare(b.Month, a.Month) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// PortalChangesKey covers what the portal's page of what changed shows:
// the months' counts and each plan's name and address.
func PortalChangesKey(h *engine.Hasher, months []*PortalChangeMonth) *engine.Hasher {
	for _, m := range months {
		h.String(m.Month)
		for _, p := range m.Plans {
			h.String(p.Plan.ID).String(p.Plan.Path).String(p.Plan.Authority).Int(int64(p.Plan.Period.Start)).Int(int64(p.Plan.Period.End))
			for _, k := range ChangeKindList {
				h.Int(int64(p.Counts[k]))
			}
		}
	}
	return h
}
