package generator

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
)

// A plan's amendments in the model: each amendment with what it added,
// removed and changed, each measure with its wordings, and every list of
// measures split into those in force and those removed (see
// model/amendment.go). A removed measure keeps its page and its URL; it is
// in no count or chart of the plan in force.

// assembleAmendments joins plan p's amendments to its parts. p.Measures
// holds all the plan's measures when it is called, and only those in
// force after it.
func assembleAmendments(p *model.Plan) {
	byID := map[string]*model.Amendment{}
	for i := range p.Plan.Amendments {
		a := &model.Amendment{Amendment: &p.Plan.Amendments[i], Plan: p, N: i + 1}
		a.Path = p.Path + "versions/" + a.ID + "/"
		p.Amendments = append(p.Amendments, a)
		if byID[a.ID] == nil && a.ID != "" { // the first of duplicates (validate reports the rest)
			byID[a.ID] = a
		}
	}
	amendmentOf := func(id string) *model.Amendment { return byID[id] }
	for _, m := range p.Measures {
		m.AddedIn, m.RemovedIn = amendmentOf(m.AddedBy), amendmentOf(m.RemovedBy)
		for _, v := range m.Measure.Versions() {
			m.Wordings = append(m.Wordings, model.Wording{MeasureVersion: v, Amendment: amendmentOf(v.Since)})
		}
		if m.AddedIn != nil {
			m.AddedIn.Added = append(m.AddedIn.Added, m)
		}
		if m.RemovedIn != nil {
			m.RemovedIn.Removed = append(m.RemovedIn.Removed, m)
		}
		for i := 1; i < len(m.Wordings); i++ {
			if a := m.Wordings[i].Amendment; a != nil {
				a.Changed = append(a.Changed, &model.MeasureChange{Measure: m,
					Before: m.Wordings[i-1].MeasureVersion, After: m.Wordings[i].MeasureVersion})
			}
		}
	}
	for _, sec := range p.Sections {
		sec.AddedIn, sec.RemovedIn = amendmentOf(sec.AddedBy), amendmentOf(sec.RemovedBy)
		containerChanges(amendmentOf, "section", sec.Path, sec.Number, sec.Title, sec.AddedIn, sec.RemovedIn, sec.Revisions)
		for _, t := range sec.Tasks {
			t.AddedIn, t.RemovedIn = amendmentOf(t.AddedBy), amendmentOf(t.RemovedBy)
			containerChanges(amendmentOf, "task", t.Path, t.Task.Number, t.Title, t.AddedIn, t.RemovedIn, t.Revisions)
		}
		for _, g := range sec.Groups {
			g.AddedIn, g.RemovedIn = amendmentOf(g.AddedBy), amendmentOf(g.RemovedBy)
			containerChanges(amendmentOf, "group", g.Path, "", g.Title, g.AddedIn, g.RemovedIn, g.Revisions)
		}
	}
	splitRemoved(p)
	p.CountInForce()
}

// containerChanges records what amendments did to a section, task or
// group: added it, removed it, or changed its number or title.
func containerChanges(amendmentOf func(string) *model.Amendment, kind, path, number, title string, added, removed *model.Amendment, revs []content.Revision) {
	label := containerLabel(number, title)
	add := func(a *model.Amendment, change, before, after string) {
		if a != nil {
			a.Containers = append(a.Containers, &model.ContainerChange{Kind: kind, Change: change, Path: path, Label: label, Before: before, After: after})
		}
	}
	add(added, "added", "", "")
	// Walk back from the title in force, undoing one amendment at a time,
	// as content.Measure.Versions does.
	after := label
	for i := len(revs) - 1; i >= 0; i-- {
		r := revs[i]
		if r.Number != nil {
			number = *r.Number
		}
		if r.Title != nil {
			title = *r.Title
		}
		before := containerLabel(number, title)
		if before != after {
			add(amendmentOf(r.Amendment), "retitled", before, after)
		}
		after = before
	}
	add(removed, "removed", "", "")
}

// containerLabel names a section, task or group by number and title.
func containerLabel(number, title string) string {
	if n := strings.TrimRight(strings.TrimSpace(number), "."); n != "" {
		return n + ". " + title
	}
	return title
}

// splitRemoved splits the plan's lists of measures, which hold all its
// measures, into those in force (Measures, Direct) and those removed.
func splitRemoved(p *model.Plan) {
	p.All = p.Measures
	p.Measures, p.Removed = split(p.All)
	for _, sec := range p.Sections {
		sec.All = sec.Measures
		sec.Measures, sec.Removed = split(sec.All)
		sec.Direct, _ = split(sec.Direct)
		for _, t := range sec.Tasks {
			t.Measures, t.Removed = split(t.Measures)
		}
		for _, g := range sec.Groups {
			g.Measures, g.Removed = split(g.Measures)
		}
	}
}

// split returns the measures of ms in force and those removed.
func split(ms []*model.Measure) (inForce, removed []*model.Measure) {
	for _, m := range ms {
		if m.IsRemoved() {
			removed = append(removed, m)
		} else {
			inForce = append(inForce, m)
		}
	}
	return inForce, removed
}

// futureAmendments warns of amendments dated after the build date: the
// pages show them as recorded, so a date typed wrong would show a change
// before it was made.
func futureAmendments(ps *source.Plan, asOf content.Date) diag.List {
	var l diag.List
	for i, a := range ps.Plan.Data.Amendments {
		if a.Date != nil && asOf.Before(*a.Date) {
			l.Add(ps.Plan.Problem(problem.FutureAmendment, "amendment["+strconv.Itoa(i)+"].date", true, a.ID, a.Date.String(), asOf.String()))
		}
	}
	return l
}
