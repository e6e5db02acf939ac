package model

import (
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/term"
)

// Reporting tallies reporting periods that have come due (those whose due
// date is on or before the build date, in the ledgers of measures whose
// term has several deadlines): how many were reported on time, late, or
// not at all. Pages say "3 з 11 звітів не подано"; open data carries it
// per measure, section, plan and portal.
type Reporting struct {
	// Due is how many periods have come due.
	Due int `json:"due"`
	// OnTime, Late and Missing split Due: reported on or before the due
	// date, reported after it, not reported.
	OnTime  int `json:"on_time"`
	Late    int `json:"late"`
	Missing int `json:"missing"`
}

// Add adds o's counts to r.
func (r *Reporting) Add(o Reporting) {
	r.Due += o.Due
	r.OnTime += o.OnTime
	r.Late += o.Late
	r.Missing += o.Missing
}

// Reported is how many of the periods due were reported, on time or late.
func (r Reporting) Reported() int { return r.OnTime + r.Late }

// TallyLedger counts the periods of a ledger that have come due by asOf.
// A period reported before it came due is not counted yet; a period due
// today and not reported is due soon, not missed, and not counted either.
func TallyLedger(ledger []Period, asOf content.Date) Reporting {
	var r Reporting
	for _, p := range ledger {
		if p.Due.After(asOf) {
			continue
		}
		switch p.Status {
		case term.OnTime:
			r.OnTime++
		case term.Late:
			r.Late++
		case term.Missing:
			r.Missing++
		default:
			continue
		}
		r.Due++
	}
	return r
}
