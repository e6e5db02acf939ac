package render

import (
	"html"
	"strconv"

	"github.com/plansite/plansite/generator/internal/chart"
	"github.com/plansite/plansite/generator/internal/model"
)

// Embedding: a news site shows a measure's state in its story, and the
// state stays current as reports come in. Two ways, both beside the
// measure's page in each language: a card to put in an iframe
// (<measure>/embed/, the "embed" page) and a badge picture
// (<measure>/badge.svg). The measure's page gives the snippets to copy.

// EmbedFolder is the folder of a measure's card to embed, in the
// measure's folder.
const EmbedFolder = "embed/"

// Embed card sizes in the snippet: its width, and its height without and
// with an indicator chart (the card holds the chart's narrow drawing) and
// the demonstration note. Measured in Chromium at 480 pixels, the shipped
// plans' cards are 300–379 pixels high without a chart (the note
// included) and 617–738 with one: these leave a little room for longer
// texts and wider fonts.
const (
	embedWidth       = 480
	embedHeight      = 330
	embedChartHeight = 370
	embedDemoHeight  = 60
)

// planBadges writes the badges of plan p's measures in every language,
// each keyed on what it says and in which colours.
func (r *Renderer) planBadges(p *model.Plan) error {
	for _, lang := range r.site.Config.Languages {
		pg := r.newPage(lang, "measure", p.Path, "", nil)
		for _, m := range p.All { // a removed measure's badge says so where it was embedded
			d := pg.BadgeData(m)
			file := r.fileIn(lang, m.Path, BadgeFile)
			key := model.HashJSON(r.key("badge", lang), d).Done()
			if r.out.Keep(p.Dir, file, key) {
				continue
			}
			if err := r.Emit(p.Dir, file, key, chart.Badge(d)); err != nil {
				return err
			}
		}
	}
	return nil
}

// EmbedIndicator is the indicator whose values a measure's embedded card
// draws: its first numeric one with values, as on its shared card.
func (p *page) EmbedIndicator(m *model.Measure) *model.Indicator {
	for _, ind := range m.Indicators {
		if p.indicatorData(ind, "embed") != nil {
			return ind
		}
	}
	return nil
}

// EmbedHeight is the height the snippet gives measure m's card, enough for
// what the card holds at the snippet's width.
func (p *page) EmbedHeight(m *model.Measure) int {
	h := embedHeight
	if p.EmbedIndicator(m) != nil {
		h += embedChartHeight
	}
	if p.Site.Demo {
		h += embedDemoHeight
	}
	return h
}

// EmbedSnippet is the HTML a site pastes to show measure m's card: an
// iframe of the published card with a title (its name for screen
// readers), a size, and lazy loading.
func (p *page) EmbedSnippet(m *model.Measure) string {
	return `<iframe src="` + html.EscapeString(p.Abs(m.Path+EmbedFolder)) + `" title="` + html.EscapeString(p.T("embed.frame", m.Code, planLabel(m.Plan))) +
		`" width="` + strconv.Itoa(embedWidth) + `" height="` + strconv.Itoa(p.EmbedHeight(m)) + `" loading="lazy" style="border:0;max-width:100%"></iframe>`
}

// BadgeSnippet is the HTML a site pastes to show measure m's badge: the
// picture with its text as alt, linked to the measure's page.
func (p *page) BadgeSnippet(m *model.Measure) string {
	return `<a href="` + html.EscapeString(p.Abs(m.Path)) + `"><img src="` + html.EscapeString(p.Abs(m.Path+BadgeFile)) + `" alt="` + html.EscapeString(p.BadgeAlt(m)) +
		`" width="` + strconv.Itoa(p.BadgeWidth(m)) + `" height="` + strconv.Itoa(chart.BadgeHeight) + `"></a>`
}
