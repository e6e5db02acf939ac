package docx

import (
	"fmt"

	"github.com/plansite/plansite/generator/diag"
)

// region is where a paragraph outside the plan's table stands.
type region int

const (
	inTable region = iota
	above          // above the plan's table
	among          // between two parts of the plan's table
	below          // below the plan's table
)

// place is where a line of the document stands, as staff find it in Word:
// a table's row and column (the columns a reader sees, 1-based), or a
// paragraph above, between or below the tables.
type place struct {
	region   region
	table    int // the table's number in the document, 1-based
	row, col int
	para     int // the paragraph's number above or below the table
}

func (p place) text() diag.Text {
	switch p.region {
	case above:
		return diag.Text{UK: fmt.Sprintf("абзац %d над таблицею", p.para), EN: fmt.Sprintf("paragraph %d above the table", p.para)}
	case among:
		return diag.Text{UK: fmt.Sprintf("абзац між таблицями %d і %d", p.table, p.table+1),
			EN: fmt.Sprintf("a paragraph between tables %d and %d", p.table, p.table+1)}
	case below:
		return diag.Text{UK: fmt.Sprintf("абзац %d під таблицею", p.para), EN: fmt.Sprintf("paragraph %d below the table", p.para)}
	}
	return diag.Text{UK: fmt.Sprintf("таблиця %d, рядок %d, стовпець %d", p.table, p.row, p.col),
		EN: fmt.Sprintf("table %d, row %d, column %d", p.table, p.row, p.col)}
}
