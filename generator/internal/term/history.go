package term

import "slices"

// Change is a day on which a measure's computed state changed.
type Change struct {
	// Date is the first day of the new state.
	Date Date
	// State, Next and Missed are as EvaluateReports computes them on
	// Date.
	State        State
	Next, Missed *Date
	// Reports are the Refs of the reports dated Date, in date and Ref
	// order: when there are any, a report made that day caused the
	// change; otherwise the calendar did (a deadline passed, a due window
	// opened, the term started or ended).
	Reports []int
}

// History returns the computed state of a measure on from and every
// change of it up to to, inclusive: each day on which EvaluateReports
// gives a different State, or the same Overdue state for another missed
// deadline. The state on each change's Date is exactly what
// EvaluateReports(s, Date, reports, opts...) says, and it holds until the
// next change's Date. A zero or earlier to gives the state on from alone.
//
// The state can change only on a report's date, the day after a deadline,
// the first day of a deadline's due window, the term's first day and the
// day after an ongoing term's end, so History evaluates on those days
// alone.
//
// Reported statuses that halt a measure (suspended, cancelled) are not
// the term's business: the caller overlays them, as it does on Evaluate's
// state. A halt from the date of the note that halts until a later note
// that does not is a change of the shown state on those two dates; the
// term's changes inside the halt are hidden by it.
func History(s Schedule, from, to Date, reports []Report, opts ...EvalOption) []Change {
	cfg := newEvalConfig(opts)
	days := []Date{from}
	add := func(d Date) {
		if d.After(from) && !d.After(to) {
			days = append(days, d)
		}
	}
	for _, p := range s.periods() {
		add(p.Due.AddDays(1))
		add(p.Due.AddDays(-cfg.window))
	}
	add(s.Start)
	if s.Ongoing {
		add(s.End.AddDays(1))
	}
	for _, r := range reports {
		if !r.Date.IsZero() {
			add(r.Date)
		}
	}
	slices.SortFunc(days, Date.Compare)
	days = slices.Compact(days)

	sorted := reportsUntil(reports, to)
	ev := newEvaluator(s, reports, cfg)
	ev.cycles = false // a change does not keep them
	var out []Change
	for _, d := range days {
		a := ev.at(d)
		if n := len(out); n > 0 && out[n-1].State == a.State && sameDate(out[n-1].Missed, a.Missed) {
			continue
		}
		c := Change{Date: d, State: a.State, Next: a.Next, Missed: a.Missed}
		for _, r := range sorted {
			if r.Date == d {
				c.Reports = append(c.Reports, r.Ref)
			}
		}
		out = append(out, c)
	}
	return out
}

func sameDate(a, b *Date) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}
