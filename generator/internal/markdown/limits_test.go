package markdown

import (
	"strings"
	"testing"
)

// TestLimits: what is refused before goldmark sees it, and where.
func TestLimits(t *testing.T) {
	lines := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(f(i) + "\n")
		}
		return b.String()
	}
	wide := "|" + strings.Repeat(" a |", MaxColumns+1) + "\n|" + strings.Repeat("---|", MaxColumns+1) + "\n"
	cases := []struct {
		name      string
		src       string
		kind      IssueKind
		line, col int // 0 for no issue
	}{
		{"an ordinary note", "Засідання.\n\n- пункт\n  - підпункт\n    - ще\n\n> цитата\n> > у цитаті\n\n* * *\n", 0, 0, 0},
		{"quotes at the limit", strings.Repeat(">", MaxDepth) + " x\n", 0, 0, 0},
		{"quotes past the limit", strings.Repeat(">", MaxDepth+1) + " x\n", TooDeep, 1, MaxDepth + 1},
		{"100k quotes on one line", strings.Repeat(">", 100000), TooDeep, 1, MaxDepth + 1},
		{"spaced quotes", strings.Repeat("> ", MaxDepth+1) + "x", TooDeep, 1, 2*MaxDepth + 1},
		{"quotes deepening line by line", lines(40, func(i int) string { return strings.Repeat(">", i+1) + " x" }), TooDeep, MaxDepth + 1, MaxDepth + 1},
		{"lists on one line", strings.Repeat("- ", MaxDepth+1) + "x", TooDeep, 1, 2*MaxDepth + 1},
		{"numbered lists on one line", strings.Repeat("1. ", 100), TooDeep, 1, 3*MaxDepth + 1},
		{"quotes and lists", strings.Repeat("> - ", 9), TooDeep, 1, 4*8 + 1},
		{"lists nested by indentation", lines(30, func(i int) string { return strings.Repeat("  ", i) + "- x" }), TooDeep, MaxDepth + 1, 2*MaxDepth + 1},
		{"a long paragraph", strings.Repeat("Слово ", MaxLine/6) + "\n", 0, 0, 0},
		{"a line past the limit", strings.Repeat("я", MaxLine+5) + "\n", LongLine, 1, MaxLine + 1},
		{"a table of 10 columns and 500 rows", "|" + strings.Repeat(" a |", 10) + "\n|" + strings.Repeat("---|", 10) + "\n" + lines(500, func(int) string { return "|" + strings.Repeat(" 1 |", 10) }), 0, 0, 0},
		{"a table too wide", wide, TableTooWide, 2, 1},
		{"a table too wide in a quote", "> |a|\n> " + strings.Repeat("|-", MaxColumns+1) + "|\n", TableTooWide, 2, 3},
		{"a table padded to many cells", "|" + strings.Repeat("a|", MaxColumns) + "\n|" + strings.Repeat("-|", MaxColumns) + "\n" + strings.Repeat("|\n", 1000), TableTooBig, 2 + MaxCells/MaxColumns, 1},
		// Each table counts 4 cells: its header row (as many as the delimiter
		// row) and one row.
		{"many tables add up", strings.Repeat("|a|b|\n|-|-|\n|1|2|\n\n", MaxCells/4+1), TableTooBig, 4*(MaxCells/4) + 2, 1},
		{"a table ends at a blank line", "|a|\n|-|\n|1|\n\n" + strings.Repeat("|\n", 2*MaxCells), 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := limits([]byte(c.src))
			if c.line == 0 {
				if len(got) != 0 {
					t.Fatalf("refused: %+v", got[0])
				}
				if issues := Check([]byte(c.src)); len(issues) != 0 {
					t.Fatalf("Check: %+v", issues)
				}
				return
			}
			if len(got) != 1 && !(len(got) == 2 && got[1].Kind == LongLine) {
				t.Fatalf("got %d issues, want one", len(got))
			}
			is := got[0]
			if is.Kind != c.kind || is.Line != c.line || is.Col != c.col {
				t.Errorf("got kind %d at %d:%d, want %d at %d:%d", is.Kind, is.Line, is.Col, c.kind, c.line, c.col)
			}
			if want := strings.Split(c.src, "\n")[c.line-1]; is.Source != want {
				t.Errorf("source is not line %d", c.line)
			}
			if html, err := Render([]byte(c.src)); err != nil || html != "" {
				t.Errorf("Render: %q, %v; want nothing", html, err)
			}
			if PlainText([]byte(c.src)) != "" {
				t.Error("PlainText of a body beyond the limits")
			}
		})
	}
}

// TestBodyTooLarge: a body over MaxBody is one issue, and not parsed.
func TestBodyTooLarge(t *testing.T) {
	got := Check([]byte(strings.Repeat("[", MaxBody+1)))
	if len(got) != 1 || got[0].Kind != TooLarge || got[0].Line != 0 || got[0].Limit != MaxBody {
		t.Errorf("got %+v", got)
	}
}
