package render

import (
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Each plan's data-quality report as a file of its own.

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
