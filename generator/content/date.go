package content

import (
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

// DecodeDate reads a date as TOML decoding gives it (see
// term.Date.UnmarshalTOML).
func DecodeDate(v any) (Date, error) {
	var d Date
	err := d.UnmarshalTOML(v)
	return d, err
}
