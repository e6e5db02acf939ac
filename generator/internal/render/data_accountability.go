package render

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/money"
	"github.com/plansite/plansite/generator/internal/term"
)

// Open data of accountability: each measure's reporting periods, the
// verification of its latest report, its money and what it lacks; each
// note's periods, verification, evidence and spending; and each plan's
// data-quality report as a file of its own.

// jsonPeriod is a reporting period of a measure's ledger.
type jsonPeriod struct {
	Key      string       `json:"key"`
	Start    content.Date `json:"start"`
	End      content.Date `json:"end"`
	Due      content.Date `json:"due"`
	Status   term.Status  `json:"status"`
	DaysLate int          `json:"days_late,omitempty"`
	// Inferred: a report was assigned to the period by its date, not
	// named by it.
	Inferred bool     `json:"inferred,omitempty"`
	Notes    []string `json:"notes"`
}

// jsonMoney is a measure's money.
type jsonMoney struct {
	Planned []money.Amount `json:"planned,omitempty"`
	model.MoneyTotals
	Spent []jsonSpent `json:"spent,omitempty"`
}

// jsonSpent is a sum a note reports spent.
type jsonSpent struct {
	content.Spending
	Currency string `json:"currency"`
	Measure  string `json:"measure"`
	Note     string `json:"note"`
	// ProzorroURLs are the public pages of the procurements.
	ProzorroURLs []string `json:"prozorro_urls,omitempty"`
}

// jsonNote is a report as open data carries it.
type jsonNote struct {
	URL          string           `json:"url"`
	Date         content.Date     `json:"date"`
	Title        string           `json:"title"`
	Measures     []string         `json:"measures"`
	Status       string           `json:"status"`
	Reporter     string           `json:"reporter,omitempty"`
	Periods      []string         `json:"periods,omitempty"`
	Verification jsonVerification `json:"verification"`
	Evidence     []jsonEvidence   `json:"evidence,omitempty"`
	Spent        []jsonSpent      `json:"spending,omitempty"`
	Demo         bool             `json:"demonstration"`
	Values       []jsonNoteValue  `json:"values,omitempty"`
}

// jsonVerification is how a report is verified.
type jsonVerification struct {
	Level   string        `json:"level"`
	By      string        `json:"by,omitempty"`
	Date    *content.Date `json:"date,omitempty"`
	URL     string        `json:"url,omitempty"`
	Comment string        `json:"comment,omitempty"`
}

// jsonEvidence is a document that backs a report.
type jsonEvidence struct {
	Title       string `json:"title"`
	URL         string `json:"url,omitempty"`
	ArchivedURL string `json:"archived_url,omitempty"`
	// File is the absolute address of the copy published with the site.
	File   string `json:"file,omitempty"`
	Size   int64  `json:"size,omitempty"`
	SHA256 string `json:"sha256,omitempty"`
}

// jsonNoteValue is an indicator value as the note reports it.
type jsonNoteValue struct {
	Indicator       string   `json:"indicator"`
	Value           *float64 `json:"value,omitempty"`
	Achieved        *bool    `json:"achieved,omitempty"`
	SuppressedBelow int      `json:"suppressed_below,omitempty"`
}

// measureAccountability fills a measure's periods, reporting, verification,
// money and data-quality lacks.
func (r *Renderer) measureAccountability(jm *jsonMeasure, m *model.Measure, abs func(string) string) {
	for _, per := range m.Progress.Ledger {
		jp := jsonPeriod{Key: per.Key, Start: per.Start, End: per.End, Due: per.Due, Status: per.Status,
			DaysLate: per.DaysLate, Inferred: per.Inferred, Notes: []string{}}
		for _, n := range per.Notes {
			jp.Notes = append(jp.Notes, abs(n.Path))
		}
		jm.Periods = append(jm.Periods, jp)
	}
	jm.Reporting = m.Progress.Reporting
	if n := m.Progress.Reported; n != nil {
		jm.Verification = n.Level()
	}
	if m.Money.HasAny() {
		jm.Money = &jsonMoney{Planned: m.Money.Planned, MoneyTotals: m.Money.Totals()}
		for _, s := range m.Money.Spent {
			jm.Money.Spent = append(jm.Money.Spent, spentJSON(s, abs))
		}
	}
	jm.Lacks = m.Plan.Quality.Lacks(m)
}

// spentJSON is a sum spent as open data carries it.
func spentJSON(s *model.Spent, abs func(string) string) jsonSpent {
	js := jsonSpent{Spending: s.Spending, Currency: s.Currency, Measure: s.Measure.Ref, Note: abs(s.Note.Path)}
	js.Spending.Currency = ""
	js.Spending.Measure = ""
	for _, id := range s.Prozorro {
		js.ProzorroURLs = append(js.ProzorroURLs, model.ProzorroURL(id))
	}
	return js
}

// notesJSON lists a plan's notes with what they say for accountability.
func (r *Renderer) notesJSON(p *model.Plan, abs func(string) string) []jsonNote {
	out := []jsonNote{}
	for _, n := range p.Notes {
		jn := jsonNote{URL: abs(n.Path), Date: n.Date, Title: model.NoteTitle(n), Measures: []string{}, Status: n.Status.Key,
			Periods: n.NamedPeriods, Verification: jsonVerification{Level: n.Level()}, Demo: n.Demo}
		for _, m := range n.Measures {
			jn.Measures = append(jn.Measures, m.Ref)
		}
		if n.Reporter != nil {
			jn.Reporter = n.Reporter.ID
		}
		if v := n.Verification; v != nil {
			jn.Verification.By, jn.Verification.Date, jn.Verification.URL, jn.Verification.Comment = v.By, v.Date, v.URL, v.Comment
		}
		for _, e := range n.EvidenceItems {
			je := jsonEvidence{Title: e.Title, URL: e.URL, ArchivedURL: e.ArchivedURL, SHA256: e.SHA256}
			if e.Local != nil {
				je.File, je.Size, je.SHA256 = r.site.Config.Absolute(r.link(r.site.Config.Languages[0], e.Local.Path)), e.Local.Size, e.Local.SHA256
			}
			jn.Evidence = append(jn.Evidence, je)
		}
		for _, s := range n.Spent {
			jn.Spent = append(jn.Spent, spentJSON(s, abs))
		}
		for _, rd := range n.Readings {
			jn.Values = append(jn.Values, jsonNoteValue{Indicator: rd.Indicator.Ref, Value: rd.Value.Value,
				Achieved: rd.Value.Achieved, SuppressedBelow: rd.Value.FewerThan})
		}
		out = append(out, jn)
	}
	return out
}

// accountabilityCells are a measure's last columns in its plan's CSV:
// periods due, missing and late, the verification of its latest report,
// and its money in hryvnias.
func accountabilityCells(m *model.Measure) []string {
	r := m.Progress.Reporting
	level := ""
	if n := m.Progress.Reported; n != nil {
		level = n.Level()
	}
	planned, spent := "", ""
	if t := m.Money.Totals(); t.PlannedKnown {
		planned = strconv.FormatFloat(t.PlannedTotal, 'f', -1, 64)
	}
	for _, s := range m.Money.SpentTotal {
		if s.Currency == money.Currency {
			spent = strconv.FormatFloat(s.Value, 'f', -1, 64)
		}
	}
	return []string{strconv.Itoa(r.Due), strconv.Itoa(r.Missing), strconv.Itoa(r.Late), level, planned, spent}
}

// jsonQuality is a plan's data-quality report.
type jsonQuality struct {
	Plan     string             `json:"plan"`
	URL      string             `json:"url"`
	Measures int                `json:"measures"`
	Complete int                `json:"complete"`
	Checks   []jsonQualityCheck `json:"checks"`
	Issues   []jsonQualityIssue `json:"issues"`
}

type jsonQualityCheck struct {
	Key     string   `json:"key"`
	Passing int      `json:"passing"`
	Failing []string `json:"failing"`
}

type jsonQualityIssue struct {
	Measure string   `json:"measure"`
	Code    string   `json:"code"`
	URL     string   `json:"url"`
	Lacks   []string `json:"lacks"`
}

// qualityData writes plan p's data-quality report as JSON, beside its
// page.
func (r *Renderer) qualityData(p *model.Plan, content engine.Key) error {
	s := r.site
	abs := func(path string) string { return s.Config.Absolute(r.link(s.Config.Languages[0], path)) }
	q := &p.Quality
	jq := jsonQuality{Plan: p.ID, URL: abs(QualityPath(p.Path)), Measures: q.Measures, Complete: q.Summary().Complete,
		Checks: []jsonQualityCheck{}, Issues: []jsonQualityIssue{}}
	for _, c := range q.Checks {
		jc := jsonQualityCheck{Key: c.Key, Passing: c.Passing(q.Measures), Failing: []string{}}
		for _, m := range c.Failing {
			jc.Failing = append(jc.Failing, m.Ref)
		}
		jq.Checks = append(jq.Checks, jc)
	}
	for _, is := range q.Issues {
		jq.Issues = append(jq.Issues, jsonQualityIssue{Measure: is.Measure.Ref, Code: is.Measure.Code, URL: abs(is.Measure.Path), Lacks: is.Lacks})
	}
	data, err := jsonBytes(jq)
	if err != nil {
		return err
	}
	return r.Emit(p.Dir, strings.TrimPrefix(p.Path, "/")+"quality.json", r.key("data-quality-json", "").Key(content).Done(), data)
}
