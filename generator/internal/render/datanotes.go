package render

import (
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
)

// The progress notes as JSON: each with its text as written (Markdown),
// the documents that back it and the values it reported.

type jsonNote struct {
	Plan       string            `json:"plan" desc:"The plan's id."`
	ID         string            `json:"id" desc:"The note's id within the plan, as in its address."`
	Date       content.Date      `json:"date" desc:"The date of the report."`
	Title      string            `json:"title" desc:"The note's title, or its date and first measure."`
	Status     string            `json:"status" desc:"The status reported, as the note writes it." enum:"statuses"`
	StatusCode string            `json:"status_code" desc:"The status as an ASCII code." enum:"status_codes"`
	Measures   []jsonNoteMeasure `json:"measures" desc:"The measures the note reports on."`
	Reporter   *jsonExecRef      `json:"reporter,omitempty" desc:"The reporting body."`
	Text       string            `json:"text" desc:"The note's text (Markdown) as written."`
	Evidence   []jsonEvidence    `json:"evidence" desc:"The documents that back the report."`
	Values     []jsonNoteValue   `json:"values" desc:"The indicator values the note reported."`
	// Accountability: see datajson_account.go.
	Verification    jsonVerification `json:"verification" desc:"How the report is verified."`
	Periods         []string         `json:"periods" desc:"The reporting periods the note covers: those it names, or else those it was assigned to by its date."`
	PeriodsInferred bool             `json:"periods_inferred" desc:"true when the note names no period and was assigned to its periods by its date."`
	Spending        []jsonSpending   `json:"spending" desc:"The sums the note reports spent."`
	Demo            bool             `json:"demonstration" desc:"true for demonstration data."`
	URL             string           `json:"url" desc:"The note's page."`
}

type jsonNoteMeasure struct {
	ID   string `json:"id" desc:"The measure's id within the plan."`
	Code string `json:"code" desc:"The measure's citation number."`
	URL  string `json:"url" desc:"The measure's page."`
}

type jsonEvidence struct {
	Title       string `json:"title" desc:"The document's title."`
	URL         string `json:"url,omitempty" desc:"The document's address; absent when the note gives only a copy kept with the portal (file)."`
	ArchivedURL string `json:"archived_url,omitempty" desc:"A lasting copy of the document, e.g. in the Internet Archive."`
	File        string `json:"file,omitempty" desc:"The copy of the document published with the portal."`
	Size        int64  `json:"size,omitempty" desc:"The size of that copy in bytes."`
	SHA256      string `json:"sha256,omitempty" desc:"The document's SHA-256 checksum (hex): of the copy on the portal when there is one, else as the note states it."`
}

type jsonNoteValue struct {
	Indicator string       `json:"indicator" desc:"The indicator's id within the plan: measure#n."`
	Date      content.Date `json:"date" desc:"When it was measured."`
	Value     *float64     `json:"value,omitempty" desc:"The number, for numeric indicators."`
	Achieved  *bool        `json:"achieved,omitempty" desc:"For qualitative indicators: reached or not yet."`
	Unit      string       `json:"unit,omitempty" desc:"The unit of the value."`
	Comment   string       `json:"comment,omitempty" desc:"What the note says about the value."`
	// SuppressedBelow: see suppressedCell.
	SuppressedBelow int `json:"suppressed_below,omitempty" desc:"Set when the value is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; value is then absent."`
}

// planNotes are a plan's notes as JSON, newest first.
func (r *Renderer) planNotes(p *model.Plan) []jsonNote {
	out := make([]jsonNote, 0, len(p.Notes))
	for _, n := range p.Notes {
		jn := jsonNote{Plan: p.ID, ID: n.Slug, Date: n.Date, Title: model.NoteTitle(n), Status: n.Status.Key,
			StatusCode: model.StatusSlug(n.Status), Measures: []jsonNoteMeasure{}, Text: strings.TrimSpace(n.Body), Evidence: []jsonEvidence{},
			Values: []jsonNoteValue{}, Demo: n.Demo, URL: r.pageURL(n.Path)}
		for _, m := range n.Measures {
			jn.Measures = append(jn.Measures, jsonNoteMeasure{ID: m.Ref, Code: m.Code, URL: r.pageURL(m.Path)})
		}
		if n.Reporter != nil {
			jn.Reporter = &jsonExecRef{ID: n.Reporter.ID, Name: n.Reporter.Name}
		}
		for _, e := range n.EvidenceItems {
			je := jsonEvidence{Title: e.Title, URL: e.URL, ArchivedURL: e.ArchivedURL, SHA256: strings.ToLower(e.SHA256)}
			if e.Local != nil {
				je.File, je.Size, je.SHA256 = r.pageURL(e.Local.Path), e.Local.Size, e.Local.SHA256
			}
			jn.Evidence = append(jn.Evidence, je)
		}
		jn.Verification = verificationJSON(n)
		jn.Periods, jn.PeriodsInferred = notePeriods(n)
		if jn.Periods == nil {
			jn.Periods = []string{}
		}
		jn.Spending = []jsonSpending{}
		for _, s := range n.Spent {
			jn.Spending = append(jn.Spending, spendingJSON(s))
		}
		for _, rd := range n.Readings {
			v := jsonNoteValue{Indicator: rd.Indicator.Ref, Date: rd.Value.Date, Value: rd.Value.Value, Achieved: rd.Value.Achieved,
				Comment: rd.Value.Comment, SuppressedBelow: rd.Value.FewerThan}
			if rd.Indicator.Spec != nil {
				v.Unit = rd.Indicator.Spec.Unit
			}
			jn.Values = append(jn.Values, v)
		}
		out = append(out, jn)
	}
	return out
}
