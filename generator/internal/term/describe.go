package term

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/plansite/plansite/generator/internal/uktext"
)

// Describe says how the term was read, in Ukrainian ("uk", the default) or
// English ("en"): "з 1 квітня 2019 до 30 вересня 2019", "до 31 грудня
// 2020", "щороку до 10 січня, 2020–2027", "every year by 10 January,
// 2020–2027". It is shown beside the term as written, so it spells out
// what the text leaves to the reader: exact dates, the years of the
// deadlines, the day a relative term counts from.
func (s Schedule) Describe(lang string) string {
	en := isEnglish(lang)
	pick := func(uk, e string) string {
		if en {
			return e
		}
		return uk
	}
	date := func(d Date) string { return d.Format(lang) }
	switch s.Kind {
	case KindPeriod:
		out := pick("з ", "") + date(s.Start) + pick(" до ", " to ") + date(s.End)
		if s.Ongoing {
			out = pick("постійно, ", "continuously, ") + out
		}
		return out
	case KindDeadline:
		out := pick("до ", "by ") + date(s.End)
		if s.rel.unit != noUnit {
			out += pick(" (через "+s.rel.text(lang)+" від затвердження плану "+date(s.Start)+")",
				" ("+s.rel.text(lang)+" from the plan's adoption on "+date(s.Start)+")")
		}
		return out
	case KindDeadlines:
		years := make([]string, len(s.Dates))
		for i, d := range s.Dates {
			years[i] = strconv.Itoa(d.Year)
		}
		return pick("до кінця ", "by the end of ") + joinAnd(years, pick(" і ", " and ")) + pick(" років", "")
	case KindYearly, KindHalfYearly, KindQuarterly, KindMonthly:
		return s.describeCycles(lang) + s.cycleYears()
	case KindAsNeeded:
		return pick("за потреби, без строку", "as needed, no deadline") + s.ownYears()
	case KindConditional:
		return s.Condition.Label(lang) + pick(", без строку", ", no deadline") + s.ownYears()
	case KindUnknown:
		return pick("не розпізнано", "not understood")
	}
	return pick("без терміну", "no term")
}

// cycleWords name each recurring kind: how often, and its cycle in the
// genitive ("після кінця року").
var cycleWords = map[Kind]struct{ every, everyEN, of, ofEN string }{
	KindYearly:     {"щороку", "every year", "року", "the year"},
	KindHalfYearly: {"щопівроку", "every half year", "півріччя", "the half-year"},
	KindQuarterly:  {"щокварталу", "every quarter", "кварталу", "the quarter"},
	KindMonthly:    {"щомісяця", "every month", "місяця", "the month"},
}

// describeCycles says when each cycle of a recurring term is due.
func (s Schedule) describeCycles(lang string) string {
	en := isEnglish(lang)
	pick := func(uk, e string) string {
		if en {
			return e
		}
		return uk
	}
	w := cycleWords[s.Kind]
	every := pick(w.every, w.everyEN)
	var r dueRule
	if len(s.due) > 0 {
		r = s.due[0]
	}
	switch {
	case r.after.unit != noUnit:
		return every + pick(", не пізніше ніж через "+r.after.text(lang)+" після кінця "+w.of, ", within "+r.after.text(lang)+" after "+w.ofEN+" ends")
	case s.Kind == KindYearly:
		return every + pick(" до ", " by ") + fmt.Sprintf("%d %s", s.Rule.Day, monthName(s.Rule.Month, en))
	case len(s.due) == 2:
		// A day for each half-year: the day of the first half is in its
		// year, the second's may be in the next.
		h1 := clampDay(2001, time.Month(6+s.due[0].lag), s.due[0].day)
		y, m := monthAdd(2001, time.December, s.due[1].lag)
		h2 := clampDay(y, m, s.due[1].day)
		return every + pick(fmt.Sprintf(": за I півріччя — до %d %s, за II — до %d %s", h1.Day, monthName(h1.Month, false), h2.Day, monthName(h2.Month, false)),
			fmt.Sprintf(": for the first half by %d %s, for the second by %d %s", h1.Day, monthName(h1.Month, true), h2.Day, monthName(h2.Month, true)))
	case len(s.due) == 0 && s.Kind == KindHalfYearly:
		return every + pick(": до 30 червня і 31 грудня", ": by 30 June and 31 December")
	case len(s.due) == 0:
		return every + pick(", до кінця "+w.of, ", by the end of "+w.ofEN)
	case r.lag == 1 && s.Kind == KindMonthly:
		return every + pick(fmt.Sprintf(", до %d числа наступного місяця", r.day), fmt.Sprintf(", by day %d of the next month", r.day))
	case r.lag == 1:
		return every + pick(fmt.Sprintf(", до %d числа місяця після %s", r.day, w.of), fmt.Sprintf(", by day %d of the month after %s", r.day, w.ofEN))
	case s.Kind == KindMonthly:
		return every + pick(fmt.Sprintf(", до %d числа", r.day), fmt.Sprintf(", by day %d", r.day))
	}
	return every + pick(fmt.Sprintf(", до %d числа останнього місяця %s", r.day, w.of), fmt.Sprintf(", by day %d of the last month of %s", r.day, w.ofEN))
}

// durationNames are the forms of each unit of a length: uk one, few,
// many; en one, other.
var durationNames = map[durUnit][5]string{
	durDays:   {"день", "дні", "днів", "day", "days"},
	durWeeks:  {"тиждень", "тижні", "тижнів", "week", "weeks"},
	durMonths: {"місяць", "місяці", "місяців", "month", "months"},
	durYears:  {"рік", "роки", "років", "year", "years"},
}

// text writes the length as it follows "через": "місяць", "2 роки", "10
// днів"; "one month", "2 years". Ukrainian leaves out a lone 1.
func (u duration) text(lang string) string {
	f := durationNames[u.unit]
	switch {
	case isEnglish(lang) && u.n == 1:
		return "one " + f[3]
	case isEnglish(lang):
		return fmt.Sprintf("%d %s", u.n, f[4])
	case u.n == 1:
		return f[0]
	}
	form := map[string]string{uktext.One: f[0], uktext.Few: f[1]}[uktext.Plural("uk", u.n)]
	if form == "" {
		form = f[2]
	}
	return fmt.Sprintf("%d %s", u.n, form)
}

// ownYears is ", 2022–2024": the years an as-needed or conditional term
// gives itself.
func (s Schedule) ownYears() string {
	switch {
	case !s.ownSpan:
		return ""
	case s.Start.Year == s.End.Year:
		return fmt.Sprintf(", %d", s.Start.Year)
	}
	return fmt.Sprintf(", %d–%d", s.Start.Year, s.End.Year)
}

// cycleYears is ", 2020–2027": the years in which the deadlines fall.
func (s Schedule) cycleYears() string {
	if len(s.Dates) == 0 {
		return ""
	}
	a, b := s.Dates[0].Year, s.Dates[len(s.Dates)-1].Year
	if a == b {
		return fmt.Sprintf(", %d", a)
	}
	return fmt.Sprintf(", %d–%d", a, b)
}

// joinAnd joins "2021", "2024", "2026" as "2021, 2024 and 2026".
func joinAnd(items []string, and string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

// isEnglish reads a language argument: "en" (or "en-GB"…) is English,
// anything else is the site's first language, Ukrainian.
func isEnglish(lang string) bool {
	return strings.HasPrefix(strings.ToLower(lang), "en")
}

var monthsGenitive = [...]string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"}

// monthName is the month as it follows a day: "10 січня", "10 January".
func monthName(m time.Month, en bool) string {
	if m < time.January || m > time.December {
		return m.String()
	}
	if en {
		return m.String()
	}
	return monthsGenitive[m-1]
}
