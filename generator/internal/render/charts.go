package render

import (
	"strconv"
	"time"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/chart"
	"github.com/plansite/plansite/generator/internal/model"
)

// Chart figures are built while a page renders, from the page's data; the
// theme's chart.html turns them into SVG.

// StatusChart returns the status distribution of counts, or nil when there
// is nothing to count.
func (p *page) StatusChart(c model.Counts, id, title string) *chart.Figure {
	if c.Total() == 0 {
		return nil
	}
	d := chart.StatusData{ID: id, Lang: p.Lang, Title: title}
	for _, sc := range p.States(c) {
		d.Counts = append(d.Counts, chart.StatusCount{Key: chartState(sc.Key), Label: sc.Label, Count: sc.Count})
	}
	f := chart.Status(d)
	return &f
}

// chartState maps a state to the chart's style; an unreadable term draws
// like no term.
func chartState(key string) string {
	if key == model.StateUnknown {
		return chart.StatusNoTerm
	}
	return key
}

// TimelineChart returns the Gantt chart of measures' terms, or nil.
func (p *page) TimelineChart(ms []*model.Measure, id, title string) *chart.Figure {
	if len(ms) == 0 {
		return nil
	}
	pl := ms[0].Plan
	d := chart.TimelineData{ID: id, Lang: p.Lang, Title: title,
		From: time.Date(pl.Period.Start, 1, 1, 0, 0, 0, 0, time.UTC),
		To:   time.Date(pl.Period.End, 12, 31, 0, 0, 0, 0, time.UTC),
	}
	if p.Kind == "timeline" {
		// Only the plan's timeline draws today's line: the other pages
		// with a timeline then change only when their measures do.
		d.AsOf = p.Site.AsOf.Time()
	}
	for _, m := range ms {
		// The measure's text and section titles are the plan's official
		// Ukrainian wording on every page; "Завдання 1" is the page's own.
		row := chart.TimelineRow{Label: m.Code, Title: m.Text, TitleLang: chart.LangUK, URL: p.URL(m.Path),
			Group: m.Section.Number + ". " + m.Section.Title, GroupLang: chart.LangUK,
			State: chartState(m.Progress.State), StateLabel: p.State(m.Progress.State), Term: m.Term}
		if m.Task != nil {
			row.Group, row.GroupLang = p.T("task.title")+" "+model.TaskNumber(m.Task), ""
		} else if m.Group != nil {
			row.Group = m.Group.Title
		}
		if m.Progress.Start != nil {
			row.Start = m.Progress.Start.Time()
		}
		if m.Progress.End != nil {
			row.End = m.Progress.End.Time()
		}
		for _, dl := range m.Progress.Deadlines {
			row.Deadlines = append(row.Deadlines, dl.Time())
		}
		d.Rows = append(d.Rows, row)
	}
	f := chart.Timeline(d)
	return &f
}

// IndicatorChart returns the value series of a numeric indicator, or nil
// when it has no values: no chart where there is no number.
func (p *page) IndicatorChart(ind *model.Indicator, id string) *chart.Figure {
	d := p.indicatorData(ind, id)
	if d == nil {
		return nil
	}
	f := chart.Indicator(*d)
	return &f
}

// PlanCard is the data of a plan's Open Graph card (chart.WriteCard draws
// it): the plan's title and its measures by state as a bar.
func (p *page) PlanCard(pl *model.Plan) chart.CardData {
	d := chart.CardData{Lang: p.Lang, Site: first(p.Site.Config.SiteTitle(p.Lang)), Code: planLabel(pl), Title: pl.Title,
		Status: p.T("card.asof", p.Date(p.Site.AsOf))}
	for _, sc := range p.States(pl.Counts) {
		d.Counts = append(d.Counts, chart.StatusCount{Key: chartState(sc.Key), Label: sc.Label, Count: sc.Count})
	}
	return d
}

// MeasureCard is the data of a measure's Open Graph card: its code, text and
// state with its reason, and the series of its first numeric indicator
// with values.
func (p *page) MeasureCard(m *model.Measure) chart.CardData {
	d := chart.CardData{Lang: p.Lang, Site: planLabel(m.Plan), Code: p.T("measure.title") + " " + m.Code, Title: m.Text,
		Status: upperFirst(p.stateWithReason(m)), StatusKey: chartState(m.Progress.State)}
	for _, ind := range m.Indicators {
		if d.Indicator = p.indicatorData(ind, "card"); d.Indicator != nil {
			break
		}
	}
	return d
}

// indicatorData is the chart data of a numeric indicator, or nil.
func (p *page) indicatorData(ind *model.Indicator, id string) *chart.IndicatorData {
	if ind.Spec == nil {
		return nil
	}
	d := chart.IndicatorData{ID: id, Lang: p.Lang, Title: indicatorTitle(ind), Unit: p.unit(ind.Spec.Unit), Direction: ind.Spec.Direction}
	for _, v := range ind.Values {
		switch {
		case v.FewerThan > 0:
			// A suppressed count is a band "fewer than 5", never a point.
			d.Points = append(d.Points, chart.Point{Date: v.Date.Time(), Range: chart.FewerThan(v.FewerThan, p.Lang)})
		case v.Value != nil:
			d.Points = append(d.Points, chart.Point{Date: v.Date.Time(), Value: *v.Value})
		}
	}
	if len(d.Points) == 0 {
		return nil
	}
	if s := ind.Spec; s.Baseline != nil {
		d.Baseline = &chart.Reference{Value: *s.Baseline, Date: dateTime(s.BaselineDate)}
	}
	if s := ind.Spec; s.Target != nil {
		d.Target = &chart.Reference{Value: *s.Target, Date: dateTime(s.TargetDate)}
	}
	return &d
}

func indicatorTitle(ind *model.Indicator) string {
	if ind.Spec != nil && ind.Spec.Label != "" {
		return ind.Spec.Label
	}
	return ind.Text
}

func dateTime(d *content.Date) time.Time {
	if d == nil {
		return time.Time{}
	}
	return d.Time()
}

// model.Reading formats an indicator value for reading.
func (p *page) Reading(ind *model.Indicator, v model.IndicatorValue) string {
	switch {
	case v.FewerThan > 0:
		unit := ""
		if ind.Spec != nil {
			unit = p.unit(ind.Spec.Unit)
		}
		return p.FewerThan(v.FewerThan) + sep(unit) + unit
	case v.Value != nil:
		unit := ""
		if ind.Spec != nil {
			unit = p.unit(ind.Spec.Unit)
		}
		return chart.FormatNumber(*v.Value, decimals(*v.Value), p.Lang) + sep(unit) + unit
	case v.Achieved != nil && *v.Achieved:
		return p.T("indicator.achieved")
	case v.Achieved != nil:
		return p.T("indicator.notyet")
	}
	return ""
}

func decimals(v float64) int {
	if v == float64(int64(v)) {
		return 0
	}
	return 1
}

// sep puts a no-break space before a unit, except a per cent sign in
// Ukrainian typography keeps one too; only an empty unit needs none.
func sep(unit string) string {
	if unit == "" {
		return ""
	}
	return "\u00a0"
}

// templateHelpers are template functions that need page data.
func init() {
	templateFuncs["dict"] = func(kv ...any) map[string]any {
		m := make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	templateFuncs["stateOf"] = func(p *page, key string) stateCount { return stateCount{Key: key, Label: p.State(key)} }
	templateFuncs["reportedOf"] = func(p *page, status string) stateCount {
		st, _ := content.LookupStatus(status)
		return stateCount{Key: "reported-" + model.StatusSlug(st), Label: p.T("status." + model.StatusSlug(st))}
	}
	templateFuncs["deref"] = func(b *bool) bool { return b != nil && *b }
	templateFuncs["itoa"] = strconv.Itoa
}
