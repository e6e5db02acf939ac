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
	// Label names the period in the table and the description; by default
	// 1 January is shown as the year, the 1st of a month as the month.
	Label string
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
	Path       string    // the data line; empty for fewer than two points
	Marks      []Mark
	TargetMark *Mark // the target at its date, when dated and on the axis
}

// RefLine is a horizontal reference line with its label in the right margin.
type RefLine struct {
	Class  string // chart-baseline or chart-target
	Line   Line
	Leader string // path from the line to a label that had to move, or ""
	Label  Text
}

// Mark is a data point: a marker, its value label and a tooltip.
type Mark struct {
	X, Y  Coord
	Label Text
	Title string
}

// Indicator lays out a line chart of d.Points with markers and value labels,
// the baseline and target as labelled horizontal lines, a date x axis and a
// y axis with nice ticks. Points are sorted by date; non-finite values are
// dropped; an empty series gives an empty plot, not a panic.
func Indicator(d IndicatorData) Figure {
	lang := normLang(d.Lang)
	id := sanitizeID(d.ID)
	pts := make([]Point, 0, len(d.Points))
	for _, p := range d.Points {
		if !math.IsNaN(p.Value) && !math.IsInf(p.Value, 0) {
			p.Date = dateOnly(p.Date)
			pts = append(pts, p)
		}
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Date.Before(pts[j].Date) })
	refs := []*Reference{d.Baseline, d.Target}
	for i, r := range refs {
		if r != nil && (math.IsNaN(r.Value) || math.IsInf(r.Value, 0)) {
			refs[i] = nil
		}
	}
	base, target := refs[0], refs[1]
	dir := d.Direction
	if dir == "" && base != nil && target != nil && target.Value != base.Value {
		dir = DirectionUp
		if target.Value < base.Value {
			dir = DirectionDown
		}
	}

	vals := make([]float64, 0, len(pts)+2)
	for _, p := range pts {
		vals = append(vals, p.Value)
	}
	for _, r := range refs {
		if r != nil {
			vals = append(vals, r.Value)
		}
	}
	val := func(v float64) string { return formatValue(v, decimalsFor(v), d.Unit, lang) }

	const (
		width, height = 640.0, 300.0
		fs, tickFS    = 13.0, 12.0
		top           = 34.0
		bottom        = height - 44
		inset         = 18.0 // keeps end markers off the axis and the margin
	)

	// y scale: counts and shares start at zero, so changes are not
	// exaggerated; negative data extends the axis downwards.
	lo, hi, whole := 0.0, 0.0, true
	for _, v := range vals {
		lo, hi, whole = min(lo, v), max(hi, v), whole && decimalsFor(v) == 0
	}
	yt, step := NiceTicks(lo, hi, 6)
	if whole {
		yt, step = integerTicks(lo, hi, 6)
	}
	tdec := decimalsOfStep(step)
	left := 0.0
	for _, t := range yt {
		left = max(left, textWidth(FormatNumber(t, tdec, lang), tickFS))
	}
	left = max(left+14, 40)

	// Reference labels sit in the right margin: two lines each.
	type refText struct {
		class, line1, line2 string
		value               float64
	}
	var rts []refText
	if base != nil {
		rts = append(rts, refText{"chart-baseline", msg(lang, "baseline"), withWhen(val(base.Value), base, lang), base.Value})
	}
	if target != nil {
		arrow := ""
		switch dir {
		case DirectionUp:
			arrow = " ↑"
		case DirectionDown:
			arrow = " ↓"
		}
		rts = append(rts, refText{"chart-target", msg(lang, "target") + arrow, withWhen(val(target.Value), target, lang), target.Value})
	}
	right := 16.0
	for _, r := range rts {
		right = max(right, 14+max(textWidth(r.line1, tickFS), boldWidth(r.line2, fs)))
	}
	plotR := width - right

	ys := linear{yt[0], yt[len(yt)-1], bottom, top}

	// x scale over the points and the dated references.
	var from, to time.Time
	for _, p := range pts {
		from, to = widen(from, to, p.Date)
	}
	for _, r := range refs {
		if r != nil && !r.Date.IsZero() {
			from, to = widen(from, to, dateOnly(r.Date))
		}
	}
	if !from.IsZero() && from.Equal(to) {
		// A single date: show a year (or half a year) around it.
		if from.Month() == time.January && from.Day() == 1 {
			from, to = from.AddDate(-1, 0, 0), to.AddDate(1, 0, 0)
		} else {
			from, to = from.AddDate(0, -3, 0), to.AddDate(0, 3, 0)
		}
	}
	xs := newTimeScale(from, to, left+inset, plotR-inset)

	plot := &IndicatorPlot{
		Unit: Text{X: 4, Y: top - 16, Anchor: "start", Class: "chart-axis-title", Text: unitTitle(d, dir, target, lang)},
		Axis: Line{X1: Coord(left), Y1: Coord(bottom), X2: Coord(plotR), Y2: Coord(bottom), Class: "chart-axis"},
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
		plot.YLabels = append(plot.YLabels, Text{X: Coord(left - 8), Y: y + 4, Anchor: "end", Class: "chart-tick", Text: FormatNumber(t, tdec, lang)})
	}
	if !from.IsZero() {
		// Yearly data (every date a 1 January) gets year ticks only;
		// at most 8 ticks keep the axis calm.
		minStep := 12
		for _, p := range pts {
			if p.Date.Month() != time.January || p.Date.Day() != 1 {
				minStep = 1
			}
		}
		ticks, step := dateTicks(from, to, min(int((plotR-left-2*inset)/56)+1, 8), minStep, lang)
		for _, t := range ticks {
			x := Coord(xs.at(t.Date))
			plot.XTicks = append(plot.XTicks, Line{X1: x, Y1: Coord(bottom), X2: x, Y2: Coord(bottom + 5), Class: "chart-axis"})
			if step != 12 || minStep == 12 {
				plot.XLabels = append(plot.XLabels, Text{X: x, Y: Coord(bottom + 19), Anchor: "middle", Class: "chart-tick", Text: t.Label, Sub: t.Sub})
			}
		}
		if step == 12 && minStep == 1 {
			// Yearly data (dated 1 January) keeps its labels on the ticks.
			// Other data on year ticks: ticks mark where years begin; each year's label sits in
			// the middle of its year, so a value of 31 December reads as
			// that year's, not as the next one's.
			for y := from.Year(); y <= to.Year(); y++ {
				a := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
				b := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
				if a.Before(from) {
					a = from
				}
				if b.After(to) {
					b = to
				}
				xa, xb := xs.at(a), xs.at(b)
				if xb-xa < 28 {
					continue // a sliver of a year has no room for a label
				}
				plot.XLabels = append(plot.XLabels, Text{X: Coord((xa + xb) / 2), Y: Coord(bottom + 19), Anchor: "middle", Class: "chart-tick", Text: strconv.Itoa(y)})
			}
		}
	}

	placer := newLabelPlacer(rect{left, top - 22, plotR, bottom - 2})

	// Reference lines and their labels, spread apart when values are close.
	sort.SliceStable(rts, func(i, j int) bool { return ys.at(rts[i].value) < ys.at(rts[j].value) })
	centres := make([]float64, len(rts))
	for i, r := range rts {
		centres[i] = ys.at(r.value)
	}
	moved := spread(centres, 32, top-4, bottom-10)
	for i, r := range rts {
		y := ys.at(r.value)
		ly := moved[i]
		ref := RefLine{
			Class: r.class,
			Line:  Line{X1: Coord(left), Y1: Coord(y), X2: Coord(plotR), Y2: Coord(y), Class: r.class},
			Label: Text{X: Coord(plotR + 8), Y: Coord(ly - 3), Anchor: "start", Class: "chart-ref-label " + r.class + "-label", Text: r.line1, Sub: r.line2},
		}
		if math.Abs(ly-y) > 1 {
			ref.Leader = fmt.Sprintf("M%v %vL%v %v", Coord(plotR), Coord(y), Coord(plotR+5), Coord(ly))
		}
		plot.Refs = append(plot.Refs, ref)
		placer.soft = append(placer.soft, segment{left, y, plotR, y})
	}

	// The data line and marks.
	var path strings.Builder
	for i, p := range pts {
		x, y := xs.at(p.Date), ys.at(p.Value)
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		fmt.Fprintf(&path, "%s%v %v", cmd, Coord(x), Coord(y))
		if i > 0 {
			placer.hard = append(placer.hard, segment{xs.at(pts[i-1].Date), ys.at(pts[i-1].Value), x, y})
		}
		placer.boxes = append(placer.boxes, rect{x - 5, y - 5, x + 5, y + 5})
	}
	if len(pts) > 1 {
		plot.Path = path.String()
	}
	if target != nil && !target.Date.IsZero() {
		x, y := xs.at(dateOnly(target.Date)), ys.at(target.Value)
		plot.TargetMark = &Mark{X: Coord(x), Y: Coord(y), Title: msg(lang, "target") + ": " + val(target.Value) + " (" + refWhen(target, lang) + ")"}
		placer.boxes = append(placer.boxes, rect{x - 6, y - 6, x + 6, y + 6})
	}
	for _, p := range pts {
		x, y := xs.at(p.Date), ys.at(p.Value)
		s := val(p.Value)
		lx, ly, anchor := placer.place(x, y, boldWidth(s, fs), fs)
		plot.Marks = append(plot.Marks, Mark{
			X: Coord(x), Y: Coord(y),
			Label: Text{X: Coord(lx), Y: Coord(ly), Anchor: anchor, Class: "chart-value", Text: s},
			Title: pointLabel(p, lang) + ": " + s,
		})
	}

	// The table: the series, then the reference values.
	valueHead := msg(lang, "value")
	if d.Unit != "" {
		valueHead += ", " + d.Unit
	}
	tbl := newTable(lang, d.Title, Cell{Text: msg(lang, "date")}, Cell{Text: valueHead, Num: true})
	var rows [][]Cell
	for _, p := range pts {
		rows = append(rows, []Cell{{Text: pointLabel(p, lang), Header: true}, {Text: val(p.Value), Num: true}})
	}
	tbl.Bodies = append(tbl.Bodies, TableBody{Rows: rows})
	var refRows [][]Cell
	if base != nil {
		refRows = append(refRows, []Cell{{Text: withWhen(msg(lang, "baseline"), base, lang), Header: true}, {Text: val(base.Value), Num: true}})
	}
	if target != nil {
		name := withWhen(msg(lang, "target"), target, lang)
		if dir != "" {
			name += ", " + msg(lang, "better-"+dir)
		}
		refRows = append(refRows, []Cell{{Text: name, Header: true}, {Text: val(target.Value), Num: true}})
	}
	if refRows != nil {
		tbl.Bodies = append(tbl.Bodies, TableBody{Heading: msg(lang, "refs"), Rows: refRows})
	}

	return Figure{
		Kind: KindIndicator, ID: id, Lang: lang, Title: d.Title,
		Desc:      indicatorDesc(pts, base, target, dir, d.Unit, lang),
		Width:     width,
		Height:    height,
		Indicator: plot,
		Table:     tbl,
	}
}

// indicatorDesc says in one sentence what the chart shows: the change from
// the first to the last value, extremes in between, the baseline, the target
// and whether it is reached.
func indicatorDesc(pts []Point, base, target *Reference, dir, unit, lang string) string {
	val := func(v float64) string { return formatValue(v, decimalsFor(v), unit, lang) }
	u := unitSuffix(unit)
	var parts []string
	switch n := len(pts); {
	case n == 0:
		parts = append(parts, msg(lang, "desc-none"))
	case n == 1:
		parts = append(parts, fmt.Sprintf(msg(lang, "desc-one"), u, val(pts[0].Value), pointLabel(pts[0], lang)))
	default:
		first, last := pts[0], pts[n-1]
		if first.Value == last.Value {
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-same"), u, val(first.Value), pointLabel(first, lang), pointLabel(last, lang)))
		} else {
			verb := msg(lang, "rose")
			if last.Value < first.Value {
				verb = msg(lang, "fell")
			}
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-change"), u, verb, val(first.Value), pointLabel(first, lang), val(last.Value), pointLabel(last, lang)))
		}
		// Extremes worth telling are those beyond both ends of the series.
		hiI, loI := 0, 0
		for i, p := range pts {
			if p.Value > pts[hiI].Value {
				hiI = i
			}
			if p.Value < pts[loI].Value {
				loI = i
			}
		}
		if pts[hiI].Value > max(first.Value, last.Value) {
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-max"), val(pts[hiI].Value), pointLabel(pts[hiI], lang)))
		}
		if pts[loI].Value < min(first.Value, last.Value) {
			parts = append(parts, fmt.Sprintf(msg(lang, "desc-min"), val(pts[loI].Value), pointLabel(pts[loI], lang)))
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
			last := pts[n-1].Value
			if dir == DirectionUp && last >= target.Value || dir == DirectionDown && last <= target.Value {
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
	if target != nil || d.Direction == "" {
		return d.Unit
	}
	if d.Unit == "" {
		return msg(lang, "better-"+dir)
	}
	return d.Unit + " · " + msg(lang, "better-"+dir)
}

// pointLabel names a point's period.
func pointLabel(p Point, lang string) string {
	if p.Label != "" {
		return p.Label
	}
	return periodLabel(p.Date, lang)
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
