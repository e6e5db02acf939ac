package model

import (
	"sort"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
)

// Portal is what the pages that span plans show.
type Portal struct {
	// Plans in the order of their ids.
	Plans []*PlanSummary
	// Executors in the registry, sorted by name.
	Executors []*ExecutorView
	// Latest are the newest notes of all plans, newest first.
	Latest []NoteRef
	// Compare is the comparison of the plans by the strategies' areas.
	Compare *Comparison
}

// ExecutorView is a body of the registry with its part in every plan.
type ExecutorView struct {
	*content.Executor
	Path string
	// Count is the number of its measures in all plans.
	Count  int
	ByPlan []*ExecutorPlanView
	// Reports are the notes it filed, newest first.
	Reports []NoteRef
	Key     engine.Key
}

// ExecutorPlanView is an executor's part in one plan.
type ExecutorPlanView struct {
	Plan *PlanSummary
	ExecutorShare
}

// Label is the plan's short name for lists.
func (p *PlanSummary) Label() string { return PlanLabel(p.Authority, p.Period.Start, p.Period.End) }

// NewPortal puts the plans' summaries together.
func NewPortal(plans []*PlanSummary, registry []*content.Executor) *Portal {
	sort.Slice(plans, func(i, j int) bool { return plans[i].ID < plans[j].ID })
	pt := &Portal{Plans: plans}
	byID := map[string]*ExecutorView{}
	for _, e := range registry {
		x := &ExecutorView{Executor: e, Path: "/executors/" + e.ID + "/", Key: ExecutorKey(e)}
		byID[e.ID] = x
		pt.Executors = append(pt.Executors, x)
	}
	for _, p := range plans {
		for _, sh := range p.Executors {
			x := byID[sh.ID]
			if x == nil {
				continue
			}
			if sh.Measures > 0 {
				x.ByPlan = append(x.ByPlan, &ExecutorPlanView{Plan: p, ExecutorShare: sh})
				x.Count += sh.Measures
			}
			x.Reports = append(x.Reports, sh.Reports...)
		}
		pt.Latest = append(pt.Latest, p.Latest...)
	}
	for _, x := range pt.Executors {
		SortRefs(x.Reports)
	}
	SortRefs(pt.Latest)
	if len(pt.Latest) > LatestShown {
		pt.Latest = pt.Latest[:LatestShown]
	}
	return pt
}

// SortRefs orders notes newest first; same-day notes by plan and file.
func SortRefs(ns []NoteRef) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i], ns[j]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c > 0
		}
		if a.Plan != b.Plan {
			return a.Plan < b.Plan
		}
		return a.Slug < b.Slug
	})
}

// RefsKey covers a list of notes.
func RefsKey(h *engine.Hasher, ns []NoteRef) *engine.Hasher {
	for _, n := range ns {
		h.Key(n.Key)
	}
	return h.Int(int64(len(ns)))
}

// ExecutorViewKey covers an executor's page: its entry and its parts.
func ExecutorViewKey(h *engine.Hasher, x *ExecutorView) *engine.Hasher {
	h.Key(x.Key).Int(int64(x.Count))
	for _, bp := range x.ByPlan {
		h.Key(bp.Plan.HomeKey).Key(bp.Key)
	}
	return RefsKey(h, x.Reports)
}
