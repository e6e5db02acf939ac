package term

import (
	"cmp"
	"slices"
	"sort"
)

// Report is a progress note as the term engine sees it: its date, the
// periods it says it reports on, and who it is.
type Report struct {
	// Date is the note's date. A zero Date is no report.
	Date Date
	// Periods are the keys of the periods the note names ("2022-H1",
	// "2025"), in any form ParsePeriodKey accepts; empty when the note
	// names none and its period is to be inferred.
	Periods []string
	// Ref identifies the note to the caller (its index, say); the
	// package only hands it back.
	Ref int
}

// Status is a reporting period's own status in a Ledger.
type Status int

const (
	// NotDue: no report yet, and the due date is further off than the
	// due window.
	NotDue Status = iota
	// DueSoon: no report yet, and the due date is within the due window
	// (today included).
	DueSoon
	// Missing: the due date has passed and no report covers the period.
	Missing
	// Late: the first report covering the period came after its due date.
	Late
	// OnTime: a report covering the period came on or before its due
	// date.
	OnTime
)

var statuses = [...]struct{ name, uk, en string }{
	NotDue:  {"not-due", "строк ще не настав", "not yet due"},
	DueSoon: {"due-soon", "настає строк", "due soon"},
	Missing: {"missing", "звіту немає", "not reported"},
	Late:    {"late", "подано із запізненням", "reported late"},
	OnTime:  {"on-time", "подано вчасно", "reported on time"},
}

// String returns a stable ASCII name, for CSS classes and data files:
// "not-due", "due-soon", "missing", "late", "on-time".
func (s Status) String() string {
	if s < 0 || int(s) >= len(statuses) {
		return "unknown"
	}
	return statuses[s].name
}

// MarshalText writes the status's String, for JSON downloads.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Label names the status for people: "подано із запізненням", "reported
// late". Entry.Label adds how late.
func (s Status) Label(lang string) string {
	if s < 0 || int(s) >= len(statuses) {
		return ""
	}
	if isEnglish(lang) {
		return statuses[s].en
	}
	return statuses[s].uk
}

// Entry is one reporting period in a Ledger, with its status and the
// reports that cover it.
type Entry struct {
	Period
	Status Status
	// DaysLate is how many days after Due the first report came, when
	// Status is Late.
	DaysLate int
	// Reports are the Refs of the reports that cover the period, in date
	// order.
	Reports []int
	// Inferred is true when some report was assigned to the period by
	// inference rather than by naming it.
	Inferred bool
}

// Label names the entry's status with how late it was: "подано із
// запізненням на 12 днів", "reported 12 days late".
func (e Entry) Label(lang string) string {
	if e.Status != Late {
		return e.Status.Label(lang)
	}
	days := duration{e.DaysLate, durDays}
	if isEnglish(lang) {
		if e.DaysLate == 1 {
			return "reported 1 day late"
		}
		return "reported " + days.text(lang) + " late"
	}
	if e.DaysLate == 1 {
		return "подано із запізненням на 1 день"
	}
	return "подано із запізненням на " + days.text(lang)
}

// Unmatched is a period key that a report names and the term does not
// have: a misspelt key, or a period outside the term. `check` warns about
// it.
type Unmatched struct {
	// Ref is the report's Ref.
	Ref int
	// Key is the key as the report wrote it.
	Key string
	// Err says why when the key is not a period key at all (it wraps
	// ErrPeriodKey); nil when it is one the term lacks.
	Err error
}

// Ledger lists a term's reporting periods as of asOf, each with its own
// status and the reports that cover it: every period due on or before
// asOf, the next one, and any later one a report already covers. It also
// returns the keys reports name that the term does not have, from
// reports of any date. Reports dated after asOf are ignored, as in
// Evaluate; WithDueWindow sets when a period is DueSoon.
//
// A report covers the periods it names. A report that names none is
// inferred, by the rule Evaluate uses, so that the ledger and the state
// agree: it covers the period whose due date is nearest to it if nothing
// covers that yet; else, as a late report, the latest period still
// uncovered whose due date passed before it; else it is a second report
// on the nearest period. A term with no periods (no term, as needed,
// conditional, not understood) has an empty ledger.
func Ledger(s Schedule, reports []Report, asOf Date, opts ...EvalOption) ([]Entry, []Unmatched) {
	cfg := newEvalConfig(opts)
	all := s.periods()
	unmatched := unmatchedKeys(all, reports)
	covers := assign(all, reportsUntil(reports, asOf))
	var out []Entry
	next := true // the first period not yet due is listed too
	for i, p := range all {
		c := covers[i]
		upcoming := p.Due.After(asOf)
		if upcoming && !next && len(c.refs) == 0 {
			continue
		}
		if upcoming {
			next = false
		}
		e := Entry{Period: p, Reports: c.refs, Inferred: c.inferred}
		switch {
		case len(c.refs) > 0 && !c.first.After(p.Due):
			e.Status = OnTime
		case len(c.refs) > 0:
			e.Status, e.DaysLate = Late, c.first.Sub(p.Due)
		case p.Due.Before(asOf):
			e.Status = Missing
		case p.Due.Sub(asOf) <= cfg.window:
			e.Status = DueSoon
		}
		out = append(out, e)
	}
	return out, unmatched
}

// unmatchedKeys lists the keys reports name that no period has.
func unmatchedKeys(all []Period, reports []Report) []Unmatched {
	var out []Unmatched
	for _, r := range reports {
		for _, k := range r.Periods {
			if i, err := periodIndex(all, k); i < 0 {
				out = append(out, Unmatched{Ref: r.Ref, Key: k, Err: err})
			}
		}
	}
	return out
}

// periodIndex returns the index of the period with key, -1 if none; an
// error if key is no period key.
func periodIndex(all []Period, key string) (int, error) {
	k, err := ParsePeriodKey(key)
	if err != nil {
		return -1, err
	}
	return slices.IndexFunc(all, func(p Period) bool { return p.Key == k }), nil
}

// reportsUntil returns the reports dated on or before asOf (all dated
// reports for a zero asOf), in date order, by Ref on a tie so that the
// result does not depend on the input's order.
func reportsUntil(reports []Report, asOf Date) []Report {
	var out []Report
	for _, r := range reports {
		if !r.Date.IsZero() && (asOf.IsZero() || !r.Date.After(asOf)) {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Report) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Ref, b.Ref))
	})
	return out
}

// cover is what covers one period.
type cover struct {
	refs     []int // the Refs of the reports, in date order
	first    Date  // the earliest report's date; zero if none
	inferred bool
}

func (c *cover) add(r Report, inferred bool) {
	c.refs = append(c.refs, r.Ref)
	if c.first.IsZero() || r.Date.Before(c.first) {
		c.first = r.Date
	}
	c.inferred = c.inferred || inferred
}

// assign matches reports, sorted by date, to periods, sorted by due date,
// and returns what covers each period.
//
// A report that names periods covers those it names that exist. A report
// that names none is inferred:
//
//  1. it covers the period whose due date is nearest to it (on a tie, the
//     earlier), if nothing covers that yet: a report a little before or
//     after a due date is that period's;
//  2. reports left over are late reports: from the latest period
//     backwards, each period still uncovered takes the earliest left-over
//     report made after its due date;
//  3. a report still left over is a second report on the period nearest
//     to it, and adds to it without changing its status.
//
// So two reports for one cycle do not cover the next cycle in advance, a
// late report counts for the period it is late for, and a missed period
// stays missing when the next report is on time for its own period. (The
// brief for this engine suggested "the earliest uncovered period under
// way at the report's date"; that would turn an on-time report for the
// current period into a late one for an old period, and make the ledger
// disagree with the state Evaluate computes from the same notes.)
func assign(all []Period, reports []Report) []cover {
	covers := make([]cover, len(all))
	if len(all) == 0 {
		return covers
	}
	var unnamed []Report
	for _, r := range reports {
		if len(r.Periods) == 0 {
			unnamed = append(unnamed, r)
			continue
		}
		for _, k := range r.Periods {
			if i, err := periodIndex(all, k); err == nil && i >= 0 && !slices.Contains(covers[i].refs, r.Ref) {
				covers[i].add(r, false)
			}
		}
	}
	var spare []Report
	for _, r := range unnamed {
		if n := nearest(all, r.Date); len(covers[n].refs) == 0 {
			covers[n].add(r, true)
		} else {
			spare = append(spare, r)
		}
	}
	for i := len(all) - 1; i >= 0 && len(spare) > 0; i-- {
		if len(covers[i].refs) > 0 {
			continue
		}
		j := sort.Search(len(spare), func(j int) bool { return spare[j].Date.After(all[i].Due) })
		if j < len(spare) {
			covers[i].add(spare[j], true)
			spare = slices.Delete(spare, j, j+1)
		}
	}
	for _, r := range spare {
		n := nearest(all, r.Date)
		covers[n].add(r, true)
	}
	// Keep each period's Refs in date order, whatever step added them.
	order := make(map[int]int, len(reports))
	for i, r := range reports {
		order[r.Ref] = i
	}
	for _, c := range covers {
		slices.SortFunc(c.refs, func(a, b int) int { return order[a] - order[b] })
	}
	return covers
}

// nearest returns the index of the period whose due date is nearest to d;
// the earlier on a tie.
func nearest(all []Period, d Date) int {
	k := sort.Search(len(all), func(i int) bool { return !all[i].Due.Before(d) }) // Due[k-1] < d <= Due[k]
	if k == len(all) || k > 0 && d.Sub(all[k-1].Due) <= all[k].Due.Sub(d) {
		return k - 1
	}
	return k
}
