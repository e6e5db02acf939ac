package render

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
)

// A plan's rows of the open-data tables (see datatables.go), cells as the
// CSV files write them: dates YYYY-MM-DD, numbers as Go writes them
// shortest, true and false, "" for none.

// pageURL is the absolute address of a site path in the first language, as the open data names pages.
func (r *Renderer) pageURL(sitePath string) string {
	s := r.site
	return s.Config.Absolute(r.link(s.Config.Languages[0], sitePath))
}

func dateCell(d *content.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func numberCell(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func boolCell(b *bool) string {
	if b == nil {
		return ""
	}
	return strconv.FormatBool(*b)
}

// measureRows are a plan's rows of measures.csv, and of its own
// <plan>-measures.csv.
func (r *Renderer) measureRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, m := range p.All { // removed measures too: their addresses stay
		var ids, names []string
		for _, x := range m.Executors {
			ids = append(ids, x.ID)
			names = append(names, x.Name)
		}
		task, taskTitle, group, costs := "", "", "", ""
		if m.Task != nil {
			task, taskTitle = m.Task.ID, m.Task.Title
		}
		if m.Group != nil {
			group = m.Group.Title
		}
		if m.Costs != nil {
			costs = *m.Costs
		}
		pr := &m.Progress
		rows = append(rows, append([]string{m.Plan.ID, m.Ref, m.Code, m.Section.Number, m.Section.Title, task, group, m.Number,
			m.Text, m.Term, m.ExecutorsText, strings.Join(ids, "; "), strings.Join(names, "; "), costs,
			strings.Join(m.IndicatorTexts(), "\n"), pr.State, dateCell(pr.Next), strconv.Itoa(len(m.Notes)),
			r.pageURL(m.Path), taskTitle, pr.Since.String(), dateCell(pr.Missed), dateCell(pr.Start), dateCell(pr.End),
			m.AddedBy, m.RemovedBy}, measureAccountCells(m)...))
	}
	return rows
}

// measureExecutorRows are a plan's rows of measure-executors.csv.
func (r *Renderer) measureExecutorRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, m := range p.Measures {
		for i, x := range m.Executors {
			rows = append(rows, []string{p.ID, m.Ref, strconv.Itoa(i + 1), x.ID, x.Name})
		}
	}
	return rows
}

// indicatorRows are a plan's rows of indicators.csv.
func (r *Renderer) indicatorRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, m := range p.Measures {
		for _, ind := range m.Indicators {
			row := []string{p.ID, ind.Ref, m.Ref, m.Code, strconv.Itoa(ind.N), ind.Text, strconv.FormatBool(ind.Spec != nil),
				"", "", "", "", "", "", "", strconv.Itoa(len(ind.Values)), "", "", "",
				suppressedCell(ind.BaselineFewerThan), suppressedCell(ind.TargetFewerThan), ""}
			if s := ind.Spec; s != nil {
				row[7], row[8], row[9] = s.Label, s.Unit, s.Direction
				row[10], row[11], row[12], row[13] = numberCell(s.Baseline), dateCell(s.BaselineDate), numberCell(s.Target), dateCell(s.TargetDate)
				if v := latestNumber(ind); v != nil {
					row[15], row[16], row[20] = numberCell(v.Value), v.Date.String(), suppressedCell(v.FewerThan)
				}
			}
			if ind.Achieved != nil {
				row[17] = boolCell(ind.Achieved.Achieved)
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// latestNumber is the indicator's latest numeric value, if any: perhaps
// one withheld as a small count (FewerThan), which stands as the latest
// all the same, so that an older value is not shown as the latest.
func latestNumber(ind *model.Indicator) *model.IndicatorValue {
	var out *model.IndicatorValue
	for i := range ind.Values {
		v := &ind.Values[i]
		if (v.Value != nil || v.FewerThan > 0) && (out == nil || !v.Date.Before(out.Date)) {
			out = v
		}
	}
	return out
}

// valueRows are a plan's rows of indicator-values.csv.
func (r *Renderer) valueRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, m := range p.Measures {
		for _, ind := range m.Indicators {
			unit := ""
			if ind.Spec != nil {
				unit = ind.Spec.Unit
			}
			for _, v := range ind.Values {
				rows = append(rows, []string{p.ID, ind.Ref, m.Code, ind.Text, unit, v.Date.String(), numberCell(v.Value),
					boolCell(v.Achieved), strconv.FormatBool(v.Note.Demo), r.pageURL(v.Note.Path), m.Ref, v.Note.Slug, v.Comment, suppressedCell(v.FewerThan)})
			}
		}
	}
	return rows
}

// noteRows are a plan's rows of notes.csv.
func (r *Renderer) noteRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, n := range p.Notes {
		var refs, urls []string
		for _, m := range n.Measures {
			refs = append(refs, m.Ref)
		}
		for _, e := range n.EvidenceItems {
			urls = append(urls, r.evidenceURL(e))
		}
		reporter := ""
		if n.Reporter != nil {
			reporter = n.Reporter.ID
		}
		rows = append(rows, append([]string{n.Date.String(), p.ID, strings.Join(refs, "; "), n.Status.Key, reporter,
			model.NoteTitle(n), strconv.FormatBool(n.Demo), r.pageURL(n.Path), n.Slug, model.StatusSlug(n.Status),
			strings.TrimSpace(n.Body), strings.Join(urls, "\n")}, r.noteAccountCells(n)...))
	}
	return rows
}

// noteMeasureRows are a plan's rows of note-measures.csv.
func (r *Renderer) noteMeasureRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, n := range p.Notes {
		for _, m := range n.Measures {
			rows = append(rows, []string{p.ID, n.Slug, m.Ref, m.Code})
		}
	}
	return rows
}

// evidenceRows are a plan's rows of evidence.csv.
func (r *Renderer) evidenceRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, n := range p.Notes {
		for i, e := range n.EvidenceItems {
			file, size, sum := "", "", e.SHA256
			if e.Local != nil {
				file, size, sum = r.pageURL(e.Local.Path), strconv.FormatInt(e.Local.Size, 10), e.Local.SHA256
			}
			rows = append(rows, []string{p.ID, n.Slug, strconv.Itoa(i + 1), e.Title, e.URL, e.ArchivedURL, file, size, strings.ToLower(sum)})
		}
	}
	return rows
}

// periodRows are a plan's rows of periods.csv: each measure's reporting
// ledger.
func (r *Renderer) periodRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, m := range p.Measures {
		for _, per := range m.Progress.Ledger {
			days := ""
			if per.DaysLate > 0 {
				days = strconv.Itoa(per.DaysLate)
			}
			rows = append(rows, []string{p.ID, m.Ref, m.Code, per.Key, per.Start.String(), per.End.String(), per.Due.String(),
				per.Status.String(), days, noteSlugs(per.Notes), strconv.FormatBool(per.Inferred), noteSlugs(namedBy(per)), firstReport(per)})
		}
	}
	return rows
}

func noteSlugs(ns []*model.Note) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Slug
	}
	return strings.Join(out, "; ")
}

// historyRows are a plan's rows of state-history.csv.
func (r *Renderer) historyRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, m := range p.Measures {
		for _, c := range m.Progress.History {
			note := ""
			if c.Note != nil {
				note = c.Note.Slug
			}
			rows = append(rows, []string{p.ID, m.Ref, m.Code, c.Date.String(), c.State, note, dateCell(c.Missed)})
		}
	}
	return rows
}

// planRow is a plan's row of plans.csv, from its summary.
func (r *Renderer) planRow(p *model.PlanSummary) []string {
	row := []string{p.ID, p.Title, p.Authority, p.Approval.Act, dateCell(p.Approval.Date), p.Approval.Number,
		strconv.Itoa(p.Period.Start), strconv.Itoa(p.Period.End), strconv.Itoa(p.Sections), strconv.Itoa(p.Measures),
		strconv.Itoa(p.Notes), strconv.FormatBool(p.Demo), r.pageURL(p.Path)}
	for _, s := range model.StateOrder {
		row = append(row, strconv.Itoa(p.Counts[s]))
	}
	return append(row, r.planAccountCells(p)...)
}

// executorRows are the rows of executors.csv.
func (r *Renderer) executorRows(execs []*model.ExecutorView) [][]string {
	rows := make([][]string, 0, len(execs))
	for _, x := range execs {
		rows = append(rows, []string{x.ID, x.Name, x.Short, strings.Join(x.Aliases, "; "), strconv.Itoa(x.Count), r.pageURL(x.Path)})
	}
	return rows
}

// planExecutorRows are the rows of a plan's executors sheet: the bodies
// with measures or reports in the plan, with their measures in it.
func (r *Renderer) planExecutorRows(p *model.Plan) [][]string {
	rows := make([][]string, 0, len(p.Executors))
	for _, x := range p.Executors {
		n := 0
		if len(x.ByPlan) > 0 {
			n = len(x.ByPlan[0].Measures)
		}
		rows = append(rows, []string{x.ID, x.Name, x.Short, strings.Join(x.Aliases, "; "), strconv.Itoa(n), r.pageURL(x.Path)})
	}
	return rows
}

// suppressedCell is the bound a withheld small count lies below, "" for
// a value published as it is.
func suppressedCell(fewerThan int) string {
	if fewerThan == 0 {
		return ""
	}
	return strconv.Itoa(fewerThan)
}
