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
// problems; on a tie the count most raw rows have, then the larger. (The
// most common count alone can mislead in a short table where many rows
// were broken in two.)
func (t *Table) columns(raw [][]Cell) int {
	count := map[int]int{}
	for _, r := range raw {
		count[len(r)]++
	}
	best, bestProblems := 1, -1
	for n := range count {
		if n < 2 {
			continue
		}
		t.Columns = n
		_, problems := t.merge(raw)
		better := bestProblems < 0 || len(problems) < bestProblems ||
			len(problems) == bestProblems && (count[n] > count[best] || count[n] == count[best] && n > best)
		if better {
			best, bestProblems = n, len(problems)
		}
	}
	return best
}

// merge turns raw rows into rows. A raw row of t.Columns cells is a row;
// a shorter one is merged with the raw rows after it when their cell counts
// add up exactly to t.Columns (a row that Word broke with blank lines); a
// one-cell raw row that does not combine so spans the table, and so does a
// run of one-cell raw rows, which is never a broken row: a real plan's row
// breaks into at most a few pieces. Any other raw row is reported and left
// out.
func (t *Table) merge(raw [][]Cell) ([]Row, diag.List) {
	var rows []Row
	var problems diag.List
	cols := t.Columns
	for i := 0; i < len(raw); {
		n := len(raw[i])
		if n == cols {
			rows = append(rows, Row{raw[i]})
			i++
			continue
		}
		if n > cols {
			extra := raw[i][cols]
			problems.Add(t.Problem(kindTooManyCells, extra.Pos(), n, cols, extra.Line()))
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
			problems.Add(t.Problem(kindTruncated, raw[i][0].Pos(), sum, cols))
			i = j
		default:
			problems.Add(t.Problem(kindShortRow, raw[i][0].Pos(), n, cols))
			i++
		}
	}
	return rows, problems
}
