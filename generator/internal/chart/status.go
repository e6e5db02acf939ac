package chart

import (
	"fmt"
	"strings"
)

// StatusData is the number of measures per status in a plan or a section.
// The caller chooses which statuses to list, their order and labels.
type StatusData struct {
	ID     string // id prefix, unique on the page
	Lang   string // "uk" or "en"
	Title  string
	Counts []StatusCount
}

// StatusCount is one status: its key (one of the Status* constants, which
// selects colour and texture), its label ("виконано") and how many measures
// have it.
type StatusCount struct {
	Key   string
	Label string
	Count int
}

// StatusPlot is the geometry of a status chart: one horizontal bar per
// status.
type StatusPlot struct {
	Axis *Line // the common zero line of the bars; none when labels are above them
	Bars []Bar
}

// Bar is one status row: its label on the left, a textured bar and its count
// and share at the bar's end. W is zero for a zero count (no bar is drawn).
type Bar struct {
	X, Y, W, H Coord
	Fill       string // url(#…) of the status pattern
	Style      string // the status style, for the outline colour
	Label      Text
	Value      Text
}

// Status lays out horizontal bars of d.Counts on a common scale, each
// labelled directly with its status, count and share: beside the bar in the
// wide view, above it in the narrow one. Zero counts keep their row (with no
// bar), and an all-zero or empty list does not divide by zero.
func Status(d StatusData) Figure {
	lang := normLang(d.Lang)
	id := sanitizeID(d.ID)
	keys := make([]string, len(d.Counts))
	total, most := 0, 0
	for i, c := range d.Counts {
		keys[i] = c.Key
		total += max(c.Count, 0)
		most = max(most, c.Count)
	}
	share := func(n int) string {
		if total == 0 {
			return "–"
		}
		return formatValue(float64(n)*100/float64(total), 0, "%", lang)
	}
	values := make([]string, len(d.Counts))
	for i, c := range d.Counts {
		values[i] = fmt.Sprintf("%s (%s)", FormatNumber(float64(max(c.Count, 0)), 0, lang), share(c.Count))
	}
	var views []View
	for _, narrow := range []bool{false, true} {
		vid := id + "-" + ViewWide
		if narrow {
			vid = id + "-" + ViewNarrow
		}
		v := statusView(d, newPatternSet(vid, keys), values, most, narrow)
		v.ID = vid
		views = append(views, v)
	}

	tbl := newTable(lang, d.Title, Cell{Text: msg(lang, "status")}, Cell{Text: msg(lang, "count"), Num: true}, Cell{Text: msg(lang, "share"), Num: true})
	var rows [][]Cell
	var desc []string
	for _, c := range d.Counts {
		n := max(c.Count, 0)
		rows = append(rows, []Cell{{Text: c.Label, Header: true}, {Text: FormatNumber(float64(n), 0, lang), Num: true}, {Text: share(n), Num: true}})
		if n > 0 {
			desc = append(desc, fmt.Sprintf(msg(lang, "desc-item"), c.Label, fmt.Sprintf("%s (%s)", FormatNumber(float64(n), 0, lang), share(n))))
		}
	}
	tbl.Bodies = append(tbl.Bodies, TableBody{Rows: rows})
	tbl.Bodies = append(tbl.Bodies, TableBody{Rows: [][]Cell{{
		{Text: msg(lang, "total"), Header: true}, {Text: FormatNumber(float64(total), 0, lang), Num: true}, {Text: share(total), Num: true},
	}}})

	head := fmt.Sprintf(msg(lang, "desc-total"), FormatNumber(float64(total), 0, lang))
	if len(desc) > 0 {
		head += "; " + strings.Join(desc, "; ")
	}
	return Figure{
		Kind: KindStatus, ID: id, Lang: lang, Title: d.Title,
		Desc:  head + ".",
		Views: views,
		Table: tbl,
	}
}

// statusView lays out the bars at the wide width, labels on the left, or at
// NarrowWidth, each label above its bar.
func statusView(d StatusData, ps *patternSet, values []string, most int, narrow bool) View {
	const (
		gap      = 8.0 // between bar end and value label
		minBarPx = 2.0 // a count of one must stay visible next to hundreds
	)
	width, rowH, barH, top, left := 640.0, 30.0, 18.0, 8.0, 0.0
	valueW := 0.0
	for i, c := range d.Counts {
		left = max(left, textWidth(c.Label, fontSize))
		valueW = max(valueW, boldWidth(values[i], fontSize))
	}
	left = min(max(left+16, 80), 260)
	if narrow {
		width, rowH, barH, top, left = NarrowWidth, 44, 16, 4, 4
	}
	maxBar := max(width-left-gap-valueW-8, 20)
	height := top + rowH*float64(len(d.Counts)) + 8

	plot := &StatusPlot{}
	if !narrow {
		plot.Axis = &Line{X1: Coord(left), Y1: Coord(top), X2: Coord(left), Y2: Coord(height - 8), Class: "chart-axis"}
	}
	for i, c := range d.Counts {
		y := top + rowH*float64(i)
		w := 0.0
		if c.Count > 0 && most > 0 {
			w = max(float64(c.Count)/float64(most)*maxBar, minBarPx)
		}
		p := ps.byKey[c.Key]
		barY := y + (rowH-barH)/2
		label := Text{X: Coord(left - 8), Y: Coord(barY + barH/2 + 4.5), Anchor: "end", Class: "chart-label", Text: truncate(c.Label, left-12, fontSize)}
		if narrow {
			barY = y + rowH - barH - 6
			label = Text{X: Coord(left), Y: Coord(barY - 6), Anchor: "start", Class: "chart-label", Text: truncate(c.Label, width-8, fontSize)}
		}
		plot.Bars = append(plot.Bars, Bar{
			X: Coord(left), Y: Coord(barY), W: Coord(w), H: Coord(barH),
			Fill: p.Fill(), Style: p.Style,
			Label: label,
			Value: Text{X: Coord(left + w + gap), Y: Coord(barY + barH/2 + 4.5), Anchor: "start", Class: "chart-value", Text: values[i]},
		})
	}
	name := ViewWide
	if narrow {
		name = ViewNarrow
	}
	return View{Name: name, Width: Coord(width), Height: Coord(height), Patterns: ps.list, Status: plot}
}
