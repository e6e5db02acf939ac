package check

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
)

// The records of a plan's amendments, checked: every [[amendment]] has an
// id (URL-safe, used once: it is part of the address of its page) and an
// act; the amendments are dated in order, none before the plan was
// adopted; every added_by, removed_by and [[….previous]] amendment names
// one of them; and a part's history runs forward — its earlier wordings
// oldest first, each by an amendment after the one that added it and
// before the one that removed it.

// amendmentRefs indexes a plan's amendments by id: their place in the
// list, and the ids for messages.
type amendmentRefs struct {
	order map[string]int
	ids   []string
	// list names them for hints, made once: a hostile file may name
	// unknown amendments many times over.
	list diag.Text
}

// validateAmendments checks plan.toml's records of amendments.
func validateAmendments(f *source.File[content.Plan]) diag.List {
	p := &f.Data
	refs, l := checkAmendmentRecords(f)
	if len(p.Amendments) == 0 && !hasAmendmentTraces(p) {
		return l
	}
	for si := range p.Sections {
		sec := &p.Sections[si]
		sp := "section[" + strconv.Itoa(si) + "]"
		l.Add(checkTraces(f, refs, sp, sec.AddedBy, sec.RemovedBy, sec.Revisions)...)
		for ti := range sec.Tasks {
			t := &sec.Tasks[ti]
			l.Add(checkTraces(f, refs, sp+".task["+strconv.Itoa(ti)+"]", t.AddedBy, t.RemovedBy, t.Revisions)...)
		}
		for gi := range sec.Groups {
			g := &sec.Groups[gi]
			l.Add(checkTraces(f, refs, sp+".group["+strconv.Itoa(gi)+"]", g.AddedBy, g.RemovedBy, g.Revisions)...)
		}
	}
	forEachMeasure(p, func(mp *measurePlace) {
		m := mp.measure
		l.Add(checkTraces(f, refs, mp.path, m.AddedBy, m.RemovedBy, m.Revisions)...)
	})
	return l
}

// hasAmendmentTraces reports whether any part of the plan names an
// amendment.
func hasAmendmentTraces(p *content.Plan) bool {
	found := false
	forEachMeasure(p, func(mp *measurePlace) {
		found = found || mp.measure.AddedBy != "" || mp.measure.RemovedBy != "" || len(mp.measure.Revisions) > 0
	})
	for _, s := range p.Sections {
		found = found || s.AddedBy != "" || s.RemovedBy != "" || len(s.Revisions) > 0
		for _, t := range s.Tasks {
			found = found || t.AddedBy != "" || t.RemovedBy != "" || len(t.Revisions) > 0
		}
		for _, g := range s.Groups {
			found = found || g.AddedBy != "" || g.RemovedBy != "" || len(g.Revisions) > 0
		}
	}
	return found
}

// checkAmendmentRecords checks the [[amendment]] tables and indexes them.
func checkAmendmentRecords(f *source.File[content.Plan]) (amendmentRefs, diag.List) {
	var l diag.List
	p := &f.Data
	refs := amendmentRefs{order: map[string]int{}}
	lines := map[string]int{}
	var prev *content.Amendment
	for i := range p.Amendments {
		a := &p.Amendments[i]
		table := "amendment[" + strconv.Itoa(i) + "]"
		idProblems, ok := claimID(f, table, a.ID, strconv.Itoa(i+1), lines, versionsScope)
		if l.Add(idProblems...); ok {
			refs.order[a.ID] = i
			refs.ids = append(refs.ids, a.ID)
		}
		if strings.TrimSpace(a.Act) == "" {
			l.Add(missingField(f, table, "act", `act = "рішення … від 14.03.2022 № 58"`)...)
		}
		switch {
		case f.Reported[table+".date"]:
		case a.Date == nil:
			l.Add(f.Problem(problem.AmendmentNoDate, table, false, a.ID, actDateExample(a.Act)))
		case p.Approval.Date != nil && a.Date.Before(*p.Approval.Date):
			l.Add(f.Problem(problem.AmendmentBeforePlan, table+".date", true, a.ID, a.Date.String(), p.Approval.Date.String()))
		case prev != nil && prev.Date != nil && a.Date.Before(*prev.Date):
			l.Add(f.Problem(problem.AmendmentDateOrder, table+".date", true, a.ID, a.Date.String(), prev.ID, prev.Date.String()))
		}
		if a.Date != nil {
			prev = a
		}
	}
	refs.list = amendmentList(refs.ids)
	return refs, l
}

// actDateExample is the date line to add for an act: its date when the
// act says it in the usual form, "від 14.03.2022", else an example.
func actDateExample(act string) string {
	if i := strings.LastIndex(act, "від "); i >= 0 {
		f := strings.Fields(act[i+len("від "):])
		if len(f) > 0 {
			if parts := strings.Split(strings.TrimRight(f[0], ".,;"), "."); len(parts) == 3 && len(parts[2]) == 4 && len(parts[1]) == 2 && len(parts[0]) == 2 {
				return "date = " + parts[2] + "-" + parts[1] + "-" + parts[0]
			}
		}
	}
	return "date = 2022-03-14"
}

// checkTraces checks what the part at path (a section, task, group or
// measure) says of amendments: added_by, removed_by and its earlier
// wordings name amendments of the plan, in an order that can have
// happened.
func checkTraces(f *source.File[content.Plan], refs amendmentRefs, path, addedBy, removedBy string, revs []content.Revision) diag.List {
	var l diag.List
	// known reports an amendment id that names none of the plan's, and
	// says whether it names one.
	known := func(key, id string) bool {
		if f.Reported[key] {
			return false
		}
		if _, ok := refs.order[id]; ok {
			return true
		}
		l.Add(f.Problem(problem.UnknownAmendment, key, true, id, refs.list))
		return false
	}
	added, removed := -1, len(refs.ids)+1
	if addedBy != "" && known(path+".added_by", addedBy) {
		added = refs.order[addedBy]
	}
	if removedBy != "" && known(path+".removed_by", removedBy) {
		removed = refs.order[removedBy]
		if removed <= added {
			l.Add(f.Problem(problem.RemovedBeforeAdded, path+".removed_by", true, removedBy, addedBy))
		}
	}
	last := added
	lastID := addedBy
	for i, r := range revs {
		rp := path + ".previous[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(r.Amendment) == "" {
			l.Add(missingField(f, rp, "amendment", `amendment = "1"`)...)
			continue
		}
		if !known(rp+".amendment", r.Amendment) {
			continue
		}
		n := refs.order[r.Amendment]
		switch {
		case n <= last:
			l.Add(f.Problem(problem.RevisionOrder, rp+".amendment", true, r.Amendment, lastID))
		case n >= removed:
			l.Add(f.Problem(problem.RevisionAfterRemoval, rp+".amendment", true, r.Amendment, removedBy))
		}
		last, lastID = max(last, n), r.Amendment
	}
	return l
}

// amendmentList names the plan's amendments for a hint, the first dozen.
func amendmentList(ids []string) diag.Text {
	if len(ids) == 0 {
		return diag.Text{UK: "у плані немає жодної [[amendment]]: спершу запишіть саму зміну (її записує plansite import --amend)",
			EN: "the plan has no [[amendment]]: record the amendment itself first (plansite import --amend does)"}
	}
	var q []string
	for i, id := range ids {
		if i == 12 {
			q = append(q, "…")
			break
		}
		q = append(q, strconv.Quote(id))
	}
	return diag.Text{UK: "зміни плану: " + strings.Join(q, ", "), EN: "the plan's amendments: " + strings.Join(q, ", ")}
}
