package chart

import (
	"html/template"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// budget is the time any one chart input may take: more is a hang (issue
// 10: a value beyond ±1e308 once looped until memory ran out).
const budget = time.Second

// within runs f and fails t if it takes longer than budget. A hung f is left
// running, but the test says which input hung instead of timing out blind.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(budget):
		t.Fatalf("%s: still running after %v", what, budget)
	}
}

var hostileNumbers = []float64{
	0, math.Copysign(0, -1), 1, -1, 1e308, -1e308, math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
	-math.SmallestNonzeroFloat64, 1e-300, 1e17, 1e17 + 16, 9007199254740993, 123456789.123, 0.1 + 0.2,
	math.NaN(), math.Inf(1), math.Inf(-1),
}

// TestNiceTicksHostile pairs every hostile number with every other: the
// ticks come quickly, are few, finite, rising and cover both bounds.
func TestNiceTicksHostile(t *testing.T) {
	for _, lo := range hostileNumbers {
		for _, hi := range hostileNumbers {
			for _, n := range []int{-1, 2, 6, 1 << 30} {
				within(t, "NiceTicks", func() { checkTicks(t, lo, hi, n) })
			}
		}
	}
}

func checkTicks(t *testing.T, lo, hi float64, n int) {
	t.Helper()
	ticks, step := NiceTicks(lo, hi, n)
	if len(ticks) < 2 || len(ticks) > 2*maxTickCount+3 {
		t.Fatalf("NiceTicks(%g, %g, %d): %d ticks", lo, hi, n, len(ticks))
	}
	if !finite(step) || step <= 0 {
		t.Errorf("NiceTicks(%g, %g, %d): step %g", lo, hi, n, step)
	}
	for i, v := range ticks {
		if !finite(v) || i > 0 && v <= ticks[i-1] {
			t.Fatalf("NiceTicks(%g, %g, %d) = %v: not finite and rising", lo, hi, n, ticks)
		}
	}
	// Covered up to float noise: 0.30000000000000004 is on the tick 0.3.
	tol := step * 1e-9
	if finite(lo) && finite(hi) && (ticks[0] > min(lo, hi)+tol || ticks[len(ticks)-1] < max(lo, hi)-tol) {
		t.Errorf("NiceTicks(%g, %g, %d) = %v: does not cover the data", lo, hi, n, ticks)
	}
}

// hostileFigures are inputs a careless or hostile content author can send.
func hostileFigures() map[string]func() Figure {
	long := strings.Repeat("дуже довгий підпис ", 200)
	many := make([]Point, 2000)
	for i := range many {
		many[i] = Point{Date: day(1900, time.January, 1).AddDate(0, 0, i*7), Value: math.Sin(float64(i)) * 1e6}
	}
	rows := make([]TimelineRow, 1000)
	for i := range rows {
		rows[i] = TimelineRow{Label: "I.1." + string(rune('0'+i%10)), Start: year(2019 + i%8), End: year(2026), State: StatusOngoing,
			Deadlines: []time.Time{year(2020), year(2021)}}
	}
	return map[string]func() Figure{
		"huge values": func() Figure {
			return Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: -1e308}, {Date: year(2021), Value: math.MaxFloat64}},
				Baseline: &Reference{Value: -math.MaxFloat64}, Target: &Reference{Value: 1e308, Date: year(2026)}})
		},
		"tiny values": func() Figure {
			return Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: math.SmallestNonzeroFloat64}, {Date: year(2021), Value: 1e-300}}})
		},
		"not numbers": func() Figure {
			return Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: math.NaN()}, {Date: year(2021), Value: math.Inf(1)},
				{Date: year(2022), Range: &Range{Low: math.Inf(-1), High: 3}}}, Baseline: &Reference{Value: math.NaN()}, Target: &Reference{Value: math.Inf(-1)}})
		},
		"identical": func() Figure {
			return Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: 1e17}, {Date: year(2020), Value: 1e17}, {Date: year(2020), Value: 1e17 + 16}}})
		},
		"thousands of values": func() Figure { return Indicator(IndicatorData{Unit: "%", Points: many}) },
		"long labels": func() Figure {
			return Indicator(IndicatorData{Title: long, Unit: long, Points: []Point{{Date: year(2020), Value: 1, Label: long}, {Date: year(2021), Range: &Range{Low: 1, High: 4, Text: long}}},
				Baseline: &Reference{Value: 1, Label: long}, Target: &Reference{Value: 2, Label: long, Date: year(2022)}})
		},
		"dates far apart": func() Figure {
			return Indicator(IndicatorData{Points: []Point{{Date: day(1, time.January, 1), Value: 1}, {Date: day(9999, time.December, 31), Value: 2}}})
		},
		"inverted range": func() Figure {
			return Indicator(IndicatorData{Points: []Point{{Date: year(2020), Range: &Range{Low: 4, High: 1}}}})
		},
		"status: huge counts": func() Figure {
			return Status(StatusData{Title: long, Counts: []StatusCount{{Key: StatusDone, Label: long, Count: math.MaxInt32}, {Key: "x", Label: "", Count: -math.MaxInt32}}})
		},
		"timeline: thousands of rows": func() Figure { return Timeline(TimelineData{AsOf: year(2024), Rows: rows}) },
		"timeline: millennia": func() Figure {
			return Timeline(TimelineData{AsOf: year(5000), Rows: []TimelineRow{{Label: long, Title: long, Start: day(1, time.January, 1), End: day(9999, time.December, 31),
				Deadlines: []time.Time{year(3000)}, State: long, StateLabel: long, Group: long}}})
		},
		"timeline: inverted axis": func() Figure {
			return Timeline(TimelineData{From: year(2030), To: year(2020), Rows: []TimelineRow{{Label: "1", Start: year(2025), End: year(2021)}}})
		},
	}
}

// TestHostileFigures lays out each hostile input within the budget and
// renders it into well-formed markup with finite coordinates.
func TestHostileFigures(t *testing.T) {
	tpl := loadTemplates(t)
	for name, build := range hostileFigures() {
		t.Run(name, func(t *testing.T) {
			var f Figure
			within(t, name, func() { f = build() })
			checkFigure(t, tpl, f)
		})
	}
}

// checkFigure renders f and checks what no input may break: the markup
// parses, no coordinate is NaN or infinite, views keep their text inside.
func checkFigure(t *testing.T, tpl *template.Template, f Figure) {
	t.Helper()
	out, err := Render(tpl, f)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, bad := range []string{"NaN", "Inf", `="-Inf`, "e+"} {
		if strings.Contains(s, bad) {
			i := strings.Index(s, bad)
			t.Errorf("output holds %q: …%s…", bad, s[max(i-80, 0):min(i+40, len(s))])
		}
	}
	if err := wellFormed(s); err != nil {
		t.Error(err)
	}
	for _, v := range f.Views {
		if v.Width <= 0 || v.Height <= 0 || v.Height > 2000 {
			t.Errorf("%s view: %v×%v", v.Name, v.Width, v.Height)
		}
	}
}

func FuzzNiceTicks(f *testing.F) {
	for _, v := range hostileNumbers {
		f.Add(v, 1.0, 6)
		f.Add(-1.0, v, 3)
	}
	f.Fuzz(func(t *testing.T, lo, hi float64, n int) {
		within(t, "NiceTicks", func() { checkTicks(t, lo, hi, n) })
	})
}

// FuzzIndicator builds an indicator from arbitrary values, ranges, dates
// and labels.
func FuzzIndicator(f *testing.F) {
	f.Add(52.0, 61.0, 1.0, 4.0, int64(18262), int64(365), "І півріччя", "%", "up")
	f.Add(-1e308, math.MaxFloat64, math.NaN(), math.Inf(1), int64(-719162), int64(3000000), "", "осіб", "")
	f.Add(1e-300, 5e-324, 4.0, 1.0, int64(0), int64(0), strings.Repeat("x", 500), "", "down")
	tpl := template.Must(template.New("chart.html").Funcs(Funcs).ParseFiles(templatePath))
	f.Fuzz(func(t *testing.T, a, b, lo, hi float64, start, stride int64, label, unit, dir string) {
		// Days since 1970 within the years 1 to 9999, the years of a date.
		start, stride = clampDays(start), clampDays(stride)%40000
		label, unit = xmlText(label), xmlText(unit)
		d := IndicatorData{Title: label, Unit: unit, Direction: dir,
			Points: []Point{
				{Date: unixDay(start), Value: a, Label: label},
				{Date: unixDay(clampDays(start + stride)), Value: b},
				{Date: unixDay(clampDays(start + 2*stride)), Range: &Range{Low: lo, High: hi, Text: label}},
			},
			Baseline: &Reference{Value: lo}, Target: &Reference{Value: hi, Date: unixDay(clampDays(start - stride))}}
		within(t, "Indicator", func() { checkFigure(t, tpl, Indicator(d)) })
	})
}

// FuzzTimeline builds a timeline from arbitrary terms, dates and labels.
func FuzzTimeline(f *testing.F) {
	f.Add(int64(17897), int64(20818), int64(20159), int64(17897), int64(20818), "ІІ.1.1", "triває")
	f.Add(int64(-719162), int64(2932896), int64(0), int64(2932896), int64(-719162), "", "")
	tpl := template.Must(template.New("chart.html").Funcs(Funcs).ParseFiles(templatePath))
	f.Fuzz(func(t *testing.T, from, to, asOf, start, end int64, label, state string) {
		label, state = xmlText(label), xmlText(state)
		d := TimelineData{From: unixDay(clampDays(from)), To: unixDay(clampDays(to)), AsOf: unixDay(clampDays(asOf)),
			Rows: []TimelineRow{{Label: label, Title: label, URL: "/m/", Group: label, Start: unixDay(clampDays(start)), End: unixDay(clampDays(end)),
				Deadlines: []time.Time{unixDay(clampDays(start)), unixDay(clampDays(asOf))}, State: state, StateLabel: state}}}
		within(t, "Timeline", func() { checkFigure(t, tpl, Timeline(d)) })
	})
}

// clampDays keeps a day number within the years 1 to 9999.
func clampDays(d int64) int64 {
	const first, last = -719162, 2932896 // 0001-01-01 and 9999-12-31
	if d < first || d > last {
		d = first + (d%(last-first)+(last-first))%(last-first)
	}
	return d
}

func unixDay(d int64) time.Time { return time.Unix(d*86400, 0).UTC() }

// xmlText drops the characters XML cannot hold (controls, invalid UTF-8):
// content is checked for them before it reaches a chart, and the
// well-formedness check here would fail on them, not on the chart.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}

// BenchmarkIndicator lays out a real indicator, both views and the table.
func BenchmarkIndicator(b *testing.B) {
	d := patronage(LangUK)
	for b.Loop() {
		Indicator(d)
	}
}

// BenchmarkIndicatorThousands is 2000 weekly values: the label budget keeps
// the placer linear.
func BenchmarkIndicatorThousands(b *testing.B) {
	d := manyPoints(2000)
	for b.Loop() {
		Indicator(d)
	}
}

// BenchmarkTimeline lays out the 51 measures of the Svatove plan.
func BenchmarkTimeline(b *testing.B) {
	d := svatoveTimeline()
	for b.Loop() {
		Timeline(d)
	}
}
