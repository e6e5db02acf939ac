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
	// KindConditional: done once a condition is met, no deadline ("у разі
	// фінансування", "після прийняття рішення"); Condition says which.
	KindConditional
	// KindUnknown: the term could not be read; Parse returned an error.
	KindUnknown
)

var kindNames = [...]string{"none", "period", "deadline", "deadlines", "yearly", "half-yearly", "quarterly", "monthly", "as-needed", "conditional", "unknown"}

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
// period, and relative ones ("у місячний строк", "протягом року з дня
// затвердження") count from its adoption. A Context without the period
// means the period is unknown; terms that need it then fail to parse,
// except "за потреби", which simply has no span. Likewise for the
// adoption date.
type Context struct {
	// PlanStart and PlanEnd are the plan's first and last years.
	PlanStart, PlanEnd int
	// Adopted is the day the plan was adopted (approved); zero if unknown.
	Adopted Date
}

// known reports whether the plan's period is known.
func (c Context) known() bool { return c.PlanStart != 0 || c.PlanEnd != 0 }

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
	// from the plan's start for a deadline (from the plan's adoption for
	// one counted from it), and the plan's period for recurring,
	// as-needed and conditional terms unless the term gives its own. Both
	// are zero for no term, and for "за потреби" with no known period.
	Start, End Date
	// Dates are every deadline, in order: the due dates of Periods. A
	// recurring term's deadlines may fall after End: "щороку (до 10
	// січня)" reports on each plan year, so the last report is due in the
	// year after the plan.
	Dates []Date
	// Rule is a yearly term's deadline in each year: 31 December unless
	// written, as in "щороку (до 10 січня)".
	Rule MonthDay
	// Condition is what a KindConditional term waits for.
	Condition Condition

	due     []dueRule // when each cycle of a recurring term is due; nil: at its end
	rel     duration  // a deadline counted from the plan's adoption: how long
	ownSpan bool      // an as-needed or conditional term gave its own span
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

// Continuous reports whether the term is work that runs to the plan's end
// rather than a result due on a day of its own: a one-off term ending on
// the plan's last day, 31 December of ctx.PlanEnd, that is ongoing
// ("постійно") or spans more than one year ("2019-2026 роки", "До 2026",
// "2025-2026 роки"). Its one deadline is the plan's end, so Evaluate's Due
// in the plan's last months says only that the plan is ending. A term
// that names its own last part of the plan ("IV квартал 2026 року", "2026
// рік") is not continuous: that deadline is real. Nor is a recurring
// term, whose every cycle has its deadline.
//
// Intended use: when Continuous is true and the latest report says the
// work is in progress, show it as in progress ("виконується") instead of
// Due; Overdue after the plan's end without a done note, and Done, stand
// as Evaluate says. Combining this with reported statuses is the caller's.
func (s Schedule) Continuous(ctx Context) bool {
	if !ctx.known() || s.Kind != KindPeriod && s.Kind != KindDeadline {
		return false
	}
	return s.End == endOfYear(ctx.PlanEnd) && (s.Ongoing || s.Start.Year < s.End.Year)
}
