package model

import (
	"encoding/json"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
)

// The keys of the model. Each entity's key covers everything a page may
// show of it: its content as adopted or reported, and the facts computed
// about it as of the build date (a measure's state, next deadline, latest
// report) — but not the date itself, so that a day later the key of a
// measure whose state did not change is the same. A page's key is made of
// the keys of what it shows (see pagekeys.go); when the page's key is the
// one the previous build recorded, the page is not rendered again.
//
// Keys are built bottom up: a note's key covers the identity of the
// measures it reports on (code, text, address), a measure's key its notes'
// keys; nothing covers itself.

// HashJSON adds v's JSON to h: content structs are plain data, and JSON
// writes struct fields in order and map keys sorted, so equal values give
// equal bytes.
func HashJSON(h *engine.Hasher, v any) *engine.Hasher {
	b, err := json.Marshal(v)
	if err != nil {
		panic("facts: " + err.Error()) // content types always marshal
	}
	return h.Bytes(b)
}

// Keys computes the keys of a plan's model after assemble.
func Keys(p *Plan) {
	header := *p.Plan
	header.Sections = nil
	p.HeaderKey = HashJSON(engine.NewHasher("plan"), header).String(p.Path).Bool(p.Demo).Done()
	for _, sec := range p.Sections {
		sh := *sec.Section
		sh.Measures, sh.Tasks, sh.Groups = nil, nil, nil
		sec.Key = HashJSON(engine.NewHasher("section").Key(p.HeaderKey), sh).String(sec.Path).String(sec.Roman).Done()
		for _, t := range sec.Tasks {
			th := *t.Task
			th.Measures = nil
			t.Key = HashJSON(engine.NewHasher("task").Key(sec.Key), th).String(t.Path).Done()
		}
		for _, g := range sec.Groups {
			gh := *g.Group
			gh.Measures = nil
			g.Key = HashJSON(engine.NewHasher("group").Key(sec.Key), gh).String(g.Path).Done()
		}
	}
	for _, m := range p.All {
		m.Ident = measureIdent(m)
		m.WordingKey = HashJSON(engine.NewHasher("wording").Key(m.Ident), m.Measure).Done()
	}
	for _, n := range p.Notes {
		n.Key = noteKey(n)
	}
	for _, m := range p.All {
		m.Key = measureKey(m)
	}
	for _, a := range p.Amendments {
		a.Key = amendmentKey(a)
	}
}

// amendmentKey covers what the page of an amendment shows: the plan's
// records of amendments (in its header) and the wordings of every
// measure, section, task and group it changed.
func amendmentKey(a *Amendment) engine.Key {
	h := engine.NewHasher("amendment").Key(a.Plan.HeaderKey).String(a.Path)
	for _, ms := range [][]*Measure{a.Added, a.Removed} {
		for _, m := range ms {
			h.Key(m.WordingKey)
		}
		h.String("|")
	}
	for _, c := range a.Changed {
		h.Key(c.Measure.WordingKey)
	}
	return HashJSON(h, a.Containers).Done()
}

// measureIdent covers what a page that merely names a measure shows: its
// code, text, number, address, indicators' texts and where it sits.
func measureIdent(m *Measure) engine.Key {
	h := engine.NewHasher("measure-ident").Key(m.Section.Key).String(m.Code).String(m.Path).String(m.Ref).
		String(m.Number).String(m.Text).Strings(m.IndicatorTexts()...)
	if m.Task != nil {
		h.Key(m.Task.Key)
	}
	if m.Group != nil {
		h.Key(m.Group.Key)
	}
	return h.Done()
}

// noteKey covers a note as written, where it is, who reported it and the
// identity of the measures it reports on.
func noteKey(n *Note) engine.Key {
	h := HashJSON(engine.NewHasher("note").Key(n.Plan.HeaderKey), n.Note).
		String(n.Path).String(n.Slug).String(n.File).Bool(n.Demo).String(n.Status.Key)
	if n.Reporter != nil {
		h.Key(n.Reporter.Key)
	}
	for _, m := range n.Measures {
		h.Key(m.Ident)
	}
	// What the note links or shows beyond what it says: its local
	// evidence files' bytes, and which of its values are suppressed.
	for _, e := range n.EvidenceItems {
		if e.Local != nil {
			h.String(e.Local.SHA256)
		}
	}
	for _, r := range n.Readings {
		h.Int(int64(r.Value.FewerThan))
	}
	return h.Done()
}

// measureKey covers everything about a measure: its content, indicators
// and their data, executors, computed progress and every note on it.
func measureKey(m *Measure) engine.Key {
	h := HashJSON(engine.NewHasher("measure").Key(m.Ident), m.Measure)
	for _, x := range m.Executors {
		h.Key(x.Key)
	}
	for _, ind := range m.Indicators {
		HashJSON(h, ind.Spec)
		h.Int(int64(ind.BaselineFewerThan)).Int(int64(ind.TargetFewerThan))
	}
	for _, n := range m.Notes {
		h.Key(n.Key)
	}
	return hashProgress(h, &m.Progress).Done()
}

// hashProgress adds a measure's computed progress.
func hashProgress(h *engine.Hasher, p *Progress) *engine.Hasher {
	h.String(p.State).Bool(p.TermKnown).String(p.Unread.UK).String(p.Unread.EN)
	HashJSON(h, p.Schedule)
	for _, d := range []*content.Date{p.Next, p.Missed, p.Start, p.End} {
		if d == nil {
			h.String("-")
		} else {
			h.String(d.String())
		}
	}
	HashJSON(h, p.Deadlines)
	HashJSON(h, p.Years)
	if p.Reported != nil {
		h.Key(p.Reported.Key)
	}
	h.String(p.Since.String()).Bool(p.Continuous)
	hashNote(h, p.Cause.Note)
	HashJSON(h, p.Cause.Date)
	HashJSON(h, p.Cause.Period)
	for _, c := range p.History {
		h.String(c.Date.String()).String(c.State)
		hashNote(h, c.Note)
		HashJSON(h, c.Missed)
	}
	for _, ledger := range [][]Period{p.Ledger, p.Calendar} {
		h.Int(int64(len(ledger)))
		for _, per := range ledger {
			HashJSON(h, per.Entry)
			for _, n := range per.Notes {
				h.Key(n.Key)
			}
		}
	}
	return h
}

// hashNote adds a note's key, or a mark for none.
func hashNote(h *engine.Hasher, n *Note) {
	if n == nil {
		h.String("-")
		return
	}
	h.Key(n.Key)
}

// ExecutorKey covers a registry entry.
func ExecutorKey(x *content.Executor) engine.Key {
	return HashJSON(engine.NewHasher("executor"), x).Done()
}

// ContentKey covers everything of a plan: its own fields, every
// section, task and group, every measure and note.
func ContentKey(p *Plan) engine.Key {
	h := engine.NewHasher("plan-content").Key(p.HeaderKey)
	for _, sec := range p.Sections {
		h.Key(sec.Key)
		for _, t := range sec.Tasks {
			h.Key(t.Key)
		}
		for _, g := range sec.Groups {
			h.Key(g.Key)
		}
	}
	for _, m := range p.All {
		h.Key(m.Key)
	}
	for _, n := range p.Notes {
		h.Key(n.Key)
	}
	return h.Done()
}

// MeasuresKey covers a list of measures.
func MeasuresKey(ms []*Measure) engine.Key {
	h := engine.NewHasher("measures")
	for _, m := range ms {
		h.Key(m.Key)
	}
	return h.Done()
}
