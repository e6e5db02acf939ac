package generator

import (
	"errors"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/term"
)

// assess computes a measure's progress as of asOf from its term and its
// notes. Reported statuses that halt a measure (cancelled, suspended) win
// over the schedule; otherwise the schedule and the "done" notes decide.
func assess(m *Measure, windowDays int, asOf content.Date) Progress {
	p := Progress{Schedule: map[string]string{}}
	if len(m.Notes) > 0 {
		p.Reported = m.Notes[0] // newest first
	}
	ctx := term.Context{PlanStart: m.Plan.Period.Start, PlanEnd: m.Plan.Period.End}
	s, err := term.Parse(m.Term, ctx)
	if err != nil {
		p.State = stateUnknown
		p.Unread = diag.Text{UK: err.Error(), EN: err.Error()}
		var te *term.Error
		if errors.As(err, &te) {
			p.Unread = diag.Text{UK: te.Reason("uk"), EN: te.Reason("en")}
		}
		return p
	}
	p.TermKnown = true
	p.Schedule["uk"] = s.Describe("uk")
	p.Schedule["en"] = s.Describe("en")
	p.Years = s.Years()
	if from, to, ok := s.Span(); ok {
		p.Start, p.End = &from, &to
	}
	p.Deadlines = s.Deadlines(term.NewDate(m.Plan.Period.Start, 1, 1), term.NewDate(m.Plan.Period.End+1, 12, 31))
	if r := p.Reported; r != nil && r.Status.Halts {
		p.State = stateSuspended
		if statusSlug(r.Status) == "cancelled" {
			p.State = stateCancelled
		}
		return p
	}
	var done []term.Date
	for _, n := range m.Notes {
		if n.Status.Done {
			done = append(done, n.Date)
		}
	}
	a := term.Evaluate(s, asOf, done, term.WithDueWindow(windowDays))
	p.State = stateKeys[a.State]
	p.Next, p.Missed = a.Next, a.Missed
	return p
}

// stateKeys maps the term package's states to the site's state keys.
var stateKeys = map[term.State]string{
	term.NoTerm:   stateNoTerm,
	term.AsNeeded: stateAsNeeded,
	term.Upcoming: stateUpcoming,
	term.UnderWay: stateUnderway,
	term.Due:      stateDue,
	term.Overdue:  stateOverdue,
	term.Done:     stateDone,
}
