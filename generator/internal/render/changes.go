package render

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// What changed in a plan (model/changes.go), as pages a person reads
// without JavaScript and as data:
//
//	/<plan>/changes/            the months, newest first, with counts
//	/<plan>/changes/<yyyy>/     a year's changes, by month
//	/<plan>/changes/<yyyy-mm>/  a month's changes, by day
//	/<plan>/changes.csv, .json  every change, newest first
//
// Each page's key covers the changes it lists (or, on the first, the
// months' counts), not the build date: a build a day later renders again
// the pages of the month that gained a change, its year and the list of
// months, and no other. With JavaScript, changes.js filters changes.json
// by dates on the first page.

// ChangesFolder is the folder of a plan's changes under its path.
const ChangesFolder = "changes/"

// changesView is what a page of changes shows.
type changesView struct {
	// Index marks the plan's first page of changes, which lists Years.
	Index bool
	Years []changeYear
	// Months are the months a year's or a month's page lists.
	Months []*model.ChangeMonth
	// Year is the year of a year's page; Month the month of a month's.
	Year  int
	Month *model.ChangeMonth
	// Total counts the changes the page covers.
	Total int
	// Portal are the latest months of every plan's changes, on the
	// portal's page of what changed.
	Portal []*model.PortalChangeMonth
}

// PortalChangeMonths is how many months the portal's page of what changed
// lists: two years; older months are on each plan's page.
const PortalChangeMonths = 24

// changeYear is a year of changes with its months, newest first.
type changeYear struct {
	Year   int
	Months []*model.ChangeMonth
	Total  int
}

// changeYears groups months (newest first) by year.
func changeYears(months []*model.ChangeMonth) []changeYear {
	var out []changeYear
	for _, m := range months {
		if n := len(out); n == 0 || out[n-1].Year != m.Year {
			out = append(out, changeYear{Year: m.Year})
		}
		y := &out[len(out)-1]
		y.Months = append(y.Months, m)
		y.Total += len(m.Changes)
	}
	return out
}

// changesJobs lists the pages of plan pl's changes in lang.
func (r *Renderer) changesJobs(lang string, pl *model.Plan, months []*model.ChangeMonth) []job {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	home := crumb{t("nav.home"), "/"}
	planCrumbs := []crumb{home, {planLabel(pl), pl.Path}}
	folder := pl.Path + ChangesFolder
	changesCrumbs := append(append([]crumb(nil), planCrumbs...), crumb{t("changes.title"), folder})
	var jobs []job
	add := func(sitePath, title string, crumbs []crumb, key *engine.Hasher, v *changesView) {
		p := r.newPage(lang, "changes", sitePath, title, crumbs)
		p.Plan, p.Extra = pl, v
		jobs = append(jobs, job{unit: pl.Dir, file: r.pageFile(lang, sitePath, "changes"), kind: "changes", key: key.Done(), page: p})
	}
	years := changeYears(months)
	index := r.key("changes", lang).Key(pl.HeaderKey)
	total := 0
	for _, m := range months {
		index.String(m.Month)
		for _, k := range model.ChangeKindList {
			index.Int(int64(m.Counts[k]))
		}
		total += len(m.Changes)
	}
	add(folder, t("changes.title"), planCrumbs, index, &changesView{Index: true, Years: years, Total: total})
	for _, y := range years {
		yk := r.key("changes-year", lang).Key(pl.HeaderKey).Int(int64(y.Year))
		for _, m := range y.Months {
			yk.Key(m.Key)
		}
		year := strconv.Itoa(y.Year)
		add(folder+year+"/", t("changes.title.period", year), changesCrumbs, yk, &changesView{Months: y.Months, Year: y.Year, Total: y.Total})
		yearCrumbs := append(append([]crumb(nil), changesCrumbs...), crumb{year, folder + year + "/"})
		for _, m := range y.Months {
			add(folder+m.Month+"/", t("changes.title.period", monthName(lang, r, m.Month)), yearCrumbs,
				r.key("changes-month", lang).Key(pl.HeaderKey).Key(m.Key),
				&changesView{Months: []*model.ChangeMonth{m}, Year: y.Year, Month: m, Total: len(m.Changes)})
		}
	}
	return jobs
}

// monthName names a month "2025-06" in lang: "червень 2025", "June 2025".
func monthName(lang string, r *Renderer, month string) string {
	n, _ := strconv.Atoi(month[5:7])
	return r.theme.text(lang, "changes.month."+strconv.Itoa(n)) + " " + month[:4]
}

// MonthName names a month "2025-06" in the page's language.
func (p *page) MonthName(month string) string { return monthName(p.Lang, p.r, month) }

// ChangesView is the page's changes, on a page of changes.
func (p *page) ChangesView() *changesView {
	v, _ := p.Extra.(*changesView)
	return v
}

// changeDay is the changes of one day, for a month's page.
type changeDay struct {
	Date    string
	Changes []*model.PlanChange
}

// ChangeDays groups a month's changes (newest first) by day.
func (p *page) ChangeDays(m *model.ChangeMonth) []changeDay {
	var out []changeDay
	for _, c := range m.Changes {
		d := c.Date.String()
		if n := len(out); n == 0 || out[n-1].Date != d {
			out = append(out, changeDay{Date: d})
		}
		out[len(out)-1].Changes = append(out[len(out)-1].Changes, c)
	}
	return out
}

// changeCountText is a kind of change with how many there are.
type changeCountText struct {
	Kind, Text string
	N          int
}

// ChangeCountsOf says how many changes of each kind a month has, the kinds
// it has none of left out: "2 звіти", "5 змін стану".
func (p *page) ChangeCountsOf(m *model.ChangeMonth) []changeCountText {
	var out []changeCountText
	for _, k := range model.ChangeKindList {
		if n := m.Counts[k]; n > 0 {
			out = append(out, changeCountText{Kind: k, N: n, Text: p.N(n, "n.change."+k)})
		}
	}
	return out
}

// ChangeKind names a kind of change: "Звіт", "Стан", …
func (p *page) ChangeKind(kind string) string { return p.T("changes.kind." + kind) }

// ChangeTitle is the text of a change's link: the measure's code, the
// note's title or the amendment's name.
func (p *page) ChangeTitle(c *model.PlanChange) string {
	switch c.Kind {
	case model.ChangeReport:
		return model.NoteTitle(c.Note)
	case model.ChangeAmendment:
		return p.T("amendment.title", c.Amendment.ID)
	}
	return c.Measure.Code
}

// ChangeTitleLang is "uk" when the link's text is the Ukrainian title of
// a note on a page in another language, for a lang attribute.
func (p *page) ChangeTitleLang(c *model.PlanChange) string {
	if c.Kind == model.ChangeReport && p.Lang != "uk" {
		return "uk"
	}
	return p.LangOf(p.ChangeTitle(c)) // a code with a Cyrillic letter
}

// ChangeDetailLang is "uk" when the change's detail is official Ukrainian
// text (an amending act) on a page in another language.
func (p *page) ChangeDetailLang(c *model.PlanChange) string {
	if c.Kind == model.ChangeAmendment && p.Lang != "uk" {
		return "uk"
	}
	return ""
}

// ChangeDetail says what changed, in the page's language: the new state
// and the one before it, the value, the period missed, the measures a
// report is on, the amending act.
func (p *page) ChangeDetail(c *model.PlanChange) string {
	switch c.Kind {
	case model.ChangeState:
		return p.T("changes.detail.state", p.State(c.Before), p.State(c.State))
	case model.ChangeValue:
		rd := c.Reading
		return p.T("changes.detail.value", rd.Indicator.N, p.Reading(rd.Indicator, rd.Value))
	case model.ChangeMissed:
		return p.T("changes.detail.missed", p.PeriodLabel(c.Period.Key), p.Date(c.Period.Due))
	case model.ChangeReport:
		codes := make([]string, len(c.Note.Measures))
		for i, m := range c.Note.Measures {
			codes[i] = m.Code
		}
		return p.T("changes.detail.report", p.T("status."+model.StatusSlug(c.Note.Status)), strings.Join(codes, ", "))
	case model.ChangeAmendment:
		return c.Amendment.Act
	}
	return ""
}

// ChangeDetailHTML is ChangeDetail for a page: the codes of a report's
// measures marked Ukrainian where they hold a Cyrillic letter and the page
// is in another language.
func (p *page) ChangeDetailHTML(c *model.PlanChange) template.HTML {
	if c.Kind != model.ChangeReport {
		return template.HTML(template.HTMLEscapeString(p.ChangeDetail(c)))
	}
	codes := make([]string, len(c.Note.Measures))
	for i, m := range c.Note.Measures {
		codes[i] = m.Code
	}
	return p.TUK("changes.detail.report", p.T("status."+model.StatusSlug(c.Note.Status)), strings.Join(codes, ", "))
}

// ChangesCount says how many changes: "12 змін".
func (p *page) ChangesCount(n int) string { return p.N(n, "n.change") }

// ChangePlurals are the forms of the noun "change" for the filter's
// count, by CLDR plural category, as data attributes want them.
func (p *page) ChangePlurals() []changeCountText {
	var out []changeCountText
	for _, cat := range uktext.PluralCategories(p.Lang) {
		out = append(out, changeCountText{Kind: cat, Text: p.T("n.change." + cat)})
	}
	return out
}

// ChangesBase is the link to the site's root in the page's language, for
// the filter's script to join the paths changes.json gives: in a
// relative build, the folder, without the index.html a link to it names.
func (p *page) ChangesBase() string {
	return strings.TrimSuffix(p.URL("/"), "index.html")
}

// ChangeKindsAll are the kinds of change, for the filter's labels.
func (p *page) ChangeKindsAll() []string { return model.ChangeKindList }

// ChangeCountsIn says how many changes of each kind a plan had in a month,
// on the portal's page.
func (p *page) ChangeCountsIn(c model.ChangeMonthCount) []changeCountText {
	return p.ChangeCountsOf(&model.ChangeMonth{Counts: c.Counts})
}

// SummaryLabel is a plan's short name, from its summary.
func (p *page) SummaryLabel(s *model.PlanSummary) string {
	return model.PlanLabel(s.Authority, s.Period.Start, s.Period.End)
}

// ChangesIndex is what the filter's script adds to a link to a folder:
// "index.html" in a relative build, which file:// opens no folder's index
// for (see href), else nothing.
func (p *page) ChangesIndex() string {
	if p.Site.Config.Relative {
		return "index.html"
	}
	return ""
}
