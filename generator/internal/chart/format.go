package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Separators. Ukrainian groups thousands with a narrow no-break space and uses
// a decimal comma; a no-break space keeps "40 %" on one line. The minus sign
// is U+2212, which screen readers read as "minus" and which lines up with digits.
const (
	thinSpace = "\u202f"
	noBreak   = "\u00a0"
	minusSign = "\u2212"
)

// FormatNumber formats v with exactly decimals digits after the separator, in
// the conventions of lang: "1 234,5" (narrow no-break space, decimal comma) for
// "uk" and "1,234.5" for "en". Negative values use the minus sign U+2212; a
// value that rounds to zero has no sign.
func FormatNumber(v float64, decimals int, lang string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	if decimals < 0 {
		decimals = 0
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	neg := v < 0 && strings.Trim(s, "0.") != ""
	intPart, frac, _ := strings.Cut(s, ".")
	group, point := thinSpace, ","
	if normLang(lang) == LangEN {
		group, point = ",", "."
	}
	var b strings.Builder
	if neg {
		b.WriteString(minusSign)
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// formatValue formats a measured value for labels, descriptions and tables.
// Only "%" is written next to the number: other units ("осіб", "дітей") change
// form with the number in Ukrainian, so they go into headings instead.
func formatValue(v float64, decimals int, unit, lang string) string {
	s := FormatNumber(v, decimals, lang)
	if math.Abs(v) >= sciFrom {
		s = formatSci(v, lang)
	}
	if unit == "%" {
		if normLang(lang) == LangEN {
			return s + "%"
		}
		return s + noBreak + "%"
	}
	return s
}

// sciFrom is the magnitude from which numbers are written as a power of
// ten: a label of 1e308 written out would be 400 characters wide.
const sciFrom = 1e15

// tickLabel writes an axis tick with the decimals of its step, or as a power
// of ten when the step or the value would need too many digits.
func tickLabel(v float64, decimals int, lang string) string {
	if decimals > 6 && v != 0 || math.Abs(v) >= sciFrom {
		return formatSci(v, lang)
	}
	return FormatNumber(v, decimals, lang)
}

// formatSci writes v as "1,23×10¹⁸" (three significant digits).
func formatSci(v float64, lang string) string {
	if !finite(v) {
		return FormatNumber(v, 0, lang)
	}
	m, e, _ := strings.Cut(strconv.FormatFloat(v, 'e', 2, 64), "e")
	mv, _ := strconv.ParseFloat(m, 64)
	exp, _ := strconv.Atoi(e)
	var b strings.Builder
	b.WriteString(FormatNumber(mv, decimalsFor(mv), lang))
	b.WriteString("×10")
	for _, r := range strconv.Itoa(exp) {
		if r == '-' {
			b.WriteRune('⁻')
		} else {
			b.WriteRune([]rune("⁰¹²³⁴⁵⁶⁷⁸⁹")[r-'0'])
		}
	}
	return b.String()
}

// unitSuffix is the unit in brackets for sentences, empty for "%" (which the
// values carry themselves).
func unitSuffix(unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	return " (" + unit + ")"
}

// decimalsFor picks the fewest decimals (at most 2) that show v as given,
// so whole counts never show ",0" and 58.5 keeps its half.
func decimalsFor(v float64) int {
	d := 0
	for d < 2 && math.Abs(v*math.Pow10(d)-math.Round(v*math.Pow10(d))) > 1e-6 {
		d++
	}
	return d
}

// dateOnly drops the clock and the zone: charts work in whole days.
func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// FormatDate writes a day as "12.03.2025" (uk) or "12 Mar 2025" (en).
func FormatDate(t time.Time, lang string) string {
	y, m, d := t.Date()
	if normLang(lang) == LangEN {
		return fmt.Sprintf("%d %s %d", d, months[LangEN][m-1], y)
	}
	return fmt.Sprintf("%02d.%02d.%d", d, int(m), y)
}

// periodLabel writes a date as coarsely as it was probably meant: 1 January
// is a year ("2020"), the first of a month is that month ("бер. 2020"), any
// other day is the full date. Callers can override it per point.
func periodLabel(t time.Time, lang string) string {
	y, m, d := t.Date()
	switch {
	case m == time.January && d == 1:
		return strconv.Itoa(y)
	case d == 1:
		return months[normLang(lang)][m-1] + noBreak + strconv.Itoa(y)
	}
	return FormatDate(t, lang)
}

// Coord is an SVG coordinate or length. It prints with at most one decimal
// so that the markup is short and byte-for-byte deterministic.
type Coord float64

// String formats c with at most one decimal and never as "-0".
func (c Coord) String() string {
	v := math.Round(float64(c)*10) / 10
	if v == 0 {
		v = 0 // turns -0 into 0
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// textWidth estimates the rendered width of s at the given font size. The
// charts use the reader's system UI font, whose widths vary (DejaVu Sans,
// common on Linux, is among the widest), so the estimate errs on the wide
// side: a label with room to spare looks fine, one that overlaps does not.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune(" .,:;()[]|!'ʼ’іїIil\u202f\u00a0", r):
			w += 0.34
		case strings.ContainsRune("шщжюмфШЩЖЮМФДWMmw%—", r):
			w += 0.92
		default:
			w += 0.64
		}
	}
	return w * size
}

// boldWidth is textWidth for the semibold labels.
func boldWidth(s string, size float64) float64 { return textWidth(s, size) * 1.08 }
