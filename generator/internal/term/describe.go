package term

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Describe says how the term was read, in Ukrainian ("uk", the default) or
// English ("en"): "з 1 квітня 2019 до 30 вересня 2019", "до 31 грудня
// 2020", "щороку до 10 січня, 2020–2027", "every year by 10 January,
// 2020–2027". It is shown beside the term as written, so it spells out
// what the text leaves to the reader: exact dates and the years of the
// deadlines.
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
		return pick("до ", "by ") + date(s.End)
	case KindDeadlines:
		years := make([]string, len(s.Dates))
		for i, d := range s.Dates {
			years[i] = strconv.Itoa(d.Year)
		}
		return pick("до кінця ", "by the end of ") + joinAnd(years, pick(" і ", " and ")) + pick(" років", "")
	case KindYearly:
		return pick("щороку до ", "every year by ") + fmt.Sprintf("%d %s", s.Rule.Day, monthName(s.Rule.Month, en)) + s.cycleYears()
	case KindHalfYearly:
		return pick("щопівроку: до 30 червня і 31 грудня", "every half year: by 30 June and 31 December") + s.cycleYears()
	case KindQuarterly:
		return pick("щокварталу, до кінця кварталу", "every quarter, by the end of the quarter") + s.cycleYears()
	case KindMonthly:
		return pick("щомісяця, до кінця місяця", "every month, by the end of the month") + s.cycleYears()
	case KindAsNeeded:
		return pick("за потреби, без строку", "as needed, no deadline")
	case KindUnknown:
		return pick("не розпізнано", "not understood")
	}
	return pick("без терміну", "no term")
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
