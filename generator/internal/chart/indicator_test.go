package chart

import (
	"strings"
	"testing"
	"time"
)

func TestIndicatorDesc(t *testing.T) {
	for _, c := range []struct {
		name string
		d    IndicatorData
		want string
	}{
		{"rise with references", patronage(LangUK),
			"Значення зросло з 52\u00a0% (2020) до 87\u00a0% (2024); базове значення 40\u00a0% (2019); ціль 100\u00a0% (2026), більше — краще."},
		{"english", patronage(LangEN),
			"The value rose from 52% (2020) to 87% (2024); baseline 40% (2019); target 100% (2026), higher is better."},
		{"fall, direction from the references, own period label", institutional(),
			"Значення (осіб) зменшилося з 41 (2020) до 22 (І півріччя 2024); базове значення 46 (2019); ціль 10 (2026), менше — краще."},
		{"one point, undated target", inclusive(),
			"One value (children): 1,234 (Sep\u00a02023); target 1,500."},
		{"all equal", IndicatorData{Points: []Point{{Date: year(2020), Value: 5}, {Date: year(2022), Value: 5}}},
			"Значення не змінилося: 5 (2020–2022)."},
		{"peak in between, target reached", IndicatorData{Unit: "%", Direction: DirectionUp, Target: &Reference{Value: 25},
			Points: []Point{{Date: year(2022), Value: 30}, {Date: year(2020), Value: 10}, {Date: year(2021), Value: 40}}},
			"Значення зросло з 10\u00a0% (2020) до 30\u00a0% (2022); найбільше 40\u00a0% (2021); ціль 25\u00a0%, більше — краще; ціль досягнуто."},
		{"dip in between", IndicatorData{Lang: LangEN, Points: []Point{{Date: year(2020), Value: 10}, {Date: year(2021), Value: 2}, {Date: year(2022), Value: 8}}},
			"The value fell from 10 (2020) to 8 (2022); lowest 2 (2021)."},
		{"no data", IndicatorData{}, "Даних немає."},
	} {
		if got := Indicator(c.d).Desc; got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestIndicatorEdges(t *testing.T) {
	one := wide(Indicator(IndicatorData{Points: []Point{{Date: year(2022), Value: 40}}})).Indicator
	if one.Path != "" || len(one.Marks) != 1 {
		t.Errorf("one point: path %q, %d marks; want no line, one mark", one.Path, len(one.Marks))
	}
	if len(one.XLabels) != 3 || one.XLabels[1].Text != "2022" {
		t.Errorf("one yearly point: want the year between its neighbours on the axis, got %v", one.XLabels)
	}
	if x := float64(one.Marks[0].X); x < 200 || x > 400 {
		t.Errorf("one point should sit mid-axis, x = %v", x)
	}

	flat := wide(Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: 0}, {Date: year(2021), Value: 0}}})).Indicator
	for _, l := range flat.YLabels {
		if strings.ContainsAny(l.Text, ",.") {
			t.Errorf("whole numbers got fractional ticks: %q", l.Text)
		}
	}

	nan := Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: 1}, {Date: year(2021), Value: nan()}}})
	if len(wide(nan).Indicator.Marks) != 1 || len(nan.Table.Bodies[0].Rows) != 1 {
		t.Errorf("non-finite values must be dropped")
	}

	neg := wide(Indicator(IndicatorData{Points: []Point{{Date: year(2020), Value: -3}, {Date: year(2021), Value: 2}}})).Indicator
	zero := false
	for _, g := range neg.Grid {
		zero = zero || g.Class == "chart-axis"
	}
	if !zero {
		t.Error("negative values: the zero line is not drawn")
	}

	empty := Indicator(IndicatorData{Title: "x"})
	if len(wide(empty).Indicator.Marks) != 0 || len(wide(empty).Indicator.XLabels) != 0 {
		t.Error("empty series should draw no marks and no x axis")
	}
}

func nan() float64 {
	var z float64
	return z / z
}

// TestValueLabels checks the label placer on real series: value labels stay
// inside the chart, do not overlap one another or a reference line's label,
// do not sit on the line, and are nearer their own mark than any other.
func TestValueLabels(t *testing.T) {
	// svatove-2019 II.2.1: the latest value sits between the target's and
	// the baseline's labels, and every spot round it touches something;
	// its label once covered the baseline's.
	crowded := IndicatorData{Lang: LangUK, Unit: "%",
		Points: []Point{{Date: year(2020), Value: 82}, {Date: year(2021), Value: 88}, {Date: year(2022), Value: 93},
			{Date: year(2023), Value: 90}, {Date: year(2025), Value: 95}},
		Baseline: &Reference{Value: 78, Date: day(2019, time.June, 30)}, Target: &Reference{Value: 100, Date: day(2026, time.December, 31)},
		Direction: DirectionUp}
	series := []IndicatorData{crowded, patronage(LangUK), patronage(LangEN), institutional(), inclusive(),
		{Unit: "%", Points: []Point{{Date: year(2020), Value: 10}, {Date: year(2021), Value: 90}, {Date: year(2022), Value: 15}, {Date: year(2023), Value: 95}, {Date: year(2024), Value: 20}}},
		{Points: []Point{{Date: day(2024, time.January, 1), Value: 1000}, {Date: day(2024, time.February, 1), Value: 1010}, {Date: day(2024, time.March, 1), Value: 1020}}},
	}
	for i, d := range series {
		for _, f := range Indicator(d).Views {
			p := f.Indicator
			var boxes []rect
			for _, r := range p.Refs {
				if r.Leader == "" { // a label moved off its line sits in the margin
					boxes = append(boxes, textBox(float64(r.Label.X), float64(r.Label.Y), textWidth(r.Label.Text, tickSize), tickSize, r.Label.Anchor))
				}
			}
			if n := len(p.Marks); n > 0 && p.Marks[n-1].Label.Text == "" {
				t.Errorf("series %d, %s: the latest value has no label", i, f.Name)
			}
			for _, m := range p.Marks {
				l := m.Label
				if l.Text == "" {
					continue // left out for want of room: it is in the table
				}
				b := textBox(float64(l.X), float64(l.Y), boldWidth(l.Text, 13), 13, l.Anchor)
				if b.x0 < 0 || b.x1 > float64(f.Width) || b.y0 < 0 || b.y1 > float64(f.Height) {
					t.Errorf("series %d: label %q outside the chart: %+v", i, l.Text, b)
				}
				for _, o := range boxes {
					if b.overlaps(o) {
						t.Errorf("series %d: label %q overlaps another", i, l.Text)
					}
				}
				for j := 1; j < len(p.Marks); j++ {
					s := segment{float64(p.Marks[j-1].X), float64(p.Marks[j-1].Y), float64(p.Marks[j].X), float64(p.Marks[j].Y)}
					if s.hits(b) {
						t.Errorf("series %d: label %q lies on the line", i, l.Text)
					}
				}
				for _, o := range p.Marks {
					own := b.dist2(float64(m.X), float64(m.Y))
					if o.X != m.X && b.dist2(float64(o.X), float64(o.Y)) < own {
						t.Errorf("series %d: label %q is nearer the mark of %s", i, l.Text, o.Title)
					}
				}
				boxes = append(boxes, b)
			}
		}
	}
}

func TestSegmentHits(t *testing.T) {
	r := rect{0, 0, 10, 10}
	for _, c := range []struct {
		s    segment
		want bool
	}{
		{segment{-5, 5, 15, 5}, true},    // straight through
		{segment{2, 2, 3, 3}, true},      // inside
		{segment{-5, -5, -1, 20}, false}, // left of it
		{segment{-5, 8, 8, -5}, true},    // cuts a corner
		{segment{-5, 2, 2, -5}, false},   // passes the corner outside
		{segment{12, 0, 12, 10}, false},  // parallel, beside it
	} {
		if got := c.s.hits(r); got != c.want {
			t.Errorf("%+v hits %+v = %v, want %v", c.s, r, got, c.want)
		}
	}
}

func TestSpread(t *testing.T) {
	got := spread([]float64{100, 110}, 30, 0, 300)
	if got[1]-got[0] < 30 || got[0] != 100 {
		t.Errorf("spread apart: %v", got)
	}
	got = spread([]float64{290, 295}, 30, 0, 300)
	if got[1] > 300 || got[1]-got[0] < 30 {
		t.Errorf("kept within bounds: %v", got)
	}
}
