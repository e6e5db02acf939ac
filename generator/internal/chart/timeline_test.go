package chart

import (
	"strings"
	"testing"
	"time"
)

func TestTimeline(t *testing.T) {
	d := svatoveTimeline()
	f := Timeline(d)
	p := f.Timeline
	want := "Заходів на графіку: 51; період 2019–2026; станом на 12.03.2025: виконано — 9, триває — 29, настає строк — 2, " +
		"прострочено — 3, ще не розпочато — 3, за потреби — 4, без терміну — 1."
	if f.Desc != want {
		t.Errorf("desc:\n got %q\nwant %q", f.Desc, want)
	}
	if len(p.Rows) != 51 || len(p.Groups) != 6 {
		t.Fatalf("%d rows in %d groups, want 51 in 6", len(p.Rows), len(p.Groups))
	}
	// Long charts repeat the axis at the bottom: 8 years, twice.
	if len(p.Axes) != 16 || p.Axes[0].Text != "2019" {
		t.Errorf("axis labels: %d, first %q", len(p.Axes), p.Axes[0].Text)
	}
	// Rows are evenly spaced and readable: at least 20 units each, and the
	// height grows with them.
	if float64(f.Height) < 51*20+6*26 {
		t.Errorf("height %v too small for 51 rows", f.Height)
	}
	for i, r := range p.Rows {
		if i > 0 && r.Y <= p.Rows[i-1].Y {
			t.Errorf("row %d not below the previous one", i)
		}
		if r.URL == "" || !strings.HasPrefix(r.URL, "/plans/svatove-2019/") {
			t.Errorf("row %d has no link", i)
		}
	}
	// The today line is where 12 March 2025 falls on the axis.
	xs := newTimeScale(year(2019), year(2027), float64(p.Rows[1].Bar.X), float64(p.Grid[len(p.Grid)-1].X1)) // ІІ.1.1 starts the axis
	if p.Today == nil || absf(float64(p.Today.X1)-xs.at(day(2025, time.March, 12))) > 0.5 {
		t.Errorf("today line at %v", p.Today)
	}
	if !strings.Contains(p.TodayAt.Text, "12.03.2025") {
		t.Errorf("today label %q", p.TodayAt.Text)
	}
	// Rows: "за потреби" has a note and no bar, "щопівроку" has diamonds and
	// no note, a whole-period term spans the axis.
	byLabel := map[string]TimelineBar{}
	for i, r := range p.Rows {
		byLabel[d.Rows[i].Label] = r
	}
	if r := byLabel["І.1.1"]; r.Bar != nil || r.Note == nil || r.Note.Text != "за потреби" {
		t.Errorf("as-needed row: %+v", r)
	}
	if r := byLabel["У.1.3"]; r.Bar != nil || r.Note != nil || strings.Count(r.Deadlines, "M") != 16 {
		t.Errorf("half-yearly row: %+v", r)
	}
	if r := byLabel["УІ.1.1"]; r.Bar == nil || strings.Count(r.Deadlines, "M") != 7 {
		t.Errorf("annual row: %+v", r)
	}
	if r := byLabel["ІІ.1.1"]; r.Bar == nil || absf(float64(r.Bar.X+r.Bar.W)-xs.at(year(2027))) > 0.5 {
		t.Errorf("whole-period bar: %+v", r.Bar)
	}
	// The legend lists the drawn states in canonical order, then the
	// deadline and today keys.
	var legend []string
	for _, it := range p.Legend {
		legend = append(legend, it.Text.Text)
	}
	if got := strings.Join(legend, "|"); got != "виконано|триває|настає строк|прострочено|ще не розпочато|строк|Сьогодні" {
		t.Errorf("legend: %s", got)
	}
	// The table groups rows by section and links them.
	if len(f.Table.Bodies) != 6 || f.Table.Bodies[1].Heading == "" || f.Table.Bodies[1].Rows[0][0].URL == "" {
		t.Errorf("table bodies: %d", len(f.Table.Bodies))
	}
}

func TestTimelineEdges(t *testing.T) {
	empty := Timeline(TimelineData{Title: "x"})
	if len(empty.Timeline.Rows) != 0 || empty.Desc != "Даних немає." || empty.Height <= 0 {
		t.Errorf("empty timeline: %+v", empty)
	}
	// Without From/To the axis covers whole years around the rows.
	f := Timeline(dubnoTimeline())
	if !strings.Contains(f.Desc, "period 2021–2026") || f.Timeline.Today == nil {
		t.Errorf("derived period: %q, today %v", f.Desc, f.Timeline.Today)
	}
	// An as-of date outside the axis is said, not drawn.
	out := Timeline(TimelineData{AsOf: year(2030), Rows: []TimelineRow{{Label: "1", Start: day(2021, time.May, 5), End: day(2021, time.May, 5), State: StatusDone}}})
	if out.Timeline.Today != nil || !strings.Contains(out.Desc, "поза періодом") {
		t.Errorf("as-of outside: today %v, desc %q", out.Timeline.Today, out.Desc)
	}
	if b := out.Timeline.Rows[0].Bar; b == nil || b.W < 3 {
		t.Errorf("a one-day term must stay visible: %+v", b)
	}
	// A term outside the axis is clipped; an inverted one draws nothing.
	clip := Timeline(TimelineData{From: year(2020), To: day(2020, time.December, 31), Rows: []TimelineRow{
		{Label: "a", Start: year(2018), End: year(2030)},
		{Label: "b", Start: year(2021), End: year(2020)},
	}})
	r := clip.Timeline.Rows
	if r[0].Bar == nil || r[0].Bar.X < 0 || float64(r[0].Bar.X+r[0].Bar.W) > float64(clip.Width) {
		t.Errorf("clipped bar: %+v", r[0].Bar)
	}
	if r[1].Bar != nil || r[1].Note == nil {
		t.Errorf("inverted term: %+v", r[1])
	}
	// Month ticks within one year do not crowd: each label fits its gap.
	one := Timeline(TimelineData{From: year(2021), To: day(2021, time.December, 31), Rows: []TimelineRow{{Label: "1", Start: year(2021), End: year(2021)}}})
	ax := one.Timeline.Axes
	for i := 1; i < len(ax); i++ {
		if gap := float64(ax[i].X - ax[i-1].X); gap < textWidth(ax[i-1].Text, 12)/2+textWidth(ax[i].Text, 12)/2+4 {
			t.Errorf("axis labels %q and %q overlap", ax[i-1].Text, ax[i].Text)
		}
	}
}

func absf(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// TestTimelineLongPeriod checks a period too long for yearly labels: two-year
// ticks are labelled at their lines, not centred in a band they misname.
func TestTimelineLongPeriod(t *testing.T) {
	f := Timeline(TimelineData{From: year(2000), To: day(2026, time.December, 31), Rows: []TimelineRow{{Label: "1", Start: year(2000), End: year(2026)}}})
	p := f.Timeline
	if len(p.Axes) == 0 || len(p.Axes) > 14 {
		t.Fatalf("%d axis labels", len(p.Axes))
	}
	for i, a := range p.Axes {
		if a.X != p.Grid[i].X1 {
			t.Errorf("label %q at %v, its line at %v", a.Text, a.X, p.Grid[i].X1)
		}
	}
}
