package generator

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
)

// Open data: every plan as JSON and CSV, notes, indicator values and
// executors as CSV. CSV files are what journalists open in Excel, so they
// start with a UTF-8 byte order mark (without it Excel guesses a legacy
// code page and shows Cyrillic as mojibake) and end lines with CRLF.

// dataFiles returns the open-data files of the site.
func (r *renderer) dataFiles() (output, error) {
	s := r.site
	out := output{}
	var plans []jsonPlanSummary
	for _, p := range s.Plans {
		plans = append(plans, jsonPlanSummary{ID: p.ID, Title: p.Title, Authority: p.Authority,
			Start: p.Period.Start, End: p.Period.End, Measures: len(p.Measures), States: p.Counts,
			URL:  s.Config.Absolute(r.link(s.Config.Languages[0], p.Path)),
			JSON: "/data/" + p.ID + ".json", CSV: "/data/" + p.ID + "-measures.csv"})
		data, err := jsonBytes(r.planJSON(p))
		if err != nil {
			return nil, err
		}
		out["data/"+p.ID+".json"] = data
		out["data/"+p.ID+"-measures.csv"] = csvBytes(r.measureRows(p.Measures))
	}
	data, err := jsonBytes(jsonSite{AsOf: s.AsOf, Demo: s.Demo, Plans: plans})
	if err != nil {
		return nil, err
	}
	out["data/plans.json"] = data
	out["data/notes.csv"] = csvBytes(r.noteRows())
	out["data/indicator-values.csv"] = csvBytes(r.valueRows())
	out["data/executors.csv"] = csvBytes(r.executorRows())
	return out, nil
}

func jsonBytes(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	err := enc.Encode(v)
	return buf.Bytes(), err
}

func csvBytes(rows [][]string) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	_ = w.WriteAll(rows) // writing to memory cannot fail
	return buf.Bytes()
}

type jsonSite struct {
	AsOf  content.Date      `json:"as_of"`
	Demo  bool              `json:"demonstration_data"`
	Plans []jsonPlanSummary `json:"plans"`
}

type jsonPlanSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Authority string `json:"authority"`
	Start     int    `json:"start_year"`
	End       int    `json:"end_year"`
	Measures  int    `json:"measures"`
	States    Counts `json:"states"`
	URL       string `json:"url"`
	JSON      string `json:"json"`
	CSV       string `json:"csv"`
}

type jsonPlan struct {
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Authority string           `json:"authority"`
	Approval  content.Approval `json:"approval"`
	Period    content.Period   `json:"period"`
	MainGoal  string           `json:"main_goal,omitempty"`
	Columns   []string         `json:"columns"`
	AsOf      content.Date     `json:"as_of"`
	Demo      bool             `json:"demonstration_data"`
	Sections  []jsonSection    `json:"sections"`
}

type jsonSection struct {
	ID       string        `json:"id"`
	Number   string        `json:"number"`
	Numeral  int           `json:"numeral"`
	Title    string        `json:"title"`
	Goals    []string      `json:"goals,omitempty"`
	Measures []jsonMeasure `json:"measures"`
}

type jsonMeasure struct {
	ID            string          `json:"id"`
	Code          string          `json:"code"`
	Task          string          `json:"task,omitempty"`
	TaskTitle     string          `json:"task_title,omitempty"`
	Group         string          `json:"group,omitempty"`
	Number        string          `json:"number"`
	Text          string          `json:"text"`
	Term          string          `json:"term"`
	ExecutorsText string          `json:"executors_text"`
	Executors     []jsonExecRef   `json:"executors"`
	Costs         *string         `json:"costs,omitempty"`
	Indicators    []jsonIndicator `json:"indicators"`
	State         string          `json:"state"`
	NextDeadline  *content.Date   `json:"next_deadline,omitempty"`
	Notes         []string        `json:"notes"`
	URL           string          `json:"url"`
}

type jsonExecRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type jsonIndicator struct {
	N      int         `json:"n"`
	Text   string      `json:"text"`
	Unit   string      `json:"unit,omitempty"`
	Values []jsonValue `json:"values,omitempty"`
}

type jsonValue struct {
	Date     content.Date `json:"date"`
	Value    *float64     `json:"value,omitempty"`
	Achieved *bool        `json:"achieved,omitempty"`
	Note     string       `json:"note"`
}

func (r *renderer) planJSON(p *Plan) jsonPlan {
	s := r.site
	abs := func(path string) string { return s.Config.Absolute(r.link(s.Config.Languages[0], path)) }
	jp := jsonPlan{ID: p.ID, Title: p.Title, Authority: p.Authority, Approval: p.Approval, Period: p.Period,
		MainGoal: p.MainGoal, Columns: p.Columns, AsOf: s.AsOf, Demo: p.Demo}
	for _, sec := range p.Sections {
		js := jsonSection{ID: sec.ID, Number: sec.Number, Numeral: sec.Numeral, Title: sec.Title, Goals: sec.Goals, Measures: []jsonMeasure{}}
		for _, m := range sec.Measures {
			jm := jsonMeasure{ID: m.Ref, Code: m.Code, Number: m.Number, Text: m.Text, Term: m.Term,
				ExecutorsText: m.ExecutorsText, Executors: []jsonExecRef{}, Costs: m.Costs, Indicators: []jsonIndicator{},
				State: m.Progress.State, NextDeadline: m.Progress.Next, Notes: []string{}, URL: abs(m.Path)}
			if m.Task != nil {
				jm.Task, jm.TaskTitle = m.Task.ID, m.Task.Title
			}
			if m.Group != nil {
				jm.Group = m.Group.Title
			}
			for _, x := range m.Executors {
				jm.Executors = append(jm.Executors, jsonExecRef{x.ID, x.Name})
			}
			for _, ind := range m.Indicators {
				ji := jsonIndicator{N: ind.N, Text: ind.Text}
				if ind.Spec != nil {
					ji.Unit = ind.Spec.Unit
				}
				for _, v := range ind.Values {
					ji.Values = append(ji.Values, jsonValue{v.Date, v.Value, v.Achieved, abs(v.Note.Path)})
				}
				jm.Indicators = append(jm.Indicators, ji)
			}
			for _, n := range m.Notes {
				jm.Notes = append(jm.Notes, abs(n.Path))
			}
			js.Measures = append(js.Measures, jm)
		}
		jp.Sections = append(jp.Sections, js)
	}
	return jp
}

func (r *renderer) measureRows(ms []*Measure) [][]string {
	s := r.site
	rows := [][]string{{"plan", "id", "code", "section", "section_title", "task", "group", "number", "text", "term",
		"executors_text", "executor_ids", "executor_names", "costs", "indicators", "state", "next_deadline", "notes", "url"}}
	for _, m := range ms {
		var ids, names []string
		for _, x := range m.Executors {
			ids = append(ids, x.ID)
			names = append(names, x.Name)
		}
		task, group, costs, next := "", "", "", ""
		if m.Task != nil {
			task = m.Task.ID
		}
		if m.Group != nil {
			group = m.Group.Title
		}
		if m.Costs != nil {
			costs = *m.Costs
		}
		if m.Progress.Next != nil {
			next = m.Progress.Next.String()
		}
		rows = append(rows, []string{m.Plan.ID, m.Ref, m.Code, m.Section.Number, m.Section.Title, task, group, m.Number,
			m.Text, m.Term, m.ExecutorsText, strings.Join(ids, "; "), strings.Join(names, "; "), costs,
			strings.Join(m.IndicatorTexts(), "\n"), m.Progress.State, next, strconv.Itoa(len(m.Notes)),
			s.Config.Absolute(r.link(s.Config.Languages[0], m.Path))})
	}
	return rows
}

// IndicatorTexts returns the indicator texts.
func (m *Measure) IndicatorTexts() []string {
	out := make([]string, len(m.Indicators))
	for i, ind := range m.Indicators {
		out[i] = ind.Text
	}
	return out
}

func (r *renderer) noteRows() [][]string {
	s := r.site
	rows := [][]string{{"date", "plan", "measures", "status", "reporter", "title", "demonstration", "url"}}
	for _, n := range s.Notes {
		var refs []string
		for _, m := range n.Measures {
			refs = append(refs, m.Ref)
		}
		reporter := ""
		if n.Reporter != nil {
			reporter = n.Reporter.ID
		}
		rows = append(rows, []string{n.Date.String(), n.Plan.ID, strings.Join(refs, "; "), n.Status.Key, reporter,
			noteTitle(n), strconv.FormatBool(n.Demo), s.Config.Absolute(r.link(s.Config.Languages[0], n.Path))})
	}
	return rows
}

func (r *renderer) valueRows() [][]string {
	s := r.site
	rows := [][]string{{"plan", "indicator", "measure_code", "indicator_text", "unit", "date", "value", "achieved", "demonstration", "note_url"}}
	for _, p := range s.Plans {
		for _, m := range p.Measures {
			for _, ind := range m.Indicators {
				for _, v := range ind.Values {
					unit, val, ach := "", "", ""
					if ind.Spec != nil {
						unit = ind.Spec.Unit
					}
					if v.Value != nil {
						val = strconv.FormatFloat(*v.Value, 'f', -1, 64)
					}
					if v.Achieved != nil {
						ach = strconv.FormatBool(*v.Achieved)
					}
					rows = append(rows, []string{p.ID, ind.Ref, m.Code, ind.Text, unit, v.Date.String(), val, ach,
						strconv.FormatBool(v.Note.Demo), s.Config.Absolute(r.link(s.Config.Languages[0], v.Note.Path))})
				}
			}
		}
	}
	return rows
}

func (r *renderer) executorRows() [][]string {
	s := r.site
	rows := [][]string{{"id", "name", "short", "aliases", "measures", "url"}}
	for _, x := range s.Executors {
		rows = append(rows, []string{x.ID, x.Name, x.Short, strings.Join(x.Aliases, "; "), strconv.Itoa(x.Count),
			s.Config.Absolute(r.link(s.Config.Languages[0], x.Path))})
	}
	return rows
}
