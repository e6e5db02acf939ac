package render

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/term"
)

// Indicator results in the shape of IATI's result indicators (the model
// development agencies report results in): an indicator with its measure
// (unit, percentage or qualitative) and direction (ascending), a baseline
// (year, date, value), a target, and the actual values period by period —
// so that "baseline → target → actual" can be charted by anyone. A period
// runs from the day after the previous value (or from the baseline, or the
// plan's start) to the day a value was measured.

// jsonResult is one indicator's results.
type jsonResult struct {
	Plan        string         `json:"plan" desc:"The plan's id."`
	Indicator   string         `json:"indicator" desc:"The indicator's id within the plan: measure#n."`
	Measure     string         `json:"measure" desc:"The measure's id within the plan."`
	MeasureCode string         `json:"measure_code" desc:"The measure's citation number."`
	Title       string         `json:"title" desc:"The indicator's short name, or its text."`
	Description string         `json:"description" desc:"The indicator's text as adopted."`
	MeasureType string         `json:"measure_type" desc:"IATI's indicator measure: unit, percentage or qualitative." enum:"unit,percentage,qualitative"`
	Unit        string         `json:"unit,omitempty" desc:"The unit of the values."`
	Ascending   *bool          `json:"ascending,omitempty" desc:"true when more is better, false when less is."`
	Baseline    *jsonBaseline  `json:"baseline,omitempty" desc:"The value at the start."`
	Target      *jsonTarget    `json:"target,omitempty" desc:"The value the plan aims at."`
	Periods     []jsonPeriodRV `json:"periods" desc:"The actual values, period by period, oldest first."`
	URL         string         `json:"url" desc:"The plan's indicators page."`
}

// jsonBaseline is an indicator's baseline.
type jsonBaseline struct {
	Year    *int          `json:"year,omitempty" desc:"The year of the baseline."`
	ISODate *content.Date `json:"iso_date,omitempty" desc:"When it was measured."`
	Value   *float64      `json:"value,omitempty" desc:"The value."`
	// SuppressedBelow: see suppressedCell.
	SuppressedBelow int `json:"suppressed_below,omitempty" desc:"Set when the value is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; value is then absent."`
}

// jsonTarget is an indicator's target.
type jsonTarget struct {
	ISODate *content.Date `json:"iso_date,omitempty" desc:"When it is to be reached."`
	Value   *float64      `json:"value,omitempty" desc:"The value."`
	// SuppressedBelow: see suppressedCell.
	SuppressedBelow int `json:"suppressed_below,omitempty" desc:"Set when the value is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; value is then absent."`
}

// jsonPeriodRV is one period with its actual value.
type jsonPeriodRV struct {
	PeriodStart content.Date `json:"period_start" desc:"The period's first day."`
	PeriodEnd   content.Date `json:"period_end" desc:"The period's last day: the day the value was measured."`
	Actual      jsonActual   `json:"actual" desc:"The value measured."`
}

// jsonActual is an actual value and the note that reported it.
type jsonActual struct {
	Value        *float64 `json:"value,omitempty" desc:"The number measured, for numeric indicators."`
	Achieved     *bool    `json:"achieved,omitempty" desc:"For qualitative indicators: reached or not yet."`
	Comment      string   `json:"comment,omitempty" desc:"What the note says about the value."`
	Note         string   `json:"note" desc:"The id of the note that reported it."`
	DocumentLink string   `json:"document_link" desc:"The page of the note."`
	Demo         bool     `json:"demonstration" desc:"true for demonstration data."`
	// SuppressedBelow: see suppressedCell.
	SuppressedBelow int `json:"suppressed_below,omitempty" desc:"Set when the value is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; value is then absent."`
}

// resultPeriod is an indicator value with the period it closes.
type resultPeriod struct {
	start content.Date
	v     model.IndicatorValue
}

// hasResults reports whether an indicator has anything to chart: it is
// numeric, or a note has said whether it is achieved.
func hasResults(ind *model.Indicator) bool { return ind.Spec != nil || len(ind.Values) > 0 }

// resultPeriods orders an indicator's values by date and gives each the
// period it closes.
func resultPeriods(ind *model.Indicator) []resultPeriod {
	vals := slices.Clone(ind.Values)
	slices.SortStableFunc(vals, func(a, b model.IndicatorValue) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Note.Slug, b.Note.Slug))
	})
	start := term.NewDate(ind.Measure.Plan.Period.Start, 1, 1)
	if s := ind.Spec; s != nil && s.BaselineDate != nil {
		start = *s.BaselineDate
	}
	out := make([]resultPeriod, len(vals))
	for i, v := range vals {
		if i > 0 && vals[i-1].Date.Before(v.Date) {
			start = vals[i-1].Date.AddDays(1)
		}
		if v.Date.Before(start) {
			start = v.Date
		}
		out[i] = resultPeriod{start, v}
	}
	return out
}

// measureType is IATI's measure of an indicator.
func measureType(ind *model.Indicator) string {
	switch {
	case ind.Spec == nil:
		return "qualitative"
	case ind.Spec.Unit == "%":
		return "percentage"
	}
	return "unit"
}

// ascending is IATI's ascending: nil when the direction is not known.
func ascending(ind *model.Indicator) *bool {
	if ind.Spec == nil || ind.Spec.Direction == "" {
		return nil
	}
	up := ind.Spec.Direction == "up"
	return &up
}

// planResults are a plan's indicators' results.
func (r *Renderer) planResults(p *model.Plan) []jsonResult {
	var out []jsonResult
	for _, m := range p.Measures {
		for _, ind := range m.Indicators {
			if hasResults(ind) {
				out = append(out, r.result(p, m, ind))
			}
		}
	}
	return out
}

func (r *Renderer) result(p *model.Plan, m *model.Measure, ind *model.Indicator) jsonResult {
	res := jsonResult{Plan: p.ID, Indicator: ind.Ref, Measure: m.Ref, MeasureCode: m.Code, Title: ind.Text, Description: ind.Text,
		MeasureType: measureType(ind), Ascending: ascending(ind), Periods: []jsonPeriodRV{}, URL: r.pageURL(p.Path + "indicators/")}
	if s := ind.Spec; s != nil {
		if s.Label != "" {
			res.Title = s.Label
		}
		res.Unit = s.Unit
		if s.Baseline != nil || s.BaselineDate != nil || ind.BaselineFewerThan > 0 {
			res.Baseline = &jsonBaseline{ISODate: s.BaselineDate, Value: s.Baseline, SuppressedBelow: ind.BaselineFewerThan}
			if s.BaselineDate != nil {
				y := s.BaselineDate.Year
				res.Baseline.Year = &y
			}
		}
		if s.Target != nil || s.TargetDate != nil || ind.TargetFewerThan > 0 {
			res.Target = &jsonTarget{ISODate: s.TargetDate, Value: s.Target, SuppressedBelow: ind.TargetFewerThan}
		}
	}
	for _, rp := range resultPeriods(ind) {
		res.Periods = append(res.Periods, jsonPeriodRV{PeriodStart: rp.start, PeriodEnd: rp.v.Date, Actual: jsonActual{
			Value: rp.v.Value, Achieved: rp.v.Achieved, Comment: rp.v.Comment, Note: rp.v.Note.Slug,
			DocumentLink: r.pageURL(rp.v.Note.Path), Demo: rp.v.Note.Demo, SuppressedBelow: rp.v.FewerThan}})
	}
	return res
}

// resultRows are a plan's rows of indicator-results.csv: one per actual
// value, or one with none for an indicator with no value yet.
func (r *Renderer) resultRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, res := range r.planResults(p) {
		head := []string{res.Plan, res.Indicator, res.Measure, res.MeasureCode, res.Title, res.MeasureType, res.Unit, boolCell(res.Ascending),
			"", "", "", "", ""}
		if b := res.Baseline; b != nil {
			if b.Year != nil {
				head[8] = strconv.Itoa(*b.Year)
			}
			head[9], head[10] = dateCell(b.ISODate), numberCell(b.Value)
		}
		if t := res.Target; t != nil {
			head[11], head[12] = dateCell(t.ISODate), numberCell(t.Value)
		}
		bounds := []string{"", ""}
		if b := res.Baseline; b != nil {
			bounds[0] = suppressedCell(b.SuppressedBelow)
		}
		if t := res.Target; t != nil {
			bounds[1] = suppressedCell(t.SuppressedBelow)
		}
		if len(res.Periods) == 0 {
			rows = append(rows, append(append(head, "", "", "", "", "", "", ""), bounds[0], bounds[1], ""))
		}
		for _, per := range res.Periods {
			a := per.Actual
			rows = append(rows, append(append(slices.Clone(head), per.PeriodStart.String(), per.PeriodEnd.String(), numberCell(a.Value),
				boolCell(a.Achieved), a.Comment, a.Note, a.DocumentLink), bounds[0], bounds[1], suppressedCell(a.SuppressedBelow)))
		}
	}
	return rows
}
