package render

import (
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
)

// Accountability in the JSON files (see datajson.go): reporting tallies,
// verification, money planned and spent, and the data-quality report, in
// types of their own so that each field is described in the schemas.

type jsonReporting struct {
	Due     int `json:"due" desc:"How many reporting periods have come due by the build date."`
	OnTime  int `json:"on_time" desc:"How many of them were reported on time."`
	Late    int `json:"late" desc:"How many were reported late."`
	Missing int `json:"missing" desc:"How many have no report."`
}

func reportingJSON(r model.Reporting) jsonReporting {
	return jsonReporting{Due: r.Due, OnTime: r.OnTime, Late: r.Late, Missing: r.Missing}
}

type jsonConfirmation struct {
	Reported           int `json:"reported" desc:"How many measures have at least one report."`
	Self               int `json:"self" desc:"How many of them have a latest report verified by the executor alone."`
	Document           int `json:"document" desc:"How many have a latest report backed by an official document."`
	Independent        int `json:"independent" desc:"How many have a latest report confirmed independently."`
	IndependentPercent int `json:"independent_percent" desc:"independent as a share of reported, in whole per cent rounded down; 0 when none is reported."`
}

func confirmationJSON(c model.Confirmation) jsonConfirmation {
	return jsonConfirmation{Reported: c.Reported, Self: c.Self, Document: c.Document, Independent: c.Independent,
		IndependentPercent: c.IndependentPercent()}
}

type jsonSum struct {
	Currency string  `json:"currency" desc:"The ISO 4217 code of the sum."`
	Value    float64 `json:"value" desc:"The sum."`
}

type jsonYearMoney struct {
	Year         int       `json:"year" desc:"The year."`
	Planned      *float64  `json:"planned,omitempty" desc:"Planned for the year, in hryvnias; absent when nothing is planned for it."`
	Spent        []jsonSum `json:"spent" desc:"Reported spent in the year, per currency."`
	PlannedKnown bool      `json:"planned_known" desc:"true when the costs name a sum for the year (0 may be one)."`
}

type jsonAmount struct {
	Value    float64 `json:"value" desc:"The sum, in hryvnias: 120,0 тис. грн is 120000."`
	Currency string  `json:"currency" desc:"Always UAH."`
	Yearly   bool    `json:"yearly,omitempty" desc:"true when the words say the sum is for every year (щороку)."`
	Year     int     `json:"year,omitempty" desc:"The one year the words give the sum for."`
	Text     string  `json:"text" desc:"The words of the costs cell the sum was read from, as written."`
}

// jsonMoney is what a measure or a plan was to cost and what was spent.
type jsonMoney struct {
	PlannedKnown bool            `json:"planned_known" desc:"true when a sum is read from the costs at all."`
	Read         []jsonAmount    `json:"read,omitempty" desc:"The sums read from the measure's costs cell, in its order; the cell itself (costs) stays as adopted."`
	PlannedTerm  float64         `json:"planned_term" desc:"Planned for the term as a whole, in hryvnias: sums that name neither a year nor every year."`
	PlannedTotal float64         `json:"planned_total" desc:"Everything planned, in hryvnias."`
	SpentTotal   []jsonSum       `json:"spent_total" desc:"Everything reported spent, per currency (the hryvnia first)."`
	Years        []jsonYearMoney `json:"years" desc:"The years with a sum planned for or spent in them, oldest first."`
}

func moneyJSON(t model.MoneyTotals, read []jsonAmount) jsonMoney {
	jm := jsonMoney{PlannedKnown: t.PlannedKnown, Read: read, PlannedTerm: t.PlannedTerm, PlannedTotal: t.PlannedTotal,
		SpentTotal: sumsJSON(t.SpentTotal), Years: []jsonYearMoney{}}
	for _, y := range t.Years {
		jy := jsonYearMoney{Year: y.Year, Spent: sumsJSON(y.Spent), PlannedKnown: y.PlannedKnown}
		if y.PlannedKnown {
			v := y.Planned
			jy.Planned = &v
		}
		jm.Years = append(jm.Years, jy)
	}
	return jm
}

func sumsJSON(sums []model.Sum) []jsonSum {
	out := []jsonSum{}
	for _, s := range sums {
		out = append(out, jsonSum{Currency: s.Currency, Value: s.Value})
	}
	return out
}

// measureMoneyJSON is a measure's money, with the sums read from its costs.
func measureMoneyJSON(m *model.Measure) jsonMoney {
	var read []jsonAmount
	for _, a := range m.Money.Planned {
		read = append(read, jsonAmount{Value: a.Value, Currency: a.Currency, Yearly: a.Yearly, Year: a.Year, Text: a.Text})
	}
	return moneyJSON(m.Money.Totals(), read)
}

// jsonSpending is a sum a note reports spent.
type jsonSpending struct {
	Note         string   `json:"note" desc:"The id of the note that reports it."`
	Measure      string   `json:"measure" desc:"The id of the measure it was spent on."`
	Year         int      `json:"year" desc:"The budget year it was spent in."`
	Amount       *float64 `json:"amount,omitempty" desc:"The sum, in currency; absent when the note gives none."`
	Currency     string   `json:"currency" desc:"The ISO 4217 code of the sum."`
	Source       string   `json:"source,omitempty" desc:"The funding source as the note names it."`
	Programme    string   `json:"programme,omitempty" desc:"The budget programme code (КПКВК or ТПКВКМБ)."`
	Prozorro     []string `json:"prozorro" desc:"The ids of the procurements in Prozorro."`
	ProzorroURLs []string `json:"prozorro_urls" desc:"The public pages of those procurements."`
	Comment      string   `json:"comment,omitempty" desc:"What the money bought."`
}

func spendingJSON(s *model.Spent) jsonSpending {
	js := jsonSpending{Note: s.Note.Slug, Measure: s.Measure.Ref, Year: s.Year, Amount: s.Amount, Currency: s.Currency,
		Source: s.Source, Programme: s.Programme, Prozorro: []string{}, ProzorroURLs: []string{}, Comment: s.Comment}
	for _, id := range s.Prozorro {
		js.Prozorro = append(js.Prozorro, id)
		js.ProzorroURLs = append(js.ProzorroURLs, model.ProzorroURL(id))
	}
	return js
}

type jsonVerification struct {
	Level   string        `json:"level" desc:"self (the executor reports on its own work), document (an official document backs it) or independent (someone outside the executor confirmed it)." enum:"verification"`
	By      string        `json:"by,omitempty" desc:"Who verified the report."`
	Date    *content.Date `json:"date,omitempty" desc:"When it was verified."`
	URL     string        `json:"url,omitempty" desc:"The confirmation itself: a letter, minutes, a reply to an information request."`
	Comment string        `json:"comment,omitempty" desc:"What the note says about the verification."`
}

func verificationJSON(n *model.Note) jsonVerification {
	jv := jsonVerification{Level: n.Level()}
	if v := n.Verification; v != nil {
		jv.By, jv.Date, jv.URL, jv.Comment = v.By, v.Date, v.URL, v.Comment
	}
	return jv
}

type jsonQualitySummary struct {
	Measures  int    `json:"measures" desc:"How many measures are checked: those in force."`
	Complete  int    `json:"complete" desc:"How many pass every check."`
	Term      int    `json:"lacking_term" desc:"How many have no term that can be read."`
	Executor  int    `json:"lacking_executor" desc:"How many have no body of the registry responsible."`
	Indicator int    `json:"lacking_indicator" desc:"How many have no measurable indicator."`
	Reports   int    `json:"lacking_reports" desc:"How many lack a report due."`
	URL       string `json:"url" desc:"The plan's data-quality page."`
	JSON      string `json:"json" desc:"The plan's data-quality report as JSON (measure by measure)."`
}

func (r *Renderer) qualitySummaryJSON(planPath string, q model.QualitySummary) jsonQualitySummary {
	return jsonQualitySummary{Measures: q.Measures, Complete: q.Complete, Term: q.Failing[model.QualityTerm],
		Executor: q.Failing[model.QualityExecutor], Indicator: q.Failing[model.QualityIndicator], Reports: q.Failing[model.QualityReports],
		URL: r.pageURL(QualityPath(planPath)), JSON: r.pageURL(qualityJSONPath(planPath))}
}
