package render

import (
	"html/template"
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
)

// What pages say of a measure's state: one tag in plain words, and a
// short reason beside it ("прострочено — строк минув 31 грудня 2024, звіту
// про виконання немає").

// StatusOf returns the tag of a measure's state.
func (p *page) StatusOf(m *model.Measure) stateCount {
	return stateCount{Key: m.Progress.State, Label: p.State(m.Progress.State)}
}

// Reason says why a measure is in its state, in the page's language.
func (p *page) Reason(m *model.Measure) string {
	pr := &m.Progress
	c := pr.Cause
	reported := func(key string) string {
		if c.Note == nil {
			return ""
		}
		return p.T(key, p.Date(c.Note.Date))
	}
	date := func() string {
		if c.Date == nil {
			return ""
		}
		return p.Date(*c.Date)
	}
	switch pr.State {
	case model.StateOverdue:
		if c.Period != nil {
			return join(p.T("reason.overdue.period", c.Period.Label(p.Lang), p.Date(c.Period.Due)), reported("reason.latest"))
		}
		return join(p.T("reason.overdue", date()), reported("reason.latest"))
	case model.StateDue:
		if c.Note == nil {
			return join(p.T("reason.due", date()), p.T("reason.none"))
		}
		return join(p.T("reason.due", date()), reported("reason.latest"))
	case model.StateUnderway:
		if pr.Continuous {
			return join(p.T("reason.continuous"), reported("reason.reported"))
		}
		return reported("reason.reported")
	case model.StateNoReport:
		if c.Note != nil {
			return reported("reason.notbegun")
		}
		if pr.End != nil {
			return join(p.T("reason.until", p.Date(*pr.End)), p.T("reason.none"))
		}
		return p.T("reason.none")
	case model.StateUpcoming:
		if pr.Start != nil {
			return p.T("reason.starts", p.Date(*pr.Start))
		}
	case model.StateAsNeeded:
		return join(pr.Schedule[p.Lang], reported("reason.latest"))
	case model.StateNoTerm:
		return join(p.T("reason.noterm"), reported("reason.latest"))
	case model.StateUnknown:
		return p.T("reason.unknown", pr.Unread.In(p.Lang))
	case model.StateRemoved:
		return p.removedReason(m)
	}
	return reported("reason.reported") // done, suspended, cancelled
}

// LastChange is the latest day any of the measures changed state, if any
// did.
func (p *page) LastChange(ms []*model.Measure) *content.Date {
	var last *content.Date
	for _, m := range ms {
		if s := m.Progress.Since; !s.IsZero() && (last == nil || last.Before(s)) {
			last = &s
		}
	}
	return last
}

// join puts the non-empty parts of a reason together.
func join(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "; ")
}

// Short cuts text to at most n characters at a word, with an ellipsis: a
// heading or a page title names a measure by the start of its text.
func Short(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	r := []rune(text)[:n]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < n/2 {
		cut = len(string(r))
	}
	return strings.TrimRight(string(r)[:cut], " ,.;:—–-") + "…"
}

// Citation returns the line a journalist quotes a measure with. It names
// the state with the day it began and links that entry of the state's
// history, so that the citation stays true after later reports; and the
// commit the site was built from, when known (a measure page's key has
// it).
func (p *page) Citation(m *model.Measure) template.HTML {
	pl := m.Plan
	act := pl.Approval.Act
	if pl.Approval.Date != nil {
		act += " " + p.T("plan.approval.of") + " " + pl.Approval.Date.String()
	}
	if pl.Approval.Number != "" {
		act += " № " + pl.Approval.Number
	}
	link := p.Abs(m.Path)
	if h := m.Progress.History; len(h) > 0 {
		link += "#" + h[len(h)-1].Anchor()
	}
	// The plan's words keep their language on an English page; the
	// format's own words are the page's.
	esc := template.HTMLEscapeString
	cite := p.T("cite.format", p.ukSpan(m.Code), p.ukSpan(m.Number+" "+m.Text), p.ukSpan(pl.Title), p.ukSpan(act),
		esc(p.State(m.Progress.State)), esc(p.Date(m.Progress.Since)), esc(link))
	if c := p.Site.Commit; c != "" {
		cite += " " + esc(p.T("cite.commit", c[:min(len(c), 12)]))
	}
	return template.HTML(cite)
}

// ukSpan is s escaped for HTML, in a span marked Ukrainian where the page
// is in another language and s has Cyrillic letters.
func (p *page) ukSpan(s string) string {
	if p.LangOf(s) == "" {
		return template.HTMLEscapeString(s)
	}
	return `<span lang="uk">` + template.HTMLEscapeString(s) + `</span>`
}

func init() {
	templateFuncs["short"] = Short
	templateFuncs["reverseChanges"] = func(cs []model.StateChange) []model.StateChange {
		out := make([]model.StateChange, len(cs))
		for i, c := range cs {
			out[len(cs)-1-i] = c
		}
		return out
	}
}

// removedReason names the amendment that removed a measure and its day.
func (p *page) removedReason(m *model.Measure) string {
	a := m.RemovedIn
	switch {
	case a == nil:
		return ""
	case a.Date == nil:
		return p.T("reason.removed.undated", a.ID)
	}
	return p.T("reason.removed", a.ID, p.Date(*a.Date))
}
