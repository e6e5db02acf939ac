package generator

import "sort"

// A measure shows one status, in one vocabulary everywhere — tag, counts,
// charts, search facet, open data: the state of its term as of the build
// date and its latest report, combined (see progress.go). The labels live
// in the theme's translation files as "state.<key>"; the chart package
// styles each key.
const (
	stateOverdue   = "overdue"     // a deadline passed without the report it asked for
	stateDue       = "due-soon"    // a real deadline is near and the work is not reported done
	stateUnderway  = "ongoing"     // the term runs and the latest report says work is going on
	stateNoReport  = "no-report"   // the term runs and nothing says work has begun
	stateUpcoming  = "not-started" // the term has not begun yet
	stateDone      = "done"
	stateAsNeeded  = "as-needed" // as needed, or when a condition is met
	stateNoTerm    = "no-term"
	stateUnknown   = "unknown-term"
	stateSuspended = "suspended"
	stateCancelled = "cancelled"
)

// stateOrder is the display order: what needs attention first.
var stateOrder = []string{stateOverdue, stateDue, stateUnderway, stateNoReport, stateUpcoming, stateDone,
	stateAsNeeded, stateNoTerm, stateUnknown, stateSuspended, stateCancelled}

func filterState(ms []*Measure, state string) []*Measure {
	var out []*Measure
	for _, m := range ms {
		if m.Progress.State == state {
			out = append(out, m)
		}
	}
	return out
}

// dueSoon returns measures whose state is "due", by next deadline.
func dueSoon(ms []*Measure) []*Measure {
	out := filterState(ms, stateDue)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Progress.Next, out[j].Progress.Next
		if a == nil || b == nil {
			return b == nil && a != nil
		}
		return a.Before(*b)
	})
	return out
}
