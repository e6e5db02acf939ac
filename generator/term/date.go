package term

import (
	"fmt"
	"time"
)

// Date is a calendar date.
type Date struct{ t time.Time }

// NewDate returns the date y-m-d; out-of-range days normalise as in
// time.Date.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return d.t }

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// Year returns the year.
func (d Date) Year() int { return d.t.Year() }

// String formats YYYY-MM-DD.
func (d Date) String() string {
	y, m, dd := d.t.Date()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

func endOfYear(y int) Date                { return NewDate(y, 12, 31) }
func startOfYear(y int) Date              { return NewDate(y, 1, 1) }
func startOfQuarter(y, q int) Date        { return NewDate(y, time.Month(3*(q-1)+1), 1) }
func endOfQuarter(y, q int) Date          { return NewDate(y, time.Month(3*q+1), 0) }
func endOfMonth(y int, m time.Month) Date { return NewDate(y, m+1, 0) }
