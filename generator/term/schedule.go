package term

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Kind is the shape of a schedule.
type Kind int

const (
	// KindNone: the plan gives no term.
	KindNone Kind = iota
	// KindPeriod: work over Start..End, due at End.
	KindPeriod
	// KindDeadline: due by End; work may start any time from the plan's start.
	KindDeadline
	// KindDeadlines: due at each of Dates.
	KindDeadlines
	// KindYearly: due every year on Month/Day.
	KindYearly
	// KindHalfYearly: due on 30 June and 31 December.
	KindHalfYearly
	// KindQuarterly: due at the end of every quarter.
	KindQuarterly
	// KindMonthly: due at the end of every month.
	KindMonthly
	// KindAsNeeded: done when needed; no deadline.
	KindAsNeeded
)

// Context is what a term needs from its plan: open-ended forms ("щороку",
// "до 2026") run within the plan's period.
type Context struct {
	// PlanStart and PlanEnd are the plan's first and last years.
	PlanStart, PlanEnd int
}

// Schedule is a parsed term.
type Schedule struct {
	// Text is the term as written.
	Text string
	Kind Kind
	// Start and End bound the work: for Period and Deadline the term
	// itself, for recurring kinds the first and last deadline's cycle.
	Start, End Date
	// Dates are the deadlines of a Deadlines schedule.
	Dates []Date
	// Month and Day are a Yearly schedule's deadline.
	Month time.Month
	Day   int
	// Ongoing marks continuous work ("постійно").
	Ongoing bool
	// first and last are the years of the first and last deadline of a
	// recurring schedule.
	first, last int
}

// Deadlines returns the schedule's deadlines in [from, to], in order.
func (s Schedule) Deadlines(from, to Date) []Date {
	var all []Date
	switch s.Kind {
	case KindPeriod, KindDeadline:
		all = []Date{s.End}
	case KindDeadlines:
		all = s.Dates
	case KindYearly:
		for y := s.first; y <= s.last; y++ {
			all = append(all, clampDay(y, s.Month, s.Day))
		}
	case KindHalfYearly:
		for y := s.first; y <= s.last; y++ {
			all = append(all, NewDate(y, 6, 30), NewDate(y, 12, 31))
		}
	case KindQuarterly:
		for y := s.first; y <= s.last; y++ {
			for q := 1; q <= 4; q++ {
				all = append(all, endOfQuarter(y, q))
			}
		}
	case KindMonthly:
		for y := s.first; y <= s.last; y++ {
			for m := time.January; m <= time.December; m++ {
				all = append(all, endOfMonth(y, m))
			}
		}
	}
	var out []Date
	for _, d := range all {
		if !d.Before(from) && !d.After(to) {
			out = append(out, d)
		}
	}
	return out
}

// all returns every deadline.
func (s Schedule) all() []Date {
	return s.Deadlines(NewDate(1, 1, 1), NewDate(9999, 12, 31))
}

// NextDeadline returns the first deadline on or after asOf.
func (s Schedule) NextDeadline(asOf Date) (Date, bool) {
	for _, d := range s.all() {
		if !d.Before(asOf) {
			return d, true
		}
	}
	return Date{}, false
}

// LastDeadline returns the most recent deadline before asOf.
func (s Schedule) LastDeadline(asOf Date) (Date, bool) {
	var last Date
	found := false
	for _, d := range s.all() {
		if d.Before(asOf) {
			last, found = d, true
		}
	}
	return last, found
}

// Span returns the start and end of the work, for a timeline; false when
// the term has no time at all.
func (s Schedule) Span() (Date, Date, bool) {
	if s.Kind == KindNone {
		return Date{}, Date{}, false
	}
	return s.Start, s.End, true
}

// Years returns the calendar years the term covers, for search facets.
func (s Schedule) Years() []int {
	if s.Kind == KindNone {
		return nil
	}
	if s.Kind == KindDeadlines {
		var ys []int
		for _, d := range s.Dates {
			if len(ys) == 0 || ys[len(ys)-1] != d.Year() {
				ys = append(ys, d.Year())
			}
		}
		return ys
	}
	var ys []int
	for y := s.Start.Year(); y <= s.End.Year(); y++ {
		ys = append(ys, y)
	}
	return ys
}

// Describe says the schedule in words, in "uk" or "en".
func (s Schedule) Describe(lang string) string {
	en := lang == "en"
	pick := func(uk, e string) string {
		if en {
			return e
		}
		return uk
	}
	date := func(d Date) string { return formatDate(d, en) }
	switch s.Kind {
	case KindPeriod:
		out := pick("з ", "") + date(s.Start) + pick(" до ", " to ") + date(s.End)
		if s.Ongoing {
			out = pick("постійно, ", "continuously, ") + out
		}
		return out
	case KindDeadline:
		return pick("до ", "by ") + date(s.End)
	case KindDeadlines:
		parts := make([]string, len(s.Dates))
		for i, d := range s.Dates {
			parts[i] = date(d)
		}
		return pick("строки: ", "deadlines: ") + strings.Join(parts, ", ")
	case KindYearly:
		return fmt.Sprintf(pick("щороку до %d %s, %d–%d", "every year by %d %s, %d–%d"),
			s.Day, monthName(s.Month, en), s.first, s.last)
	case KindHalfYearly:
		return fmt.Sprintf(pick("щопівроку: до 30 червня і 31 грудня, %d–%d", "every half year: by 30 June and 31 December, %d–%d"), s.first, s.last)
	case KindQuarterly:
		return fmt.Sprintf(pick("щокварталу, %d–%d", "every quarter, %d–%d"), s.first, s.last)
	case KindMonthly:
		return fmt.Sprintf(pick("щомісяця, %d–%d", "every month, %d–%d"), s.first, s.last)
	case KindAsNeeded:
		return pick("за потреби, без строку", "as needed, no deadline")
	}
	return pick("без терміну", "no term")
}

func formatDate(d Date, en bool) string {
	y, m, day := d.Time().Date()
	return fmt.Sprintf("%d %s %d", day, monthName(m, en), y)
}

var monthsGen = [...]string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"}

func monthName(m time.Month, en bool) string {
	if en {
		return m.String()
	}
	return monthsGen[m-1]
}

// clampDay builds a date, pulling 29–31 back into short months.
func clampDay(y int, m time.Month, d int) Date {
	if last := endOfMonth(y, m); d > last.Time().Day() {
		return last
	}
	return NewDate(y, m, d)
}

func sortDates(ds []Date) {
	sort.Slice(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
}
