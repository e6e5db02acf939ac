package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Open data: every plan as JSON and CSV, notes, indicator values and
// executors as CSV. A plan's files are made with the plan; the tables that
// span plans are put together from each plan's rows, kept in its pack.

// planData writes plan p's open-data files: the plan as JSON, its measures
// as CSV.
func (r *Renderer) planData(p *model.Plan, content engine.Key) error {
	data, err := jsonBytes(r.planJSON(p))
	if err != nil {
		return err
	}
	if err := r.Emit(p.Dir, "data/"+p.ID+".json", r.key("data-plan-json", "").Key(content).Done(), data); err != nil {
		return err
	}
	return r.Emit(p.Dir, "data/"+p.ID+"-measures.csv", r.key("data-plan-csv", "").Key(content).Done(),
		csvBytes(r.measureRows(p.All)))
}

// packRows keeps plan p's rows of the portal-wide tables, CSV-encoded
// without a header, for the files that span plans (see portalData).
func (r *Renderer) packRows(p *model.Plan, pack *engine.PackWriter) {
	pack.Put("rows/notes", csvRows(r.noteRows(p.Notes)))
	pack.Put("rows/values", csvRows(r.valueRows(p)))
}

// portalData writes the open-data files that span plans.
func (r *Renderer) portalData(plans []*model.PlanSummary, execs []*model.ExecutorView) error {
	s := r.site
	var list []jsonPlanSummary
	for _, p := range plans {
		list = append(list, jsonPlanSummary{ID: p.ID, Title: p.Title, Authority: p.Authority,
			Start: p.Period.Start, End: p.Period.End, Measures: p.Measures, States: p.Counts,
			URL:  s.Config.Absolute(r.link(s.Config.Languages[0], p.Path)),
			JSON: "/data/" + p.ID + ".json", CSV: "/data/" + p.ID + "-measures.csv"})
	}
	data, err := jsonBytes(jsonSite{AsOf: s.AsOf, Demo: s.Demo, Plans: list})
	if err != nil {
		return err
	}
	if err := r.Emit(SiteUnit, "data/plans.json", engine.Key{}, data); err != nil {
		return err
	}
	for _, t := range []struct{ file, section string }{
		{"data/notes.csv", "rows/notes"}, {"data/indicator-values.csv", "rows/values"},
	} {
		if err := r.concatRows(plans, t.file, t.section); err != nil {
			return err
		}
	}
	return r.Emit(SiteUnit, "data/executors.csv", engine.Key{}, csvBytes(r.executorRows(execs)))
}

// concatRows writes a portal-wide table from every plan's rows in its pack.
func (r *Renderer) concatRows(plans []*model.PlanSummary, file, section string) error {
	key := r.key("data-rows", file)
	for _, p := range plans {
		key.Key(p.ContentKey)
	}
	k := key.Done()
	if r.out.Keep(SiteUnit, file, k) {
		return nil
	}
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	buf.Write(csvRows([][]string{csvHeaders[file]}))
	for _, p := range plans {
		rows, err := r.out.Section(p.Dir, section)
		if err != nil {
			return err
		}
		buf.Write(rows)
	}
	return r.Emit(SiteUnit, file, k, buf.Bytes())
}

func jsonBytes(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// csvBytes writes a table as CSV for Excel: it starts with a UTF-8 byte
// order mark (without it Excel guesses a legacy code page and shows
// Cyrillic as mojibake) and ends lines with CRLF.
func csvBytes(rows [][]string) []byte {
	return append([]byte("\uFEFF"), csvRows(rows)...)
}

// csvRows writes rows as CSV without the byte order mark. It is the one
// CSV writer: every cell goes through safeCell.
func csvRows(rows [][]string) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	for _, row := range rows {
		safe := make([]string, len(row))
		for i, c := range row {
			safe[i] = safeCell(c)
		}
		_ = w.Write(safe) // writing to memory cannot fail
	}
	w.Flush()
	return buf.Bytes()
}

// plainNumber matches a number as the data files write it.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// safeCell keeps a spreadsheet from reading a cell as a formula: a cell
// that starts with = + - @ (or a tab or carriage return, which Excel skips
// before one) gets a leading apostrophe, the mark spreadsheets themselves
// use for "text, not a formula" (OWASP's advice against CSV injection).
// Numbers the files write themselves, such as -5, stay numbers.
func safeCell(c string) string {
	if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) || plainNumber.MatchString(c) {
		return c
	}
	return "'" + c
}

type jsonSite struct {
	AsOf  content.Date      `json:"as_of"`
	Demo  bool              `json:"demonstration_data"`
	Plans []jsonPlanSummary `json:"plans"`
}

type jsonPlanSummary struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Authority string       `json:"authority"`
	Start     int          `json:"start_year"`
	End       int          `json:"end_year"`
	Measures  int          `json:"measures"`
	States    model.Counts `json:"states"`
	URL       string       `json:"url"`
	JSON      string       `json:"json"`
	CSV       string       `json:"csv"`
}

type jsonPlan struct {
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Authority string           `json:"authority"`
	Approval  content.Approval `json:"approval"`
	Period    content.Period   `json:"period"`
	MainGoal  string           `json:"main_goal,omitempty"`
	Columns   []string         `json:"columns"`
	Demo      bool             `json:"demonstration_data"`
	// Amendments are the acts that amended the plan, oldest first;
	// measures name them in added_by and removed_by.
	Amendments []jsonAmendment `json:"amendments"`
	Sections   []jsonSection   `json:"sections"`
}

type jsonAmendment struct {
	ID     string        `json:"id"`
	Act    string        `json:"act"`
	Date   *content.Date `json:"date,omitempty"`
	Source string        `json:"source,omitempty"`
	URL    string        `json:"url"`
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
	AddedBy       string          `json:"added_by,omitempty"`
	RemovedBy     string          `json:"removed_by,omitempty"`
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

func (r *Renderer) planJSON(p *model.Plan) jsonPlan {
	s := r.site
	abs := func(path string) string { return s.Config.Absolute(r.link(s.Config.Languages[0], path)) }
	jp := jsonPlan{ID: p.ID, Title: p.Title, Authority: p.Authority, Approval: p.Approval, Period: p.Period,
		MainGoal: p.MainGoal, Columns: p.Columns, Demo: p.Demo, Amendments: []jsonAmendment{}}
	for _, a := range p.Amendments {
		jp.Amendments = append(jp.Amendments, jsonAmendment{ID: a.ID, Act: a.Act, Date: a.Date, Source: a.Source, URL: abs(a.Path)})
	}
	for _, sec := range p.Sections {
		js := jsonSection{ID: sec.ID, Number: sec.Number, Numeral: sec.Numeral, Title: sec.Title, Goals: sec.Goals, Measures: []jsonMeasure{}}
		for _, m := range sec.All {
			jm := jsonMeasure{ID: m.Ref, Code: m.Code, Number: m.Number, Text: m.Text, Term: m.Term,
				ExecutorsText: m.ExecutorsText, Executors: []jsonExecRef{}, Costs: m.Costs, Indicators: []jsonIndicator{},
				State: m.Progress.State, AddedBy: m.AddedBy, RemovedBy: m.RemovedBy, NextDeadline: m.Progress.Next, Notes: []string{}, URL: abs(m.Path)}
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

func (r *Renderer) measureRows(ms []*model.Measure) [][]string {
	s := r.site
	rows := [][]string{{"plan", "id", "code", "section", "section_title", "task", "group", "number", "text", "term",
		"executors_text", "executor_ids", "executor_names", "costs", "indicators", "state", "next_deadline", "notes", "url",
		"added_by", "removed_by"}}
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
			s.Config.Absolute(r.link(s.Config.Languages[0], m.Path)), m.AddedBy, m.RemovedBy})
	}
	return rows
}

// csvHeaders are the header rows of the tables that span plans.
var csvHeaders = map[string][]string{
	"data/notes.csv":            {"date", "plan", "measures", "status", "reporter", "title", "demonstration", "url"},
	"data/indicator-values.csv": {"plan", "indicator", "measure_code", "indicator_text", "unit", "date", "value", "achieved", "demonstration", "note_url"},
}

// noteRows are a plan's rows of notes.csv.
func (r *Renderer) noteRows(notes []*model.Note) [][]string {
	s := r.site
	var rows [][]string
	for _, n := range notes {
		var refs []string
		for _, m := range n.Measures {
			refs = append(refs, m.Ref)
		}
		reporter := ""
		if n.Reporter != nil {
			reporter = n.Reporter.ID
		}
		rows = append(rows, []string{n.Date.String(), n.Plan.ID, strings.Join(refs, "; "), n.Status.Key, reporter,
			model.NoteTitle(n), strconv.FormatBool(n.Demo), s.Config.Absolute(r.link(s.Config.Languages[0], n.Path))})
	}
	return rows
}

// valueRows are a plan's rows of indicator-values.csv.
func (r *Renderer) valueRows(p *model.Plan) [][]string {
	s := r.site
	var rows [][]string
	{
		for _, m := range p.All {
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

func (r *Renderer) executorRows(execs []*model.ExecutorView) [][]string {
	s := r.site
	rows := [][]string{{"id", "name", "short", "aliases", "measures", "url"}}
	for _, x := range execs {
		rows = append(rows, []string{x.ID, x.Name, x.Short, strings.Join(x.Aliases, "; "), strconv.Itoa(x.Count),
			s.Config.Absolute(r.link(s.Config.Languages[0], x.Path))})
	}
	return rows
}
