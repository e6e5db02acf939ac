package tomldecode

import (
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
)

// TestNumbersAndDates: every number is finite and within MaxNumber, every
// date within content.MinYear to MaxYear, or the value is refused at its
// place with what to write instead.
func TestNumbersAndDates(t *testing.T) {
	cases := []struct {
		value  string // written after "baseline = " or "baseline_date = "
		date   bool
		code   string // "" when accepted
		substr string // in the Ukrainian message
	}{
		{"87", false, "", ""},
		{"-2.5", false, "", ""},
		{"1e15", false, "", ""},
		{"-1_000_000_000_000_000", false, "", ""},
		{"nan", false, "bad-number", "nan — це не число"},
		{"+nan", false, "bad-number", "nan — це не число"},
		{"inf", false, "bad-number", "нескінченність"},
		{"-inf", false, "bad-number", "нескінченність"},
		{"1.7e308", false, "bad-number", "число 1.7e308 завелике"},
		{"-1e16", false, "bad-number", "завелике"},
		{"1_000_000_000_000_001", false, "bad-number", "число 1_000_000_000_000_001 завелике"},
		{"1e309", false, "bad-number", "число 1e309 завелике"},
		{"-1e309", false, "bad-number", "число -1e309 завелике"},
		{"99999999999999999999", false, "bad-number", "завелике"},
		{"2021-03-01", true, "", ""},
		{"1990-01-01", true, "", ""},
		{"2100-12-31", true, "", ""},
		{"0001-01-01", true, "bad-date", "дата 0001-01-01 лежить поза роками 1990–2100"},
		{"9999-12-31", true, "bad-date", "дата 9999-12-31 лежить поза роками"},
		{"1989-12-31", true, "bad-date", "поза роками"},
		{"2101-01-01", true, "bad-date", "поза роками"},
		{`"0001-01-01"`, true, "bad-date", "дата 0001-01-01 лежить поза роками"},
	}
	for _, c := range cases {
		t.Run(c.value, func(t *testing.T) {
			key := "baseline"
			if c.date {
				key = "baseline_date"
			}
			src := "[[indicator]]\nref = \"i/1#1\"\n" + key + " = " + c.value + "\n"
			var m content.Monitoring
			_, _, probs := Decode("indicators.toml", []byte(src), &m, 0)
			if c.code == "" {
				if len(probs) != 0 {
					t.Fatalf("refused: %v", probs)
				}
				return
			}
			if len(probs) != 1 {
				t.Fatalf("got %v, want one %s", probs, c.code)
			}
			p := probs[0]
			if p.Code != c.code || p.Pos.Line != 3 || p.Pos.Col != len(key)+4 || !strings.Contains(p.Message.UK, c.substr) {
				t.Errorf("got %s at %d:%d %q, want %s at 3:%d %q", p.Code, p.Pos.Line, p.Pos.Col, p.Message.UK, c.code, len(key)+4, c.substr)
			}
			if p.Hint.UK == "" || p.Hint.EN == "" {
				t.Errorf("no advice: %+v", p)
			}
			if !c.date && !strings.Contains(p.Hint.EN, "write a finite number") {
				t.Errorf("hint %q does not say to write a finite number", p.Hint.EN)
			}
		})
	}
}

// TestProblemsCapped: a pasted list of thousands of wrong values is
// MaxProblems problems and one saying how many more there are.
func TestProblemsCapped(t *testing.T) {
	src := "measures = [" + strings.Repeat("1,\n", 5000) + "]\n"
	var n content.Note
	_, _, probs := Decode("n.md", []byte(src), &n, 0)
	if len(probs) != MaxProblems+1 {
		t.Fatalf("%d problems, want %d", len(probs), MaxProblems+1)
	}
	last := probs[len(probs)-1]
	if last.Code != "too-many-problems" || !strings.Contains(last.Message.UK, "ще 4900") {
		t.Errorf("last problem: %v", last)
	}
}
