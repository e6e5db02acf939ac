package render

import (
	"fmt"
	"html/template"
	"strconv"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// page is what a page template receives.
type page struct {
	Site *model.Site
	Lang string
	Kind string
	// Path is the page's site path without base path or language prefix.
	Path  string
	Title string
	// Crumbs lead from the home page to this page's parent.
	Crumbs []crumb

	Plan    *model.Plan
	Section *model.Section
	Task    *model.Task
	Group   *model.Group
	Measure *model.Measure
	Note    *model.Note
	// Amendment is the amendment of an amendment's page.
	Amendment *model.Amendment
	// model.Executor is the executor of an executor's page.
	Executor *model.ExecutorView
	// model.Portal is what the pages that span plans show.
	Portal *model.Portal
	// Strategy and Area are the strategy and area of a comparison page.
	Strategy *model.StrategyView
	Area     *model.AreaView
	// Measures is the list a page shows (overdue lists, executor's plan).
	Measures []*model.Measure
	// Charts rendered for this page, by role ("status", "timeline", ...).
	Charts map[string]template.HTML
	// Extra carries page-specific data (search manifest, data files).
	Extra any

	r *Renderer
	// depth is how many folders below the site's root the page's file is:
	// relative links climb that many.
	depth int
}

type crumb struct {
	Label, Path string
}

// T translates key.
func (p *page) T(key string, args ...any) string { return p.r.theme.text(p.Lang, key, args...) }

// URL returns the link to a site path in the page's language.
func (p *page) URL(sitePath string) string { return p.r.href(p.depth, p.Lang, sitePath) }

// LangURL returns the link to this page in another language; the 404
// page, which answers for every missing address, links the other
// language's home page.
func (p *page) LangURL(lang string) string {
	return p.r.href(p.depth, lang, p.langPath())
}

// AltURL is the absolute address of this page in another language, for
// the alternates search engines read.
func (p *page) AltURL(lang string) string {
	return p.Site.Config.Absolute(p.r.link(lang, p.langPath()))
}

func (p *page) langPath() string {
	if p.Kind == "404" {
		return "/"
	}
	return p.Path
}

// Root returns the link to a file every language shares (open data): the
// site path under the base path, with no language prefix.
func (p *page) Root(sitePath string) string {
	return p.r.href(p.depth, p.Site.Config.Languages[0], sitePath)
}

// Languages are the site's languages.
func (p *page) Languages() []string { return p.Site.Config.Languages }

// Asset returns the link to a theme asset.
func (p *page) Asset(name string) string { return p.Root(p.r.theme.assets[name].path) }

// Abs returns the absolute URL of a site path in the page's language: on
// the published site, whether or not the build is relative.
func (p *page) Abs(sitePath string) string { return p.Site.Config.Absolute(p.r.link(p.Lang, sitePath)) }

// Date formats a date for reading: "27 червня 2019" / "27 June 2019".
func (p *page) Date(d content.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s %d", d.Day, p.T("month.gen."+strconv.Itoa(int(d.Month))), d.Year)
}

// DatePtr formats an optional date.
func (p *page) DatePtr(d *content.Date) string {
	if d == nil {
		return ""
	}
	return p.Date(*d)
}

// State returns the label of a state key.
func (p *page) State(key string) string { return p.T("state." + key) }

// States lists state keys in display order, with their counts in c, only
// those present.
func (p *page) States(c model.Counts) []stateCount {
	var out []stateCount
	for _, k := range model.StateOrder {
		if c[k] > 0 {
			out = append(out, stateCount{k, p.State(k), c[k]})
		}
	}
	return out
}

type stateCount struct {
	Key, Label string
	Count      int
}

// N formats a count with the right plural form of a noun, Ukrainian-style:
// 1 захід, 2 заходи, 5 заходів.
func (p *page) N(n int, noun string) string {
	return strconv.Itoa(n) + " " + p.T(noun+"."+uktext.Plural(p.Lang, n))
}

// Overdue returns the measures in ms that are overdue.
func (p *page) Overdue(ms []*model.Measure) []*model.Measure {
	return model.FilterState(ms, model.StateOverdue)
}

// model.DueSoon returns the measures with a deadline in the due window,
// soonest first.
func (p *page) DueSoon(ms []*model.Measure) []*model.Measure { return model.DueSoon(ms) }

// Latest returns at most n notes.
func (p *page) Latest(ns []model.NoteRef, n int) []model.NoteRef {
	if len(ns) > n {
		return ns[:n]
	}
	return ns
}

// NotesOf returns the notes of a section's (or any) measure list, newest
// first, without repeats.
func (p *page) NotesOf(ms []*model.Measure) []model.NoteRef {
	seen := map[*model.Note]bool{}
	var out []*model.Note
	for _, m := range ms {
		for _, n := range m.Notes {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	model.SortNotes(out)
	refs := make([]model.NoteRef, len(out))
	for i, n := range out {
		refs[i] = n.Ref()
	}
	return refs
}

// Label is the label of a measure's cell: on Ukrainian pages the plan's own
// column heading, as written; otherwise the interface's word for it.
func (p *page) Label(pl *model.Plan, role, key string) string {
	if p.Lang == "uk" {
		if col := pl.Column(role); col != "" {
			return col
		}
	}
	return p.T(key)
}

// Card returns a measure's card for lists. A measure appears in the lists
// of its section, its task or group and each of its executors; its card is
// the same on all of them, so it is rendered once per language.
func (p *page) Card(m *model.Measure) (template.HTML, error) {
	return p.r.card(p, m)
}

// yearNotes are the notes of one year.
type yearNotes struct {
	Year  int
	Notes []*model.Note
}

// ByYear groups notes (newest first) by year, newest year first.
func (p *page) ByYear(notes []*model.Note) []yearNotes {
	var out []yearNotes
	for _, n := range notes {
		if len(out) == 0 || out[len(out)-1].Year != n.Date.Year {
			out = append(out, yearNotes{Year: n.Date.Year})
		}
		out[len(out)-1].Notes = append(out[len(out)-1].Notes, n)
	}
	return out
}
