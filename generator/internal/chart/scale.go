package chart

import (
	"math"
	"strconv"
	"time"
)

// maxTickCount bounds every axis, whatever a caller asks for: the tick
// loops below are counted, never open-ended, so no value can make them run
// away (a range beyond ±1e308 once looped until memory ran out).
const maxTickCount = 50

// NiceTicks returns round, evenly spaced values (steps of 1, 2 or 5 times a
// power of ten) from at or below lo to at or above hi, at most about maxTicks
// of them, and the step. Equal bounds are widened so the axis never
// collapses; lo > hi is swapped; NaN or infinite bounds become 0 and 1. A
// range too wide for float64 arithmetic (beyond ±8.9e307) or too narrow for
// its magnitude gets the plain ticks lo, 0 (when inside) and hi instead.
func NiceTicks(lo, hi float64, maxTicks int) (ticks []float64, step float64) {
	maxTicks = min(max(maxTicks, 2), maxTickCount)
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		lo, hi = 0, 1
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi == lo {
		lo, hi = widenEqual(lo)
	}
	if ticks, step, ok := niceTicks(lo, hi, maxTicks); ok {
		return ticks, step
	}
	// The span is below the resolution of its values (1e17 and 1e17+1):
	// treat the bounds as one value.
	if wl, wh := widenEqual(lo); wl <= lo && wh >= hi {
		if ticks, step, ok := niceTicks(wl, wh, maxTicks); ok {
			return ticks, step
		}
	}
	return plainTicks(lo, hi)
}

// widenEqual makes an interval around a single value v: one unit of its
// leading digit either side (0 gives 0…1), clamped to the finite floats.
func widenEqual(v float64) (float64, float64) {
	if v == 0 {
		return 0, 1
	}
	d := math.Pow10(int(math.Floor(math.Log10(math.Abs(v)))))
	lo, hi := v-d, v+d
	if math.IsInf(lo, 0) || lo == v {
		lo = -math.MaxFloat64
		if v > 0 {
			lo = v / 2
		}
	}
	if math.IsInf(hi, 0) || hi == v {
		hi = math.MaxFloat64
		if v < 0 {
			hi = v / 2
		}
	}
	return lo, hi
}

// niceTicks does the work of NiceTicks for finite lo < hi, and reports
// false when float64 cannot hold the answer.
func niceTicks(lo, hi float64, maxTicks int) ([]float64, float64, bool) {
	span := hi - lo
	if math.IsInf(span, 0) || span <= 0 {
		return nil, 0, false
	}
	m, e := niceNum(span, false)
	x := m / float64(maxTicks-1) * math.Pow10(e)
	if math.IsInf(x, 0) || !(x > 0) {
		return nil, 0, false
	}
	mant, exp := niceNum(x, true)
	step := mant * math.Pow10(exp)
	if !(step > 0) || math.IsInf(step, 0) {
		return nil, 0, false
	}
	// The tolerance keeps 0.30000000000000004 on the tick 0.3; the checks
	// after it keep a bound tiny beside the step (−5e-324) covered.
	first, last := math.Floor(lo/step+1e-9), math.Ceil(hi/step-1e-9)
	// Tick k is k·step; k must be an exact integer, and there must be few.
	if math.Abs(first) > 1<<52 || math.Abs(last) > 1<<52 || last-first > 2*float64(maxTicks)+2 {
		return nil, 0, false
	}
	// Writing k·mant·10^exp in decimal and reading it back gives the float
	// nearest the round value: repeated addition would print
	// 0.30000000000000004.
	tick := func(k int64) float64 {
		v, err := strconv.ParseFloat(strconv.FormatInt(k*int64(mant), 10)+"e"+strconv.Itoa(exp), 64)
		if err != nil {
			return math.NaN()
		}
		return v
	}
	k0, k1 := int64(first), int64(last)
	if tick(k0) > lo {
		k0--
	}
	if tick(k1) < hi {
		k1++
	}
	ticks := make([]float64, 0, k1-k0+1)
	for k := k0; k <= k1; k++ {
		v := tick(k)
		if !finite(v) {
			return nil, 0, false
		}
		ticks = append(ticks, v)
	}
	return ticks, step, true
}

// plainTicks is the fallback axis: the bounds, and zero between them.
func plainTicks(lo, hi float64) ([]float64, float64) {
	ticks := []float64{lo}
	if lo < 0 && hi > 0 {
		ticks = append(ticks, 0)
	}
	ticks = append(ticks, hi)
	step := hi/2 - lo/2 // half the span: finite for any finite bounds
	if lo < 0 && hi > 0 {
		step = min(-lo, hi)
	}
	return ticks, step
}

// integerTicks is NiceTicks for data that are whole numbers (counts of
// children): a step below 1 would label the axis 0,2 0,4…, so it becomes 1.
func integerTicks(lo, hi float64, maxTicks int) ([]float64, float64) {
	ticks, step := NiceTicks(lo, hi, maxTicks)
	if step >= 1 || len(ticks) == 0 {
		return ticks, step
	}
	// A step below 1 means the ticks span fewer than maxTicks units.
	first, last := math.Floor(ticks[0]), math.Ceil(ticks[len(ticks)-1])
	last = max(last, first+1)
	if last-first > maxTickCount || first+1 == first {
		return ticks, step
	}
	ticks = ticks[:0]
	for v := first; v <= last; v++ {
		ticks = append(ticks, v)
	}
	return ticks, 1
}

// niceNum is Heckbert's "nice number": a 1, 2, 5 or 10 multiple of a power
// of ten near x, rounded or (for ranges) taken at or above x, returned as
// the multiple and the power so that callers can compute in decimal.
func niceNum(x float64, round bool) (float64, int) {
	exp := int(math.Floor(math.Log10(x)))
	f := x / math.Pow10(exp)
	if math.IsInf(f, 0) || math.IsNaN(f) { // x is subnormal: 10^exp underflowed
		f = x * 1e300 / math.Pow10(exp+300)
	}
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
	return nf, exp
}

// decimalsOfStep is how many decimals tick labels need for a nice step.
func decimalsOfStep(step float64) int {
	if !(step > 0) || math.IsInf(step, 0) {
		return 0
	}
	d := int(-math.Floor(math.Log10(step) + 1e-9))
	return max(d, 0)
}

// linear maps a domain interval onto a pixel interval. It computes with
// halves, so that a domain of ±1e308 does not overflow into NaN.
type linear struct{ d0, d1, r0, r1 float64 }

func (s linear) at(v float64) float64 {
	den := s.d1/2 - s.d0/2
	if den == 0 || math.IsNaN(den) {
		return (s.r0 + s.r1) / 2
	}
	r := s.r0 + (v/2-s.d0/2)/den*(s.r1-s.r0)
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return (s.r0 + s.r1) / 2
	}
	return r
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

// dateTicks returns ticks on month or year boundaries within [from, to], at
// most maxTicks of them, with the finest interval that fits, at least
// minStep months (12 keeps yearly data on year ticks), and the interval
// chosen. Month ticks are labelled with the abbreviated month in lang and
// carry the year as Sub on the first tick and in January; year ticks are
// labelled with the year. It counts the
// ticks of an interval before it lists them, so dates thousands of years
// apart cost no more than dates a year apart.
func dateTicks(from, to time.Time, maxTicks, minStep int, lang string) ([]DateTick, int) {
	from, to = dateOnly(from), dateOnly(to)
	if to.Before(from) {
		from, to = to, from
	}
	maxTicks = min(max(maxTicks, 1), maxTickCount)
	first, last := monthIndex(from), monthIndex(to)
	if from.Day() > 1 {
		first++ // the first tick is the next first of a month
	}
	step := 0
	for _, s := range tickSteps {
		if s >= minStep && tickCount(first, last, s) <= maxTicks {
			step = s
			break
		}
	}
	if step == 0 { // centuries: a multiple of ten years that fits
		n := tickCount(first, last, 120)
		step = 120 * ((n + maxTicks - 1) / maxTicks)
		for tickCount(first, last, step) > maxTicks {
			step += 120
		}
	}
	lang = normLang(lang)
	n := tickCount(first, last, step)
	ticks := make([]DateTick, 0, n)
	for i, k := 0, ceilDiv(first, step)*step; i < n; i, k = i+1, k+step {
		d := time.Date(floorDiv(k, 12), time.Month(k-floorDiv(k, 12)*12+1), 1, 0, 0, 0, 0, time.UTC)
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

// monthIndex counts months from January of year 0 to t's month.
func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

// tickCount is how many multiples of step lie in [first, last], which are
// month indexes: ticks align to the calendar (quarters start in January,
// April…; 5-year steps fall on years divisible by 5).
func tickCount(first, last, step int) int {
	a := ceilDiv(first, step) * step
	if a > last {
		return 0
	}
	return (last-a)/step + 1
}

// floorDiv and ceilDiv divide rounding down and up, also for the negative
// month indexes of years before 0.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func ceilDiv(a, b int) int { return -floorDiv(-a, b) }
