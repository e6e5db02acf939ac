package docx

import (
	"strings"
	"testing"
	"time"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/docx/docxtest"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// fuzzBudget is how long one input may take. The limits on size, depth
// and elements keep every input far below it; a reader that loops or
// goes quadratic does not.
const fuzzBudget = 2 * time.Second

// FuzzRead feeds the reader arbitrary main document parts, packed as a
// .docx. It must not panic, hang or exceed its budget, and what it reads
// must be a well-formed table whose every line has a place.
func FuzzRead(f *testing.F) {
	// Small seeds: the fuzzer minimises every input that finds new
	// code, and a document as verbose as Word's takes it minutes.
	f.Add([]byte(`<w:document xmlns:w="` + nsW + `"><w:body><w:p><w:r><w:t>ЗАТВЕРДЖЕНО</w:t><w:br/><w:t>рішенням</w:t></w:r></w:p>` +
		`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
		`<w:tr><w:tc><w:p><w:r><w:t>№</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Захід</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>` +
		`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="4"/></w:tcPr><w:p><w:r><w:t>І. Розділ</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>а</w:t><w:tab/><w:t>б` + " " + `</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>` +
		`<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>Продовження</w:t></w:r></w:p><w:tbl><w:tr><w:tc/><w:tc/><w:tc/><w:tc/></w:tr></w:tbl><w:p><w:r><w:t>Голова</w:t></w:r></w:p></w:body></w:document>`))
	f.Add([]byte(`<w:document xmlns:w="` + nsW + `"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999"/><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Add([]byte(`<w:document xmlns:w="` + nsW + `"><w:tbl><w:tr><w:trPr><w:gridBefore w:val="-3"/></w:trPr><w:tc><w:p><w:r><w:t>a</w:t><w:br/></w:r></w:p></w:tc><w:tc/><w:tc/></w:tr><w:tr/></w:tbl></w:document>`))
	f.Fuzz(func(t *testing.T, document []byte) {
		src := docxtest.Package(document)
		var tb *wordtable.Table
		var problems diag.List
		done := make(chan struct{})
		go func() {
			defer close(done)
			tb, problems = Read("f.docx", src)
		}()
		select {
		case <-done:
		case <-time.After(fuzzBudget):
			t.Fatalf("reading %d bytes took over %v", len(document), fuzzBudget)
		}
		if tb == nil {
			if len(problems) != 1 || problems[0].Severity != diag.Error {
				t.Fatalf("no table and problems %v", problems)
			}
			return
		}
		if tb.Columns < minColumns || tb.Columns > maxColumns {
			t.Fatalf("a table of %d columns", tb.Columns)
		}
		for _, r := range tb.Rows {
			if len(r.Cells) != tb.Columns && len(r.Cells) != 1 {
				t.Fatalf("row of %d cells in a table of %d columns", len(r.Cells), tb.Columns)
			}
			for _, c := range r.Cells {
				if c.Text != strings.TrimSpace(c.Text) || strings.Contains(c.Text, "\n\n") {
					t.Fatalf("cell text %q is not trimmed and folded", c.Text)
				}
				if c.Merged && c.Text != "" {
					t.Fatalf("a merged cell has text of its own: %q", c.Text)
				}
				for _, l := range c.Lines {
					if l.Num < 1 {
						t.Fatalf("cell %q has an unnumbered line", c.Text)
					}
				}
				p := tb.Localize(diag.List{tb.Problem(kindNoTable, c.Pos())})[0]
				if p.Pos.Line != 0 || !strings.Contains(p.Message.UK, ": ") || !strings.Contains(p.Message.EN, "table ") && !strings.Contains(p.Message.EN, "paragraph") {
					t.Fatalf("cell %q has no place: %+v", c.Text, p)
				}
			}
		}
	})
}
