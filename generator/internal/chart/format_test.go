package chart

import (
	"math"
	"testing"
	"time"
)

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		v    float64
		dec  int
		lang string
		want string
	}{
		{1234.5, 1, LangUK, "1\u202f234,5"},
		{1234.5, 1, LangEN, "1,234.5"},
		{1234567.891, 2, LangUK, "1\u202f234\u202f567,89"},
		{-1234567.891, 2, LangEN, "\u22121,234,567.89"},
		{999.96, 1, LangUK, "1\u202f000,0"},
		{100, 0, LangUK, "100"},
		{0, 0, LangEN, "0"},
		{-0.04, 1, LangUK, "0,0"}, // rounds to zero: no sign
		{-3.5, 1, LangUK, "\u22123,5"},
		{12, -1, LangUK, "12"},
		{math.NaN(), 1, LangUK, "–"},
		{math.Inf(1), 1, LangEN, "–"},
		{1234, 0, "de", "1\u202f234"}, // unknown languages fall back to Ukrainian
	} {
		if got := FormatNumber(c.v, c.dec, c.lang); got != c.want {
			t.Errorf("FormatNumber(%v, %d, %q) = %q, want %q", c.v, c.dec, c.lang, got, c.want)
		}
	}
}

func TestFormatValue(t *testing.T) {
	for _, c := range []struct {
		v          float64
		unit, lang string
		want       string
	}{
		{87, "%", LangUK, "87\u00a0%"},
		{87, "%", LangEN, "87%"},
		{58.5, "%", LangUK, "58,5\u00a0%"},
		{1234, "осіб", LangUK, "1\u202f234"}, // other units go into headings
		{33.333, "", LangEN, "33.33"},
	} {
		if got := formatValue(c.v, decimalsFor(c.v), c.unit, c.lang); got != c.want {
			t.Errorf("formatValue(%v, %q, %q) = %q, want %q", c.v, c.unit, c.lang, got, c.want)
		}
	}
}

func TestDecimalsFor(t *testing.T) {
	for v, want := range map[float64]int{52: 0, 58.5: 1, 0.25: 2, 33.333: 2, -7: 0, 1e6: 0} {
		if got := decimalsFor(v); got != want {
			t.Errorf("decimalsFor(%v) = %d, want %d", v, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	for _, c := range []struct {
		d                 time.Time
		lang, date, label string
	}{
		{year(2020), LangUK, "01.01.2020", "2020"},
		{day(2020, time.March, 1), LangUK, "01.03.2020", "бер.\u00a02020"},
		{day(2020, time.March, 1), LangEN, "1 Mar 2020", "Mar\u00a02020"},
		{day(2025, time.March, 12), LangUK, "12.03.2025", "12.03.2025"},
		{day(2025, time.March, 12), LangEN, "12 Mar 2025", "12 Mar 2025"},
	} {
		if got := FormatDate(c.d, c.lang); got != c.date {
			t.Errorf("FormatDate(%v, %s) = %q, want %q", c.d, c.lang, got, c.date)
		}
		if got := periodLabel(c.d, c.lang); got != c.label {
			t.Errorf("periodLabel(%v, %s) = %q, want %q", c.d, c.lang, got, c.label)
		}
	}
}

func TestCoord(t *testing.T) {
	for v, want := range map[float64]string{12: "12", 1.25: "1.3", 140.64: "140.6", -0.04: "0", -2.55: "-2.6", 0.1 + 0.2: "0.3"} {
		if got := Coord(v).String(); got != want {
			t.Errorf("Coord(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestSanitizeID(t *testing.T) {
	for in, want := range map[string]string{
		"ind-patronage": "ind-patronage",
		"Захід ІІ.2.3":  "chart-2-3",
		"2024 values":   "chart-2024-values",
		"a b/c":         "a-b-c",
		"":              "chart",
	} {
		if got := sanitizeID(in); got != want {
			t.Errorf("sanitizeID(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMessages keeps the two languages in step: a key missing in one of
// them would print as "!key".
func TestMessages(t *testing.T) {
	for k := range messages[LangUK] {
		if _, ok := messages[LangEN][k]; !ok {
			t.Errorf("en lacks %q", k)
		}
	}
	for k := range messages[LangEN] {
		if _, ok := messages[LangUK][k]; !ok {
			t.Errorf("uk lacks %q", k)
		}
	}
	if got := msg("fr", "today"); got != "Сьогодні" {
		t.Errorf("fallback language: got %q", got)
	}
}
