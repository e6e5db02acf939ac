package render

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/money"
)

// The cells of accountability in a plan's rows (see datatables_account.go).

// sumCell writes a sum as the data files write numbers.
func sumCell(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// uahAndOther splits sums into the hryvnias (a cell, "" for none) and
// the other currencies ("1500 EUR; 200 USD").
func uahAndOther(sums []model.Sum) (uah, other string) {
	var rest []string
	for _, s := range sums {
		if s.Currency == money.Currency {
			uah = sumCell(s.Value)
		} else {
			rest = append(rest, sumCell(s.Value)+" "+s.Currency)
		}
	}
	return uah, strings.Join(rest, "; ")
}

// costsRead are the sums read from a costs cell, one per line: "120000
// yearly: 120,0 тис. грн щороку".
func costsRead(as []money.Amount) string {
	lines := make([]string, len(as))
	for i, a := range as {
		l := sumCell(a.Value)
		switch {
		case a.Year != 0:
			l += " " + strconv.Itoa(a.Year)
		case a.Yearly:
			l += " yearly"
		}
		lines[i] = l + ": " + a.Text
	}
	return strings.Join(lines, "\n")
}

// moneyByYear are the years' planned sums ("2021: 120000; 2022: 120000")
// and spent ones ("2021: 45000 UAH").
func moneyByYear(years []model.YearMoney) (planned, spent string) {
	var ps, ss []string
	for _, y := range years {
		year := strconv.Itoa(y.Year) + ": "
		if y.PlannedKnown {
			ps = append(ps, year+sumCell(y.Planned))
		}
		for _, s := range y.Spent {
			ss = append(ss, year+sumCell(s.Value)+" "+s.Currency)
		}
	}
	return strings.Join(ps, "; "), strings.Join(ss, "; ")
}

// latestLevel is how the latest report on m is verified, "" without one.
func latestLevel(m *model.Measure) string {
	if n := m.Progress.Reported; n != nil {
		return n.Level()
	}
	return ""
}

// measureAccountCells are a measure's cells of measureAccountFields.
func measureAccountCells(m *model.Measure) []string {
	t := m.Money.Totals()
	planned := ""
	if t.PlannedKnown {
		planned = sumCell(t.PlannedTotal)
	}
	byYear, spentByYear := moneyByYear(t.Years)
	spent, other := uahAndOther(t.SpentTotal)
	rep := m.Progress.Reporting
	return []string{costsRead(m.Money.Planned), planned, byYear, spent, spentByYear, other,
		strconv.Itoa(rep.Due), strconv.Itoa(rep.OnTime), strconv.Itoa(rep.Late), strconv.Itoa(rep.Missing),
		latestLevel(m), strings.Join(m.Plan.Quality.Lacks(m), "; ")}
}

// notePeriods are the reporting periods note n covers, in its measures'
// order: those it names, or else those its measures' ledgers assigned it
// to by its date; and whether they were so inferred.
func notePeriods(n *model.Note) (keys []string, inferred bool) {
	if len(n.NamedPeriods) > 0 {
		return n.NamedPeriods, false
	}
	seen := map[string]bool{}
	for _, m := range n.Measures {
		for _, per := range m.Progress.Ledger {
			for _, x := range per.Notes {
				if x == n && !seen[per.Key] {
					seen[per.Key] = true
					keys = append(keys, per.Key)
				}
			}
		}
	}
	return keys, len(keys) > 0
}

// noteAccountCells are a note's cells of noteAccountFields.
func (r *Renderer) noteAccountCells(n *model.Note) []string {
	by, on, url, comment := "", "", "", ""
	if v := n.Verification; v != nil {
		by, on, url, comment = v.By, dateCell(v.Date), v.URL, v.Comment
	}
	periods, inferred := notePeriods(n)
	inf := ""
	if len(periods) > 0 {
		inf = strconv.FormatBool(inferred)
	}
	return []string{n.Level(), by, on, url, comment, strings.Join(periods, "; "), inf, strconv.Itoa(len(n.Spent))}
}

// evidenceURL is the address of an evidence item: its own, or that of the
// copy kept with the portal.
func (r *Renderer) evidenceURL(e model.EvidenceItem) string {
	if e.URL == "" && e.Local != nil {
		return r.pageURL(e.Local.Path)
	}
	return e.URL
}

// planAccountCells are a plan's cells of planAccountFields, from its
// summary.
func (r *Renderer) planAccountCells(p *model.PlanSummary) []string {
	rep, c, q := p.Reporting, p.Confirmation, p.Quality
	planned := ""
	if p.Money.PlannedKnown {
		planned = sumCell(p.Money.PlannedTotal)
	}
	spent, other := uahAndOther(p.Money.SpentTotal)
	row := []string{strconv.Itoa(rep.Due), strconv.Itoa(rep.OnTime), strconv.Itoa(rep.Late), strconv.Itoa(rep.Missing),
		strconv.Itoa(c.Reported), strconv.Itoa(c.Self), strconv.Itoa(c.Document), strconv.Itoa(c.Independent),
		strconv.Itoa(c.IndependentPercent()), planned, spent, other, strconv.Itoa(q.Measures), strconv.Itoa(q.Complete)}
	for _, k := range model.QualityChecks {
		row = append(row, strconv.Itoa(q.Failing[k]))
	}
	return append(row, r.pageURL(QualityPath(p.Path)), r.pageURL(qualityJSONPath(p.Path)))
}

// qualityJSONPath is the site path of a plan's data-quality report as
// JSON.
func qualityJSONPath(planPath string) string { return planPath + "quality.json" }

// spendingRows are a plan's rows of spending.csv.
func (r *Renderer) spendingRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, n := range p.Notes {
		for i, s := range n.Spent {
			urls := make([]string, len(s.Prozorro))
			for j, id := range s.Prozorro {
				urls[j] = model.ProzorroURL(id)
			}
			rows = append(rows, []string{p.ID, n.Slug, strconv.Itoa(i + 1), s.Measure.Ref, s.Measure.Code, strconv.Itoa(s.Year),
				numberCell(s.Amount), s.Currency, s.Source, s.Programme, strings.Join(s.Prozorro, "; "), strings.Join(urls, "\n"),
				s.Comment, n.Date.String(), strconv.FormatBool(n.Demo), r.pageURL(n.Path)})
		}
	}
	return rows
}

// namedBy are the notes covering a period that name it themselves.
func namedBy(per model.Period) []*model.Note {
	var out []*model.Note
	for _, n := range per.Notes {
		for _, k := range n.NamedPeriods {
			if k == per.Key {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// firstReport is the date of the first note covering a period, "" for
// none.
func firstReport(per model.Period) string {
	first := ""
	for _, n := range per.Notes {
		if d := n.Date.String(); first == "" || d < first {
			first = d
		}
	}
	return first
}
