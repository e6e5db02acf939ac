// Package chart computes accessible static SVG charts at build time: the
// series of an indicator against its baseline and target, the distribution of
// measures by status, and a timeline of measure terms.
//
// The package does all the arithmetic (scales, nice ticks, date axes, layout,
// label placement, descriptions, data tables) and returns a Figure. The markup
// is written by the html/template definitions in
// themes/default/templates/chart.html, called as {{template "chart-figure" .}}
// with a Figure, and styled by themes/default/assets/chart.css. Nothing needs
// JavaScript, and nothing uses style attributes, so the charts work under a
// strict Content-Security-Policy.
package chart

import (
	"strings"
)

// Kind says which chart a Figure holds.
type Kind string

// The chart kinds.
const (
	KindIndicator Kind = "indicator"
	KindStatus    Kind = "status"
	KindTimeline  Kind = "timeline"
)

// Figure is everything the "chart-figure" template needs to write one chart:
// a <figure> with a visible caption, the drawing, and the chart's data as a
// table in a <details>.
//
// Indicator and status charts are drawn as SVG in two Views, wide and
// narrow: chart.css shows the one that fits the figure's width and hides the
// other with display:none, which also hides it from assistive technology, so
// a screen reader meets one image. Each view is laid out for its own width
// (fewer ticks, labels above bars), so its text stays at least 12 CSS px
// wherever it is shown, without horizontal scrolling. A timeline is HTML
// instead (Timeline): one row per measure with a real link and a bar strip
// that stretches to any width.
type Figure struct {
	Kind  Kind
	ID    string // prefix of every id in the figure, unique on the page
	Lang  string // "uk" or "en"
	Title string // the visible headline, also the SVG <title>
	Desc  string // the generated description: what a reader should see
	// Views are the SVG drawings of an indicator or status chart, widest
	// first; empty for a timeline.
	Views    []View
	Timeline *TimelinePlot
	Table    Table
}

// DescID is the id of the figure's description (of the timeline's hidden
// paragraph; each view has its own).
func (f Figure) DescID() string { return f.ID + "-desc" }

// View is one SVG drawing of a figure, laid out for a width.
type View struct {
	Name string // ViewWide or ViewNarrow: the CSS class chart-view-NAME shows it
	ID   string // prefix of the view's ids (title, desc, patterns)
	// Width and Height are the viewBox size; the SVG scales to its container.
	Width, Height Coord
	Patterns      []Pattern // <pattern> defs for status textures
	Indicator     *IndicatorPlot
	Status        *StatusPlot
}

// The views' names.
const (
	ViewWide   = "wide"   // for figures of 34rem and more
	ViewNarrow = "narrow" // for phones: laid out at NarrowWidth
)

// NarrowWidth is the viewBox width of narrow views: the width of a chart on
// a 320 px phone (the page's and the figure's padding taken off), so that
// there its text is drawn at its nominal size or larger.
const NarrowWidth = 270

// View returns the figure's view with the name ViewWide or ViewNarrow.
func (f Figure) View(name string) (View, bool) {
	for _, v := range f.Views {
		if v.Name == name {
			return v, true
		}
	}
	return View{}, false
}

// TitleID is the id of the view's SVG <title>.
func (v View) TitleID() string { return v.ID + "-title" }

// DescID is the id of the view's SVG <desc>.
func (v View) DescID() string { return v.ID + "-desc" }

// Table is the chart's data as an HTML table.
type Table struct {
	Summary string // the text of the <summary> that opens the table
	Caption string // the <caption>
	Head    []Cell // column headers (<th scope="col">)
	Bodies  []TableBody
}

// Cols is the number of columns, for group headings that span them all.
func (t Table) Cols() int { return len(t.Head) }

// TableBody is one <tbody>: an optional heading row (<th scope="rowgroup">)
// and rows of cells.
type TableBody struct {
	Heading string
	Rows    [][]Cell
}

// Cell is one table cell. The first cell of a row is usually a Header
// (<th scope="row">); Num cells are right-aligned numbers.
type Cell struct {
	Text   string
	URL    string // makes the text a link
	Header bool
	Num    bool
}

// Line is a straight line with a class.
type Line struct {
	X1, Y1, X2, Y2 Coord
	Class          string
}

// Text is a label. Anchor is the SVG text-anchor (start, middle, end); Sub is
// an optional second line.
type Text struct {
	X, Y   Coord
	Anchor string
	Class  string
	Text   string
	Sub    string
}

// sanitizeID keeps an id prefix to ASCII letters, digits, "-" and "_"
// (other runs become one "-") and makes it start with a letter, so that it
// is valid in id, url(#…) and aria references alike. Callers should pass
// ASCII prefixes: two Cyrillic ones may sanitize to the same id.
func sanitizeID(id string) string {
	var b strings.Builder
	dash := false
	for _, r := range id {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			b.WriteRune(r)
			dash = r == '-'
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "chart"
	}
	if c := s[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		s = "chart-" + s
	}
	return s
}

// newTable starts a data table with the summary and caption every kind uses
// and the given column headers.
func newTable(lang, title string, head ...Cell) Table {
	return Table{
		Summary: msg(lang, "data"),
		Caption: strings.Replace(msg(lang, "data-caption"), "%s", title, 1),
		Head:    head,
	}
}
