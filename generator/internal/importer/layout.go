package importer

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/uktext"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// role is what a column holds.
type role int

const (
	roleNumber role = iota
	roleTask
	roleMeasure
	roleTerm
	roleExecutors
	roleCosts
	roleIndicators
	roles // the number of roles
)

// roleNames name the roles in problems.
var roleNames = [roles]string{"№", "завдання", "захід / дії", "термін", "виконавці", "фінансові витрати", "індикатори / показники"}

// required are the roles every plan's table has. Svatove's layout adds a
// task column, Dubno's a costs column.
var required = []role{roleNumber, roleMeasure, roleTerm, roleExecutors, roleIndicators}

// headerWords recognise a header cell's role by the words in it, checked
// in this order: "Індикатори (показники) виконання завдань" is about
// indicators though it names tasks, "Термін виконання" is about the term
// though executors (виконавці) share its root.
var headerWords = []struct {
	role  role
	words []string
}{
	{roleIndicators, []string{"індикатор", "показник", "очікуван", "результат"}},
	{roleTerm, []string{"термін", "строк"}},
	{roleCosts, []string{"фінанс", "витрат", "кошт"}},
	{roleExecutors, []string{"виконавц", "відповідальн"}},
	{roleTask, []string{"завдан"}},
	{roleMeasure, []string{"захід", "заходу", "заходи", "заходів", "дії", "дія"}},
	{roleNumber, []string{"№", "з/п", "п/п", "номер"}},
}

// layout maps the roles to column indexes; -1 marks a role the table does
// not have. Both seed layouts, and any other with recognisable headers in
// any order, are one layout with or without the task and costs columns.
type layout [roles]int

// has reports whether the table has a column for r.
func (l *layout) has(r role) bool { return l[r] >= 0 }

// cell returns the row's cell for r; the zero Cell when there is none.
func (l *layout) cell(row wordtable.Row, r role) wordtable.Cell {
	if l[r] < 0 {
		return wordtable.Cell{}
	}
	return row.Cells[l[r]]
}

// text returns the row's text for r.
func (l *layout) text(row wordtable.Row, r role) string { return l.value(row, r).Text }

// value returns the row's cell for r, with the text a merged cell shows
// in this row: a term, executors, costs or indicators cell that Word
// merged over several rows holds for each of their measures. A merged
// number, task or measure cell is one task (or measure) over several
// rows, and stays empty below its first row.
func (l *layout) value(row wordtable.Row, r role) wordtable.Cell {
	c := l.cell(row, r)
	if c.Merged && r != roleNumber && r != roleTask && r != roleMeasure {
		c.Text = c.MergedText
	}
	return c
}

// recognise maps the header row's cells to roles. It fails, with an error
// naming the missing columns, when the row is not a header row. A column
// with no text at all, header included, is layout and passed over.
func recognise(t *wordtable.Table, header wordtable.Row, rows []wordtable.Row) (layout, diag.List) {
	var l layout
	for i := range l {
		l[i] = -1
	}
	var problems, unknown diag.List
	for i, c := range header.Cells {
		r, ok := headerRole(c.Text)
		switch {
		case !ok && c.Text == "" && emptyColumn(rows, i):
			// An empty column: nothing to import, nothing to say.
		case !ok:
			unknown.Add(t.Problem(kindUnknownColumn, c.Pos(), c.Text))
		case l[r] >= 0:
			problems.Add(t.Problem(kindDuplicateColumn, c.Pos(), c.Text, header.Cells[l[r]].Text))
		default:
			l[r] = i
		}
	}
	if missing := missingRoles(&l); missing != "" {
		// Not a header row at all: its cells are not unknown columns.
		return l, diag.List{t.Problem(kindNoHeader, header.Cells[0].Pos(), missing)}
	}
	problems.Add(unknown...)
	return l, problems
}

// missingRoles names the required roles l lacks (all of them for nil),
// "" when none is missing.
func missingRoles(l *layout) string {
	var missing []string
	for _, r := range required {
		if l == nil || l[r] < 0 {
			missing = append(missing, "«"+roleNames[r]+"»")
		}
	}
	return strings.Join(missing, ", ")
}

// emptyColumn reports whether column i holds no text in any full row.
func emptyColumn(rows []wordtable.Row, i int) bool {
	for _, r := range rows {
		if !r.Spans() && i < len(r.Cells) && (r.Cells[i].Text != "" || r.Cells[i].MergedText != "") {
			return false
		}
	}
	return true
}

func headerRole(text string) (role, bool) {
	key := uktext.NameKey(text)
	if key == "" {
		return 0, false
	}
	for _, h := range headerWords {
		for _, w := range h.words {
			if strings.Contains(key, w) {
				return h.role, true
			}
		}
	}
	return 0, false
}

// columnNumbers reports whether a row only numbers the columns, "1 2 3 4 5
// 6", as Word tables often repeat under the header.
func columnNumbers(row wordtable.Row) bool {
	for i, c := range row.Cells {
		if c.Text != strconv.Itoa(i+1) {
			return false
		}
	}
	return true
}

// sameCells reports whether two rows hold the same texts: a header row that
// Word repeated at the top of a page.
func sameCells(a, b wordtable.Row) bool {
	if len(a.Cells) != len(b.Cells) {
		return false
	}
	for i := range a.Cells {
		if a.Cells[i].Text != b.Cells[i].Text {
			return false
		}
	}
	return true
}
