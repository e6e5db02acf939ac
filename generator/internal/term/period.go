package term

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/plansite/plansite/generator/internal/uktext"
)

// Period is one reporting period of a term: a cycle of a recurring term
// (a year, half-year, quarter or month), a year of a list of years, or the
// whole span of a one-off term, with the day its report is due.
type Period struct {
	// Key names the period in data files and URLs, in ASCII: "2025" for a
	// year, "2022-H1" and "2022-H2" for half-years, "2024-Q3" for a
	// quarter, "2024-03" for a month, "2024-07-01" for a day, and an ISO
	// 8601 interval of two of these for a longer span ("2019/2026",
	// "2021-Q4/2022-Q2"). A span has one key: the coarsest that fits it.
	Key string
	// Start and End are the period's first and last days.
	Start, End Date
	// Due is the day its report is due: the deadline of Schedule.Dates.
	Due Date
}

// ErrPeriodKey is wrapped by the errors of ParsePeriodKey.
var ErrPeriodKey = errors.New("period key not understood")

// Periods returns the term's reporting periods whose report is due on or
// before until, and the next one after them: what a ledger lists on the
// day until. A zero until returns every period. Terms with no deadline
// (none, as needed, conditional, not understood) have none.
func (s Schedule) Periods(until Date) []Period {
	all := s.periods()
	if until.IsZero() {
		return all
	}
	for i, p := range all {
		if p.Due.After(until) {
			return all[:i+1]
		}
	}
	return all
}

// Period returns the period of the term whose key is key, in any form
// ParsePeriodKey accepts; false if the term has no such period.
func (s Schedule) Period(key string) (Period, bool) {
	k, err := ParsePeriodKey(key)
	if err != nil {
		return Period{}, false
	}
	for _, p := range s.periods() {
		if p.Key == k {
			return p, true
		}
	}
	return Period{}, false
}

// periods lists every period of the term, one for each of s.Dates.
func (s Schedule) periods() []Period {
	switch {
	case s.Kind.Recurring():
		return cycles(s.Kind, s.due, s.Start, s.End)
	case s.Kind == KindDeadlines:
		out := make([]Period, len(s.Dates))
		for i, d := range s.Dates {
			out[i] = Period{Key: strconv.Itoa(d.Year), Start: startOfYear(d.Year), End: endOfYear(d.Year), Due: d}
		}
		return out
	case s.Kind == KindPeriod || s.Kind == KindDeadline:
		return []Period{{Key: spanKey(s.Start, s.End), Start: s.Start, End: s.End, Due: s.End}}
	}
	return nil
}

// keyOf is the key of the year, half-year, quarter, month or day that
// holds d.
func keyOf(u unit, d Date) string {
	switch u {
	case uYear:
		return strconv.Itoa(d.Year)
	case uHalf:
		return fmt.Sprintf("%d-H%d", d.Year, (d.Month-1)/6+1)
	case uQuarter:
		return fmt.Sprintf("%d-Q%d", d.Year, (d.Month-1)/3+1)
	case uMonth:
		return fmt.Sprintf("%d-%02d", d.Year, d.Month)
	}
	return d.String()
}

// unitBounds returns the first and last day of the unit u that holds d.
func unitBounds(u unit, d Date) (Date, Date) {
	switch u {
	case uYear:
		return startOfYear(d.Year), endOfYear(d.Year)
	case uHalf, uQuarter:
		n := 6
		if u == uQuarter {
			n = 3
		}
		first := time.Month((int(d.Month)-1)/n*n + 1)
		return Date{d.Year, first, 1}, endOfMonth(d.Year, first+time.Month(n)-1)
	case uMonth:
		return Date{d.Year, d.Month, 1}, endOfMonth(d.Year, d.Month)
	}
	return d, d
}

// spanKey is the key of start..end: of the coarsest unit whose bounds both
// ends fall on, as one unit or an interval of two.
func spanKey(start, end Date) string {
	for _, u := range []unit{uYear, uHalf, uQuarter, uMonth, uDay} {
		a, _ := unitBounds(u, start)
		_, b := unitBounds(u, end)
		if a != start || b != end {
			continue
		}
		if ka, kb := keyOf(u, start), keyOf(u, end); ka != kb {
			return ka + "/" + kb
		}
		return keyOf(u, start)
	}
	return start.String() + "/" + end.String() // not reached: days always fit
}

// ParsePeriodKey checks a period key as a progress note names it, "2025",
// "2022-H1", "2024-Q3", "2024-03", "2024-07-01" or an interval of two,
// "2021-Q4/2022-Q2", and returns it in the canonical form that
// Period.Key uses: trimmed, upper-case letters, and the coarsest form of
// its span ("2022-H1/2022-H2" is "2022"). The error wraps ErrPeriodKey and
// says, in Ukrainian and English (*Error.Reason), what is expected.
func ParsePeriodKey(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	a, b, ranged := strings.Cut(s, "/")
	ua, sa, _, ok := parseKeyPart(a)
	if !ok {
		return "", keyError(s)
	}
	if !ranged {
		return keyOf(ua, sa), nil
	}
	ub, _, eb, ok := parseKeyPart(b)
	if !ok || ub != ua || eb.Before(sa) {
		return "", keyError(s)
	}
	return spanKey(sa, eb), nil
}

func keyError(s string) error {
	e := fail("«%s» — не звітний період: пишіть рік «2025», півріччя «2022-H1», квартал «2024-Q3» чи місяць «2024-03»",
		"%q is not a reporting period: write a year 2025, a half-year 2022-H1, a quarter 2024-Q3 or a month 2024-03", s)
	e.Text, e.sentinel = s, ErrPeriodKey
	return e
}

// parseKeyPart reads one key without an interval: its unit and bounds.
func parseKeyPart(s string) (unit, Date, Date, bool) {
	digits := func(t string) (int, bool) {
		if t == "" || strings.Trim(t, "0123456789") != "" {
			return 0, false
		}
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	if len(s) < 4 {
		return 0, Date{}, Date{}, false
	}
	y, ok := digits(s[:4])
	if !ok || checkYear(y) != nil {
		return 0, Date{}, Date{}, false
	}
	rest := s[4:]
	var u unit
	var d Date
	switch {
	case rest == "":
		u, d = uYear, startOfYear(y)
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		u, d = uHalf, Date{y, time.Month(int(rest[2]-'1')*6 + 1), 1}
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		u, d = uQuarter, Date{y, time.Month(int(rest[2]-'1')*3 + 1), 1}
	case len(rest) == 3 && rest[0] == '-':
		m, ok := digits(rest[1:])
		if !ok || m < 1 || m > 12 {
			return 0, Date{}, Date{}, false
		}
		u, d = uMonth, Date{y, time.Month(m), 1}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		v, err := ParseDate(s)
		if err != nil {
			return 0, Date{}, Date{}, false
		}
		u, d = uDay, v
	default:
		return 0, Date{}, Date{}, false
	}
	start, end := unitBounds(u, d)
	return u, start, end, true
}

// Label names the period for people, in Ukrainian ("uk", the default) or
// English ("en"): "2025"; "2022, I півріччя" / "2022, first half"; "2024,
// III квартал" / "2024, third quarter"; "березень 2024" / "March 2024";
// "1 липня 2024" / "1 July 2024"; an interval as its two ends, "2019–2026",
// "2021, IV квартал – 2022, II квартал".
func (p Period) Label(lang string) string {
	a, b, ranged := strings.Cut(p.Key, "/")
	ua, sa, _, ok := parseKeyPart(a)
	if !ok {
		return p.Key
	}
	if !ranged {
		return unitLabel(ua, sa, lang)
	}
	_, sb, _, ok := parseKeyPart(b)
	if !ok {
		return p.Key
	}
	if ua == uYear {
		return fmt.Sprintf("%d–%d", sa.Year, sb.Year)
	}
	return unitLabel(ua, sa, lang) + " – " + unitLabel(ua, sb, lang)
}

var (
	ordinalsEN     = [...]string{"first", "second", "third", "fourth"}
	monthsNominate = [...]string{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"}
)

// unitLabel names the unit u that starts on d.
func unitLabel(u unit, d Date, lang string) string {
	en := isEnglish(lang)
	switch u {
	case uYear:
		return strconv.Itoa(d.Year)
	case uHalf, uQuarter:
		n, uk, e := (int(d.Month)-1)/6, "півріччя", "half"
		if u == uQuarter {
			n, uk, e = (int(d.Month)-1)/3, "квартал", "quarter"
		}
		if en {
			return fmt.Sprintf("%d, %s %s", d.Year, ordinalsEN[n], e)
		}
		return fmt.Sprintf("%d, %s %s", d.Year, uktext.Roman(n+1), uk)
	case uMonth:
		if en {
			return fmt.Sprintf("%s %d", d.Month, d.Year)
		}
		return fmt.Sprintf("%s %d", monthsNominate[d.Month-1], d.Year)
	}
	return d.Format(lang)
}
