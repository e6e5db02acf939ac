package chart

import (
	"reflect"
	"testing"
	"time"
)

func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		max    int
		want   []float64
		step   float64
	}{
		{0, 100, 6, []float64{0, 20, 40, 60, 80, 100}, 20},
		{0, 87, 6, []float64{0, 20, 40, 60, 80, 100}, 20},
		{0, 46, 6, []float64{0, 10, 20, 30, 40, 50}, 10},
		{0, 1500, 6, []float64{0, 500, 1000, 1500}, 500},
		{-3.5, 2.25, 6, []float64{-4, -2, 0, 2, 4}, 2},
		{0, 0.3, 6, []float64{0, 0.1, 0.2, 0.3}, 0.1}, // no 0.30000000000000004
		{5, 5, 6, []float64{4, 4.5, 5, 5.5, 6}, 0.5},  // equal bounds widen
		{0, 0, 6, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}, 0.2},
		{100, 0, 3, []float64{0, 50, 100}, 50}, // swapped bounds
	} {
		got, step := NiceTicks(c.lo, c.hi, c.max)
		if !reflect.DeepEqual(got, c.want) || step != c.step {
			t.Errorf("NiceTicks(%v, %v, %d) = %v step %v, want %v step %v", c.lo, c.hi, c.max, got, step, c.want, c.step)
		}
	}
}

// TestNiceTicksCover checks the promise for many ranges: the ticks cover
// the data, are evenly spaced and are not too many.
func TestNiceTicksCover(t *testing.T) {
	for _, r := range [][2]float64{{0, 1}, {0, 7}, {3, 97}, {-12, 250}, {0, 12345}, {0.01, 0.07}, {1e6, 1.2e6}} {
		ticks, step := NiceTicks(r[0], r[1], 6)
		if ticks[0] > r[0] || ticks[len(ticks)-1] < r[1] {
			t.Errorf("%v: ticks %v do not cover the range", r, ticks)
		}
		if len(ticks) > 8 {
			t.Errorf("%v: %d ticks", r, len(ticks))
		}
		for i := 1; i < len(ticks); i++ {
			if d := ticks[i] - ticks[i-1]; d < step*0.999 || d > step*1.001 {
				t.Errorf("%v: uneven ticks %v", r, ticks)
			}
		}
	}
}

func TestIntegerTicks(t *testing.T) {
	if got, step := integerTicks(0, 0, 6); !reflect.DeepEqual(got, []float64{0, 1}) || step != 1 {
		t.Errorf("integerTicks(0, 0) = %v, %v", got, step)
	}
	if got, _ := integerTicks(0, 3, 6); !reflect.DeepEqual(got, []float64{0, 1, 2, 3}) {
		t.Errorf("integerTicks(0, 3) = %v", got)
	}
	if got, _ := integerTicks(0, 46, 6); !reflect.DeepEqual(got, []float64{0, 10, 20, 30, 40, 50}) {
		t.Errorf("integerTicks(0, 46) = %v", got)
	}
}

func TestDateTicks(t *testing.T) {
	type tick struct{ date, label, sub string }
	for _, c := range []struct {
		name     string
		from, to time.Time
		max      int
		lang     string
		want     []tick
	}{
		{"years", year(2019), day(2026, time.December, 31), 9, LangUK, []tick{
			{"2019-01-01", "2019", ""}, {"2020-01-01", "2020", ""}, {"2021-01-01", "2021", ""}, {"2022-01-01", "2022", ""},
			{"2023-01-01", "2023", ""}, {"2024-01-01", "2024", ""}, {"2025-01-01", "2025", ""}, {"2026-01-01", "2026", ""},
		}},
		{"even years", year(2019), day(2026, time.December, 31), 4, LangUK, []tick{
			{"2020-01-01", "2020", ""}, {"2022-01-01", "2022", ""}, {"2024-01-01", "2024", ""}, {"2026-01-01", "2026", ""},
		}},
		{"months across a new year", day(2020, time.November, 15), day(2021, time.March, 1), 10, LangUK, []tick{
			{"2020-12-01", "груд.", "2020"}, {"2021-01-01", "січ.", "2021"}, {"2021-02-01", "лют.", ""}, {"2021-03-01", "бер.", ""},
		}},
		{"quarters", day(2021, time.February, 1), day(2022, time.February, 1), 5, LangEN, []tick{
			{"2021-04-01", "Apr", "2021"}, {"2021-07-01", "Jul", ""}, {"2021-10-01", "Oct", ""}, {"2022-01-01", "Jan", "2022"},
		}},
		{"half years", year(2021), year(2023), 5, LangEN, []tick{
			{"2021-01-01", "Jan", "2021"}, {"2021-07-01", "Jul", ""}, {"2022-01-01", "Jan", "2022"}, {"2022-07-01", "Jul", ""}, {"2023-01-01", "Jan", "2023"},
		}},
		{"swapped", day(2021, time.December, 31), year(2020), 3, LangUK, []tick{{"2020-01-01", "2020", ""}, {"2021-01-01", "2021", ""}}},
		{"a fortnight", day(2021, time.May, 3), day(2021, time.May, 17), 5, LangUK, nil},
	} {
		var got []tick
		for _, d := range ticksOf(c.from, c.to, c.max, c.lang) {
			got = append(got, tick{d.Date.Format("2006-01-02"), d.Label, d.Sub})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDateTicksYearly checks that yearly data stays on year ticks even where
// half years would fit.
func TestDateTicksYearly(t *testing.T) {
	ticks, step := dateTicks(year(2020), year(2022), 8, 12, LangUK)
	if step != 12 || len(ticks) != 3 || ticks[0].Label != "2020" {
		t.Errorf("got step %d, ticks %v", step, ticks)
	}
}

func ticksOf(from, to time.Time, maxTicks int, lang string) []DateTick {
	ticks, _ := dateTicks(from, to, maxTicks, 1, lang)
	return ticks
}
