package generator

import "sort"

// State keys, shared with the chart package's status styles. The computed state of a measure as of the build date; the
// labels live in the theme's translation files as "state.<key>".
const (
	stateOverdue   = "overdue"
	stateDue       = "due-soon"
	stateUnderway  = "ongoing"
	stateUpcoming  = "not-started"
	stateDone      = "done"
	stateAsNeeded  = "as-needed"
	stateNoTerm    = "no-term"
	stateUnknown   = "unknown-term"
	stateSuspended = "suspended"
	stateCancelled = "cancelled"
)

// stateOrder is the display order: what needs attention first.
var stateOrder = []string{stateOverdue, stateDue, stateUnderway, stateUpcoming, stateDone,
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
