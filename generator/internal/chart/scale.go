package chart

import (
	"math"
	"strconv"
	"time"
)

// NiceTicks returns round, evenly spaced values (steps of 1, 2 or 5 times a
// power of ten) from at or below lo to at or above hi, at most about maxTicks
// of them, and the step. Equal bounds are widened so the axis never
// collapses; lo > hi is swapped.
func NiceTicks(lo, hi float64, maxTicks int) (ticks []float64, step float64) {
	if maxTicks < 2 {
		maxTicks = 2
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		lo, hi = 0, 1
	}
	if hi == lo {
		if lo == 0 {
			hi = 1
		} else {
			d := math.Pow10(int(math.Floor(math.Log10(math.Abs(lo)))))
			lo, hi = lo-d, hi+d
		}
	}
	step = niceNum(niceNum(hi-lo, false)/float64(maxTicks-1), true)
	// Round each tick to the step's precision: repeated float addition
	// would otherwise print 0.30000000000000004.
	dec := decimalsOfStep(step)
	p := math.Pow10(dec)
	start := math.Floor(lo/step+1e-9) * step
	end := math.Ceil(hi/step-1e-9) * step
	for i := 0; ; i++ {
		v := math.Round((start+float64(i)*step)*p) / p
		if v > end+step/2 {
			break
		}
		ticks = append(ticks, v)
	}
	return ticks, step
}

// integerTicks is NiceTicks for data that are whole numbers (counts of
// children): a step below 1 would label the axis 0,2 0,4…, so it becomes 1.
func integerTicks(lo, hi float64, maxTicks int) ([]float64, float64) {
	ticks, step := NiceTicks(lo, hi, maxTicks)
	if step >= 1 {
		return ticks, step
	}
	ticks = nil
	for v := math.Floor(lo); v <= math.Max(math.Ceil(hi), math.Floor(lo)+1); v++ {
		ticks = append(ticks, v)
	}
	return ticks, 1
}

// niceNum is Heckbert's "nice number": a 1, 2, 5 or 10 multiple of a power
// of ten near x, rounded or (for ranges) taken at or above x.
func niceNum(x float64, round bool) float64 {
	exp := math.Floor(math.Log10(x))
	f := x / math.Pow10(int(exp))
	var nf float64
	switch {
	case round && f < 1.5, !round && f <= 1:
		nf = 1
	case round && f < 3, !round && f <= 2:
		nf = 2
	case round && f < 7, !round && f <= 5:
		nf = 5
	default:
		nf = 10
	}
	return nf * math.Pow10(int(exp))
}

// decimalsOfStep is how many decimals tick labels need for a nice step.
func decimalsOfStep(step float64) int {
	d := int(-math.Floor(math.Log10(step) + 1e-9))
	if d < 0 {
		return 0
	}
	return d
}

// linear maps a domain interval onto a pixel interval.
type linear struct{ d0, d1, r0, r1 float64 }

func (s linear) at(v float64) float64 {
	if s.d1 == s.d0 {
		return (s.r0 + s.r1) / 2
	}
	return s.r0 + (v-s.d0)/(s.d1-s.d0)*(s.r1-s.r0)
}

// timeScale maps days onto pixels.
type timeScale struct{ linear }

func newTimeScale(from, to time.Time, x0, x1 float64) timeScale {
	return timeScale{linear{float64(from.Unix()), float64(to.Unix()), x0, x1}}
}

func (s timeScale) at(t time.Time) float64 { return s.linear.at(float64(t.Unix())) }

// DateTick is one tick of a date axis: its day, its label and an optional
// second line (the year under a month).
type DateTick struct {
	Date  time.Time
	Label string
	Sub   string
}

// tickSteps are the candidate tick intervals in months: months, quarters,
// half years, years and multiples.
var tickSteps = []int{1, 3, 6, 12, 24, 60, 120}

// DateTicks returns ticks on month or year boundaries within [from, to], at
// most maxTicks of them, with the finest interval that fits. Month ticks are
// labelled with the abbreviated month in lang and carry the year as Sub on
// the first tick and in January; year ticks are labelled with the year.
func DateTicks(from, to time.Time, maxTicks int, lang string) []DateTick {
	ticks, _ := dateTicks(from, to, maxTicks, 1, lang)
	return ticks
}

// dateTicks is DateTicks with a least interval in months (12 keeps yearly
// data on year ticks) that also returns the interval chosen.
func dateTicks(from, to time.Time, maxTicks, minStep int, lang string) ([]DateTick, int) {
	from, to = dateOnly(from), dateOnly(to)
	if to.Before(from) {
		from, to = to, from
	}
	if maxTicks < 1 {
		maxTicks = 1
	}
	var dates []time.Time
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if s < minStep && s != tickSteps[len(tickSteps)-1] {
			continue
		}
		dates = tickDates(from, to, s)
		if len(dates) <= maxTicks {
			step = s
			break
		}
	}
	if len(dates) > maxTicks { // a span of many centuries: thin out evenly
		n := (len(dates) + maxTicks - 1) / maxTicks
		var thin []time.Time
		for i := 0; i < len(dates); i += n {
			thin = append(thin, dates[i])
		}
		dates = thin
	}
	lang = normLang(lang)
	ticks := make([]DateTick, 0, len(dates))
	for i, d := range dates {
		t := DateTick{Date: d, Label: strconv.Itoa(d.Year())}
		if step < 12 {
			t.Label = months[lang][d.Month()-1]
			if i == 0 || d.Month() == time.January {
				t.Sub = strconv.Itoa(d.Year())
			}
		}
		ticks = append(ticks, t)
	}
	return ticks, step
}

// tickDates lists the boundaries of step-month intervals within [from, to],
// aligned to the calendar (quarters start in January, April…; 5-year steps
// fall on years divisible by 5).
func tickDates(from, to time.Time, step int) []time.Time {
	y, m := from.Year(), int(from.Month())
	if from.Day() > 1 {
		m++
	}
	n := y*12 + m - 1 // months since year 0
	for n%step != 0 {
		n++
	}
	var out []time.Time
	for ; ; n += step {
		d := time.Date(n/12, time.Month(n%12+1), 1, 0, 0, 0, 0, time.UTC)
		if d.After(to) {
			return out
		}
		out = append(out, d)
	}
}
