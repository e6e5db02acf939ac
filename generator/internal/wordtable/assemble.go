package wordtable

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/diag"
)

// Locator names, in words, where a line of a source that has no lines of
// its own lies: "таблиця 1, рядок 5, стовпець 3" in a .docx document. A
// reader that is not the text reader numbers its paragraphs (and the line
// breaks inside them) as lines, so that the importer's problems keep their
// document order, and gives a Locator to say where they are.
type Locator func(line int) diag.Text

// Assemble makes a table from rows that another reader found, such as the
// .docx reader. Each row holds columns cells, or one cell that spans the
// table; each cell's Lines must be numbered in document order, and the
// cell's text is joined from them as the text reader joins a cell's lines.
// A Merged cell gets the text of the cell above it as its MergedText.
// lines holds every numbered line's text (line n at index n-1), for
// problem display; locate names the lines' places.
func Assemble(file string, columns int, preamble []Line, rows []Row, epilogue []Line, lines []string, locate Locator) *Table {
	t := &Table{File: file, Columns: columns, Preamble: preamble, Epilogue: epilogue, lines: lines, locate: locate}
	var above []Cell // the last full row, for merged cells
	for _, r := range rows {
		for i := range r.Cells {
			c := &r.Cells[i]
			if len(c.Lines) == 0 {
				c.Lines = []Line{{}}
			}
			c.finish()
			c.Col = 1
			if c.Merged && len(r.Cells) == len(above) {
				c.MergedText = above[i].Text
				if above[i].Merged {
					c.MergedText = above[i].MergedText
				}
			}
			t.cells = append(t.cells, *c)
		}
		above = nil
		if len(r.Cells) > 1 {
			above = r.Cells
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}

// Localize returns the problems with the positions of t's lines put in
// words, for a table that Assemble made with a Locator: the place opens
// the message, quoting the start of the line, and the position is cleared
// (a line number of the reader's own counting would only mislead). The
// list should be sorted first, while the positions still give document
// order. Problems of other files, and of a table read from text, are
// returned as they are.
func (t *Table) Localize(l diag.List) diag.List {
	if t == nil || t.locate == nil {
		return l
	}
	out := make(diag.List, len(l))
	for i, p := range l {
		if p.File == t.File && p.Pos.Line > 0 {
			place := t.Place(p.Pos.Line)
			p.Message = diag.Text{UK: place.UK + ": " + p.Message.UK, EN: place.EN + ": " + p.Message.EN}
			p.Pos, p.Source = diag.Pos{}, ""
		}
		out[i] = p
	}
	return out
}

// Place names line n for messages: its place as the Locator says, with
// the start of its text quoted, or "рядок n" for a table read from text.
func (t *Table) Place(n int) diag.Text {
	if t.locate == nil {
		return diag.Text{UK: "рядок " + strconv.Itoa(n), EN: "line " + strconv.Itoa(n)}
	}
	place := t.locate(n)
	if q := quote(t.Source(n)); q != "" {
		place.UK += " («" + q + "»)"
		place.EN += " (\u201c" + q + "\u201d)"
	}
	return place
}

// quoteLen is how many characters of a line a place quotes.
const quoteLen = 40

// quote shortens a line to about quoteLen characters, at a word's end,
// for a place; "" for a blank line.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= quoteLen {
		return s
	}
	cut := quoteLen
	if i := strings.LastIndexByte(string(r[:quoteLen+1]), ' '); i > 0 {
		cut = utf8.RuneCountInString(s[:i])
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}
