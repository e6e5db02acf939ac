package render

import (
	"regexp"
	"strings"

	"github.com/plansite/plansite/generator/internal/chart"
	"github.com/plansite/plansite/generator/internal/model"
)

// A measure's badge (badge.svg beside its page, in each language) says its
// code and state in the colours the pages give the state's tag: the
// theme's stylesheet is read for them, so a theme that recolours its tags
// recolours its badges.

// BadgeFile is the name of a measure's badge in its folder.
const BadgeFile = "badge.svg"

// tagColours are a tag's text and background colours, and whether its
// text is struck through.
type tagColours struct {
	Fg, Bg string
	Strike bool
}

var (
	tagRule   = regexp.MustCompile(`(?m)^\s*((?:\.tag(?:-[a-z0-9-]+)?\s*,\s*)*\.tag(?:-[a-z0-9-]+)?)\s*\{([^}]*)\}`)
	cssColour = regexp.MustCompile(`(?:^|[;\s])color:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b`)
	cssBg     = regexp.MustCompile(`background(?:-color)?:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b`)
)

// parseTagColours reads the rules of .tag and .tag-<state> that start a
// line of css, the first of each: the light scheme's (a dark scheme's
// rules come later, inside a media query).
func parseTagColours(css string) map[string]tagColours {
	out := map[string]tagColours{}
	for _, m := range tagRule.FindAllStringSubmatch(css, -1) {
		decl := m[2]
		var c tagColours
		if f := cssColour.FindStringSubmatch(decl); f != nil {
			c.Fg = f[1]
		}
		if b := cssBg.FindStringSubmatch(decl); b != nil {
			c.Bg = b[1]
		}
		c.Strike = strings.Contains(decl, "line-through")
		for _, sel := range strings.Split(m[1], ",") {
			state := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(sel), ".tag"), "-")
			if _, seen := out[state]; !seen {
				out[state] = c
			}
		}
	}
	return out
}

// defaultTag is the tag's colours when the theme's stylesheet has none.
var defaultTag = tagColours{Fg: "#383f43", Bg: "#e5e6e7"}

// tagOf returns the colours of state's tag, filled in from .tag's.
func (r *Renderer) tagOf(state string) tagColours {
	base := r.theme.tags[""]
	if base.Fg == "" {
		base.Fg = defaultTag.Fg
	}
	if base.Bg == "" {
		base.Bg = defaultTag.Bg
	}
	c := r.theme.tags[state]
	if c.Fg == "" {
		c.Fg = base.Fg
	}
	if c.Bg == "" {
		c.Bg = base.Bg
	}
	return c
}

// BadgeData is what measure m's badge says on a page in the page's
// language; its left part is the plain tag's colours reversed.
func (p *page) BadgeData(m *model.Measure) chart.BadgeData {
	base, st := p.r.tagOf(""), p.r.tagOf(m.Progress.State)
	return chart.BadgeData{Lang: p.Lang, Label: m.Code, Status: p.State(m.Progress.State),
		Title:   p.BadgeAlt(m),
		LabelFg: base.Bg, LabelBg: base.Fg, StatusFg: st.Fg, StatusBg: st.Bg, Strike: st.Strike}
}

// BadgeAlt is what a measure's badge says, as one sentence: its title,
// and the alt text of the snippet that shows it.
func (p *page) BadgeAlt(m *model.Measure) string {
	// An image's text has one language: on pages in other languages the
	// plan is named by its id, not by its Ukrainian name.
	plan, code := planLabel(m.Plan), m.Code
	if p.Lang != "uk" {
		plan, code = m.Plan.ID, latinCode(code)
	}
	return p.T("badge.title", code, plan, p.State(m.Progress.State))
}

// BadgeWidth is the width of measure m's badge, for the snippet's <img>.
func (p *page) BadgeWidth(m *model.Measure) int { return chart.BadgeWidth(p.BadgeData(m)) }
