package render

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// The comparison of communities: /compare/ with a table of every plan's
// figures, a page per strategy listing its areas, and a page per area
// comparing the plans' sections that serve it. Like every page that spans
// plans they are made from the plans' summaries only (model/compare.go),
// and each is keyed on what it shows, so a note that changes no figure
// renders none of them again.
//
// The tables sort in the browser (compare.js, a script of our own, allowed
// by the CSP's script-src 'self'). Without JavaScript a table keeps its
// fixed order — plans by name — and says so: with twenty-odd rows it still
// reads, and a page per column and direction would multiply the pages for
// what a spreadsheet does better with the open data.

// compareJobs lists the comparison's pages in lang.
func (r *Renderer) compareJobs(lang string, pt *model.Portal) []job {
	c := pt.Compare
	if c == nil {
		return nil
	}
	t := func(key string) string { return r.theme.text(lang, key) }
	home := crumb{t("nav.home"), "/"}
	compare := crumb{t("compare.title"), model.ComparePath}
	var jobs []job
	add := func(kind, sitePath, title string, crumbs []crumb, key *engine.Hasher, fill func(p *page)) {
		p := r.newPage(lang, kind, sitePath, title, crumbs)
		p.Portal = pt
		fill(p)
		jobs = append(jobs, job{unit: SiteUnit, file: r.pageFile(lang, sitePath, kind), kind: kind, key: key.Done(), page: p})
	}
	add("compare", model.ComparePath, t("compare.title"), []crumb{home},
		model.CompareKey(r.key("compare", lang).String(r.site.AsOf.String()), c), func(*page) {})
	for _, s := range c.Strategies {
		title := pick(lang, s.Title, s.TitleEN)
		add("strategy", s.Path, title, []crumb{home, compare}, model.StrategyKey(r.key("strategy", lang).String(r.site.AsOf.String()), c, s),
			func(p *page) { p.Strategy = s })
		for _, a := range s.Areas {
			add("area", a.Path, pick(lang, a.Title, a.TitleEN), []crumb{home, compare, {title, s.Path}},
				model.AreaKey(r.key("area", lang).String(r.site.AsOf.String()), c, a), func(p *page) { p.Strategy = s; p.Area = a })
		}
	}
	return jobs
}

// pick returns the English text on pages other than Ukrainian ones when
// there is one, else the Ukrainian.
func pick(lang, uk, en string) string {
	if lang != "uk" && en != "" {
		return en
	}
	return uk
}

// localText is a text in the page's language, or in Ukrainian with Lang
// set when no translation is given, for a lang attribute.
type localText struct {
	Text, Lang string
}

// Local returns uk or en, whichever the page reads, and marks Ukrainian
// text on a page in another language.
func (p *page) Local(uk, en string) localText {
	if p.Lang == "uk" {
		return localText{Text: uk}
	}
	if en != "" {
		return localText{Text: en}
	}
	return localText{Text: uk, Lang: "uk"}
}

// Share formats n of all as a whole percentage: "12 %" on Ukrainian pages
// (a no-break space before the sign, as Ukrainian typography has it), "12%"
// in English; "—" when there is nothing to share.
func (p *page) Share(n, all int) string {
	if all <= 0 {
		return "—"
	}
	pct := strconv.Itoa((200*n + all) / (2 * all)) // rounded half up
	if p.Lang == "uk" {
		return pct + "\u00a0%"
	}
	return pct + "%"
}

// Ratio is n/all for a table's sorting script, "" when there is nothing
// to share (the script puts such rows last).
func (p *page) Ratio(n, all int) string {
	if all <= 0 {
		return ""
	}
	return strconv.FormatFloat(float64(n)/float64(all), 'f', 6, 64)
}

// VerifiedShare is the share of independently verified measures, "—"
// while notes do not record verification (see model.Figures).
func (p *page) VerifiedShare(f model.Figures) string {
	if !f.VerifiedKnown {
		return "—"
	}
	return p.Share(f.Verified, f.Measures)
}

// VerifiedRatio is VerifiedShare for the sorting script.
func (p *page) VerifiedRatio(f model.Figures) string {
	if !f.VerifiedKnown {
		return ""
	}
	return p.Ratio(f.Verified, f.Measures)
}

// Periods says how many of the reporting periods that came due were
// missed: "2 з 14"; "—" when none came due.
func (p *page) Periods(f model.Figures) string {
	if f.PeriodsDue == 0 {
		return "—"
	}
	return p.T("compare.periods.of", f.PeriodsMissed, f.PeriodsDue)
}

// compareRow is one row of a comparison table.
type compareRow struct {
	Plan *model.PlanSummary
	// Sections serve the area, on an area's page.
	Sections []model.SectionLink
	Figures  model.Figures
	// Empty marks a plan with no section in the area: its figures are
	// shown as "—", not as zeros that would read as measures not done.
	Empty bool
}

// PlanRows are the rows of the portal's table: every plan, whole.
func (p *page) PlanRows(c *model.Comparison) []compareRow {
	rows := make([]compareRow, len(c.Plans))
	for i, pl := range c.Plans {
		rows[i] = compareRow{Plan: pl, Figures: pl.Figures}
	}
	return rows
}

// AreaRows are the rows of an area's table: every plan's part in it.
func (p *page) AreaRows(a *model.AreaView) []compareRow {
	rows := make([]compareRow, len(a.Plans))
	for i, ap := range a.Plans {
		rows[i] = compareRow{Plan: ap.Plan, Sections: ap.Sections, Figures: ap.Figures, Empty: len(ap.Sections) == 0}
	}
	return rows
}

// Host is the host name of an address, to name a link by its site.
func (p *page) Host(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return raw
}

// HasAsset reports whether the theme has the asset name.
func (p *page) HasAsset(name string) bool {
	_, ok := p.r.theme.assets[name]
	return ok
}
