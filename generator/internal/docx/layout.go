package docx

import (
	"regexp"
	"strings"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

const (
	// minColumns is the fewest columns a plan's table has (№, measure,
	// term, executors, indicators…); a narrower table above or below it
	// only lays out the approval block or the signature.
	minColumns = 3
	// maxColumns bounds a table's width: wider is no plan, and its grid
	// would cost memory for every row.
	maxColumns = 64
)

// continuation matches a paragraph between the parts of a table split
// across pages that only says so: "Продовження додатка 1", "продовження
// таблиці".
var continuation = regexp.MustCompile(`(?i)^\s*продовження(\s|$)`)

// layouter numbers the document's lines and builds the table.
type layouter struct {
	file     string
	lines    []string
	places   []place
	preamble []wordtable.Line
	rows     []wordtable.Row
	epilogue []wordtable.Line
	problems diag.List
}

// add numbers a line.
func (l *layouter) add(text string, pl place) wordtable.Line {
	l.lines = append(l.lines, text)
	l.places = append(l.places, pl)
	return wordtable.Line{Num: len(l.lines), Text: text}
}

func (l *layouter) locate(n int) diag.Text {
	if n < 1 || n > len(l.places) {
		return diag.Text{UK: "документ", EN: "the document"}
	}
	return l.places[n-1].text()
}

// lay finds the plan's table in the document and turns it into a
// wordtable.Table.
func lay(file string, doc *document) (*wordtable.Table, diag.List) {
	l := &layouter{file: file}
	first := -1
	for i, b := range doc.blocks {
		if b.table != nil && isPlanTable(b.table) {
			first = i
			break
		}
	}
	if first < 0 {
		return nil, diag.List{kindNoTable.At(file, diag.Pos{}, minColumns)}
	}
	tableNo, para := 0, 0
	for _, b := range doc.blocks[:first] {
		if b.para != nil {
			para++
			l.preamble = append(l.preamble, l.paragraph(b.para, place{region: above, para: para})...)
		} else {
			tableNo++
			l.preamble = append(l.preamble, l.layoutTable(b.table, tableNo)...)
		}
	}
	cols := keptColumns(doc.blocks[first].table)
	var pending []*paragraph
	last := first // the last part of the plan's table
	for i := first; i < len(doc.blocks); i++ {
		b := doc.blocks[i]
		if b.para != nil {
			pending = append(pending, b.para)
			continue
		}
		if i > first && len(keptColumns(b.table)) != len(cols) {
			break
		}
		l.between(pending, tableNo)
		pending = nil
		tableNo++
		l.part(b.table, tableNo, keptColumns(b.table))
		last = i
	}
	l.after(doc.blocks[last+1:], tableNo, len(cols))
	t := wordtable.Assemble(file, len(cols), l.preamble, l.rows, l.epilogue, l.lines, l.locate)
	return t, l.problems
}

// isPlanTable reports whether a table can be (the first part of) a plan's
// table: wide enough, with a header row and at least one more.
func isPlanTable(t *table) bool {
	w := width(t)
	return w >= minColumns && w <= maxColumns && len(t.rows) >= 2
}

// width is a table's grid width: its w:gridCol count, or its widest row
// where the grid says less.
func width(t *table) int {
	w := t.grid
	for _, r := range t.rows {
		n := r.before + r.after
		for _, c := range r.cells {
			n += c.span
		}
		w = max(w, n)
	}
	return w
}

// keptColumns returns the grid columns that hold a cell in some row.
// Columns that every row spans over are no columns a reader sees: Word
// makes them when cell borders do not line up.
func keptColumns(t *table) []int {
	w := width(t)
	if w > maxColumns {
		return nil
	}
	starts := make([]bool, w)
	for _, r := range t.rows {
		col := r.before
		for _, c := range r.cells {
			starts[col] = true
			col += c.span
		}
	}
	var kept []int
	for i, s := range starts {
		if s {
			kept = append(kept, i)
		}
	}
	return kept
}

// paragraph numbers a paragraph's lines.
func (l *layouter) paragraph(p *paragraph, pl place) []wordtable.Line {
	out := make([]wordtable.Line, len(p.lines))
	for i, s := range p.lines {
		out[i] = l.add(s, pl)
	}
	return out
}

// layoutTable reads a table that only lays out text (an approval block or
// a signature in a borderless table) as lines, paragraph by paragraph.
func (l *layouter) layoutTable(t *table, no int) []wordtable.Line {
	var out []wordtable.Line
	for ri, r := range t.rows {
		col := r.before
		for _, c := range r.cells {
			for _, p := range c.paras {
				out = append(out, l.paragraph(p, place{table: no, row: ri + 1, col: col + 1})...)
			}
			col += c.span
		}
	}
	return out
}

// between turns the paragraphs between two parts of the table into rows
// that span it: a section or group title typed outside the table. Blank
// paragraphs and "Продовження…" are layout.
func (l *layouter) between(paras []*paragraph, prev int) {
	for _, p := range paras {
		if p.blank() || continuation.MatchString(strings.Join(p.lines, " ")) {
			l.paragraph(p, place{region: among, table: prev})
			continue
		}
		lines := l.paragraph(p, place{region: among, table: prev})
		l.rows = append(l.rows, wordtable.Row{Cells: []wordtable.Cell{{Lines: lines}}})
	}
}

// after reads what follows the plan's table as the epilogue. A table as
// wide as a plan's that does not continue it is left out, and said so.
func (l *layouter) after(blocks []block, tableNo, cols int) {
	para := 0
	for _, b := range blocks {
		if b.para != nil {
			para++
			l.epilogue = append(l.epilogue, l.paragraph(b.para, place{region: below, para: para})...)
			continue
		}
		tableNo++
		if w := width(b.table); w >= minColumns {
			l.problems.Add(kindTableLeftOut.At(l.file, diag.Pos{}, tableNo, len(keptColumns(b.table)), cols))
			continue
		}
		l.epilogue = append(l.epilogue, l.layoutTable(b.table, tableNo)...)
	}
	for len(l.epilogue) > 0 && blankLine(l.epilogue[0]) {
		l.epilogue = l.epilogue[1:]
	}
	for len(l.epilogue) > 0 && blankLine(l.epilogue[len(l.epilogue)-1]) {
		l.epilogue = l.epilogue[:len(l.epilogue)-1]
	}
}

func blankLine(l wordtable.Line) bool { return strings.TrimSpace(l.Text) == "" }

// part adds the rows of one part of the plan's table, whose kept grid
// columns are cols.
func (l *layouter) part(t *table, no int, cols []int) {
	index := make([]int, width(t)) // grid column → kept column, -1 if dropped
	for i := range index {
		index[i] = -1
	}
	for k, c := range cols {
		index[c] = k
	}
	for ri, r := range t.rows {
		l.rows = append(l.rows, l.row(r, no, ri+1, index, len(cols)))
	}
}

// row turns a table row into a wordtable.Row: one cell spanning the table
// when the row is one merged cell (a section or group title), or when one
// cell spans all columns but one (a title beside its numeral); else a cell
// per kept column, where the columns a cell spans over are empty cells.
func (l *layouter) row(r *row, tableNo, rowNo int, index []int, cols int) wordtable.Row {
	type started struct {
		col   int // kept column, -1 when dropped
		c     *cell
		lines []wordtable.Line
	}
	var cells []started
	grid := r.before
	for _, c := range r.cells {
		k := index[grid]
		var lines []wordtable.Line
		for _, p := range c.paras {
			lines = append(lines, l.paragraph(p, place{table: tableNo, row: rowNo, col: k + 1})...)
		}
		if len(lines) == 0 {
			lines = []wordtable.Line{l.add("", place{table: tableNo, row: rowNo, col: k + 1})}
		}
		cells = append(cells, started{k, c, lines})
		grid += c.span
	}
	if len(cells) == 0 { // a row without cells: empty cells, placed
		cells = append(cells, started{-1, &cell{}, []wordtable.Line{l.add("", place{table: tableNo, row: rowNo, col: 1})}})
	}
	if spans(r, cols) {
		var lines []wordtable.Line
		for _, s := range cells {
			lines = append(lines, s.lines...)
		}
		return wordtable.Row{Cells: []wordtable.Cell{{Lines: lines}}}
	}
	out := make([]wordtable.Cell, cols)
	filled := make([]bool, cols)
	for _, s := range cells {
		if s.col < 0 {
			continue
		}
		out[s.col] = wordtable.Cell{Lines: s.lines, Merged: s.c.merge == mergeContinue}
		filled[s.col] = true
	}
	// Columns a cell spans over, or that the row leaves out, are empty
	// cells at the place of the nearest cell before them.
	at := cells[0].lines[0]
	for k := range out {
		if filled[k] {
			at = out[k].Lines[0]
			continue
		}
		out[k] = wordtable.Cell{Lines: []wordtable.Line{{Num: at.Num}}}
	}
	return wordtable.Row{Cells: out}
}

// spans reports whether a row is a title spanning the table: one cell, or
// two of which one spans all columns but one.
func spans(r *row, cols int) bool {
	switch len(r.cells) {
	case 1:
		return true
	case 2:
		return cols > 2 && max(r.cells[0].span, r.cells[1].span) >= cols-1 && r.before+r.after == 0
	}
	return false
}
