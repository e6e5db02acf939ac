package wordtable

import (
	"os"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

func FuzzRead(f *testing.F) {
	for _, name := range []string{"svatove-2019.txt", "dubno-2021.txt"} {
		if src, err := os.ReadFile(fixture.SeedSource(strings.TrimSuffix(name, ".txt"))); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("\ta\n\tb\n\n\tc\n\td\n"))
	f.Add([]byte("\t№\n\n\n\tb\n\tc\n\n\tІ. Розділ\n\n\t1\n\t2\n\t3\n\n\nПідпис"))
	f.Add([]byte("\uFEFF\r\n\ta\r\n\r\n \r\n\tb"))
	f.Add([]byte("\t\xff"))
	f.Fuzz(func(t *testing.T, src []byte) {
		tb, problems := Read("f.txt", src)
		if tb == nil {
			if len(problems) != 1 {
				t.Fatalf("no table and %d problems", len(problems))
			}
			return
		}
		last := 0
		for _, c := range tb.Cells() {
			if c.Line() <= last {
				t.Fatalf("cell on line %d after line %d", c.Line(), last)
			}
			last = c.Line()
			if c.Text != strings.TrimSpace(c.Text) || strings.Contains(c.Text, "\n\n") {
				t.Fatalf("cell text %q is not trimmed and folded", c.Text)
			}
			if tb.Source(c.Line()) == "" || tb.Source(c.Line())[0] != '\t' {
				t.Fatalf("cell on line %d does not open with a TAB", c.Line())
			}
		}
		inRows := 0
		for _, r := range tb.Rows {
			if len(r.Cells) != tb.Columns && len(r.Cells) != 1 {
				t.Fatalf("row of %d cells in a table of %d columns", len(r.Cells), tb.Columns)
			}
			inRows += len(r.Cells)
		}
		if inRows > len(tb.Cells()) {
			t.Fatalf("%d cells in rows, %d in the table", inRows, len(tb.Cells()))
		}
		if len(tb.Preamble) > 0 && len(tb.Cells()) > 0 && tb.Preamble[len(tb.Preamble)-1].Num >= tb.Cells()[0].Line() {
			t.Fatalf("preamble runs into the table")
		}
		for _, l := range tb.Epilogue {
			if l.Num <= last {
				t.Fatalf("epilogue line %d before the last cell's line %d", l.Num, last)
			}
		}
	})
}
