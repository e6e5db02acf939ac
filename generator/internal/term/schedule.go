package term

import "time"

// Kind is the shape of a schedule.
type Kind int

const (
	// KindNone: the plan gives no term (an empty cell, or a lone dash).
	KindNone Kind = iota
	// KindPeriod: work over Start..End, due at End ("2019-2026 роки",
	// "ІІ квартал 2019 року", "постійно").
	KindPeriod
	// KindDeadline: due by End, work from the plan's start ("до 2020
	// року").
	KindDeadline
	// KindDeadlines: due at the end of each listed year ("2021, 2024, 2026
	// роки").
	KindDeadlines
	// KindYearly: due every year on Rule ("щороку", "щороку (до 10
	// січня)").
	KindYearly
	// KindHalfYearly: due on 30 June and 31 December ("щопівроку").
	KindHalfYearly
	// KindQuarterly: due at the end of every quarter ("щокварталу").
	KindQuarterly
	// KindMonthly: due at the end of every month ("щомісяця").
	KindMonthly
	// KindAsNeeded: done when needed, no deadline ("за потреби").
	KindAsNeeded
	// KindUnknown: the term could not be read; Parse returned an error.
	KindUnknown
)

var kindNames = [...]string{"none", "period", "deadline", "deadlines", "yearly", "half-yearly", "quarterly", "monthly", "as-needed", "unknown"}

// String returns a stable ASCII name for data files: "period", "yearly"…
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// MarshalText writes the kind's String, for JSON downloads.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Recurring reports whether the kind repeats every cycle of a period.
func (k Kind) Recurring() bool { return k >= KindYearly && k <= KindMonthly }

// Context is what a term needs from its plan: open-ended forms ("щороку",
// "щопівроку", "до 2026", "за потреби", "постійно") run within the plan's
// period. The zero Context means the period is unknown; terms that need it
// then fail to parse, except "за потреби", which simply has no span.
type Context struct {
	// PlanStart and PlanEnd are the plan's first and last years.
	PlanStart, PlanEnd int
}

func (c Context) known() bool { return c != Context{} }

// MonthDay is a day of the year, the deadline of a yearly term.
type MonthDay struct {
	Month time.Month
	Day   int
}

// Schedule is a parsed term: the text as written and what it means.
type Schedule struct {
	// Text is the term exactly as written in the plan.
	Text string
	Kind Kind
	// Ongoing marks continuous work ("постійно") rather than a result to
	// deliver: it is not done before End, whatever the notes say.
	Ongoing bool
	// Start and End bound the work, for a timeline: the term's own dates,
	// from the plan's start for a deadline, and the plan's period for
	// recurring and as-needed terms unless the term gives its own. Both
	// are zero for no term, and for "за потреби" with no known period.
	Start, End Date
	// Dates are every deadline, in order. A recurring term's deadlines
	// may fall after End: "щороку (до 10 січня)" reports on each plan
	// year, so the last report is due in the year after the plan.
	Dates []Date
	// Rule is a yearly term's deadline in each year: 31 December unless
	// written, as in "щороку (до 10 січня)".
	Rule MonthDay
}

// Deadlines returns the deadlines in [from, to], in order. A zero from or
// to leaves that side open.
func (s Schedule) Deadlines(from, to Date) []Date {
	var out []Date
	for _, d := range s.Dates {
		if (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to)) {
			out = append(out, d)
		}
	}
	return out
}

// NextDeadline returns the first deadline on or after asOf: a deadline
// today is still ahead.
func (s Schedule) NextDeadline(asOf Date) (Date, bool) {
	for _, d := range s.Dates {
		if !d.Before(asOf) {
			return d, true
		}
	}
	return Date{}, false
}

// LastDeadline returns the most recent deadline that has passed, that is
// before asOf.
func (s Schedule) LastDeadline(asOf Date) (Date, bool) {
	for i := len(s.Dates) - 1; i >= 0; i-- {
		if s.Dates[i].Before(asOf) {
			return s.Dates[i], true
		}
	}
	return Date{}, false
}

// Span returns the start and end of the work, for a timeline (a Gantt
// bar); false when the term has no time at all.
func (s Schedule) Span() (start, end Date, ok bool) {
	if s.Start.IsZero() || s.End.IsZero() {
		return Date{}, Date{}, false
	}
	return s.Start, s.End, true
}

// Years returns the calendar years the term covers, in order, for search
// facets: the listed years of a list, otherwise every year of the span.
func (s Schedule) Years() []int {
	var ys []int
	if s.Kind == KindDeadlines {
		for _, d := range s.Dates {
			ys = append(ys, d.Year)
		}
		return ys
	}
	if _, _, ok := s.Span(); !ok {
		return nil
	}
	for y := s.Start.Year; y <= s.End.Year; y++ {
		ys = append(ys, y)
	}
	return ys
}

// cycles lists a recurring term's deadlines: one for each cycle (year,
// half-year, quarter, month) that overlaps start..end.
func cycles(k Kind, rule MonthDay, start, end Date) []Date {
	var out []Date
	if k == KindYearly {
		for y := start.Year; y <= end.Year; y++ {
			// A deadline early in the year is the report on the year
			// before: "щороку (до 10 січня)" reports on 2019 by 10
			// January 2020.
			due := y
			if rule.Month <= time.March {
				due++
			}
			out = append(out, clampDay(due, rule.Month, rule.Day))
		}
		return out
	}
	step := map[Kind]int{KindHalfYearly: 6, KindQuarterly: 3, KindMonthly: 1}[k]
	first := (start.Year*12 + int(start.Month) - 1) / step
	last := (end.Year*12 + int(end.Month) - 1) / step
	for c := first; c <= last; c++ {
		m := c*step + step - 1 // the cycle's last month, counted from year 0
		out = append(out, endOfMonth(m/12, time.Month(m%12+1)))
	}
	return out
}
