package model

import (
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/term"
)

// Figures are what the comparison pages show of a set of measures — a
// plan's, a section's, or a plan's part in an area of a strategy — so that
// communities are compared by the same numbers everywhere. They are part
// of the plan's summary: the comparison is made without loading a plan.
type Figures struct {
	// Measures is the number of measures.
	Measures int
	// Counts are the measures per state.
	Counts Counts
	// PeriodsDue are the reporting periods of the measures' ledgers whose
	// due date has come by the as-of date; PeriodsMissed are those of them
	// no report covers (see Progress.Ledger).
	PeriodsDue, PeriodsMissed int
	// Verified counts the measures whose latest report was independently
	// verified. Notes do not record verification yet: until they do,
	// Verified is 0 and VerifiedKnown false, and pages show "—" rather
	// than a share that would read as "none verified".
	Verified      int
	VerifiedKnown bool
}

// MeasureFigures adds up the figures of measures as of asOf.
//
// Verification is not counted yet: when notes record an independent check,
// count here the measures whose latest note (m.Progress.Reported) was
// checked, set VerifiedKnown, and the pages show the share.
func MeasureFigures(ms []*Measure, asOf content.Date) Figures {
	f := Figures{Measures: len(ms), Counts: Counts{}}
	for _, m := range ms {
		f.Counts[m.Progress.State]++
		for _, per := range m.Progress.Ledger {
			if per.Due.After(asOf) {
				continue
			}
			f.PeriodsDue++
			if per.Status == term.Missing {
				f.PeriodsMissed++
			}
		}
	}
	return f
}

// Add adds g to f. Verification counts are known for the sum only when
// they are for both parts (an empty part knows nothing to the contrary).
func (f *Figures) Add(g Figures) {
	if f.Counts == nil {
		f.Counts = Counts{}
	}
	known := (f.VerifiedKnown || f.Measures == 0) && (g.VerifiedKnown || g.Measures == 0) && f.Measures+g.Measures > 0
	f.Measures += g.Measures
	for k, v := range g.Counts {
		f.Counts[k] += v
	}
	f.PeriodsDue += g.PeriodsDue
	f.PeriodsMissed += g.PeriodsMissed
	f.Verified += g.Verified
	f.VerifiedKnown = known
}

// Overdue is the number of overdue measures.
func (f Figures) Overdue() int { return f.Counts[StateOverdue] }
