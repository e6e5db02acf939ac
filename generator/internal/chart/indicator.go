package chart

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Directions of an indicator's target.
const (
	DirectionUp   = "up"   // more is better
	DirectionDown = "down" // fewer is better
)

// IndicatorData is one numeric indicator: its dated values and the baseline
// and target they are measured against.
type IndicatorData struct {
	ID       string // id prefix, unique on the page
	Lang     string // "uk" or "en"
	Title    string // headline, e.g. "Охоплення новонароджених патронажем"
	Unit     string // "%" is written after values; others ("осіб") head the axis and table
	Points   []Point
	Baseline *Reference // optional
	Target   *Reference // optional
	// Direction is DirectionUp or DirectionDown; when empty it is taken from
	// the target's side of the baseline, if both are given.
	Direction string
}

// Point is one measured value.
type Point struct {
	Date  time.Time
	Value float64
	// Range, when set, replaces Value, which is then never read: the value
	// is published only as an interval, such as a small count of children
	// suppressed so that no child can be identified ("менше 5"). It is drawn
	// as a band from Low to High and written as its Text, in the chart, its
	// description and its table alike.
	Range *Range
	// Label names the period in the table and the description; by default
	// 1 January is shown as the year, the 1st of a month as the month.
	Label string
}

// Range is a value known only as lying between Low and High.
type Range struct {
	Low, High float64
	Text      string // as it is written, e.g. "менше 5"; empty: "Low–High"
}

// FewerThan is the range of a count suppressed below threshold (a count from
// 1 to threshold−1), written "менше 5" or "fewer than 5".
func FewerThan(threshold int, lang string) *Range {
	return &Range{Low: 1, High: float64(threshold - 1),
		Text: fmt.Sprintf(msg(lang, "fewer-than"), FormatNumber(float64(threshold), 0, lang))}
}

// Reference is a baseline or target value, optionally dated.
type Reference struct {
	Value float64
	Date  time.Time // zero: undated
	Label string    // names the date, as Point.Label
}

// IndicatorPlot is the geometry of an indicator chart.
type IndicatorPlot struct {
	Grid       []Line // horizontal grid lines at the y ticks
	YLabels    []Text
	Unit       Text   // axis title above the y labels
	Axis       Line   // the x axis
	XTicks     []Line // tick marks on the x axis
	XLabels    []Text
	Refs       []RefLine // baseline and target
	Path       string    // the data line, broken at ranges; empty for fewer than two values
	Marks      []Mark    // one per point, in date order
	TargetMark *Mark     // the target at its date, when dated and on the axis

	runs [][]xy // the data line's points, for the PNG renderer
}

// xy is a point in chart coordinates.
type xy struct{ x, y float64 }

// RefLine is a horizontal reference line with its label: in the right margin
// of a wide view, above the line's end in a narrow one.
type RefLine struct {
	Class  string // chart-baseline or chart-target
	Line   Line
	Leader string // path from the line to a label that had to move, or ""
	Label  Text
}

// Mark is a data point: a marker, its value label and a tooltip. A point
// known only as a range has a Band instead of a dot. Label.Text is empty
// when the value did not fit beside its mark (it is in the table).
type Mark struct {
	X, Y  Coord
	Band  *Band
	Label Text
	Title string
}

// Band is the interval of a range value, drawn as a narrow upright bar.
type Band struct{ X, Y, W, H Coord }

// point is a Point ready for drawing: exact values have lo == hi.
type point struct {
	date   time.Time
	lo, hi float64
	text   string // the value as written
	period string
	band   bool
}

// mid is where a point's mark is centred.
func (p point) mid() float64 { return p.lo/2 + p.hi/2 }

// indicatorLayout is what differs between the wide and the narrow view.
type indicatorLayout struct {
	name          string
	width, height float64
	top, bottom   float64 // the plot's vertical extent
	yTicks        int
	refsInside    bool // reference labels above their lines, not in a right margin
}

var (
	indicatorWide   = indicatorLayout{name: ViewWide, width: 640, height: 300, top: 34, bottom: 256, yTicks: 6}
	indicatorNarrow = indicatorLayout{name: ViewNarrow, width: NarrowWidth, height: 250, top: 46, bottom: 212, yTicks: 5, refsInside: true}
)

// indicator holds what both views share: the cleaned series, references,
// direction and value scale.
type indicator struct {
	d            IndicatorData
	lang, id     string
	pts          []point
	base, target *Reference
	dir          string
	whole        bool      // all values whole: integer ticks
	lo, hi       float64   // the data's extent, zero included
	from, to     time.Time // the x extent; zero when nothing is dated
	yearly       bool      // every point is a 1 January
}

// Indicator lays out a line chart of d.Points with markers and value labels,
// the baseline and target as labelled horizontal lines, a date x axis and a
// y axis with nice ticks, in a wide and a narrow view. Points are sorted by
// date; non-finite values are dropped; an empty series gives an empty plot,
// not a panic; no value, however large or small, makes it hang.
func Indicator(d IndicatorData) Figure {
	in := newIndicator(d)
	desc := indicatorDesc(in.pts, in.base, in.target, in.dir, d.Unit, in.lang)
	f := Figure{Kind: KindIndicator, ID: in.id, Lang: in.lang, Title: d.Title, Desc: desc, Table: in.table()}
	for _, l := range []indicatorLayout{indicatorWide, indicatorNarrow} {
		f.Views = append(f.Views, in.view(l))
	}
	return f
}

func newIndicator(d IndicatorData) *indicator {
	in := &indicator{d: d, lang: normLang(d.Lang), id: sanitizeID(d.ID), whole: true}
	for _, p := range d.Points {
		if q, ok := cleanPoint(p, d.Unit, in.lang); ok {
			in.pts = append(in.pts, q)
		}
	}
	sort.SliceStable(in.pts, func(i, j int) bool { return in.pts[i].date.Before(in.pts[j].date) })
	refs := []*Reference{d.Baseline, d.Target}
	for i, r := range refs {
		if r != nil && !finite(r.Value) {
			refs[i] = nil
		}
	}
	in.base, in.target = refs[0], refs[1]
	in.dir = d.Direction
	if in.dir != DirectionUp && in.dir != DirectionDown {
		in.dir = "" // unknown: taken from the references, or none
	}
	if in.dir == "" && in.base != nil && in.target != nil && in.target.Value != in.base.Value {
		in.dir = DirectionUp
		if in.target.Value < in.base.Value {
			in.dir = DirectionDown
		}
	}
	// y extent: counts and shares start at zero, so changes are not
	// exaggerated; negative data extends the axis downwards.
	include := func(v float64) {
		in.lo, in.hi = min(in.lo, v), max(in.hi, v)
		in.whole = in.whole && decimalsFor(v) == 0
	}
	in.yearly = true
	for _, p := range in.pts {
		include(p.lo)
		include(p.hi)
		in.from, in.to = widen(in.from, in.to, p.date)
		in.yearly = in.yearly && p.date.Month() == time.January && p.date.Day() == 1
	}
	for _, r := range refs {
		if r != nil {
			include(r.Value)
			if !r.Date.IsZero() {
				in.from, in.to = widen(in.from, in.to, dateOnly(r.Date))
			}
		}
	}
	if !in.from.IsZero() && in.from.Equal(in.to) {
		// A single date: show a year (or half a year) around it.
		if in.from.Month() == time.January && in.from.Day() == 1 {
			in.from, in.to = in.from.AddDate(-1, 0, 0), in.to.AddDate(1, 0, 0)
		} else {
			in.from, in.to = in.from.AddDate(0, -3, 0), in.to.AddDate(0, 3, 0)
		}
	}
	return in
}

// cleanPoint turns a Point into a point, or reports false for a value that
// cannot be drawn (NaN, infinite, or a range with such bounds).
func cleanPoint(p Point, unit, lang string) (point, bool) {
	q := point{date: dateOnly(p.Date)}
	q.period = p.Label
	if q.period == "" {
		q.period = periodLabel(q.date, lang)
	}
	if r := p.Range; r != nil {
		if !finite(r.Low) || !finite(r.High) {
			return q, false
		}
		q.lo, q.hi, q.band = min(r.Low, r.High), max(r.Low, r.High), true
		q.text = r.Text
		if q.text == "" {
			q.text = formatValue(q.lo, decimalsFor(q.lo), "", lang) + "–" + formatValue(q.hi, decimalsFor(q.hi), unit, lang)
		}
		return q, true
	}
	if !finite(p.Value) {
		return q, false
	}
	q.lo, q.hi, q.text = p.Value, p.Value, formatValue(p.Value, decimalsFor(p.Value), unit, lang)
	return q, true
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// val writes a reference value.
func (in *indicator) val(v float64) string {
	return formatValue(v, decimalsFor(v), in.d.Unit, in.lang)
}

// refText is a reference line's label: its name and its value.
type refText struct {
	class, name, value string
	v                  float64
}

func (in *indicator) refTexts() []refText {
	var rts []refText
	if in.base != nil {
		rts = append(rts, refText{"chart-baseline", msg(in.lang, "baseline"), withWhen(in.val(in.base.Value), in.base, in.lang), in.base.Value})
	}
	if in.target != nil {
		arrow := map[string]string{DirectionUp: " ↑", DirectionDown: " ↓"}[in.dir]
		rts = append(rts, refText{"chart-target", msg(in.lang, "target") + arrow, withWhen(in.val(in.target.Value), in.target, in.lang), in.target.Value})
	}
	return rts
}

// Font sizes of the charts, in viewBox units. Narrow views are laid out at
// the width they are shown at on a 320 px phone, so these are CSS pixels
// there, and more on anything wider.
const (
	fontSize = 13.0
	tickSize = 12.0
)

// view lays out one view of the chart.
func (in *indicator) view(l indicatorLayout) View {
	const inset = 18.0 // keeps end markers off the axis and the margin
	lang, width := in.lang, l.width
	top, bottom := l.top, l.bottom

	yt, step := NiceTicks(in.lo, in.hi, l.yTicks)
	if in.whole {
		yt, step = integerTicks(in.lo, in.hi, l.yTicks)
	}
	tdec := decimalsOfStep(step)
	left := 0.0
	for _, t := range yt {
		left = max(left, textWidth(tickLabel(t, tdec, lang), tickSize))
	}
	left = min(max(left+14, 36), width*0.3)

	rts := in.refTexts()
	right := 16.0
	if l.refsInside {
		right = 10
	} else {
		for _, r := range rts {
			right = max(right, 14+max(textWidth(r.name, tickSize), boldWidth(r.value, fontSize)))
		}
		right = min(right, width*0.3)
	}
	plotR := width - right
	ys := linear{yt[0], yt[len(yt)-1], bottom, top}
	xs := newTimeScale(in.from, in.to, left+inset, plotR-inset)

	unit := unitTitle(in.d, in.dir, in.target, lang)
	plot := &IndicatorPlot{
		Unit: Text{X: 4, Y: Coord(top - 16), Anchor: "start", Class: "chart-axis-title", Text: truncate(unit, width-8, tickSize)},
		Axis: Line{X1: Coord(left), Y1: Coord(bottom), X2: Coord(plotR), Y2: Coord(bottom), Class: "chart-axis"},
	}
	if l.refsInside {
		plot.Unit.Y = 14
	}
	for _, t := range yt {
		y := Coord(ys.at(t))
		switch {
		case t == yt[0]: // the x axis is drawn there
		case t == 0: // with negative values, zero is a line to read against
			plot.Grid = append(plot.Grid, Line{X1: Coord(left), Y1: y, X2: Coord(plotR), Y2: y, Class: "chart-axis"})
		default:
			plot.Grid = append(plot.Grid, Line{X1: Coord(left), Y1: y, X2: Coord(plotR), Y2: y, Class: "chart-grid"})
		}
		plot.YLabels = append(plot.YLabels, Text{X: Coord(left - 8), Y: y + 4, Anchor: "end", Class: "chart-tick", Text: truncate(tickLabel(t, tdec, lang), left-10, tickSize)})
	}
	in.xAxis(plot, xs, left, plotR, bottom, inset)

	placer := newLabelPlacer(rect{left, top - 22, plotR, bottom - 2})
	if l.refsInside {
		placer.bounds = rect{left, top - 8, width, bottom - 2}
		in.refsAbove(plot, placer, rts, ys, left, plotR, top, bottom)
	} else {
		in.refsBeside(plot, placer, rts, ys, left, plotR, top, bottom)
	}
	in.series(plot, placer, xs, ys, plotR-left)

	return View{Name: l.name, ID: in.id + "-" + l.name, Width: Coord(width), Height: Coord(l.height), Indicator: plot}
}

// xAxis adds the date ticks and labels. Labels sit at their ticks, except
// for dated (not yearly) data on one-year ticks: there each year's label is
// in the middle of its year, so that a value of 31 December reads as that
// year's, not the next one's.
func (in *indicator) xAxis(plot *IndicatorPlot, xs timeScale, left, plotR, bottom, inset float64) {
	if in.from.IsZero() {
		return
	}
	minStep := 1
	if in.yearly {
		minStep = 12
	}
	ticks, step := dateTicks(in.from, in.to, min(int((plotR-left-2*inset)/56)+1, 8), minStep, in.lang)
	centred := step == 12 && !in.yearly
	for _, t := range ticks {
		x := Coord(xs.at(t.Date))
		plot.XTicks = append(plot.XTicks, Line{X1: x, Y1: Coord(bottom), X2: x, Y2: Coord(bottom + 5), Class: "chart-axis"})
		if !centred {
			plot.XLabels = append(plot.XLabels, Text{X: x, Y: Coord(bottom + 19), Anchor: "middle", Class: "chart-tick", Text: t.Label, Sub: t.Sub})
		}
	}
	if !centred {
		return
	}
	for y := in.from.Year(); y <= in.to.Year(); y++ {
		a, b := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
		if a.Before(in.from) {
			a = in.from
		}
		if b.After(in.to) {
			b = in.to
		}
		if xa, xb := xs.at(a), xs.at(b); xb-xa >= 28 { // a sliver of a year has no room for a label
			plot.XLabels = append(plot.XLabels, Text{X: Coord((xa + xb) / 2), Y: Coord(bottom + 19), Anchor: "middle", Class: "chart-tick", Text: strconv.Itoa(y)})
		}
	}
}

// refsBeside draws the reference lines with two-line labels in the right
// margin, spread apart when their values are close.
func (in *indicator) refsBeside(plot *IndicatorPlot, placer *labelPlacer, rts []refText, ys linear, left, plotR, top, bottom float64) {
	sort.SliceStable(rts, func(i, j int) bool { return ys.at(rts[i].v) < ys.at(rts[j].v) })
	centres := make([]float64, len(rts))
	for i, r := range rts {
		centres[i] = ys.at(r.v)
	}
	moved := spread(centres, 32, top-4, bottom-10)
	room := in.marginRoom(plotR)
	for i, r := range rts {
		y, ly := ys.at(r.v), moved[i]
		ref := RefLine{
			Class: r.class,
			Line:  Line{X1: Coord(left), Y1: Coord(y), X2: Coord(plotR), Y2: Coord(y), Class: r.class},
			Label: Text{X: Coord(plotR + 8), Y: Coord(ly - 3), Anchor: "start", Class: "chart-ref-label " + r.class + "-label",
				Text: truncate(r.name, room, tickSize), Sub: truncate(r.value, room, fontSize)},
		}
		if math.Abs(ly-y) > 1 {
			ref.Leader = fmt.Sprintf("M%v %vL%v %v", Coord(plotR), Coord(y), Coord(plotR+5), Coord(ly))
		}
		plot.Refs = append(plot.Refs, ref)
		placer.soft = append(placer.soft, segment{left, y, plotR, y})
	}
}

func (in *indicator) marginRoom(plotR float64) float64 { return indicatorWide.width - plotR - 12 }

// refsAbove draws the reference lines with one-line labels just above their
// right ends, inside the plot, where a narrow view has room for them.
func (in *indicator) refsAbove(plot *IndicatorPlot, placer *labelPlacer, rts []refText, ys linear, left, plotR, top, bottom float64) {
	// Labels sit above their lines, so the higher line's label goes first
	// and the next one keeps a line's height below it.
	sort.SliceStable(rts, func(i, j int) bool { return ys.at(rts[i].v) < ys.at(rts[j].v) })
	centres := make([]float64, len(rts))
	for i, r := range rts {
		centres[i] = ys.at(r.v) - 5
	}
	moved := spread(centres, tickSize+5, top-6, bottom-4)
	for i, r := range rts {
		y := ys.at(r.v)
		text := truncate(r.name+": "+r.value, plotR-left-4, tickSize)
		ref := RefLine{
			Class: r.class,
			Line:  Line{X1: Coord(left), Y1: Coord(y), X2: Coord(plotR), Y2: Coord(y), Class: r.class},
			Label: Text{X: Coord(plotR), Y: Coord(moved[i]), Anchor: "end", Class: "chart-ref-label " + r.class + "-label", Text: text},
		}
		plot.Refs = append(plot.Refs, ref)
		placer.soft = append(placer.soft, segment{left, y, plotR, y})
		placer.boxes = append(placer.boxes, textBox(plotR, moved[i], textWidth(text, tickSize), tickSize, "end"))
	}
}

// series draws the data line, the marks and their value labels. The line is
// broken at ranges, which are bands, not points. Labels are placed in order
// of importance (the latest value first, which is always labelled) and left
// out where they would cover another label, a mark or the line: the table
// has every value.
func (in *indicator) series(plot *IndicatorPlot, placer *labelPlacer, xs timeScale, ys linear, plotW float64) {
	var path strings.Builder
	var run []xy
	flush := func() {
		if len(run) > 1 {
			plot.runs = append(plot.runs, run)
			for i, p := range run {
				cmd := "L"
				if i == 0 {
					cmd = "M"
				}
				fmt.Fprintf(&path, "%s%v %v", cmd, Coord(p.x), Coord(p.y))
				if i > 0 {
					placer.hard = append(placer.hard, segment{run[i-1].x, run[i-1].y, p.x, p.y})
				}
			}
		}
		run = nil
	}
	plot.Marks = make([]Mark, len(in.pts))
	halfH := make([]float64, len(in.pts))
	for i, p := range in.pts {
		x := xs.at(p.date)
		m := Mark{X: Coord(x), Y: Coord(ys.at(p.mid())), Title: p.period + ": " + p.text}
		if p.band {
			flush()
			y0, y1 := ys.at(p.hi), ys.at(p.lo)
			if y1-y0 < 6 { // a band must stay visible as a band
				c := (y0 + y1) / 2
				y0, y1 = c-3, c+3
			}
			m.Band = &Band{X: Coord(x - 5), Y: Coord(y0), W: 10, H: Coord(y1 - y0)}
			halfH[i] = (y1 - y0) / 2
			placer.boxes = append(placer.boxes, rect{x - 6, y0 - 1, x + 6, y1 + 1})
		} else {
			run = append(run, xy{x, float64(m.Y)})
			placer.boxes = append(placer.boxes, rect{x - 5, float64(m.Y) - 5, x + 5, float64(m.Y) + 5})
		}
		plot.Marks[i] = m
		placer.marks = append(placer.marks, xy{x, float64(m.Y)})
	}
	flush()
	plot.Path = path.String()
	if t := in.target; t != nil && !t.Date.IsZero() {
		x, y := xs.at(dateOnly(t.Date)), ys.at(t.Value)
		plot.TargetMark = &Mark{X: Coord(x), Y: Coord(y), Title: msg(in.lang, "target") + ": " + in.val(t.Value) + " (" + refWhen(t, in.lang) + ")"}
		placer.boxes = append(placer.boxes, rect{x - 6, y - 6, x + 6, y + 6})
	}
	// At most one label per 30 units of width: with thousands of values
	// the placer's work stays bounded, and the chart stays readable.
	budget := max(int(plotW/30), 1)
	for n, i := range labelOrder(in.pts) {
		if n >= budget {
			break
		}
		p, m := in.pts[i], &plot.Marks[i]
		limit := math.Inf(1) // the latest value is always labelled
		if n > 0 {
			limit = 200 // others only where they cover nothing
		}
		lx, ly, anchor, ok := placer.place(float64(m.X), float64(m.Y), halfH[i], boldWidth(p.text, fontSize), fontSize, limit)
		if !ok {
			continue
		}
		m.Label = Text{X: Coord(lx), Y: Coord(ly), Anchor: anchor, Class: "chart-value", Text: p.text}
	}
}

// labelOrder lists point indexes by how much their label matters: the
// latest, the first, the extremes, then the rest from the latest back.
func labelOrder(pts []point) []int {
	n := len(pts)
	if n == 0 {
		return nil
	}
	hiI, loI := 0, 0
	for i, p := range pts {
		if p.hi > pts[hiI].hi {
			hiI = i
		}
		if p.lo < pts[loI].lo {
			loI = i
		}
	}
	order := []int{n - 1, 0, hiI, loI}
	for i := n - 2; i > 0; i-- {
		order = append(order, i)
	}
	seen := make(map[int]bool, n)
	out := order[:0]
	for _, i := range order {
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// table is the series, then the reference values.
func (in *indicator) table() Table {
	lang := in.lang
	valueHead := msg(lang, "value")
	if in.d.Unit != "" {
		valueHead += ", " + in.d.Unit
	}
	tbl := newTable(lang, in.d.Title, Cell{Text: msg(lang, "date")}, Cell{Text: valueHead, Num: true})
	var rows [][]Cell
	for _, p := range in.pts {
		rows = append(rows, []Cell{{Text: p.period, Header: true}, {Text: p.text, Num: true}})
	}
	tbl.Bodies = append(tbl.Bodies, TableBody{Rows: rows})
	var refRows [][]Cell
	if in.base != nil {
		refRows = append(refRows, []Cell{{Text: withWhen(msg(lang, "baseline"), in.base, lang), Header: true}, {Text: in.val(in.base.Value), Num: true}})
	}
	if in.target != nil {
		name := withWhen(msg(lang, "target"), in.target, lang)
		if in.dir != "" {
			name += ", " + msg(lang, "better-"+in.dir)
		}
		refRows = append(refRows, []Cell{{Text: name, Header: true}, {Text: in.val(in.target.Value), Num: true}})
	}
	if refRows != nil {
		tbl.Bodies = append(tbl.Bodies, TableBody{Heading: msg(lang, "refs"), Rows: refRows})
	}
	return tbl
}

// indicatorDesc says in one sentence what the chart shows: the change from
// the first to the last value, extremes in between, the baseline, the target
// and whether it is reached. Ranges are written as their text ("менше 5")
// and compared only where their bounds decide.
func indicatorDesc(pts []point, base, target *Reference, dir, unit, lang string) string {
	val := func(v float64) string { return formatValue(v, decimalsFor(v), unit, lang) }
	u := unitSuffix(unit)
	var parts []string
	switch n := len(pts); {
	case n == 0:
		parts = append(parts, msg(lang, "desc-none"))
	case n == 1:
		parts = append(parts, fmt.Sprintf(msg(lang, "desc-one"), u, pts[0].text, pts[0].period))
	default:
		first, last := pts[0], pts[n-1]
		switch {
		case first.text == last.text && first.band == last.band:
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-same"), u, first.text, first.period, last.period))
		case last.hi < first.lo || last.lo > first.hi:
			verb := msg(lang, "rose")
			if last.hi < first.lo {
				verb = msg(lang, "fell")
			}
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-change"), u, verb, first.text, first.period, last.text, last.period))
		default: // overlapping ranges: no direction can be told
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-move"), u, first.text, first.period, last.text, last.period))
		}
		// Extremes worth telling are exact values beyond both ends.
		hiI, loI := -1, -1
		for i, p := range pts {
			if p.band {
				continue
			}
			if hiI < 0 || p.hi > pts[hiI].hi {
				hiI = i
			}
			if loI < 0 || p.lo < pts[loI].lo {
				loI = i
			}
		}
		if hiI >= 0 && pts[hiI].hi > max(first.hi, last.hi) {
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-max"), pts[hiI].text, pts[hiI].period))
		}
		if loI >= 0 && pts[loI].lo < min(first.lo, last.lo) {
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-min"), pts[loI].text, pts[loI].period))
		}
	}
	if base != nil {
		parts = append(parts, fmt.Sprintf(msg(lang, "desc-baseline"), withWhen(val(base.Value), base, lang)))
	}
	if target != nil {
		s := fmt.Sprintf(msg(lang, "desc-target"), withWhen(val(target.Value), target, lang))
		if dir != "" {
			s += ", " + msg(lang, "better-"+dir)
		}
		parts = append(parts, s)
		if n := len(pts); n > 0 {
			last := pts[n-1]
			if dir == DirectionUp && last.lo >= target.Value || dir == DirectionDown && last.hi <= target.Value {
				parts = append(parts, msg(lang, "desc-reached"))
			}
		}
	}
	if target == nil && dir != "" {
		parts = append(parts, msg(lang, "better-"+dir))
	}
	return strings.Join(parts, "; ") + "."
}

// unitTitle heads the value axis. Without a target line to carry the
// arrow, it also says which way is better, so a falling line of "children
// in institutions" reads as good news.
func unitTitle(d IndicatorData, dir string, target *Reference, lang string) string {
	if target != nil || dir == "" || d.Direction == "" {
		return d.Unit
	}
	if d.Unit == "" {
		return msg(lang, "better-"+dir)
	}
	return d.Unit + " · " + msg(lang, "better-"+dir)
}

// refWhen names a reference's period, or "" when undated.
func refWhen(r *Reference, lang string) string {
	if r.Label != "" {
		return r.Label
	}
	if r.Date.IsZero() {
		return ""
	}
	return periodLabel(r.Date, lang)
}

// withWhen is "Ціль (2026)", or "Ціль" when undated.
func withWhen(s string, r *Reference, lang string) string {
	if w := refWhen(r, lang); w != "" {
		return s + " (" + w + ")"
	}
	return s
}

// widen extends [from, to] to include t; zero bounds mean "nothing yet".
func widen(from, to, t time.Time) (time.Time, time.Time) {
	if from.IsZero() || t.Before(from) {
		from = t
	}
	if to.IsZero() || t.After(to) {
		to = t
	}
	return from, to
}
