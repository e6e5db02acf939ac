package importer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
)

// boxKind tells a section's own measures from its tasks and groups.
type boxKind int

const (
	direct boxKind = iota
	task
	group
)

// box is a section's task, group, or its own measures, seen alike: the
// amendment treats them the same way.
type box struct {
	kind               boxKind
	ID, Number, Title  string
	Measures           []content.Measure
	AddedBy, RemovedBy string
	Revisions          []content.Revision
	key                string // slotKey, for matching measures
}

// boxesOf returns copies of the section's parts: its own measures first
// (always, perhaps empty), then its tasks, then its groups.
func boxesOf(s *content.Section) []*box {
	out := []*box{{kind: direct, Measures: slices.Clone(s.Measures)}}
	for _, t := range s.Tasks {
		out = append(out, &box{kind: task, ID: t.ID, Number: t.Number, Title: t.Title, Measures: slices.Clone(t.Measures),
			AddedBy: t.AddedBy, RemovedBy: t.RemovedBy, Revisions: t.Revisions})
	}
	for _, g := range s.Groups {
		out = append(out, &box{kind: group, ID: g.ID, Title: g.Title, Measures: slices.Clone(g.Measures),
			AddedBy: g.AddedBy, RemovedBy: g.RemovedBy, Revisions: g.Revisions})
	}
	for _, b := range out {
		b.key = b.slotKey()
	}
	return out
}

// slotKey names the box for matching measures: kind and id.
func (b *box) slotKey() string { return strconv.Itoa(int(b.kind)) + ":" + b.ID }

// setBoxes writes the boxes back into the section, in their order. Empty
// lists are nil, as plan.toml reads back.
func setBoxes(s *content.Section, boxes []*box) {
	s.Measures, s.Tasks, s.Groups = nil, nil, nil
	for _, b := range boxes {
		ms := b.Measures
		if len(ms) == 0 {
			ms = nil
		}
		switch b.kind {
		case direct:
			s.Measures = ms
		case task:
			s.Tasks = append(s.Tasks, content.Task{ID: b.ID, Number: b.Number, Title: b.Title, Measures: ms,
				AddedBy: b.AddedBy, RemovedBy: b.RemovedBy, Revisions: b.Revisions})
		case group:
			s.Groups = append(s.Groups, content.Group{ID: b.ID, Title: b.Title, Measures: ms,
				AddedBy: b.AddedBy, RemovedBy: b.RemovedBy, Revisions: b.Revisions})
		}
	}
}

// boxCite names a task or group as the document does: "ІІ.2", "ІІ,
// Освітні послуги".
func boxCite(s *content.Section, b *box) string {
	if b.kind == group {
		return s.Number + ", " + b.Title
	}
	if n := strings.TrimSuffix(b.Number, "."); n != "" {
		return s.Number + "." + n
	}
	return s.Number + ".(" + b.ID + ")"
}

// measureCite names a measure of a box as citation does.
func measureCite(s *content.Section, b *box, m *content.Measure) string {
	switch b.kind {
	case task:
		return citation(s, &content.Task{Number: b.Number}, nil, m)
	case group:
		return citation(s, nil, &content.Group{Title: b.Title}, m)
	}
	return citation(s, nil, nil, m)
}

// section amends a section the plan has (o) with its new wording (s).
func (a *amender) section(o, s *content.Section) {
	a.sectionRevision(o, s)
	olds, news := boxesOf(o), boxesOf(s)
	taken := map[string]bool{}
	for _, b := range olds {
		if b.kind != direct {
			taken[b.ID] = true
		}
		for _, m := range b.Measures {
			taken[m.ID] = true
		}
	}
	boxOld := a.matchBoxes(s, olds, news, taken)
	a.matchMeasures(o, s, olds, news, boxOld, taken)
	setBoxes(s, a.carry(o, s, olds, news, boxOld))
}

// sectionRevision carries the section's history over and records a
// changed number, title or goals.
func (a *amender) sectionRevision(o, s *content.Section) {
	s.AddedBy, s.Revisions = o.AddedBy, slices.Clone(o.Revisions)
	rev := content.Revision{Amendment: a.id}
	changed := false
	if o.Number != s.Number {
		rev.Number, changed = ptr(o.Number), true
	}
	if o.Title != s.Title {
		rev.Title, changed = ptr(o.Title), true
	}
	if !slices.Equal(o.Goals, s.Goals) {
		rev.Goals, changed = nonNil(o.Goals), true
	}
	if changed {
		s.Revisions = append(s.Revisions, rev)
		a.containers = append(a.containers, Change{Kind: Kept, Retitled: true, Ref: s.ID, Cite: s.Number, Text: s.Title})
	}
}

// matchBoxes matches the new tasks and groups to the old ones of their
// kind, gives them their ids (an old one's, or a new one never used in
// the section) and their history. It returns, for each new box, the index
// of the old box it continues, or -1.
func (a *amender) matchBoxes(s *content.Section, olds, news []*box, taken map[string]bool) []int {
	boxOld := make([]int, len(news))
	for i := range boxOld {
		boxOld[i] = -1
	}
	boxOld[0] = 0 // the section's own measures
	for _, kind := range []boxKind{task, group} {
		var oi, ni []int
		var oldItems, newItems []item
		for j, b := range olds {
			if b.kind == kind && b.RemovedBy == "" {
				oi, oldItems = append(oi, j), append(oldItems, boxItem(b))
			}
		}
		for i, b := range news {
			if b.kind == kind {
				ni, newItems = append(ni, i), append(newItems, boxItem(b))
			}
		}
		p := pairUp(oldItems, newItems)
		for k, i := range ni {
			if p.old[k] >= 0 {
				boxOld[i] = oi[p.old[k]]
			}
		}
	}
	for i, b := range news {
		if b.kind == direct {
			continue
		}
		if j := boxOld[i]; j >= 0 {
			a.continueBox(s, olds[j], b)
		} else {
			b.ID = freshID(b.ID, "", taken)
			b.AddedBy = a.id
			a.containers = append(a.containers, Change{Kind: Added, Ref: s.ID + "/" + b.ID, Cite: boxCite(s, b), Text: b.Title})
		}
		b.key = b.slotKey()
	}
	return boxOld
}

// boxItem is a task or group for matching: a task by its number and
// title, a group by its id (its title's first word) and title.
func boxItem(b *box) item {
	number := numberID(b.Number)
	if b.kind == group {
		number = b.ID
	}
	return newItem("", number, b.Title)
}

// continueBox gives a new box the id and history of the old one it
// continues, recording a changed number or title.
func (a *amender) continueBox(s *content.Section, o, b *box) {
	b.ID, b.AddedBy, b.Revisions = o.ID, o.AddedBy, slices.Clone(o.Revisions)
	rev := content.Revision{Amendment: a.id}
	changed := false
	if o.Number != b.Number {
		rev.Number, changed = ptr(o.Number), true
	}
	if o.Title != b.Title {
		rev.Title, changed = ptr(o.Title), true
	}
	if changed {
		b.Revisions = append(b.Revisions, rev)
		a.containers = append(a.containers, Change{Kind: Kept, Retitled: true, Ref: s.ID + "/" + b.ID, Cite: boxCite(s, b), Text: b.Title})
	}
}

// mloc is where a measure stands: its box and its index there.
type mloc struct{ box, index int }

// continuation is where an old measure continues: its new box and id.
type continuation struct {
	box *box
	id  string
}

// matchMeasures matches the section's new measures to its old ones in
// force, wherever in the section they stand, and gives them their ids and
// history.
func (a *amender) matchMeasures(o, s *content.Section, olds, news []*box, boxOld []int, taken map[string]bool) {
	var oldLocs, newLocs []mloc
	var oldItems, newItems []item
	for j, b := range olds {
		for k, m := range b.Measures {
			if m.RemovedBy == "" && b.RemovedBy == "" {
				oldLocs = append(oldLocs, mloc{j, k})
				oldItems = append(oldItems, newItem(b.key, numberID(m.Number), m.Text))
			}
		}
	}
	for i, b := range news {
		for k, m := range b.Measures {
			newLocs = append(newLocs, mloc{i, k})
			newItems = append(newItems, newItem(b.key, numberID(m.Number), m.Text))
		}
	}
	p := pairUp(oldItems, newItems)
	a.continued = map[mloc]continuation{}
	for n, loc := range newLocs {
		b := news[loc.box]
		m := &b.Measures[loc.index]
		if p.old[n] < 0 {
			prefix := ""
			if b.kind != direct {
				prefix = b.ID + "-"
			}
			m.ID = freshID(prefix+orOrdinal(m.Number, loc.index+1), prefix, taken)
			m.AddedBy = a.id
			continue
		}
		ol := oldLocs[p.old[n]]
		om := &olds[ol.box].Measures[ol.index]
		ch := a.revise(om, m)
		a.continued[ol] = continuation{b, m.ID}
		ch.Similarity = p.similarity[n]
		ch.Was = measureCite(o, olds[ol.box], om)
		a.report[s.ID+"/"+m.ID] = ch
	}
}

// revise gives a continuing measure the id and history of the old one,
// recording what the amendment changed, and returns the report's flags.
func (a *amender) revise(om, m *content.Measure) Change {
	m.ID, m.AddedBy, m.Revisions = om.ID, om.AddedBy, slices.Clone(om.Revisions)
	rev := content.Revision{Amendment: a.id}
	var ch Change
	changed := false
	if om.Number != m.Number {
		rev.Number, ch.Renumbered, changed = ptr(om.Number), true, true
	}
	if om.Text != m.Text {
		rev.Text, ch.Kind, changed = ptr(om.Text), Reworded, true
	}
	if om.Term != m.Term {
		rev.Term, ch.Retermed, changed = ptr(om.Term), true, true
	}
	// The executors cell as written is what the act changes; ids read
	// anew from an unchanged cell only follow the registry.
	if om.ExecutorsText != m.ExecutorsText {
		rev.ExecutorsText, rev.Executors = ptr(om.ExecutorsText), nonNil(om.Executors)
		ch.ExecutorsChanged, changed = true, true
	}
	if om.Costs != nil && (m.Costs == nil || *om.Costs != *m.Costs) {
		rev.Costs, ch.CostsChanged, changed = ptr(*om.Costs), true, true
	}
	if !slices.Equal(om.Indicators, m.Indicators) {
		rev.Indicators, ch.IndicatorsChanged, changed = nonNil(om.Indicators), true, true
	}
	if changed {
		m.Revisions = append(m.Revisions, rev)
	}
	return ch
}

// carry puts back what the amended table lacks: the measures it removes
// (and those removed before), after the measure that stood before them,
// in the box that continues theirs, or in their old box, carried over and
// marked removed, where none does. It returns the section's boxes in
// their final order.
func (a *amender) carry(o, s *content.Section, olds, news []*box, boxOld []int) []*box {
	target := make([]*box, len(olds)) // old box → the box its removed measures go to
	for i, j := range boxOld {
		if j >= 0 {
			target[j] = news[i]
		}
	}
	final := slices.Clone(news)
	var prev *box // the box of the kind before, for placing a carried one
	for j, ob := range olds {
		if target[j] != nil {
			prev = target[j]
			continue
		}
		c := &box{kind: ob.kind, ID: ob.ID, Number: ob.Number, Title: ob.Title, AddedBy: ob.AddedBy,
			RemovedBy: ob.RemovedBy, Revisions: ob.Revisions, key: ob.key}
		if c.RemovedBy == "" {
			c.RemovedBy = a.id
			a.containers = append(a.containers, Change{Kind: Removed, Ref: s.ID + "/" + c.ID, Cite: boxCite(o, ob), Text: c.Title})
		}
		target[j] = c
		at := 1 // after the section's own measures
		if prev != nil && prev.kind == c.kind {
			at = slices.Index(final, prev) + 1
		} else {
			for at < len(final) && final[at].kind < c.kind {
				at++
			}
		}
		final = slices.Insert(final, at, c)
		prev = c
	}
	for j, ob := range olds {
		anchor := map[*box]string{} // the last measure placed in each box from this old one
		for k, om := range ob.Measures {
			if c, ok := a.continued[mloc{j, k}]; ok {
				anchor[c.box] = c.id
				continue
			}
			t := target[j]
			m := om
			if m.RemovedBy == "" {
				m.RemovedBy = a.id
			}
			at := 0
			if id, ok := anchor[t]; ok {
				at = slices.IndexFunc(t.Measures, func(x content.Measure) bool { return x.ID == id }) + 1
			}
			t.Measures = slices.Insert(t.Measures, at, m)
			anchor[t] = m.ID
		}
	}
	return final
}

// freshID returns id, or, when the section ever used it, prefix and the
// next number after the highest the section used with that prefix:
// removed ids are never given again.
func freshID(id, prefix string, taken map[string]bool) string {
	if id == "" || taken[id] {
		n := 0
		for t := range taken {
			if rest, ok := strings.CutPrefix(t, prefix); ok {
				if v, err := strconv.Atoi(rest); err == nil {
					n = max(n, v)
				}
			}
		}
		id = prefix + strconv.Itoa(n+1)
		for taken[id] {
			n++
			id = prefix + strconv.Itoa(n+1)
		}
	}
	taken[id] = true
	return id
}

func ptr(s string) *string { return &s }

// nonNil copies a list for a revision, empty rather than nil: a nil list
// in a revision means "unchanged".
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return slices.Clone(l)
}
