package chart

import (
	"strconv"
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
	rows := allRows(p)
	if len(rows) != 51 || len(p.Groups) != 6 {
		t.Fatalf("%d rows in %d groups, want 51 in 6", len(rows), len(p.Groups))
	}
	// Eight years, each label centred in its band; long charts repeat the
	// axis at the bottom; on a phone every other label hides, but never 2026.
	if len(p.Axis) != 8 || p.Axis[0].Text != "2019" || absf(float64(p.Axis[0].X)-6.25) > 0.01 || !p.BottomAxis {
		t.Errorf("axis labels: %+v, bottom %v", p.Axis, p.BottomAxis)
	}
	if last := p.Axis[7]; last.Text != "2026" || last.Alt || !p.Axis[6].Alt {
		t.Errorf("the last year must show on phones: %+v", p.Axis)
	}
	for _, r := range rows {
		if r.URL == "" || !strings.HasPrefix(r.URL, "/plans/svatove-2019/") {
			t.Errorf("row %s has no link", r.Label)
		}
	}
	// The today line is where 12 March 2025 falls on the axis: 6 years and
	// 70 days into 8 years.
	wantToday := (float64(day(2025, time.March, 12).Unix()) - float64(year(2019).Unix())) / (float64(year(2027).Unix()) - float64(year(2019).Unix())) * 100
	if p.Today == nil || absf(float64(*p.Today)-wantToday) > 0.01 {
		t.Errorf("today line at %v, want %v", p.Today, wantToday)
	}
	// Rows: "за потреби" has a note and no bar, "щопівроку" has diamonds and
	// no note, a whole-period term spans the axis; each says its term and
	// state to a screen reader.
	byLabel := map[string]TimelineBar{}
	for _, r := range rows {
		byLabel[r.Label] = r
	}
	if r := byLabel["І.1.1"]; r.Bar != nil || r.Note != "за потреби" || !strings.HasPrefix(r.About, "за потреби") {
		t.Errorf("as-needed row: %+v", r)
	}
	if r := byLabel["У.1.3"]; r.Bar != nil || r.Note != "" || len(r.Deadlines) != 16 {
		t.Errorf("half-yearly row: %+v", r)
	}
	if r := byLabel["УІ.1.1"]; r.Bar == nil || len(r.Deadlines) != 7 || !strings.Contains(r.About, "строки 10.01.2020") {
		t.Errorf("annual row: %+v", r)
	}
	if r := byLabel["ІІ.1.1"]; r.Bar == nil || r.Bar.X != 0 || absf(float64(r.Bar.W)-100) > 0.01 {
		t.Errorf("whole-period bar: %+v", r.Bar)
	}
	// The legend lists the drawn states in canonical order, then the
	// deadline and today keys.
	var legend []string
	for _, it := range p.Legend {
		legend = append(legend, it.Text)
	}
	if got := strings.Join(legend, "|"); got != "виконано|триває|настає строк|прострочено|ще не розпочато|строк|Сьогодні: 12.03.2025" {
		t.Errorf("legend: %s", got)
	}
	// The table groups rows by section and links them.
	if len(f.Table.Bodies) != 6 || f.Table.Bodies[1].Heading == "" || f.Table.Bodies[1].Rows[0][0].URL == "" {
		t.Errorf("table bodies: %d", len(f.Table.Bodies))
	}
}

// allRows lists a timeline's rows across its groups.
func allRows(p *TimelinePlot) []TimelineBar {
	var out []TimelineBar
	for _, g := range p.Groups {
		out = append(out, g.Rows...)
	}
	return out
}

func TestTimelineEdges(t *testing.T) {
	empty := Timeline(TimelineData{Title: "x"})
	if len(empty.Timeline.Groups) != 0 || empty.Desc != "Даних немає." {
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
	if b := allRows(out.Timeline)[0].Bar; b == nil || b.W < 0.5 {
		t.Errorf("a one-day term must stay visible: %+v", b)
	}
	// A term outside the axis is clipped; an inverted one draws nothing.
	clip := Timeline(TimelineData{From: year(2020), To: day(2020, time.December, 31), Rows: []TimelineRow{
		{Label: "a", Start: year(2018), End: year(2030)},
		{Label: "b", Start: year(2021), End: year(2020)},
	}})
	r := allRows(clip.Timeline)
	if r[0].Bar == nil || r[0].Bar.X < 0 || float64(r[0].Bar.X+r[0].Bar.W) > 100.001 {
		t.Errorf("clipped bar: %+v", r[0].Bar)
	}
	if r[1].Bar != nil || r[1].Note == "" {
		t.Errorf("inverted term: %+v", r[1])
	}
	// One year: month labels at their lines, every other one hidden on phones.
	one := Timeline(TimelineData{From: year(2021), To: day(2021, time.December, 31), Rows: []TimelineRow{{Label: "1", Start: year(2021), End: year(2021)}}})
	if ax := one.Timeline.Axis; len(ax) < 4 || len(ax) > 8 || ax[0].Text != "січ. 2021" {
		t.Errorf("one year's axis: %+v", ax)
	}
	// Official text keeps its language on an English page.
	en := Timeline(TimelineData{Lang: LangEN, Rows: []TimelineRow{{Label: "1", Title: "Створити", TitleLang: LangUK, Group: "І. Розділ", GroupLang: LangUK}}})
	if g := en.Timeline.Groups[0]; g.Lang != LangUK || g.Rows[0].Lang != LangUK {
		t.Errorf("lang of official text: %+v", g)
	}
}

func absf(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// TestTimelineLongPeriod checks a period too long for yearly labels: five-year
// ticks are labelled at their lines, not centred in a band they misname.
func TestTimelineLongPeriod(t *testing.T) {
	f := Timeline(TimelineData{From: year(2000), To: day(2026, time.December, 31), Rows: []TimelineRow{{Label: "1", Start: year(2000), End: year(2026)}}})
	p := f.Timeline
	if len(p.Axis) == 0 || len(p.Axis) > 12 {
		t.Fatalf("%d axis labels", len(p.Axis))
	}
	for _, a := range p.Axis {
		y, _ := strconv.Atoi(a.Text)
		want := (float64(year(y).Unix()) - float64(year(2000).Unix())) / (float64(year(2027).Unix()) - float64(year(2000).Unix())) * 100
		if absf(float64(a.X)-want) > 0.01 {
			t.Errorf("label %q at %v, its line at %v", a.Text, a.X, want)
		}
	}
}
