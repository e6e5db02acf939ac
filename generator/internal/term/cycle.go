package term

import "time"

// cycleMonths is the length in months of one cycle of a recurring kind.
func cycleMonths(k Kind) int {
	switch k {
	case KindYearly:
		return 12
	case KindHalfYearly:
		return 6
	case KindQuarterly:
		return 3
	}
	return 1
}

// cycleUnits are the units of each recurring kind's cycles, for their keys.
var cycleUnits = map[Kind]unit{KindYearly: uYear, KindHalfYearly: uHalf, KindQuarterly: uQuarter, KindMonthly: uMonth}

// dueRule says when one cycle of a recurring term is due. The zero rule is
// the cycle's last day.
type dueRule struct {
	// lag and day: day `day` (0: the last day) of the month lag months
	// after the cycle's last month. "щороку (до 10 січня)" is lag 1, day
	// 10; "щороку до 1 грудня" lag 0, day 1; "щокварталу до 5 числа
	// наступного місяця" lag 1, day 5.
	lag, day int
	// after, when set, replaces lag and day: the cycle is due this long
	// after its last day ("у місячний строк після завершення
	// календарного року").
	after duration
}

// dueAfter returns when a cycle ending on end is due.
func (r dueRule) dueAfter(end Date) Date {
	if r.after.unit != noUnit {
		return r.after.from(end)
	}
	y, m := monthAdd(end.Year, end.Month, r.lag)
	if r.day == 0 {
		return endOfMonth(y, m)
	}
	return clampDay(y, m, r.day)
}

// cycles lists the calendar cycles of a recurring kind (years, half-years,
// quarters or months) that overlap start..end, each whole, with its due
// date by rules: none (every cycle due at its end), one for every cycle,
// or, for half-years, one for each half.
func cycles(k Kind, rules []dueRule, start, end Date) []Period {
	step := cycleMonths(k)
	unit := cycleUnits[k]
	first := (start.Year*12 + int(start.Month) - 1) / step
	last := (end.Year*12 + int(end.Month) - 1) / step
	var out []Period
	for c := first; c <= last; c++ {
		m := c * step // the cycle's first month, counted from year 0
		from := Date{m / 12, time.Month(m%12 + 1), 1}
		y, lastMonth := monthAdd(from.Year, from.Month, step-1)
		to := endOfMonth(y, lastMonth)
		var r dueRule
		switch {
		case len(rules) == 1:
			r = rules[0]
		case len(rules) == 2: // a half-year each
			r = rules[(int(from.Month)-1)/6]
		}
		out = append(out, Period{Key: keyOf(unit, from), Start: from, End: to, Due: r.dueAfter(to)})
	}
	return out
}

// monthAdd returns the month n months after month m of year y.
func monthAdd(y int, m time.Month, n int) (int, time.Month) {
	k := y*12 + int(m) - 1 + n
	return floorDiv(k, 12), time.Month(k - floorDiv(k, 12)*12 + 1)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// duration is a length of time that a term counts: "у місячний строк",
// "протягом двох років".
type duration struct {
	n    int
	unit durUnit
}

type durUnit uint8

const (
	noUnit durUnit = iota
	durDays
	durWeeks
	durMonths
	durYears
)

// from returns the last day of the duration counted from the day d, as
// the Civil Code of Ukraine counts terms (ст. 253–254): from the next day,
// so a term of days or weeks ends that many days later, and a term of
// months or years on the same day number of its last month, or on that
// month's last day if it has no such day. The Code also moves an end that
// falls on a day off to the next working day; the package knows no
// holidays and does not.
func (u duration) from(d Date) Date {
	switch u.unit {
	case durDays:
		return d.AddDays(u.n)
	case durWeeks:
		return d.AddDays(7 * u.n)
	case durMonths, durYears:
		n := u.n
		if u.unit == durYears {
			n *= 12
		}
		y, m := monthAdd(d.Year, d.Month, n)
		return clampDay(y, m, d.Day)
	}
	return d
}
