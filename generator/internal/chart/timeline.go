package chart

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// TimelineData is the terms of a plan's measures on one time axis.
type TimelineData struct {
	ID    string // id prefix, unique on the page
	Lang  string // "uk" or "en"
	Title string
	// From and To bound the axis, both days included (the plan period, e.g.
	// 1 Jan 2019 – 31 Dec 2026). Zero: whole years around the rows.
	From, To time.Time
	AsOf     time.Time // the build date, drawn as the "today" line; zero: none
	Rows     []TimelineRow
}

// TimelineRow is one measure.
type TimelineRow struct {
	Label string // short number, e.g. "ІІ.2.3"
	Title string // the measure's name, for the tooltip and the table
	URL   string // the measure's page
	Group string // section heading; consecutive rows with one Group form a group
	// Start and End bound the term, both days included. Both zero: no term
	// (no bar; Term is shown instead); one zero: open towards the axis end.
	Start, End time.Time
	Deadlines  []time.Time // recurring or fixed deadlines, drawn as diamonds
	State      string      // status key (Status* constants): bar colour and texture
	StateLabel string      // the status as shown, e.g. "триває"
	Term       string      // the term as written in the plan, e.g. "2019-2026 роки"
}

// TimelinePlot is the geometry of a timeline.
type TimelinePlot struct {
	Width   Coord
	Legend  []LegendItem
	Grid    []Line // vertical lines at axis boundaries
	Axes    []Text // axis labels, at the top and (for long charts) at the bottom
	Groups  []Text // group headings
	Rows    []TimelineBar
	Today   *Line // the as-of line, or nil when outside the axis
	TodayAt Text  // its label
}

// LegendItem is one key of the timeline legend: a status swatch (Fill set),
// the deadline diamond (Path set) or the today line (Line set).
type LegendItem struct {
	X, Y  Coord // top left of the swatch
	Fill  string
	Style string
	Path  string
	Line  *Line
	Text  Text
}

// TimelineBar is one measure's row; the whole row links to URL.
type TimelineBar struct {
	URL       string
	Title     string // tooltip
	Y, H      Coord  // the row band
	Alt       bool   // every other row is shaded to guide the eye
	Label     Text
	Bar       *Bar  // nil without a term
	Note      *Text // the written term, when there is no bar
	Deadlines string
}

// Timeline lays out one row per measure with its term as a textured bar,
// deadline diamonds, group headings, a date axis (repeated at the bottom
// when the chart is long) and the "today" line. An empty timeline gives an
// empty figure, not a panic.
func Timeline(d TimelineData) Figure {
	lang := normLang(d.Lang)
	id := sanitizeID(d.ID)
	const (
		width   = 640.0
		fs      = 13.0
		tickFS  = 12.0
		rowH    = 20.0
		barH    = 10.0
		groupH  = 26.0
		padR    = 16.0
		diamond = 4.5
	)

	from, to := dateOnly(d.From), dateOnly(d.To)
	if from.IsZero() || to.IsZero() {
		var lo, hi time.Time
		for _, r := range d.Rows {
			for _, t := range append([]time.Time{r.Start, r.End}, r.Deadlines...) {
				if !t.IsZero() {
					lo, hi = widen(lo, hi, dateOnly(t))
				}
			}
		}
		if from.IsZero() && !lo.IsZero() {
			from = time.Date(lo.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
		}
		if to.IsZero() && !hi.IsZero() {
			to = time.Date(hi.Year(), time.December, 31, 0, 0, 0, 0, time.UTC)
		}
	}
	if to.Before(from) {
		from, to = to, from
	}
	end := to.AddDate(0, 0, 1) // To is included: the axis runs to its end
	hasAxis := !from.IsZero() && !to.IsZero()

	// Which rows get a bar decides the legend and the patterns.
	type span struct {
		s, e time.Time
		ok   bool
	}
	spans := make([]span, len(d.Rows))
	var keys, allKeys []string
	left := 56.0
	for i, r := range d.Rows {
		left = max(left, textWidth(r.Label, fs)+20)
		if r.State != "" {
			allKeys = append(allKeys, r.State)
		}
		if !hasAxis || r.Start.IsZero() && r.End.IsZero() {
			continue
		}
		// An open end runs to the axis end; a term sticking out is clipped.
		s, e := dateOnly(r.Start), dateOnly(r.End)
		if s.IsZero() || s.Before(from) {
			s = from
		}
		if e.IsZero() || e.After(to) {
			e = to
		}
		if !e.Before(s) {
			spans[i] = span{s, e, true}
			keys = append(keys, r.State)
		}
	}
	left = min(left, 200)
	x0, x1 := left+4, width-padR
	xs := newTimeScale(from, end, x0, x1)
	ps := newPatternSet(id, keys)
	plot := &TimelinePlot{Width: width}

	// Legend: the states in use, the deadline diamond and the today line,
	// wrapped to the width.
	y := 8.0
	x := 4.0
	// swatch draws the key with its top left corner at (sx, sy).
	addItem := func(label string, swatch func(sx, sy float64) LegendItem) {
		w := 22 + textWidth(label, tickFS)
		if x > 4 && x+w > width-4 {
			x, y = 4, y+20
		}
		it := swatch(x, y)
		it.X, it.Y = Coord(x), Coord(y)
		it.Text = Text{X: Coord(x + 20), Y: Coord(y + 9.5), Anchor: "start", Class: "chart-legend", Text: label}
		plot.Legend = append(plot.Legend, it)
		x += w + 14
	}
	labels := stateLabels(d.Rows)
	for _, k := range stateOrder(keys) {
		p := ps.byKey[k]
		addItem(labels[k], func(float64, float64) LegendItem { return LegendItem{Fill: p.Fill(), Style: p.Style} })
	}
	hasDeadlines := false
	for _, r := range d.Rows {
		hasDeadlines = hasDeadlines || len(r.Deadlines) > 0
	}
	if hasDeadlines {
		addItem(msg(lang, "deadline"), func(sx, sy float64) LegendItem {
			return LegendItem{Path: diamondPath(sx+7, sy+5, diamond)}
		})
	}
	asOf := dateOnly(d.AsOf)
	showToday := hasAxis && !asOf.IsZero() && !asOf.Before(from) && asOf.Before(end)
	if showToday {
		addItem(msg(lang, "today"), func(sx, sy float64) LegendItem {
			return LegendItem{Line: &Line{X1: Coord(sx + 7), Y1: Coord(sy - 1), X2: Coord(sx + 7), Y2: Coord(sy + 11), Class: "chart-today"}}
		})
	}
	if len(plot.Legend) > 0 {
		y += 26
	}

	var todayLabelY float64
	if showToday {
		todayLabelY = y + 12
		y += 20
	}
	axisY := y + 12
	rowsTop := y + 20

	// Rows and group headings.
	y = rowsTop
	group := ""
	for i, r := range d.Rows {
		if r.Group != "" && (i == 0 || r.Group != group) {
			plot.Groups = append(plot.Groups, Text{X: 4, Y: Coord(y + groupH - 8), Anchor: "start", Class: "chart-group", Text: truncate(r.Group, width-8, fs)})
			y += groupH
		}
		group = r.Group
		mid := y + rowH/2
		row := TimelineBar{
			URL: r.URL, Y: Coord(y), H: rowH, Alt: i%2 == 1,
			Title: timelineTooltip(r, lang),
			Label: Text{X: Coord(left - 8), Y: Coord(mid + 4.5), Anchor: "end", Class: "chart-label", Text: truncate(r.Label, left-12, fs)},
		}
		if r.URL != "" {
			row.Label.Class = "chart-label chart-link"
		}
		if sp := spans[i]; sp.ok {
			bx0, bx1 := xs.at(sp.s), xs.at(sp.e.AddDate(0, 0, 1))
			bx1 = max(bx1, bx0+3) // a one-day term is still visible
			p := ps.byKey[r.State]
			row.Bar = &Bar{X: Coord(bx0), Y: Coord(mid - barH/2), W: Coord(bx1 - bx0), H: barH, Fill: p.Fill(), Style: p.Style}
		}
		// Without a bar the written term explains the row, unless deadline
		// diamonds already show it (a note would run into them).
		if row.Bar == nil && len(r.Deadlines) == 0 {
			note := r.Term
			if note == "" {
				note = msg(lang, "no-term")
			}
			row.Note = &Text{X: Coord(x0 + 2), Y: Coord(mid + 4.5), Anchor: "start", Class: "chart-note", Text: truncate(note, x1-x0, tickFS)}
		}
		var dp strings.Builder
		for _, dl := range r.Deadlines {
			dl = dateOnly(dl)
			if hasAxis && !dl.Before(from) && dl.Before(end) {
				dp.WriteString(diamondPath(xs.at(dl), mid, diamond))
			}
		}
		row.Deadlines = dp.String()
		plot.Rows = append(plot.Rows, row)
		y += rowH
	}
	rowsEnd := y
	height := rowsEnd + 8

	// Axis: year (or month) boundaries as grid lines; a year's label is
	// centred in its band, other labels (months, "2020" of a two-year step)
	// sit at their line. Long charts repeat the labels at the bottom so the
	// dates stay in view.
	if hasAxis {
		// Year labels are centred in their bands and need 48px; month
		// labels ("січ. 2021") sit on their lines and need more.
		ticks, step := dateTicks(from, to, int((x1-x0)/48)+1, 1, lang)
		if step < 12 {
			ticks, step = dateTicks(from, to, int((x1-x0)/72)+1, 1, lang)
		}
		labelYs := []float64{axisY}
		if len(d.Rows) > 15 {
			labelYs = append(labelYs, rowsEnd+16)
			height = rowsEnd + 24
		}
		for i, t := range ticks {
			tx := xs.at(t.Date)
			plot.Grid = append(plot.Grid, Line{X1: Coord(tx), Y1: Coord(rowsTop - 4), X2: Coord(tx), Y2: Coord(rowsEnd), Class: "chart-grid"})
			lx, label := tx, t.Label
			if step == 12 {
				bandEnd := end
				if i+1 < len(ticks) {
					bandEnd = ticks[i+1].Date
				}
				if xs.at(bandEnd)-tx < textWidth(label, tickFS)+4 {
					continue // a sliver of a year at the axis end
				}
				lx = (tx + xs.at(bandEnd)) / 2
			} else if t.Sub != "" {
				label += " " + t.Sub
			}
			for _, ly := range labelYs {
				plot.Axes = append(plot.Axes, Text{X: Coord(lx), Y: Coord(ly), Anchor: "middle", Class: "chart-tick", Text: label})
			}
		}
		// An axis that starts mid-year has a first band before the first tick.
		if step == 12 && (len(ticks) == 0 || ticks[0].Date.After(from)) {
			bandEnd := end
			if len(ticks) > 0 {
				bandEnd = ticks[0].Date
			}
			if label := fmt.Sprint(from.Year()); xs.at(bandEnd)-x0 >= textWidth(label, tickFS)+4 {
				for _, ly := range labelYs {
					plot.Axes = append(plot.Axes, Text{X: Coord((x0 + xs.at(bandEnd)) / 2), Y: Coord(ly), Anchor: "middle", Class: "chart-tick", Text: label})
				}
			}
		}
		plot.Grid = append(plot.Grid, Line{X1: Coord(x1), Y1: Coord(rowsTop - 4), X2: Coord(x1), Y2: Coord(rowsEnd), Class: "chart-grid"})
	}
	if showToday {
		tx := xs.at(asOf)
		plot.Today = &Line{X1: Coord(tx), Y1: Coord(todayLabelY + 4), X2: Coord(tx), Y2: Coord(rowsEnd), Class: "chart-today"}
		label := msg(lang, "today") + ": " + FormatDate(asOf, lang)
		w := textWidth(label, tickFS)
		anchor, lx := "middle", tx
		switch {
		case tx-w/2 < 4:
			anchor, lx = "start", tx-2
		case tx+w/2 > width-4:
			anchor, lx = "end", tx+2
		}
		plot.TodayAt = Text{X: Coord(lx), Y: Coord(todayLabelY), Anchor: anchor, Class: "chart-today-label", Text: label}
	}

	return Figure{
		Kind: KindTimeline, ID: id, Lang: lang, Title: d.Title,
		Desc:     timelineDesc(d.Rows, from, to, asOf, hasAxis, showToday, allKeys, labels, lang),
		Width:    width,
		Height:   Coord(height),
		Patterns: ps.list,
		Timeline: plot,
		Table:    timelineTable(d, lang),
	}
}

// diamondPath is a closed diamond of radius r centred at (x, y).
func diamondPath(x, y, r float64) string {
	return fmt.Sprintf("M%v %vL%v %vL%v %vL%v %vZ", Coord(x), Coord(y-r), Coord(x+r), Coord(y), Coord(x), Coord(y+r), Coord(x-r), Coord(y))
}

// stateLabels maps each state key to the first label given for it.
func stateLabels(rows []TimelineRow) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if _, ok := out[r.State]; !ok || out[r.State] == "" {
			out[r.State] = r.StateLabel
		}
	}
	for k, v := range out {
		if v == "" {
			out[k] = k
		}
	}
	return out
}

// stateOrder lists the distinct keys, known statuses in their canonical
// order (so legends read the same on every page), then the others as met.
func stateOrder(keys []string) []string {
	seen := map[string]bool{}
	var known, other []string
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		if knownStyle(k) != "" {
			known = append(known, k)
		} else {
			other = append(other, k)
		}
	}
	sort.SliceStable(known, func(i, j int) bool { return styleIndex(known[i]) < styleIndex(known[j]) })
	return append(known, other...)
}

// termText is the term as written, or the bar's dates.
func termText(r TimelineRow, lang string) string {
	if r.Term != "" {
		return r.Term
	}
	switch {
	case r.Start.IsZero() && r.End.IsZero():
		return msg(lang, "no-term")
	case r.Start.IsZero():
		return "… – " + FormatDate(r.End, lang)
	case r.End.IsZero():
		return FormatDate(r.Start, lang) + " – …"
	}
	return spanLabel(r.Start, r.End, lang)
}

// spanLabel writes whole calendar years as "2019–2026" and other spans as
// two dates.
func spanLabel(from, to time.Time, lang string) string {
	if from.Month() == time.January && from.Day() == 1 && to.Month() == time.December && to.Day() == 31 {
		if from.Year() == to.Year() {
			return fmt.Sprint(from.Year())
		}
		return fmt.Sprintf("%d–%d", from.Year(), to.Year())
	}
	return FormatDate(from, lang) + " – " + FormatDate(to, lang)
}

// timelineTooltip is the hover text of a row: number, name, term, state.
func timelineTooltip(r TimelineRow, lang string) string {
	s := r.Label
	if r.Title != "" {
		s += " " + r.Title
	}
	term := termText(r, lang)
	s += ": " + term
	if r.StateLabel != "" && r.StateLabel != term {
		s += "; " + r.StateLabel
	}
	return s
}

// timelineDesc counts the measures, names the period and the date, and
// tells how many measures are in each state.
func timelineDesc(rows []TimelineRow, from, to, asOf time.Time, hasAxis, showToday bool, keys []string, labels map[string]string, lang string) string {
	if len(rows) == 0 || !hasAxis {
		return msg(lang, "desc-none") + "."
	}
	s := fmt.Sprintf(msg(lang, "desc-measures"), FormatNumber(float64(len(rows)), 0, lang), spanLabel(from, to, lang))
	if !asOf.IsZero() {
		s += "; " + fmt.Sprintf(msg(lang, "desc-asof"), FormatDate(asOf, lang))
		if !showToday {
			s += " (" + msg(lang, "desc-outside") + ")"
		}
	}
	counts := map[string]int{}
	for _, k := range keys {
		counts[k]++
	}
	var parts []string
	for _, k := range stateOrder(keys) {
		parts = append(parts, fmt.Sprintf(msg(lang, "desc-item"), labels[k], FormatNumber(float64(counts[k]), 0, lang)))
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s + "."
}

// timelineTable lists the measures by group with their terms, deadlines and
// states, each linked to its page.
func timelineTable(d TimelineData, lang string) Table {
	tbl := newTable(lang, d.Title, Cell{Text: msg(lang, "measure")}, Cell{Text: msg(lang, "term")}, Cell{Text: msg(lang, "deadlines")}, Cell{Text: msg(lang, "state")})
	for i, r := range d.Rows {
		if i == 0 || r.Group != d.Rows[i-1].Group {
			tbl.Bodies = append(tbl.Bodies, TableBody{Heading: r.Group})
		}
		name := r.Label
		if r.Title != "" {
			name += " " + r.Title
		}
		dls := make([]string, len(r.Deadlines))
		for j, dl := range r.Deadlines {
			dls[j] = FormatDate(dl, lang)
		}
		b := &tbl.Bodies[len(tbl.Bodies)-1]
		b.Rows = append(b.Rows, []Cell{
			{Text: name, URL: r.URL, Header: true},
			{Text: termText(r, lang)},
			{Text: strings.Join(dls, ", ")},
			{Text: r.StateLabel},
		})
	}
	return tbl
}
