package model

import "github.com/plansite/plansite/generator/content"

// Level is how the note's report is verified: content.VerifySelf (the
// default, reported by the executor itself), content.VerifyDocument or
// content.VerifyIndependent.
func (n *Note) Level() string { return n.Verification.LevelOrSelf() }

// Confirmation counts measures that have reports by how their latest
// report is verified: dashboards show how much of a plan's progress is
// confirmed by someone other than the executor.
type Confirmation struct {
	// Reported is how many measures have at least one report.
	Reported int `json:"reported"`
	// Self, Document and Independent split Reported by the verification
	// level of each measure's latest report.
	Self        int `json:"self"`
	Document    int `json:"document"`
	Independent int `json:"independent"`
}

// Count adds measure m, if it has a report.
func (c *Confirmation) Count(m *Measure) {
	n := m.Progress.Reported
	if n == nil {
		return
	}
	c.Reported++
	switch n.Level() {
	case content.VerifyIndependent:
		c.Independent++
	case content.VerifyDocument:
		c.Document++
	default:
		c.Self++
	}
}

// Add adds o's counts to c.
func (c *Confirmation) Add(o Confirmation) {
	c.Reported += o.Reported
	c.Self += o.Self
	c.Document += o.Document
	c.Independent += o.Independent
}

// IndependentPercent is the share of measures with reports whose latest
// report is independently confirmed, in whole per cent (rounded down, so
// that 99.6 % is not shown as all); 0 when none has a report.
func (c Confirmation) IndependentPercent() int {
	if c.Reported == 0 {
		return 0
	}
	return c.Independent * 100 / c.Reported
}
