package render

import (
	"html/template"
	"math"
	"strconv"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/chart"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/money"
	"github.com/plansite/plansite/generator/internal/term"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// What pages say about accountability: the reporting periods due and
// missed, how reports are verified, money planned and spent, values
// suppressed to protect children.

// levelTag is a verification level as pages show it: a word and an icon,
// never colour alone.
type levelTag struct {
	Key, Label string
}

// Level returns the tag of a note's verification level.
func (p *page) Level(n *model.Note) levelTag { return p.LevelOf(n.Level()) }

// LevelOf returns the tag of a verification level key.
func (p *page) LevelOf(key string) levelTag {
	if key == "" {
		key = content.VerifySelf
	}
	return levelTag{Key: key, Label: p.T("verify." + key)}
}

// PeriodLabel names a reporting period by its key: "2022, I півріччя".
func (p *page) PeriodLabel(key string) string { return term.Period{Key: key}.Label(p.Lang) }

// ReportingOf tallies the reporting periods of measures.
func (p *page) ReportingOf(ms []*model.Measure) model.Reporting {
	var r model.Reporting
	for _, m := range ms {
		r.Add(m.Progress.Reporting)
	}
	return r
}

// ConfirmationOf counts measures with reports by how their latest report
// is verified.
func (p *page) ConfirmationOf(ms []*model.Measure) model.Confirmation {
	var c model.Confirmation
	for _, m := range ms {
		c.Count(m)
	}
	return c
}

// Reporting says how many reports due were not filed: "3 з 11 звітів не
// подано"; "" when none came due.
func (p *page) Reporting(r model.Reporting) string {
	if r.Due == 0 {
		return ""
	}
	of := p.T("reporting.of." + uktext.Plural(p.Lang, r.Due))
	if r.Missing == 0 {
		return p.T("reporting.all", r.Due, of)
	}
	return p.T("reporting.missing", r.Missing, r.Due, of)
}

// ReportingLate says how many reports came late: "2 — із запізненням".
func (p *page) ReportingLate(r model.Reporting) string {
	if r.Late == 0 {
		return ""
	}
	return p.T("reporting.late", r.Late)
}

// Confirmation says how much of the reported progress is confirmed by
// someone other than the executor; "" when nothing is reported.
func (p *page) Confirmation(c model.Confirmation) string {
	if c.Reported == 0 {
		return ""
	}
	s := p.T("confirm.independent", c.Independent, c.Reported, p.T("confirm.of."+uktext.Plural(p.Lang, c.Reported)), c.IndependentPercent())
	if c.Document > 0 {
		s += "; " + p.T("confirm.document", c.Document)
	}
	return s
}

// Money formats a sum: "120 000 грн", "1 500,50 EUR" / "UAH 120,000".
func (p *page) Money(v float64, currency string) string {
	dec := 0
	if v != math.Trunc(v) {
		dec = 2
	}
	num := chart.FormatNumber(v, dec, p.Lang)
	if currency == "" {
		currency = money.Currency
	}
	if p.Lang != "uk" {
		return currency + "\u00a0" + num
	}
	if currency == money.Currency {
		currency = "грн"
	}
	return num + "\u00a0" + currency
}

// Sums formats sums in several currencies: "120 000 грн + 1 500 EUR".
func (p *page) Sums(sums []model.Sum) string {
	s := ""
	for i, x := range sums {
		if i > 0 {
			s += " + "
		}
		s += p.Money(x.Value, x.Currency)
	}
	return s
}

// Planned says how a sum read from the costs cell was read: "120 000 грн
// на рік", "50 000 грн у 2022 році", "500 000 грн".
func (p *page) Planned(a money.Amount) string {
	s := p.Money(a.Value, a.Currency)
	switch {
	case a.Year != 0:
		return s + " " + p.T("money.in-year", a.Year)
	case a.Yearly:
		return s + " " + p.T("money.per-year")
	}
	return s
}

// FewerThan writes a suppressed count: "менше 5".
func (p *page) FewerThan(n int) string { return p.T("privacy.fewer", n) }

// MinCount is the site's privacy threshold.
func (p *page) MinCount() int { return p.Site.Config.Privacy.MinCount }

// Size formats a file size: "1,2 МБ", "340 КБ".
func (p *page) Size(n int64) string {
	switch {
	case n >= 1<<20:
		return chart.FormatNumber(float64(n)/(1<<20), 1, p.Lang) + "\u00a0" + p.T("size.mb")
	case n >= 1<<10:
		return strconv.FormatInt((n+(1<<9))>>10, 10) + "\u00a0" + p.T("size.kb")
	}
	return strconv.FormatInt(n, 10) + "\u00a0" + p.T("size.b")
}

// ProzorroURL links a Prozorro procurement's public page.
func (p *page) ProzorroURL(id string) string { return model.ProzorroURL(id) }

// QualityPath is the site path of plan's data-quality page.
func QualityPath(planPath string) string { return planPath + "quality/" }

// LevelIcon is the icon of a verification level: an outline for a report
// the executor makes itself, a page for one a document backs, a seal with
// a tick for one confirmed independently. It is hidden from assistive
// technology; the level's word beside it says the same.
func LevelIcon(key string) template.HTML {
	const open = `<svg class="verify-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">`
	switch key {
	case content.VerifyIndependent:
		return open + `<path d="M8 1l5.5 2v4.2c0 3.3-2.3 6.3-5.5 7.3-3.2-1-5.5-4-5.5-7.3V3z" fill="currentColor"/><path class="verify-tick" d="M5 8.2l2 2 4-4.2" fill="none" stroke="#fff" stroke-width="1.8"/></svg>`
	case content.VerifyDocument:
		return open + `<path d="M3.5 1.5h6l3 3v10h-9z" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.5 7.5h5M5.5 10h5M5.5 12.5h3" stroke="currentColor" stroke-width="1.2"/></svg>`
	}
	return open + `<circle cx="8" cy="5" r="3" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M2.5 15c0-3 2.5-5 5.5-5s5.5 2 5.5 5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`
}

func init() {
	templateFuncs["levelIcon"] = LevelIcon
	templateFuncs["qualityPath"] = QualityPath
	templateFuncs["printPath"] = PrintPath
}

// QualityDetail says what measure m lacks for check key of the
// data-quality report, quoting the plan's own words.
func (p *page) QualityDetail(m *model.Measure, key string) template.HTML {
	official := func(s string) string {
		return `<span class="official" lang="uk">` + template.HTMLEscapeString(s) + `</span>`
	}
	text := func(k string, args ...any) template.HTML {
		return template.HTML(template.HTMLEscapeString(p.T(k, args...))) // #nosec: escaped
	}
	switch key {
	case model.QualityTerm:
		if m.Term == "" {
			return text("quality.term.none")
		}
		return template.HTML(p.T("quality.term.unread", official(m.Term))) // #nosec: escaped
	case model.QualityExecutor:
		if m.ExecutorsText == "" {
			return text("quality.executor.none")
		}
		return template.HTML(p.T("quality.executor.unknown", official(m.ExecutorsText))) // #nosec: escaped
	case model.QualityIndicator:
		described := 0
		for _, ind := range m.Indicators {
			if ind.Spec != nil {
				described++
			}
		}
		if described == 0 {
			return text("quality.indicator.none", len(m.Indicators))
		}
		return text("quality.indicator.partial")
	case model.QualityReports:
		if r := m.Progress.Reporting; r.Missing > 0 {
			return text("quality.reports.missing", p.Reporting(r))
		}
		return text("quality.reports.overdue", p.Reason(m))
	}
	return ""
}
