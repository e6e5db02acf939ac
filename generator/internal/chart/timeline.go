package chart

import (
	"fmt"
	"math"
	"sort"
	"strconv"
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
	Title string // the measure's name, shown after the number and in the table
	// TitleLang is the language of Title and Group when it is not the
	// figure's (the official text of a plan is Ukrainian on English pages
	// too), so that a screen reader reads it with the right voice.
	TitleLang string
	URL       string // the measure's page: the row's label links to it
	Group     string // section heading; consecutive rows with one Group form a group
	GroupLang string // the language of Group, when it is not the figure's
	// Start and End bound the term, both days included. Both zero: no term
	// (no bar; Term is shown instead); one zero: open towards the axis end.
	Start, End time.Time
	Deadlines  []time.Time // recurring or fixed deadlines, drawn as diamonds
	State      string      // status key (Status* constants): bar colour and texture
	StateLabel string      // the status as shown, e.g. "триває"
	Term       string      // the term as written in the plan, e.g. "2019-2026 роки"
}

// TimelinePlot is a timeline as HTML: a legend, a date axis and groups of
// rows, each row a link to its measure over a strip of SVG that stretches
// to the width of the page. Positions along the strips are percentages, so
// one markup serves a phone (each label above its bar) and a desktop (labels
// beside the bars), switched by chart.css; no text is ever scaled down.
type TimelinePlot struct {
	DescID   string
	Patterns []Pattern // in a zero-size SVG that the strips refer to
	Diamond  string    // id of the deadline marker, used with <use>
	Legend   []LegendItem
	Axis     []AxisLabel
	Grid     []Pct // vertical lines at the axis boundaries, drawn in every strip
	Today    *Pct  // the as-of date, or nil when outside the axis
	Groups   []TimelineGroup
	// BottomAxis repeats the axis under a long chart, so dates stay in view.
	BottomAxis bool
}

// Pct is a position or length along a strip, in per cent of its width.
type Pct float64

// String writes p with at most two decimals and a per cent sign.
func (p Pct) String() string {
	v := math.Round(float64(p)*100) / 100
	if v == 0 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + "%"
}

// AxisLabel is a date on the axis: a year centred in its band, or a month
// at its line. Alt labels are every other one counted from the last, which
// chart.css hides where the axis is narrow: the latest year always shows.
type AxisLabel struct {
	X    Pct
	Text string
	Alt  bool
}

// LegendItem is one key of the timeline legend: a status swatch (Fill set),
// the deadline diamond (Diamond) or the today line (Today).
type LegendItem struct {
	Fill    string
	Style   string
	Diamond bool
	Today   bool
	Text    string
}

// TimelineGroup is a run of rows under one heading (none when empty).
type TimelineGroup struct {
	Heading string
	Lang    string // of the heading, when not the figure's
	Rows    []TimelineBar
}

// TimelineBar is one measure's row.
type TimelineBar struct {
	URL   string
	Label string // the number, e.g. "ІІ.2.3"
	Title string // the measure's name
	Lang  string // of the name, when not the figure's
	About string // term and state, for screen readers (the strip is hidden from them)
	// Term and Rest are About in two: the term, in TermLang when that is
	// not the figure's (a term as the plan writes it is Ukrainian), and
	// the deadlines and state after it.
	Term, TermLang, Rest string
	Bar                  *Span // nil without a term on the axis
	Deadlines            []Pct
	Note                 string // the written term, when there is neither bar nor deadline
}

// Span is a bar along a strip.
type Span struct {
	X, W  Pct
	Fill  string // url(#…) of the status pattern
	Style string
}

// Timeline lays out one row per measure with its term as a textured bar,
// deadline diamonds, group headings, a date axis (repeated at the bottom
// when the chart is long) and the "today" line. An empty timeline gives an
// empty figure, not a panic; dates centuries apart give a few ticks.
func Timeline(d TimelineData) Figure {
	lang := normLang(d.Lang)
	id := sanitizeID(d.ID)
	from, to := timelineExtent(d)
	end := to.AddDate(0, 0, 1) // To is included: the axis runs to its end
	hasAxis := !from.IsZero() && !to.IsZero()
	xs := newTimeScale(from, end, 0, 100)

	// Which rows get a bar decides the legend and the patterns.
	spans := make([][2]time.Time, len(d.Rows))
	var keys, allKeys []string
	for i, r := range d.Rows {
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
			spans[i] = [2]time.Time{s, e}
			keys = append(keys, r.State)
		}
	}
	ps := newPatternSet(id, keys)
	plot := &TimelinePlot{DescID: id + "-desc", Patterns: ps.list, Diamond: id + "-dl", BottomAxis: len(d.Rows) > 15}

	labels := stateLabels(d.Rows)
	for _, k := range stateOrder(keys) {
		p := ps.byKey[k]
		plot.Legend = append(plot.Legend, LegendItem{Fill: p.Fill(), Style: p.Style, Text: labels[k]})
	}
	for _, r := range d.Rows {
		if len(r.Deadlines) > 0 {
			plot.Legend = append(plot.Legend, LegendItem{Diamond: true, Text: msg(lang, "deadline")})
			break
		}
	}
	asOf := dateOnly(d.AsOf)
	showToday := hasAxis && !asOf.IsZero() && !asOf.Before(from) && asOf.Before(end)
	if showToday {
		x := Pct(xs.at(asOf))
		plot.Today = &x
		plot.Legend = append(plot.Legend, LegendItem{Today: true, Text: msg(lang, "today") + ": " + FormatDate(asOf, lang)})
	}
	if hasAxis {
		timelineAxis(plot, xs, from, to, end, lang)
	}

	for i, r := range d.Rows {
		if i == 0 || r.Group != d.Rows[i-1].Group {
			plot.Groups = append(plot.Groups, TimelineGroup{Heading: r.Group, Lang: otherLang(r.GroupLang, lang)})
		}
		row := TimelineBar{URL: r.URL, Label: r.Label, Title: r.Title, Lang: otherLang(r.TitleLang, lang), About: timelineAbout(r, lang)}
		row.Term = termText(r, lang)
		row.Rest = strings.TrimPrefix(row.About, row.Term)
		row.TermLang = LangIn(lang, r.Term)
		if sp := spans[i]; !sp[0].IsZero() {
			x0, x1 := xs.at(sp[0]), xs.at(sp[1].AddDate(0, 0, 1))
			p := ps.byKey[r.State]
			row.Bar = &Span{X: Pct(x0), W: Pct(max(x1-x0, 0.5)), Fill: p.Fill(), Style: p.Style} // a one-day term stays visible
		}
		for _, dl := range r.Deadlines {
			if dl = dateOnly(dl); hasAxis && !dl.Before(from) && dl.Before(end) {
				row.Deadlines = append(row.Deadlines, Pct(xs.at(dl)))
			}
		}
		if row.Bar == nil && len(row.Deadlines) == 0 {
			row.Note = r.Term
			if row.Note == "" {
				row.Note = msg(lang, "no-term")
			}
		}
		g := &plot.Groups[len(plot.Groups)-1]
		g.Rows = append(g.Rows, row)
	}

	return Figure{
		Kind: KindTimeline, ID: id, Lang: lang, Title: d.Title,
		Desc:     timelineDesc(d.Rows, from, to, asOf, hasAxis, showToday, allKeys, labels, lang),
		Timeline: plot,
		Table:    timelineTable(d, lang),
	}
}

// timelineExtent is the axis: From and To, or whole years around the rows.
func timelineExtent(d TimelineData) (from, to time.Time) {
	from, to = dateOnly(d.From), dateOnly(d.To)
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
	return from, to
}

// timelineAxis puts grid lines at year (or month) boundaries and labels: a
// year's label centred in its band, a month's at its line.
func timelineAxis(plot *TimelinePlot, xs timeScale, from, to, end time.Time, lang string) {
	ticks, step := dateTicks(from, to, 12, 12, lang)
	if len(ticks) < 3 && step == 12 { // a short period: months
		ticks, step = dateTicks(from, to, 8, 1, lang)
	}
	var labels []AxisLabel
	if step == 12 && (len(ticks) == 0 || ticks[0].Date.After(from)) {
		// An axis that starts mid-year has a first band before the first tick.
		bandEnd := end
		if len(ticks) > 0 {
			bandEnd = ticks[0].Date
		}
		if w := xs.at(bandEnd) - xs.at(from); w >= 5 {
			labels = append(labels, AxisLabel{X: Pct(xs.at(from) + w/2), Text: strconv.Itoa(from.Year())})
		}
	}
	for i, t := range ticks {
		tx := xs.at(t.Date)
		if t.Date.After(from) {
			plot.Grid = append(plot.Grid, Pct(tx))
		}
		label := AxisLabel{X: Pct(tx), Text: t.Label}
		if step == 12 {
			bandEnd := end
			if i+1 < len(ticks) {
				bandEnd = ticks[i+1].Date
			}
			if xs.at(bandEnd)-tx < 5 {
				continue // a sliver of a year at the axis end
			}
			label.X = Pct((tx + xs.at(bandEnd)) / 2)
		} else if t.Sub != "" {
			label.Text += " " + t.Sub
		}
		labels = append(labels, label)
	}
	for i := range labels {
		labels[i].Alt = len(labels) > 5 && (len(labels)-1-i)%2 == 1
	}
	plot.Axis = labels
}

// otherLang is lang when it is set and differs from the figure's.
func otherLang(lang, figure string) string {
	if lang == "" || lang == figure {
		return ""
	}
	return lang
}

// timelineAbout is what a row says besides its label: term, deadlines and
// state, read after the link text by screen readers.
func timelineAbout(r TimelineRow, lang string) string {
	s := termText(r, lang)
	if n := len(r.Deadlines); n > 0 && n <= 12 {
		dls := make([]string, n)
		for j, dl := range r.Deadlines {
			dls[j] = FormatDate(dl, lang)
		}
		s += "; " + msg(lang, "deadlines-lc") + " " + strings.Join(dls, ", ")
	}
	if r.StateLabel != "" && r.StateLabel != s {
		s += "; " + r.StateLabel
	}
	return s
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
