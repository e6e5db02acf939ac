package importer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
)

// An amendment imports the plan's table in its new wording (the table the
// amending act approves) and matches it to the plan as it stands: a
// measure of the new table that stands in the same place (task or group,
// and number) and reads alike, or reads much alike wherever it stands in
// its section, continues a measure of the plan and keeps its id, its URL
// and its notes; its earlier wording is kept in plan.toml as a Revision.
// A measure of the new table that continues none is added with a new id
// (never one the plan ever used); a measure of the plan that none
// continues is removed by the amendment but stays in plan.toml, with its
// page, marked so. Tasks, groups and sections are matched the same way.
// The plan's title, period, approval and authority are the adopted
// plan's and stay.

// AmendOptions describe the act that amends a plan.
type AmendOptions struct {
	// Act is the amending act as staff give it: "рішення виконавчого
	// комітету … від 12.05.2022 № 145".
	Act string
	// Date is the act's date; nil reads it from Act.
	Date *content.Date
}

// ChangeKind is what an amendment did to a measure, task, group or
// section.
type ChangeKind int

// The kinds of change, in the words of the confirmation table.
const (
	Kept ChangeKind = iota
	Reworded
	Added
	Removed
)

// Change is a row of an amendment's confirmation table: one measure (or,
// in Amended.Containers, one section, task or group).
type Change struct {
	Kind ChangeKind
	// Ref is the permanent reference within the plan: "ii/2-3" for a
	// measure, "ii/2" for a task or group, "ii" for a section.
	Ref string
	// Cite names it as the amended table numbers it, "ІІ.2.3)"; a removed
	// one as the plan numbered it.
	Cite string
	// Was names a continued measure as the plan numbered it before.
	Was string
	// Similarity is the word likeness of the earlier and the new text,
	// for a continued measure: 1 when the text is the same.
	Similarity float64
	// What else the amendment changed in a continued measure.
	Renumbered, Retermed, ExecutorsChanged, IndicatorsChanged, CostsChanged bool
	// Retitled is set on a continued section, task or group whose title
	// (or goals) changed.
	Retitled bool
	// Text is the measure's text (a container's title) as it now reads.
	Text string
}

// Amended is an amendment as imported: the record added to the plan and
// the confirmation table for staff.
type Amended struct {
	Amendment content.Amendment
	// Changes are the plan's measures in document order, removed ones
	// where they stood; measures removed by an earlier amendment are left
	// out.
	Changes []Change
	// Containers are the sections, tasks and groups the amendment added,
	// removed or retitled.
	Containers []Change
}

// Count returns how many measures changed in the way k.
func (a *Amended) Count(k ChangeKind) int {
	n := 0
	for _, c := range a.Changes {
		if c.Kind == k {
			n++
		}
	}
	return n
}

// Unchanged returns how many measures the amendment left as they were.
func (a *Amended) Unchanged() int {
	n := 0
	for _, c := range a.Changes {
		if c.Kind == Kept && !c.changed() {
			n++
		}
	}
	return n
}

// changed reports whether a kept measure changed nonetheless.
func (c Change) changed() bool {
	return c.Renumbered || c.Retermed || c.ExecutorsChanged || c.IndicatorsChanged || c.CostsChanged
}

// amender carries an amendment through a plan.
type amender struct {
	id string
	// report holds what matching learnt about each continued measure, by
	// its Ref.
	report map[string]Change
	// containers are the container rows of the report.
	containers []Change
	// continued maps the old measures of the section being amended to
	// where they continue.
	continued map[mloc]continuation
}

// Amend makes res, the import of a plan's table in its new wording, an
// amendment of current, the plan as it stands: res.Plan becomes the
// amended plan to write, with ids kept, history recorded and the
// amendment appended to its records. Errors mean nothing may be written.
func Amend(current *content.Plan, res *Result, opts AmendOptions) (*Amended, diag.List) {
	var problems diag.List
	if strings.TrimSpace(opts.Act) == "" {
		return nil, diag.List{kindNoAct.At(res.File, diag.Pos{})}
	}
	rec := content.Amendment{ID: nextAmendmentID(current), Act: strings.TrimSpace(opts.Act), Date: opts.Date, Source: fileName(res.File)}
	if rec.Date == nil {
		if d, ok := actDate(rec.Act); ok {
			rec.Date = &d
		} else {
			problems.Add(kindNoActDate.At(res.File, diag.Pos{}, rec.Act))
		}
	}
	np := res.Plan
	problems.Add(planDifferences(current, np, res.File)...)
	keep := *current
	keep.Sections, keep.Amendments = np.Sections, append(slices.Clone(current.Amendments), rec)
	*np = keep

	a := &amender{id: rec.ID, report: map[string]Change{}}
	old := map[string]*content.Section{}
	for i := range current.Sections {
		old[current.Sections[i].ID] = &current.Sections[i]
	}
	var out []content.Section
	matched := map[string]bool{}
	for _, s := range np.Sections {
		if o := old[s.ID]; o != nil {
			a.section(o, &s)
			matched[o.ID] = true
		} else {
			a.addSection(&s)
		}
		out = append(out, s)
	}
	for _, o := range current.Sections {
		if !matched[o.ID] {
			out = insertSection(out, a.removeSection(o))
		}
	}
	np.Sections = out
	am := &Amended{Amendment: rec, Changes: a.changes(np), Containers: a.containers}
	if len(am.Containers) == 0 && am.Unchanged() == len(am.Changes) && !anyRevision(am.Changes) {
		problems.Add(kindNothingAmended.At(res.File, diag.Pos{}))
	}
	problems.Sort()
	return am, problems
}

// anyRevision reports whether a kept measure changed nonetheless (its
// number, term, executors…).
func anyRevision(cs []Change) bool {
	for _, c := range cs {
		if c.changed() || c.Similarity < 1 {
			return true
		}
	}
	return false
}

// nextAmendmentID numbers amendments 1, 2…, after the highest there is.
func nextAmendmentID(p *content.Plan) string {
	n := 0
	for _, a := range p.Amendments {
		if v, err := strconv.Atoi(a.ID); err == nil {
			n = max(n, v)
		}
	}
	return strconv.Itoa(max(n, len(p.Amendments)) + 1)
}

// actDate reads the date of an act as staff write it, "від 12.05.2022" or
// "від 12 травня 2022 року".
func actDate(act string) (content.Date, bool) {
	if i := strings.LastIndex(act, "від "); i >= 0 {
		act = act[i:]
	}
	return parseDate(act)
}

// planDifferences warns about what the new document changes above the
// table, which an amendment does not apply.
func planDifferences(current, np *content.Plan, file string) diag.List {
	var l diag.List
	differ := func(what diag.Text, was, now string) {
		if now != "" && strings.Join(strings.Fields(was), " ") != strings.Join(strings.Fields(now), " ") {
			l.Add(kindPlanFieldKept.At(file, diag.Pos{}, what, now, was))
		}
	}
	differ(diag.Text{UK: "назва плану", EN: "the plan's title"}, current.Title, np.Title)
	differ(diag.Text{UK: "період", EN: "the period"}, current.Period.Text, np.Period.Text)
	differ(diag.Text{UK: "основна мета", EN: "the main goal"}, current.MainGoal, np.MainGoal)
	return l
}

// insertSection puts a carried section back in the order of numerals.
func insertSection(out []content.Section, s content.Section) []content.Section {
	i := len(out)
	for k := range out {
		if out[k].Numeral > s.Numeral {
			i = k
			break
		}
	}
	return slices.Insert(out, i, s)
}

// addSection marks a section the plan did not have, and all in it, added.
func (a *amender) addSection(s *content.Section) {
	s.AddedBy = a.id
	a.containers = append(a.containers, Change{Kind: Added, Ref: s.ID, Cite: s.Number, Text: s.Title})
	bs := boxesOf(s)
	for _, b := range bs {
		if b.kind != direct {
			b.AddedBy = a.id
			a.containers = append(a.containers, Change{Kind: Added, Ref: s.ID + "/" + b.ID, Cite: boxCite(s, b), Text: b.Title})
		}
		for i := range b.Measures {
			b.Measures[i].AddedBy = a.id
		}
	}
	setBoxes(s, bs)
}

// removeSection carries over a section the amended table lacks, marked
// removed with all its parts.
func (a *amender) removeSection(o content.Section) content.Section {
	s := o
	if s.RemovedBy == "" {
		s.RemovedBy = a.id
		a.containers = append(a.containers, Change{Kind: Removed, Ref: s.ID, Cite: s.Number, Text: s.Title})
	}
	bs := boxesOf(&s)
	for _, b := range bs {
		if b.kind != direct && b.RemovedBy == "" {
			b.RemovedBy = a.id
		}
		for i := range b.Measures {
			if b.Measures[i].RemovedBy == "" {
				b.Measures[i].RemovedBy = a.id
			}
		}
	}
	setBoxes(&s, bs)
	return s
}

// changes lists the plan's measures for the confirmation table, in the
// order plan.toml holds them: tasks, groups, then the section's own.
func (a *amender) changes(p *content.Plan) []Change {
	var out []Change
	for i := range p.Sections {
		s := &p.Sections[i]
		bs := boxesOf(s)
		for _, b := range append(bs[1:], bs[0]) {
			for k := range b.Measures {
				m := &b.Measures[k]
				ref := s.ID + "/" + m.ID
				c, ok := a.report[ref]
				switch {
				case m.RemovedBy == a.id:
					c = Change{Kind: Removed}
				case m.RemovedBy != "":
					continue // removed before
				case m.AddedBy == a.id:
					c = Change{Kind: Added}
				case !ok:
					c = Change{Kind: Kept, Similarity: 1}
				}
				c.Ref, c.Cite, c.Text = ref, measureCite(s, b, m), m.Text
				out = append(out, c)
			}
		}
	}
	return out
}
