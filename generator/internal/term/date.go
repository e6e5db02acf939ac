package term

import (
	"fmt"
	"time"
)

// Date is a civil date: a day in the calendar, with no time of day and no
// time zone, so that a deadline is the same day wherever the site is built.
// The zero Date means "no date". Dates made by this package are always
// normalised (no 31 April), so == and Compare agree with the calendar.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d. Out-of-range months and days normalise as
// in time.Date: NewDate(2021, 3, 0) is 28 February 2021.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses an ISO 8601 date, "2006-01-02".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1 if d is before e, +1 if after, 0 if the same day.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	}
	return sign(d.Day - e.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date { return NewDate(d.Year, d.Month, d.Day+n) }

// Sub returns the number of days from e to d, d − e: how many days are
// left until a deadline d on day e.
func (d Date) Sub(e Date) int { return d.days() - e.days() }

// String formats the date as YYYY-MM-DD, and the zero Date as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText writes the date as YYYY-MM-DD (JSON, CSV), "" for no date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalTOML reads a date from TOML: a local date literal (2025-01-10)
// or, because people copy dates from documents, a quoted "2025-01-10". A
// date with a time of day is refused: plans and reports deal in days.
func (d *Date) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		if v.Hour() != 0 || v.Minute() != 0 || v.Second() != 0 || v.Nanosecond() != 0 {
			return fmt.Errorf("a date without time is expected, e.g. 2025-01-10")
		}
		*d = DateOf(v)
		return nil
	case string:
		return d.UnmarshalText([]byte(v))
	}
	return fmt.Errorf("a date is expected, e.g. 2025-01-10, not %T", v)
}

// UnmarshalText reads YYYY-MM-DD; an empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Format writes the date in words: "10 січня 2020" ("uk", the default) or
// "10 January 2020" ("en").
func (d Date) Format(lang string) string {
	return fmt.Sprintf("%d %s %d", d.Day, monthName(d.Month, isEnglish(lang)), d.Year)
}

// days counts days since 1970-01-01 in the proleptic Gregorian calendar.
// Done by hand rather than with time.Duration, which overflows after 292
// years.
func (d Date) days() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func startOfYear(y int) Date              { return Date{y, time.January, 1} }
func endOfYear(y int) Date                { return Date{y, time.December, 31} }
func endOfMonth(y int, m time.Month) Date { return NewDate(y, m+1, 0) }

// clampDay builds a date, pulling a day past the month's end back to it
// (29 February in a common year is 28 February).
func clampDay(y int, m time.Month, d int) Date {
	if last := endOfMonth(y, m); d > last.Day {
		return last
	}
	return Date{y, m, d}
}
