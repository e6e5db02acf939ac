package render

import (
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Each plan's data-quality report as a file of its own.

// jsonQuality is a plan's data-quality report.
type jsonQuality struct {
	Plan     string             `json:"plan" desc:"The plan's id."`
	URL      string             `json:"url" desc:"The plan's data-quality page."`
	Measures int                `json:"measures" desc:"How many measures are checked: those in force."`
	Complete int                `json:"complete" desc:"How many pass every check."`
	Checks   []jsonQualityCheck `json:"checks" desc:"The checks, in the order the page shows them."`
	Issues   []jsonQualityIssue `json:"issues" desc:"The measures that fail any check, in document order."`
}

type jsonQualityCheck struct {
	Key     string   `json:"key" desc:"term: a term that can be read; executor: a body of the registry responsible; indicator: a measurable indicator (unit, baseline, target); reports: every report due." enum:"quality"`
	Passing int      `json:"passing" desc:"How many measures pass it."`
	Failing []string `json:"failing" desc:"The ids of the measures that fail it."`
}

type jsonQualityIssue struct {
	Measure string   `json:"measure" desc:"The measure's id within the plan."`
	Code    string   `json:"code" desc:"Its citation number."`
	URL     string   `json:"url" desc:"Its page."`
	Lacks   []string `json:"lacks" desc:"The checks it fails."`
}

// qualityData writes plan p's data-quality report as JSON, beside its
// page.
func (r *Renderer) qualityData(p *model.Plan, content engine.Key) error {
	abs := r.pageURL
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
	return r.Emit(p.Dir, strings.TrimPrefix(qualityJSONPath(p.Path), "/"), r.key("data-quality-json", "").Key(content).Done(), data)
}
