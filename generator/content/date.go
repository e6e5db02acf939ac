package content

import (
	"errors"
	"fmt"
	"time"

	"github.com/plansite/plansite/generator/internal/term"
)

// Date is a calendar date without time or zone: the same type the term
// package computes deadlines with, so dates from content and from terms
// compare directly.
type Date = term.Date

// ParseDate parses "YYYY-MM-DD" strictly.
func ParseDate(s string) (Date, error) { return term.ParseDate(s) }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return term.DateOf(t) }

// MinYear and MaxYear bound the years of content: of a plan's period and
// of every date in content. No plan or report of these portals predates
// 1990, and none looks further ahead than 2100; 0001-01-01 or 9999-12-31
// is a slip of the keyboard, and the zero year would read as "no date".
const (
	MinYear = 1990
	MaxYear = 2100
)

// ErrDateRange is returned by DecodeDate for a date outside MinYear to
// MaxYear.
var ErrDateRange = errors.New("date out of range")

// DecodeDate reads a date as TOML decoding gives it (see
// term.Date.UnmarshalTOML); it must lie in the years MinYear to MaxYear.
func DecodeDate(v any) (Date, error) {
	var d Date
	if err := d.UnmarshalTOML(v); err != nil {
		return Date{}, err
	}
	if d.Year < MinYear || d.Year > MaxYear {
		return Date{}, fmt.Errorf("%w: %s", ErrDateRange, d)
	}
	return d, nil
}
