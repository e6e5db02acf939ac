package wordtable

import "github.com/plansite/plansite/generator/diag"

// Row is one row of the table.
type Row struct {
	// Cells holds Table.Columns cells, or one cell for a row that spans
	// the table.
	Cells []Cell
}

// Line returns the source line where the row starts.
func (r Row) Line() int { return r.Cells[0].Line() }

// Spans reports whether the row is one cell spanning the table.
func (r Row) Spans() bool { return len(r.Cells) == 1 }

// columns returns the table's column count. It is one of the cell counts
// of the raw rows, the one under which the rows merge with the fewest
// faults; on a tie the count most raw rows have, then the larger. (The
// most common count alone can mislead in a short table where many rows
// were broken in two.)
func columns(raw [][]Cell) int {
	count := map[int]int{}
	for _, r := range raw {
		count[len(r)]++
	}
	best, bestFaults := 1, -1
	for n := range count {
		if n < 2 {
			continue
		}
		_, faults := merge(raw, n)
		f := len(faults)
		if bestFaults < 0 || f < bestFaults || f == bestFaults && (count[n] > count[best] || count[n] == count[best] && n > best) {
			best, bestFaults = n, f
		}
	}
	return best
}

// fault is a raw row that merge left out: a problem of kind at cell, to
// be reported only for the column count finally chosen.
type fault struct {
	kind diag.Kind
	at   Cell
	args []any
}

// merge turns raw rows into rows of cols cells. A raw row of cols cells is
// a row; a shorter one is merged with the raw rows after it when their cell
// counts add up exactly to cols (a row that Word broke with blank lines); a
// one-cell raw row that does not combine so spans the table, and so does a
// run of one-cell raw rows, which is never a broken row: a real plan's row
// breaks into at most a few pieces. Any other raw row is a fault and left
// out.
func merge(raw [][]Cell, cols int) ([]Row, []fault) {
	var rows []Row
	var faults []fault
	for i := 0; i < len(raw); {
		n := len(raw[i])
		if n == cols {
			rows = append(rows, Row{raw[i]})
			i++
			continue
		}
		if n > cols {
			extra := raw[i][cols]
			faults = append(faults, fault{kindTooManyCells, extra, []any{n, cols, extra.Line()}})
			i++
			continue
		}
		sum, j, wide := n, i+1, n > 1
		for sum < cols && j < len(raw) {
			sum += len(raw[j])
			wide = wide || len(raw[j]) > 1
			j++
		}
		switch {
		case sum == cols && wide:
			var cells []Cell
			for _, r := range raw[i:j] {
				cells = append(cells, r...)
			}
			rows = append(rows, Row{cells})
			i = j
		case n == 1:
			rows = append(rows, Row{raw[i]})
			i++
		case sum < cols:
			// The input ends inside this row.
			faults = append(faults, fault{kindTruncated, raw[i][0], []any{sum, cols}})
			i = j
		default:
			faults = append(faults, fault{kindShortRow, raw[i][0], []any{n, cols}})
			i++
		}
	}
	return rows, faults
}
