package model

// A plan's data-quality report answers the Open Government Partnership's
// question "is each commitment verifiable?" measure by measure: can its
// term be read, is a body of the registry responsible for it, is one of
// its indicators measurable, and has it been reported on for every period
// due. It lists what a community can fix.

// The checks of the data-quality report, in the order pages show them.
const (
	// QualityTerm: the measure has a term the portal can read.
	QualityTerm = "term"
	// QualityExecutor: a body of the executor registry is responsible.
	QualityExecutor = "executor"
	// QualityIndicator: one of its indicators is measurable: described
	// in indicators.toml with a unit, a baseline and a target.
	QualityIndicator = "indicator"
	// QualityReports: every reporting period due has a report, and a
	// one-off measure whose deadline passed is reported done.
	QualityReports = "reports"
)

// QualityChecks are the checks in display order.
var QualityChecks = []string{QualityTerm, QualityExecutor, QualityIndicator, QualityReports}

// Quality is a plan's data-quality report.
type Quality struct {
	// Measures is how many measures were checked (those in force).
	Measures int
	// Checks are the checks in QualityChecks order, each with the
	// measures that fail it.
	Checks []QualityCheck
	// Issues are the measures that fail any check, in document order.
	Issues []QualityIssue

	lacks map[*Measure][]string
}

// QualityCheck is one check with the measures that fail it.
type QualityCheck struct {
	Key     string
	Failing []*Measure
}

// Passing is how many measures pass the check.
func (c QualityCheck) Passing(total int) int { return total - len(c.Failing) }

// QualityIssue is what one measure lacks.
type QualityIssue struct {
	Measure *Measure
	// Lacks are the checks it fails, in QualityChecks order.
	Lacks []string
}

// QualitySummary is a plan's data-quality report in numbers, for the
// pages and data that span plans.
type QualitySummary struct {
	Measures int `json:"measures"`
	// Failing counts the measures that fail each check, by its key.
	Failing map[string]int `json:"failing"`
	// Complete is how many measures pass every check.
	Complete int `json:"complete"`
}

// Lacks returns the checks measure m fails.
func (q *Quality) Lacks(m *Measure) []string {
	return q.lacks[m]
}

// Summary returns the report in numbers.
func (q *Quality) Summary() QualitySummary {
	s := QualitySummary{Measures: q.Measures, Failing: map[string]int{}, Complete: q.Measures - len(q.Issues)}
	for _, c := range q.Checks {
		s.Failing[c.Key] = len(c.Failing)
	}
	return s
}

// AssessQuality computes plan p's data-quality report from its assembled
// measures. Measures an amendment removed are not checked.
func AssessQuality(p *Plan) Quality {
	q := Quality{lacks: map[*Measure][]string{}}
	fails := map[string][]*Measure{}
	for _, m := range p.Measures {
		if m.RemovedBy != "" {
			continue
		}
		q.Measures++
		var lacks []string
		for _, k := range QualityChecks {
			if !passes(m, k) {
				lacks = append(lacks, k)
				fails[k] = append(fails[k], m)
			}
		}
		if len(lacks) > 0 {
			q.Issues = append(q.Issues, QualityIssue{Measure: m, Lacks: lacks})
			q.lacks[m] = lacks
		}
	}
	for _, k := range QualityChecks {
		q.Checks = append(q.Checks, QualityCheck{Key: k, Failing: fails[k]})
	}
	return q
}

// passes reports whether m passes check k.
func passes(m *Measure, k string) bool {
	switch k {
	case QualityTerm:
		return m.Progress.TermKnown && m.Progress.State != StateNoTerm
	case QualityExecutor:
		return len(m.Executors) > 0
	case QualityIndicator:
		for _, ind := range m.Indicators {
			if ind.Measurable() {
				return true
			}
		}
		return false
	case QualityReports:
		return m.Progress.Reporting.Missing == 0 && m.Progress.State != StateOverdue
	}
	return true
}

// Measurable reports whether the indicator can be measured: described in
// indicators.toml with a unit, a baseline and a target (a baseline or
// target suppressed as a small count is there all the same).
func (ind *Indicator) Measurable() bool {
	s := ind.Spec
	return s != nil && s.Unit != "" && (s.Baseline != nil || ind.BaselineFewerThan > 0) && (s.Target != nil || ind.TargetFewerThan > 0)
}
