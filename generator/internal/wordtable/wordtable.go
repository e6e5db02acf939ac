// Package wordtable reads a table that Word or LibreOffice saved as plain
// text, the form in which the plans reach the portal.
//
// In that form every cell opens with a TAB at the start of a line; lines
// that follow without a TAB continue the cell, possibly after blank lines;
// an empty cell is a lone TAB; rows are separated by blank lines. Blank
// lines also occur inside rows (Word exports a paragraph break inside a
// cell, or a row that crosses a page, that way), so rows cannot be split at
// blank lines alone. The reader splits the cells into raw rows at every
// blank line followed by a TAB line and then merges consecutive raw rows
// whose cell counts add up exactly to the table's column count. A one-cell
// raw row that does not combine that way spans the table: a section title,
// a group title, a goals paragraph.
//
// Text above the first cell is the preamble; text after the last cell that
// is separated from it by at least two blank lines is the epilogue (the
// signature block).
package wordtable

import (
	"strings"

	"github.com/plansite/plansite/generator/diag"
)

// Table is a table read from text.
type Table struct {
	// File names the source in problems, as the user gave it.
	File string
	// Columns is the table's column count, inferred from the rows.
	Columns int
	// Preamble holds the lines above the table, as in the source.
	Preamble []Line
	// Rows are the table's well-formed rows in order: rows of Columns
	// cells, and one-cell rows that span the table. Rows with another
	// number of cells are reported as problems and left out.
	Rows []Row
	// Epilogue holds the lines below the table, blank lines included,
	// without trailing blank lines.
	Epilogue []Line

	cells  []Cell   // every cell, also those of malformed rows
	lines  []string // the source's lines, for problem display
	locate Locator  // names the lines' places; nil for text
}

// Line is one line of the source.
type Line struct {
	// Num is the 1-based line number in the source.
	Num int
	// Text is the line without its line end; a cell's first line is
	// without its opening TAB.
	Text string
}

// Blank reports whether the line holds nothing but white space.
func (l Line) Blank() bool { return blank(l.Text) }

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// Cells returns every cell of the source in document order, including the
// cells of rows that were reported as malformed. Round-trip tests use it to
// check that every cell's text reaches the output.
func (t *Table) Cells() []Cell { return t.cells }

// Source returns source line n (1-based) as written, for the caret display
// of problems; "" when there is no such line.
func (t *Table) Source(n int) string {
	if n < 1 || n > len(t.lines) {
		return ""
	}
	return t.lines[n-1]
}

// Problem makes a problem of kind k at pos with the source line attached.
func (t *Table) Problem(k diag.Kind, pos diag.Pos, args ...any) diag.Problem {
	p := k.At(t.File, pos, args...)
	p.Source = t.Source(pos.Line)
	return p
}

// Read reads the table in src. file names the source in problems. On a
// problem that leaves nothing to read (empty input, not UTF-8, no cells at
// all) the table is nil; otherwise the table holds every well-formed row
// and the problems name the others.
func Read(file string, src []byte) (*Table, diag.List) {
	lines, p := decode(file, src)
	if p != nil {
		return nil, diag.List{*p}
	}
	t := &Table{File: file, lines: lines}
	first := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "\t") {
			first = i
			break
		}
	}
	if first < 0 {
		nonBlank := 0
		for i, l := range lines {
			if !blank(l) {
				nonBlank = i + 1
				break
			}
		}
		if nonBlank == 0 {
			return nil, diag.List{t.Problem(kindEmpty, diag.Pos{})}
		}
		return nil, diag.List{t.Problem(kindNoCells, diag.Pos{Line: nonBlank, Col: 1, Len: 1})}
	}
	for i := range first {
		t.Preamble = append(t.Preamble, Line{i + 1, lines[i]})
	}
	raw := t.readCells(lines, first)
	t.Columns = columns(raw)
	var faults []fault
	t.Rows, faults = merge(raw, t.Columns)
	var problems diag.List
	for _, f := range faults {
		problems.Add(t.Problem(f.kind, f.at.Pos(), f.args...))
	}
	return t, problems
}

// readCells collects the cells from line index first on, splits off the
// epilogue, and returns the cells grouped into raw rows.
func (t *Table) readCells(lines []string, first int) [][]Cell {
	var raw [][]Cell
	for i := first; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l, "\t") {
			c := &raw[len(raw)-1][len(raw[len(raw)-1])-1]
			c.Lines = append(c.Lines, Line{i + 1, l})
			continue
		}
		c := Cell{Lines: []Line{{i + 1, l[1:]}}}
		// A blank line before a TAB line ends a raw row; a lone TAB is
		// an empty cell, not a blank line.
		if i == first || blank(lines[i-1]) && !strings.HasPrefix(lines[i-1], "\t") {
			raw = append(raw, []Cell{c})
		} else {
			raw[len(raw)-1] = append(raw[len(raw)-1], c)
		}
	}
	last := &raw[len(raw)-1][len(raw[len(raw)-1])-1]
	last.Lines, t.Epilogue = splitEpilogue(last.Lines)
	for _, r := range raw {
		for i := range r {
			r[i].finish()
			t.cells = append(t.cells, r[i])
		}
	}
	return raw
}

// splitEpilogue splits the last cell's lines at the first run of two or
// more blank lines followed by text: the signature block under the table.
func splitEpilogue(lines []Line) (cell, epilogue []Line) {
	for k := 3; k < len(lines); k++ {
		if !lines[k].Blank() && lines[k-1].Blank() && lines[k-2].Blank() {
			end := len(lines)
			for end > k && lines[end-1].Blank() {
				end--
			}
			return lines[:k], lines[k:end]
		}
	}
	return lines, nil
}
