package model

import (
	"sort"

	"github.com/plansite/plansite/generator/content"
)

// A measure shows one status, in one vocabulary everywhere — tag, counts,
// charts, search facet, open data: the state of its term as of the build
// date and its latest report, combined (see progress.go). The labels live
// in the theme's translation files as "state.<key>"; the chart package
// styles each key.
const (
	StateOverdue   = "overdue"     // a deadline passed without the report it asked for
	StateDue       = "due-soon"    // a real deadline is near and the work is not reported done
	StateUnderway  = "ongoing"     // the term runs and the latest report says work is going on
	StateNoReport  = "no-report"   // the term runs and nothing says work has begun
	StateUpcoming  = "not-started" // the term has not begun yet
	StateDone      = "done"
	StateAsNeeded  = "as-needed" // as needed, or when a condition is met
	StateNoTerm    = "no-term"
	StateUnknown   = "unknown-term"
	StateSuspended = "suspended"
	StateCancelled = "cancelled"
	// StateRemoved is a measure an amendment removed from the plan: its
	// page stays, but it is no part of the plan in force, so it is in no
	// count, chart or list of what is due.
	StateRemoved = "removed"
)

// StateOrder is the display order: what needs attention first.
var StateOrder = []string{StateOverdue, StateDue, StateUnderway, StateNoReport, StateUpcoming, StateDone,
	StateAsNeeded, StateNoTerm, StateUnknown, StateSuspended, StateCancelled, StateRemoved}

func FilterState(ms []*Measure, state string) []*Measure {
	var out []*Measure
	for _, m := range ms {
		if m.Progress.State == state {
			out = append(out, m)
		}
	}
	return out
}

// DueSoon returns measures whose state is "due", by next deadline.
func DueSoon(ms []*Measure) []*Measure {
	out := FilterState(ms, StateDue)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Progress.Next, out[j].Progress.Next
		if a == nil || b == nil {
			return b == nil && a != nil
		}
		return a.Before(*b)
	})
	return out
}

// StatusSlug is a reported status's ASCII name (its first alias).
func StatusSlug(s content.Status) string {
	if len(s.Aliases) > 0 {
		return s.Aliases[0]
	}
	return "unknown"
}
