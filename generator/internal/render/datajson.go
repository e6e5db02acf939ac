package render

import (
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/model"
)

// The plans as JSON: data/plans.json lists them, data/<plan>.json is one
// plan with everything its pages show. Keys are snake_case; a note is
// named by its id (within its plan) and its page by note_url or url. The
// `desc` tags describe the fields in the published JSON Schemas
// (/data/schema/, see dataschema.go).

type jsonSite struct {
	AsOf  content.Date      `json:"as_of" desc:"The date the states are computed for: the build date."`
	Demo  bool              `json:"demonstration_data" desc:"true when the portal shows demonstration notes."`
	Plans []jsonPlanSummary `json:"plans" desc:"The plans, by id."`
}

type jsonPlanSummary struct {
	ID        string       `json:"id" desc:"The plan's id, the first segment of its address."`
	Title     string       `json:"title" desc:"The plan's title as adopted."`
	Authority string       `json:"authority" desc:"The body that adopted the plan."`
	Start     int          `json:"start_year" desc:"The first year of the plan's period."`
	End       int          `json:"end_year" desc:"The last year of the plan's period."`
	Measures  int          `json:"measures" desc:"The number of measures."`
	Notes     int          `json:"notes" desc:"The number of progress notes."`
	States    model.Counts `json:"states" desc:"The number of measures in each state, by state key."`
	URL       string       `json:"url" desc:"The plan's page."`
	JSON      string       `json:"json" desc:"The plan as JSON."`
	CSV       string       `json:"csv" desc:"The plan's measures as CSV."`
	XLSX      string       `json:"xlsx" desc:"The plan's tables as an Excel workbook."`
	NotesJSON string       `json:"notes_json" desc:"The plan's notes as JSON."`
	Results   string       `json:"indicator_results_json" desc:"The plan's indicator results (IATI shape) as JSON."`
	// The plan's accountability in numbers (see datajson_account.go).
	Reporting    jsonReporting      `json:"reporting" desc:"The plan's reporting periods that have come due: reported on time, late, not at all."`
	Confirmation jsonConfirmation   `json:"confirmation" desc:"The plan's measures with reports, by how their latest report is verified."`
	Money        jsonMoney          `json:"money" desc:"What the plan's measures were to cost, as read from the costs column, and what notes report spent."`
	Quality      jsonQualitySummary `json:"quality" desc:"The plan's data-quality report in numbers."`
}

type jsonPlan struct {
	ID         string          `json:"id" desc:"The plan's id, the first segment of its address."`
	Title      string          `json:"title" desc:"The plan's title as adopted."`
	Authority  string          `json:"authority" desc:"The body that adopted the plan."`
	Approval   jsonApproval    `json:"approval" desc:"The act that adopted the plan."`
	Period     jsonPeriod      `json:"period" desc:"The plan's period."`
	MainGoal   string          `json:"main_goal,omitempty" desc:"The plan-wide main goal as written."`
	Columns    []string        `json:"columns" desc:"The table's column headings as written."`
	Signatory  string          `json:"signatory,omitempty" desc:"The signature block under the table, as written."`
	Demo       bool            `json:"demonstration_data" desc:"true when the plan's notes include demonstration data."`
	URL        string          `json:"url" desc:"The plan's page."`
	Amendments []jsonAmendment `json:"amendments,omitempty" desc:"The acts that amended the plan, oldest first."`
	Sections   []jsonSection   `json:"sections" desc:"The sections in document order."`
	// The plan's accountability in numbers (see datajson_account.go).
	Reporting    jsonReporting      `json:"reporting" desc:"The plan's reporting periods that have come due: reported on time, late, not at all."`
	Confirmation jsonConfirmation   `json:"confirmation" desc:"The plan's measures with reports, by how their latest report is verified."`
	Money        jsonMoney          `json:"money" desc:"What the plan's measures were to cost, as read from the costs column, and what notes report spent."`
	Quality      jsonQualitySummary `json:"quality" desc:"The plan's data-quality report in numbers."`
}

type jsonApproval struct {
	Text     string        `json:"text" desc:"The approval block as it stands above the title."`
	Act      string        `json:"act" desc:"The kind of act and its issuer."`
	Date     *content.Date `json:"date,omitempty" desc:"The act's date; absent when the source leaves it blank."`
	DateText string        `json:"date_text,omitempty" desc:"The date as written."`
	Number   string        `json:"number" desc:"The act's number; empty when the source leaves it blank."`
}

type jsonPeriod struct {
	Start int    `json:"start" desc:"The first year."`
	End   int    `json:"end" desc:"The last year."`
	Text  string `json:"text" desc:"The period as written."`
}

type jsonAmendment struct {
	ID     string        `json:"id" desc:"The amendment's id within the plan."`
	Act    string        `json:"act" desc:"The amending act as given."`
	Date   *content.Date `json:"date,omitempty" desc:"The act's date."`
	Source string        `json:"source,omitempty" desc:"The document the amended table was imported from."`
}

type jsonSection struct {
	ID         string        `json:"id" desc:"The section's id, as in its address."`
	Number     string        `json:"number" desc:"The Roman numeral as written."`
	Numeral    int           `json:"numeral" desc:"The numeral's value."`
	Title      string        `json:"title" desc:"The title as written."`
	GoalsLabel string        `json:"goals_label,omitempty" desc:"The label of the specific goals as written."`
	Goals      []string      `json:"goals,omitempty" desc:"The specific goals, one paragraph each."`
	URL        string        `json:"url" desc:"The section's page."`
	Tasks      []jsonTask    `json:"tasks,omitempty" desc:"The section's tasks."`
	Groups     []jsonGroup   `json:"groups,omitempty" desc:"The section's groups of measures."`
	Measures   []jsonMeasure `json:"measures" desc:"All the section's measures in document order."`
}

type jsonTask struct {
	ID     string `json:"id" desc:"The task's id within the section."`
	Number string `json:"number" desc:"The task's number as written."`
	Title  string `json:"title" desc:"The task's text as written."`
	URL    string `json:"url" desc:"The task's page."`
}

type jsonGroup struct {
	ID    string `json:"id" desc:"The group's id within the section."`
	Title string `json:"title" desc:"The group's title as written."`
	URL   string `json:"url" desc:"The group's page."`
}

type jsonMeasure struct {
	ID             string             `json:"id" desc:"The measure's id within the plan: section/measure."`
	Code           string             `json:"code" desc:"The citation number, e.g. II.2.3."`
	Task           string             `json:"task,omitempty" desc:"The id of the task it belongs to."`
	TaskTitle      string             `json:"task_title,omitempty" desc:"The text of the task it belongs to."`
	Group          string             `json:"group,omitempty" desc:"The title of the group it belongs to."`
	GroupID        string             `json:"group_id,omitempty" desc:"The id of the group it belongs to."`
	Number         string             `json:"number" desc:"The number as written."`
	Text           string             `json:"text" desc:"The measure's text as adopted."`
	Term           string             `json:"term" desc:"The term as written."`
	ExecutorsText  string             `json:"executors_text" desc:"The executors cell as written."`
	Executors      []jsonExecRef      `json:"executors" desc:"The bodies the executors cell names, from the registry."`
	Costs          *string            `json:"costs,omitempty" desc:"The financial-costs cell as written, for plans with the column."`
	Indicators     []jsonIndicator    `json:"indicators" desc:"The indicators, one per paragraph of the indicator cell."`
	State          string             `json:"state" desc:"The state as of the build date." enum:"states"`
	StateSince     content.Date       `json:"state_since" desc:"The day the state began."`
	NextDeadline   *content.Date      `json:"next_deadline,omitempty" desc:"The next deadline."`
	MissedDeadline *content.Date      `json:"missed_deadline,omitempty" desc:"The deadline whose passing made the measure overdue."`
	TermUnderstood bool               `json:"term_understood" desc:"false when the term could not be read as dates."`
	TermProblem    *jsonText          `json:"term_problem,omitempty" desc:"Why the term could not be read."`
	Schedule       *jsonText          `json:"schedule,omitempty" desc:"The term described in words."`
	TermStart      *content.Date      `json:"term_start,omitempty" desc:"The term's first day."`
	TermEnd        *content.Date      `json:"term_end,omitempty" desc:"The term's last day."`
	Continuous     bool               `json:"continuous" desc:"true when the term runs to the plan's end."`
	Deadlines      []content.Date     `json:"deadlines" desc:"The term's deadlines within the plan's period."`
	History        []jsonStateChange  `json:"history" desc:"Every change of state up to the build date, oldest first."`
	Periods        []jsonLedgerPeriod `json:"periods" desc:"The reporting periods that have come due, and the next."`
	Notes          []jsonNoteRef      `json:"notes" desc:"The notes on the measure, newest first."`
	AddedBy        string             `json:"added_by,omitempty" desc:"The amendment that added the measure."`
	RemovedBy      string             `json:"removed_by,omitempty" desc:"The amendment that dropped the measure."`
	URL            string             `json:"url" desc:"The measure's page: a permanent address."`
	Reporting      jsonReporting      `json:"reporting" desc:"Its reporting periods that have come due: reported on time, late, not at all."`
	Verification   string             `json:"latest_verification,omitempty" desc:"How the latest report on it is verified; absent when there is none." enum:"verification"`
	Money          *jsonMoney         `json:"money,omitempty" desc:"What it was to cost, as read from the costs cell (which stays as adopted, in costs), and what notes report spent; absent when nothing is planned or spent."`
	Spending       []jsonSpending     `json:"spending,omitempty" desc:"The sums notes report spent on it, oldest note first."`
	QualityLacks   []string           `json:"quality_lacks,omitempty" desc:"The checks of the data-quality report it fails: term, executor, indicator, reports."`
}

type jsonText struct {
	UK string `json:"uk" desc:"In Ukrainian."`
	EN string `json:"en" desc:"In English."`
}

type jsonExecRef struct {
	ID   string `json:"id" desc:"The body's id (executors.csv)."`
	Name string `json:"name" desc:"The body's name."`
}

type jsonIndicator struct {
	N            int           `json:"n" desc:"The indicator's place in the measure, from 1."`
	ID           string        `json:"id" desc:"The indicator's id within the plan: measure#n."`
	Text         string        `json:"text" desc:"The indicator's text as adopted."`
	Label        string        `json:"label,omitempty" desc:"A short name for charts."`
	Unit         string        `json:"unit,omitempty" desc:"The unit of the values."`
	Direction    string        `json:"direction,omitempty" desc:"up when more is better, down when less is." enum:"up,down"`
	Baseline     *float64      `json:"baseline,omitempty" desc:"The value at the start."`
	BaselineDate *content.Date `json:"baseline_date,omitempty" desc:"When the baseline was measured."`
	Target       *float64      `json:"target,omitempty" desc:"The value the plan aims at."`
	TargetDate   *content.Date `json:"target_date,omitempty" desc:"When the target is to be reached."`
	// BaselineSuppressedBelow, TargetSuppressedBelow: see suppressedCell.
	BaselineSuppressedBelow int         `json:"baseline_suppressed_below,omitempty" desc:"Set when the baseline is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; baseline is then absent."`
	TargetSuppressedBelow   int         `json:"target_suppressed_below,omitempty" desc:"The same for the target."`
	Achieved                *bool       `json:"achieved,omitempty" desc:"The latest verdict on a qualitative indicator."`
	Values                  []jsonValue `json:"values,omitempty" desc:"The values notes reported."`
}

type jsonValue struct {
	Date     content.Date `json:"date" desc:"When it was measured."`
	Value    *float64     `json:"value,omitempty" desc:"The number, for numeric indicators."`
	Achieved *bool        `json:"achieved,omitempty" desc:"For qualitative indicators: reached or not yet."`
	Comment  string       `json:"comment,omitempty" desc:"What the note says about the value."`
	Note     string       `json:"note" desc:"The id of the note that reported it."`
	NoteURL  string       `json:"note_url" desc:"The page of that note."`
	// SuppressedBelow: see suppressedCell.
	SuppressedBelow int `json:"suppressed_below,omitempty" desc:"Set when the value is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; value is then absent."`
}

type jsonStateChange struct {
	Date   content.Date  `json:"date" desc:"The day the state began."`
	State  string        `json:"state" desc:"The state." enum:"states"`
	Note   string        `json:"note,omitempty" desc:"The note that changed it; absent when the calendar did."`
	Missed *content.Date `json:"missed_deadline,omitempty" desc:"The deadline whose passing made it overdue."`
}

type jsonLedgerPeriod struct {
	Period   string        `json:"period" desc:"The period's key: 2025, 2022-H1, 2024-Q3, 2024-03, or a span."`
	Start    content.Date  `json:"start" desc:"The period's first day."`
	End      content.Date  `json:"end" desc:"The period's last day."`
	Due      content.Date  `json:"due" desc:"The day its report is due."`
	Status   string        `json:"status" desc:"not-due, due-soon, missing, late or on-time." enum:"periods"`
	DaysLate int           `json:"days_late,omitempty" desc:"How many days late the first report came."`
	Notes    []string      `json:"notes" desc:"The ids of the notes that cover it."`
	Inferred bool          `json:"inferred" desc:"true when a note was assigned to it by its date."`
	NamedBy  []string      `json:"named_by" desc:"The ids of the notes that name the period themselves; the others were assigned to it by their date."`
	First    *content.Date `json:"first_report,omitempty" desc:"The date of the first note that covers it."`
}

type jsonNoteRef struct {
	ID     string       `json:"id" desc:"The note's id within the plan."`
	Date   content.Date `json:"date" desc:"The date of the report."`
	Title  string       `json:"title" desc:"The note's title."`
	Status string       `json:"status" desc:"The status reported." enum:"statuses"`
	URL    string       `json:"url" desc:"The note's page."`
}

func (r *Renderer) planJSON(p *model.Plan) jsonPlan {
	jp := jsonPlan{ID: p.ID, Title: p.Title, Authority: p.Authority,
		Approval: jsonApproval{Text: p.Approval.Text, Act: p.Approval.Act, Date: p.Approval.Date, DateText: p.Approval.DateText, Number: p.Approval.Number},
		Period:   jsonPeriod{Start: p.Period.Start, End: p.Period.End, Text: p.Period.Text},
		MainGoal: p.MainGoal, Columns: p.Columns, Signatory: p.Signatory, Demo: p.Demo, URL: r.pageURL(p.Path), Sections: []jsonSection{}}
	if jp.Columns == nil {
		jp.Columns = []string{}
	}
	for _, a := range p.Amendments {
		jp.Amendments = append(jp.Amendments, jsonAmendment{ID: a.ID, Act: a.Act, Date: a.Date, Source: a.Source})
	}
	for _, sec := range p.Sections {
		js := jsonSection{ID: sec.ID, Number: sec.Number, Numeral: sec.Numeral, Title: sec.Title, GoalsLabel: sec.GoalsLabel,
			Goals: sec.Goals, URL: r.pageURL(sec.Path), Measures: []jsonMeasure{}}
		for _, t := range sec.Tasks {
			js.Tasks = append(js.Tasks, jsonTask{ID: t.ID, Number: t.Task.Number, Title: t.Title, URL: r.pageURL(t.Path)})
		}
		for _, g := range sec.Groups {
			js.Groups = append(js.Groups, jsonGroup{ID: g.ID, Title: g.Title, URL: r.pageURL(g.Path)})
		}
		for _, m := range sec.Measures {
			js.Measures = append(js.Measures, r.measureJSON(m))
		}
		jp.Sections = append(jp.Sections, js)
	}
	jp.Reporting, jp.Confirmation = reportingJSON(p.Reporting), confirmationJSON(p.Confirmation)
	jp.Money, jp.Quality = moneyJSON(p.Money.Totals(), nil), r.qualitySummaryJSON(p.Path, p.Quality.Summary())
	return jp
}

func (r *Renderer) measureJSON(m *model.Measure) jsonMeasure {
	pr := &m.Progress
	jm := jsonMeasure{ID: m.Ref, Code: m.Code, Number: m.Number, Text: m.Text, Term: m.Term,
		ExecutorsText: m.ExecutorsText, Executors: []jsonExecRef{}, Costs: m.Costs, Indicators: []jsonIndicator{},
		State: pr.State, StateSince: pr.Since, NextDeadline: pr.Next, MissedDeadline: pr.Missed, TermUnderstood: pr.TermKnown,
		TermStart: pr.Start, TermEnd: pr.End, Continuous: pr.Continuous, Deadlines: pr.Deadlines,
		History: []jsonStateChange{}, Periods: []jsonLedgerPeriod{}, Notes: []jsonNoteRef{},
		AddedBy: m.AddedBy, RemovedBy: m.RemovedBy, URL: r.pageURL(m.Path)}
	if jm.Deadlines == nil {
		jm.Deadlines = []content.Date{}
	}
	if !pr.TermKnown {
		jm.TermProblem = textOf(pr.Unread)
	}
	if pr.Schedule["uk"] != "" || pr.Schedule["en"] != "" {
		jm.Schedule = &jsonText{UK: pr.Schedule["uk"], EN: pr.Schedule["en"]}
	}
	if m.Task != nil {
		jm.Task, jm.TaskTitle = m.Task.ID, m.Task.Title
	}
	if m.Group != nil {
		jm.Group, jm.GroupID = m.Group.Title, m.Group.ID
	}
	for _, x := range m.Executors {
		jm.Executors = append(jm.Executors, jsonExecRef{x.ID, x.Name})
	}
	for _, ind := range m.Indicators {
		jm.Indicators = append(jm.Indicators, r.indicatorJSON(ind))
	}
	for _, c := range pr.History {
		jc := jsonStateChange{Date: c.Date, State: c.State, Missed: c.Missed}
		if c.Note != nil {
			jc.Note = c.Note.Slug
		}
		jm.History = append(jm.History, jc)
	}
	for _, per := range pr.Ledger {
		jl := jsonLedgerPeriod{Period: per.Key, Start: per.Start, End: per.End, Due: per.Due, Status: per.Status.String(),
			DaysLate: per.DaysLate, Notes: []string{}, Inferred: per.Inferred}
		for _, n := range per.Notes {
			jl.Notes = append(jl.Notes, n.Slug)
			if jl.First == nil || n.Date.Before(*jl.First) {
				d := n.Date
				jl.First = &d
			}
		}
		jl.NamedBy = []string{}
		for _, n := range namedBy(per) {
			jl.NamedBy = append(jl.NamedBy, n.Slug)
		}
		jm.Periods = append(jm.Periods, jl)
	}
	for _, n := range m.Notes {
		jm.Notes = append(jm.Notes, jsonNoteRef{ID: n.Slug, Date: n.Date, Title: model.NoteTitle(n), Status: n.Status.Key, URL: r.pageURL(n.Path)})
	}
	jm.Reporting, jm.Verification = reportingJSON(pr.Reporting), latestLevel(m)
	if m.Money.HasAny() {
		money := measureMoneyJSON(m)
		jm.Money = &money
	}
	for _, s := range m.Money.Spent {
		jm.Spending = append(jm.Spending, spendingJSON(s))
	}
	jm.QualityLacks = m.Plan.Quality.Lacks(m)
	return jm
}

func textOf(t diag.Text) *jsonText { return &jsonText{UK: t.UK, EN: t.EN} }

func (r *Renderer) indicatorJSON(ind *model.Indicator) jsonIndicator {
	ji := jsonIndicator{N: ind.N, ID: ind.Ref, Text: ind.Text, BaselineSuppressedBelow: ind.BaselineFewerThan, TargetSuppressedBelow: ind.TargetFewerThan}
	if s := ind.Spec; s != nil {
		ji.Label, ji.Unit, ji.Direction = s.Label, s.Unit, s.Direction
		ji.Baseline, ji.BaselineDate, ji.Target, ji.TargetDate = s.Baseline, s.BaselineDate, s.Target, s.TargetDate
	}
	if ind.Achieved != nil {
		ji.Achieved = ind.Achieved.Achieved
	}
	for _, v := range ind.Values {
		ji.Values = append(ji.Values, jsonValue{Date: v.Date, Value: v.Value, Achieved: v.Achieved, Comment: v.Comment, SuppressedBelow: v.FewerThan,
			Note: v.Note.Slug, NoteURL: r.pageURL(v.Note.Path)})
	}
	return ji
}

// plansJSON is data/plans.json, from the plans' summaries.
func (r *Renderer) plansJSON(plans []*model.PlanSummary) jsonSite {
	s := r.site
	list := []jsonPlanSummary{}
	for _, p := range plans {
		list = append(list, jsonPlanSummary{ID: p.ID, Title: p.Title, Authority: p.Authority,
			Start: p.Period.Start, End: p.Period.End, Measures: p.Measures, Notes: p.Notes, States: p.Counts,
			URL: r.pageURL(p.Path), JSON: r.dataURL(p.ID + ".json"), CSV: r.dataURL(p.ID + "-measures.csv"),
			XLSX: r.dataURL(p.ID + ".xlsx"), NotesJSON: r.dataURL(p.ID + "/notes.json"), Results: r.dataURL(p.ID + "/indicator-results.json"),
			Reporting: reportingJSON(p.Reporting), Confirmation: confirmationJSON(p.Confirmation), Money: moneyJSON(p.Money, nil),
			Quality: r.qualitySummaryJSON(p.Path, p.Quality)})
	}
	return jsonSite{AsOf: s.AsOf, Demo: s.Demo, Plans: list}
}

// dataURL is the absolute address of a file under /data/.
func (r *Renderer) dataURL(name string) string { return r.pageURL("/data/" + name) }
