package model

import (
	"errors"
	"slices"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/term"
)

// Progress is a measure's state as of a date.
type Progress struct {
	// State is the status shown, one of the state keys (see states.go).
	State string
	// Since is the day the state began, the date of its entry in History.
	Since content.Date
	// Cause says why the measure is in its state (see Reason).
	Cause Cause
	// TermKnown is false when the term could not be parsed; Unread then
	// says why.
	TermKnown bool
	Unread    diag.Text
	// Schedule describes the term in words, per language.
	Schedule map[string]string
	// Next is the next deadline; Missed the deadline that was missed.
	Next, Missed *content.Date
	// Start and End span the term, for the timeline.
	Start, End *content.Date
	// Deadlines within the plan period, for the timeline.
	Deadlines []content.Date
	// Years the term covers.
	Years []int
	// Continuous marks a term that runs to the plan's end: its end is
	// the plan's, not a deadline of its own.
	Continuous bool
	// Reported is the latest note, if any.
	Reported *Note
	// History are the dated changes of State up to the build date,
	// oldest first; the last is the current state.
	History []StateChange
	// Ledger lists the reporting periods of a term with several
	// deadlines that have come due, and the next one.
	Ledger []Period
	// Calendar lists every reporting period of the term, of one-off terms
	// too, past and future, with its status as of the date: the periods
	// the term engine's ledger lists, and those after them, not yet due.
	// Calendars (ICS) show one event per period.
	Calendar []Period
	// Reporting tallies the Ledger's periods that have come due: how
	// many were reported on time, late, or not at all.
	Reporting Reporting
	// Unmatched are the periods notes name that the term does not have
	// (a period outside the term, or a term without periods): check warns
	// of each.
	Unmatched []UnmatchedPeriod
}

// UnmatchedPeriod is a period a note names that the measure's term does
// not have.
type UnmatchedPeriod struct {
	Note *Note
	// Key is the period as the note wrote it.
	Key string
}

// Cause is what decided a measure's state: a report, a deadline, the
// start or end of its term.
type Cause struct {
	// Note is the report that decided it, if one did.
	Note *Note
	// Date is the deadline or term date that decided it, if one did.
	Date *content.Date
	// Period is the reporting period missed or next due, if any.
	Period *term.Period
}

// StateChange is a day on which a measure's state changed.
type StateChange struct {
	Date  content.Date
	State string
	// Note is the report that changed it; nil when the calendar did.
	Note *Note
	// Missed is the deadline whose passing made it overdue.
	Missed *content.Date
}

// Anchor is the change's fragment on the measure's page, "state-2025-06-30":
// a citation links the entry current when it was made, which stays true
// after later reports.
func (c StateChange) Anchor() string { return "state-" + c.Date.String() }

// Period is a reporting period of a measure with its status and reports.
type Period struct {
	term.Entry
	Notes []*Note
}

// TermContext is what a plan tells the term engine: its period and the day
// it was adopted (terms may count from it).
func TermContext(p *Plan) term.Context {
	ctx := term.Context{PlanStart: p.Period.Start, PlanEnd: p.Period.End}
	if p.Approval.Date != nil {
		ctx.Adopted = *p.Approval.Date
	}
	return ctx
}

// Assess computes a measure's progress as of asOf from its term and its
// notes (newest first). A measure an amendment removed is "removed" from
// the day of the amendment: its history runs to the day before, as its
// term and reports made it, and ends there.
func Assess(m *Measure, windowDays int, asOf content.Date) Progress {
	if m.IsRemoved() {
		return assessRemoved(m, windowDays, asOf)
	}
	return assess(m, windowDays, asOf)
}

// assessRemoved is the progress of a removed measure. Without the
// amendment's date there is no day to end its history on: it has none.
func assessRemoved(m *Measure, windowDays int, asOf content.Date) Progress {
	var day *content.Date
	if m.RemovedIn != nil {
		day = m.RemovedIn.Date
	}
	if day == nil {
		p := Progress{State: StateRemoved, Schedule: map[string]string{}}
		if len(m.Notes) > 0 {
			p.Reported = m.Notes[0]
		}
		return p
	}
	until := day.AddDays(-1)
	if asOf.Before(until) {
		until = asOf // dated after the build (validate warns)
	}
	p := assess(m, windowDays, until)
	if len(m.Notes) > 0 {
		p.Reported = m.Notes[0]
	}
	p.State, p.Since = StateRemoved, *day
	p.Next, p.Missed, p.Ledger = nil, nil, nil
	p.Cause = Cause{Date: day}
	// One entry a day: a measure added and removed on the same day has
	// only the removal.
	for len(p.History) > 0 && !p.History[len(p.History)-1].Date.Before(*day) {
		p.History = p.History[:len(p.History)-1]
	}
	p.History = append(p.History, StateChange{Date: *day, State: StateRemoved})
	return p
}

// assess computes the progress of a measure of the plan in force.
func assess(m *Measure, windowDays int, asOf content.Date) Progress {
	p := Progress{Schedule: map[string]string{}}
	if len(m.Notes) > 0 {
		p.Reported = m.Notes[0]
	}
	ctx := TermContext(m.Plan)
	s, err := term.Parse(m.Term, ctx)
	if err != nil {
		p.State = StateUnknown
		p.Unread = diag.Text{UK: err.Error(), EN: err.Error()}
		var te *term.Error
		if errors.As(err, &te) {
			p.Unread = diag.Text{UK: te.Reason("uk"), EN: te.Reason("en")}
		}
		p.History = []StateChange{{Date: startDay(m), State: StateUnknown}}
		p.Since = p.History[0].Date
		p.Unmatched = unmatchedPeriods(m, term.Schedule{})
		return p
	}
	p.TermKnown = true
	p.Schedule["uk"] = s.Describe("uk")
	p.Schedule["en"] = s.Describe("en")
	p.Years = s.Years()
	p.Continuous = s.Continuous(ctx)
	if from, to, ok := s.Span(); ok {
		p.Start, p.End = &from, &to
	}
	p.Deadlines = s.Deadlines(term.NewDate(m.Plan.Period.Start, 1, 1), term.NewDate(m.Plan.Period.End+1, 12, 31))
	e := evaluator{m: m, s: s, opts: []term.EvalOption{term.WithDueWindow(windowDays)}}
	e.reports = e.termReports()
	if len(s.Dates) > 1 {
		p.Ledger = e.ledger(asOf)
		p.Reporting = TallyLedger(p.Ledger, asOf)
	}
	p.Calendar = e.calendar(asOf, p.Ledger)
	p.Unmatched = unmatchedPeriods(m, s)
	p.History = e.history(asOf)
	cur := p.History[len(p.History)-1]
	p.State, p.Since = cur.State, cur.Date
	a := term.EvaluateReports(s, asOf, e.reports, e.opts...)
	p.Next, p.Missed = a.Next, a.Missed
	p.Cause = e.cause(asOf, a, p.Ledger)
	return p
}

// evaluator computes a measure's states on any day from its schedule and
// its notes.
type evaluator struct {
	m       *Measure
	s       term.Schedule
	opts    []term.EvalOption
	reports []term.Report // the notes that meet deadlines; Ref is the index in m.Notes
}

// termReports are the notes that meet the term's deadlines. A one-off
// result is met by a report that it is done; each period of a recurring
// term by any report of work on it (done, under way or late) — the
// periodic report is the work. A note that names its periods covers
// those; the others are assigned by date. The ledger, the state and its
// history are computed from these same reports, so they agree.
func (e *evaluator) termReports() []term.Report {
	var out []term.Report
	recurring := len(e.s.Dates) > 1 || e.s.Kind.Recurring()
	for i, n := range e.m.Notes {
		if n.Status.Done || recurring && !n.Status.Halts && StatusSlug(n.Status) != "not-started" {
			out = append(out, term.Report{Date: n.Date, Ref: i, Periods: n.PeriodKeys()})
		}
	}
	return out
}

// unmatchedPeriods are the periods m's notes name that its term s does
// not have, whatever the notes' statuses: term.Ledger lists them. Keys
// that are no period keys at all are validate's to report.
func unmatchedPeriods(m *Measure, s term.Schedule) []UnmatchedPeriod {
	var named []term.Report
	for i, n := range m.Notes {
		if keys := n.PeriodKeys(); len(keys) > 0 {
			named = append(named, term.Report{Date: n.Date, Ref: i, Periods: keys})
		}
	}
	if len(named) == 0 {
		return nil
	}
	_, un := term.Ledger(s, named, content.Date{})
	var out []UnmatchedPeriod
	for _, u := range un {
		if u.Err == nil {
			out = append(out, UnmatchedPeriod{Note: m.Notes[u.Ref], Key: u.Key})
		}
	}
	return out
}

// ledger is the term's reporting periods due by asOf, and the next.
func (e *evaluator) ledger(asOf content.Date) []Period {
	entries, _ := term.Ledger(e.s, e.reports, asOf, e.opts...)
	out := make([]Period, len(entries))
	for i, en := range entries {
		out[i].Entry = en
		for _, ref := range en.Reports {
			out[i].Notes = append(out[i].Notes, e.m.Notes[ref])
		}
	}
	return out
}

// calendar is every period of the term with its status as of asOf: the
// ledger's entries (computed here for a one-off term, which shows no
// ledger), then the periods after them, not due yet.
func (e *evaluator) calendar(asOf content.Date, ledger []Period) []Period {
	all := e.s.Periods(content.Date{})
	if len(all) == 0 {
		return nil
	}
	if ledger == nil {
		ledger = e.ledger(asOf)
	}
	listed := map[string]bool{}
	out := append([]Period(nil), ledger...)
	for _, p := range ledger {
		listed[p.Key] = true
	}
	for _, p := range all {
		if !listed[p.Key] {
			out = append(out, Period{Entry: term.Entry{Period: p, Status: term.NotDue}})
		}
	}
	slices.SortStableFunc(out, func(a, b Period) int { return a.Due.Compare(b.Due) })
	return out
}

// at returns the state shown on day d: the term's state overlaid with the
// latest report made by then.
func (e *evaluator) at(d content.Date, termState term.State) string {
	latest := e.latest(d)
	if latest != nil && latest.Status.Halts {
		if StatusSlug(latest.Status) == "cancelled" {
			return StateCancelled
		}
		return StateSuspended
	}
	working := latest != nil && (StatusSlug(latest.Status) == "in-progress" || StatusSlug(latest.Status) == "delayed" || latest.Status.Done)
	switch termState {
	case term.NoTerm:
		return StateNoTerm
	case term.AsNeeded:
		return StateAsNeeded
	case term.Upcoming:
		return StateUpcoming
	case term.Done:
		return StateDone
	case term.Overdue:
		return StateOverdue
	case term.Due:
		// A term that runs to the plan's end has no deadline of its own:
		// reported under way, it is under way, not "due soon".
		if working && e.s.Continuous(TermContext(e.m.Plan)) {
			return StateUnderway
		}
		return StateDue
	}
	if working {
		return StateUnderway
	}
	return StateNoReport
}

// latest is the newest note dated on or before d.
func (e *evaluator) latest(d content.Date) *Note {
	for _, n := range e.m.Notes { // newest first
		if !d.Before(n.Date) {
			return n
		}
	}
	return nil
}

// history is every change of the shown state from the plan's start to
// asOf: the term engine's changes and the days notes were made.
func (e *evaluator) history(asOf content.Date) []StateChange {
	from := startDay(e.m)
	if asOf.Before(from) {
		from = asOf
	}
	changes := term.History(e.s, from, asOf, e.reports, e.opts...)
	days := map[content.Date]bool{}
	for _, c := range changes {
		days[c.Date] = true
	}
	for _, n := range e.m.Notes {
		if !n.Date.Before(from) && !asOf.Before(n.Date) {
			days[n.Date] = true
		}
	}
	var out []StateChange
	for _, d := range sortedDates(days) {
		tc := changes[0]
		for _, c := range changes {
			if !d.Before(c.Date) {
				tc = c
			}
		}
		st := e.at(d, tc.State)
		missed := tc.Missed
		if st != StateOverdue {
			missed = nil
		}
		if n := len(out); n > 0 && out[n-1].State == st && sameDate(out[n-1].Missed, missed) {
			continue
		}
		out = append(out, StateChange{Date: d, State: st, Note: e.noteOn(d), Missed: missed})
	}
	return out
}

// noteOn is the newest note made on day d, if any.
func (e *evaluator) noteOn(d content.Date) *Note {
	for _, n := range e.m.Notes {
		if n.Date == d {
			return n
		}
	}
	return nil
}

// cause says what decided the state as of asOf.
func (e *evaluator) cause(asOf content.Date, a term.Assessment, ledger []Period) Cause {
	c := Cause{Note: e.latest(asOf)}
	switch {
	case a.Missed != nil:
		c.Date = a.Missed
	case a.Next != nil:
		c.Date = a.Next
	}
	for i := range ledger {
		en := &ledger[i].Entry
		if en.Status == term.Missing || c.Period == nil && (en.Status == term.DueSoon || en.Status == term.NotDue) {
			c.Period = &en.Period
		}
	}
	return c
}

func planStartDay(p *Plan) content.Date { return term.NewDate(p.Period.Start, 1, 1) }

// startDay is the first day of a measure's history: the plan's start, or
// the day of the amendment that added it, if later.
func startDay(m *Measure) content.Date {
	d := planStartDay(m.Plan)
	if a := m.AddedIn; a != nil && a.Date != nil && d.Before(*a.Date) {
		d = *a.Date
	}
	return d
}

func sameDate(a, b *content.Date) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func sortedDates(set map[content.Date]bool) []content.Date {
	out := make([]content.Date, 0, len(set))
	for d := range set {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b content.Date) int { return a.Compare(b) })
	return out
}
