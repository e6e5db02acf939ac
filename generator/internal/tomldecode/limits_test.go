package tomldecode

import (
	"strings"
	"testing"
)

// TestCheckLimits: what is refused before parsing, and where.
func TestCheckLimits(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "a = " + strings.Repeat(open, n) + strings.Repeat(close, n) + "\n"
	}
	long := "text = \"" + strings.Repeat("я", MaxLine) + "\"\n"
	cases := []struct {
		name, src string
		code      string // "" for no problem
		line, col int
	}{
		{"ordinary plan", doc, "", 0, 0},
		{"lists at the limit", deep("[", "]", MaxDepth-1), "", 0, 0},
		{"lists past the limit", deep("[", "]", MaxDepth), "too-deep", 1, 5 + MaxDepth - 1},
		{"100k nested lists", deep("[\n", "]\n", 100000), "too-deep", 1 + MaxDepth - 1, 1},
		{"inline tables past the limit", "a = " + strings.Repeat("{b=", 40) + "1" + strings.Repeat("}", 40), "too-deep", 1, 5 + 3*(MaxDepth-1)},
		{"dotted key past the limit", strings.Repeat("a.", 40) + "b = 1\n", "too-deep", 1, 2 * MaxDepth},
		{"header past the limit", "x = 1\n[" + strings.Repeat("a.", 40) + "b]\n", "too-deep", 2, 1 + 2*MaxDepth},
		{"header parts add to keys", "[" + strings.Repeat("a.", 20) + "b]\n" + strings.Repeat("c.", 20) + "d = 1\n", "too-deep", 2, 2 * (MaxDepth - 21)},
		{"brackets in strings do not count", "a = \"" + strings.Repeat("[", 100) + "\"\nb = '" + strings.Repeat("{", 100) + "'\n", "", 0, 0},
		{"brackets in multi-line strings do not count", "a = \"\"\"\n" + strings.Repeat("[", 100) + "\n\"\"\"\n", "", 0, 0},
		{"brackets in comments do not count", "# " + strings.Repeat("[", 100) + "\na = 1\n", "", 0, 0},
		{"dots in values do not count", "a = [" + strings.Repeat("1.5, ", 100) + "]\n", "", 0, 0},
		{"dots in quoted keys do not count", "\"" + strings.Repeat("a.", 100) + "\" = 1\n", "", 0, 0},
		{"a line at the limit", "text = \"" + strings.Repeat("я", MaxLine-9) + "\"\n", "", 0, 0},
		{"a line past the limit", long, "line-too-long", 1, MaxLine + 1},
		{"a long line in a multi-line string", "a = \"\"\"\n" + strings.Repeat("x", MaxLine+1) + "\n\"\"\"\n", "line-too-long", 2, MaxLine + 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := CheckLimits("f.toml", c.src, 0)
			if c.code == "" {
				if len(got) != 0 {
					t.Fatalf("refused: %v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d problems %v, want one %s", len(got), got, c.code)
			}
			p := got[0]
			if p.Code != c.code || p.Pos.Line != c.line || p.Pos.Col != c.col {
				t.Errorf("got %s at %d:%d, want %s at %d:%d", p.Code, p.Pos.Line, p.Pos.Col, c.code, c.line, c.col)
			}
			if lines := strings.Split(c.src, "\n"); p.Source != lines[c.line-1] {
				t.Errorf("source is not line %d", c.line)
			}
		})
	}
}

// TestLongLinesReportedOnce: each over-long line is one problem, and a
// file of them gives a handful, not one per line.
func TestLongLinesReportedOnce(t *testing.T) {
	line := strings.Repeat("x", 3*MaxLine) + "\n"
	if got := CheckLimits("f.toml", line, 0); len(got) != 1 {
		t.Errorf("one long line: %d problems", len(got))
	}
	if got := CheckLimits("f.toml", strings.Repeat(line, 20), 0); len(got) != maxLongLines {
		t.Errorf("20 long lines: %d problems, want %d", len(got), maxLongLines)
	}
}

// TestDecodeRefusesBeforeParsing: a 1 MiB document nested 500,000 deep
// overflowed BurntSushi/toml's stack (and took seconds for far less);
// Decode refuses it at once.
func TestDecodeRefusesBeforeParsing(t *testing.T) {
	var v struct {
		A []string `toml:"a"`
	}
	src := "a = " + strings.Repeat("[\n", 1<<18) + strings.Repeat("]\n", 1<<18)
	idx, _, probs := Decode("f.toml", []byte(src), &v, 3)
	if idx != nil || len(probs) != 1 || probs[0].Code != "too-deep" || probs[0].Pos.Line != 3+MaxDepth {
		t.Fatalf("got %v", probs)
	}
}
