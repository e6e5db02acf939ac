package wordtable

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// texts returns the rows' cell texts.
func texts(t *Table) [][]string {
	var out [][]string
	for _, r := range t.Rows {
		var row []string
		for _, c := range r.Cells {
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

func lineTexts(ls []Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

func TestRead(t *testing.T) {
	cases := []struct {
		name, in  string
		rows      [][]string
		preamble  []string
		epilogue  []string
		firstCell [2]int // line and column of the first cell
	}{
		{
			name:      "plain rows",
			in:        "Title\n\n\ta\n\tb\n\n\tc\n\td\n",
			rows:      [][]string{{"a", "b"}, {"c", "d"}},
			preamble:  []string{"Title", ""},
			firstCell: [2]int{3, 2},
		},
		{
			name: "empty cells are lone TABs, not blank lines",
			in:   "\t1\n\t2\n\t3\n\n\t\n\t\n\tx\n",
			rows: [][]string{{"1", "2", "3"}, {"", "", "x"}},
		},
		{
			name: "a continuation after blank lines folds",
			in:   "\ta\n\t2019-2026\n\nроки\n\n\tb\n\tc\n",
			rows: [][]string{{"a", "2019-2026 роки"}, {"b", "c"}},
		},
		{
			name: "a row broken by blank lines merges (Svatove 79-82)",
			in:   "\ta\n\tb\n\tc\n\td\n\n\t1\n\t2\n\n\n\t3\n\t4\n",
			rows: [][]string{{"a", "b", "c", "d"}, {"1", "2", "3", "4"}},
		},
		{
			name: "a header split after its first cell merges (Dubno 12-15)",
			in:   "\t№\n\n\n\tb\n\tc\n\n\t1\n\t2\n\t3\n",
			rows: [][]string{{"№", "b", "c"}, {"1", "2", "3"}},
		},
		{
			name: "a white-space line counts as blank (Svatove 387-390)",
			in:   "\ta\n\tb\n\tc\n\n\t1\n\n \n\t2\n\t3\n",
			rows: [][]string{{"a", "b", "c"}, {"1", "2", "3"}},
		},
		{
			name: "a one-cell row that does not combine spans",
			in:   "\ta\n\tb\n\n\tІ. Section\n\n\tc\n\td\n",
			rows: [][]string{{"a", "b"}, {"І. Section"}, {"c", "d"}},
		},
		{
			name: "two spanning rows in a row",
			in:   "\ta\n\tb\n\tc\n\n\tІ. Section\n\n\tGoals:\nfirst;\n\nsecond.\n\n\tGroup\n\n\t1\n\t2\n\t3\n",
			rows: [][]string{{"a", "b", "c"}, {"І. Section"}, {"Goals:\nfirst;\nsecond."}, {"Group"}, {"1", "2", "3"}},
		},
		{
			name:     "the epilogue follows two blank lines",
			in:       "\ta\n\tb\nmore\n\n\nHead of service,\n\nName      Surname\n\n",
			rows:     [][]string{{"a", "b more"}},
			epilogue: []string{"Head of service,", "", "Name      Surname"},
		},
		{
			name: "one blank line does not start an epilogue",
			in:   "\ta\n\tb\n\nmore\n",
			rows: [][]string{{"a", "b more"}},
		},
		{
			name: "CRLF and BOM",
			in:   "\uFEFFTitle\r\n\r\n\ta\r\n\tb\r\n\r\n\tc\r\n\td\r\n",
			rows: [][]string{{"a", "b"}, {"c", "d"}}, preamble: []string{"Title", ""},
		},
		{
			name: "cells keep inner spaces and lose outer ones",
			in:   "\t  a   b  \n\t c \n",
			rows: [][]string{{"a   b", "c"}}, firstCell: [2]int{1, 4},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb, problems := Read("t.txt", []byte(c.in))
			if len(problems) > 0 {
				t.Fatalf("problems: %v", problems)
			}
			if got := texts(tb); !reflect.DeepEqual(got, c.rows) {
				t.Errorf("rows\n got %q\nwant %q", got, c.rows)
			}
			if got := lineTexts(tb.Preamble); !reflect.DeepEqual(got, c.preamble) {
				t.Errorf("preamble %q, want %q", got, c.preamble)
			}
			if got := lineTexts(tb.Epilogue); !reflect.DeepEqual(got, c.epilogue) {
				t.Errorf("epilogue %q, want %q", got, c.epilogue)
			}
			if c.firstCell[0] != 0 {
				first := tb.Rows[0].Cells[0]
				if first.Line() != c.firstCell[0] || first.Col != c.firstCell[1] {
					t.Errorf("first cell at %d:%d, want %d:%d", first.Line(), first.Col, c.firstCell[0], c.firstCell[1])
				}
			}
		})
	}
}

func TestProblems(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string // "code line:col"
	}{
		{"empty", "", []string{"table-empty 0:0"}},
		{"only blank lines", "\n  \n\n", []string{"table-empty 0:0"}},
		{"not a table", "ПЛАН\nрозвитку\n", []string{"table-no-cells 1:1"}},
		{"not UTF-8", "ПЛАН\n\tab\xcf\xeb\n", []string{"table-not-utf8 2:4"}},
		{"Windows-1251 on line 1", "\xcf\xcb\xc0\xcd\n", []string{"table-not-utf8 1:1"}},
		{"too many cells", "\ta\n\tb\n\n\tc\n\td\n\te\n\n\tf\n\tg\n", []string{"table-too-many-cells 6:2"}},
		{"a short row", "\ta\n\tb\n\tc\n\n\td\n\te\n\n\tf\n\tg\n\th\n", []string{"table-short-row 5:2"}},
		{"truncated", "\ta\n\tb\n\tc\n\n\td\n\te\n\tf\n\n\tg\n\th\n", []string{"table-truncated 9:2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, problems := Read("t.txt", []byte(c.in))
			var got []string
			for _, p := range problems {
				got = append(got, p.Code+" "+strconv.Itoa(p.Pos.Line)+":"+strconv.Itoa(p.Pos.Col))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestJoin(t *testing.T) {
	cases := []struct {
		lines []string
		want  string
	}{
		{[]string{"2019-2026", "", "роки"}, "2019-2026 роки"},
		{[]string{"2019-2026", "", "Роки"}, "2019-2026 Роки"},
		{[]string{"ІІ-ІІІ кв. ", "", "2019 року"}, "ІІ-ІІІ кв. 2019 року"},
		{[]string{"щороку", "", "(до 10 січня)"}, "щороку (до 10 січня)"},
		{[]string{"Оцінка проведена", "", "Потреби виявлені"}, "Оцінка проведена\nПотреби виявлені"},
		{[]string{"Потреби визначені. ", "", "Розроблено положення."}, "Потреби визначені.\nРозроблено положення."},
		{[]string{"КНП «Центр», ", "Сватівський центр"}, "КНП «Центр», Сватівський центр"},
		{[]string{"протоколи засідань,", "", "прийняті рішення"}, "протоколи засідань, прийняті рішення"},
		{[]string{"Специфічні цілі:", "створення;", "", "інтегрування;"}, "Специфічні цілі:\nстворення;\nінтегрування;"},
		{[]string{"пологовий будинок -", "сім'я"}, "пологовий будинок - сім'я"},
		{[]string{"в м.", "Дубно"}, "в м. Дубно"},
		{[]string{"наприкінці року.", "наступний рядок"}, "наприкінці року. наступний рядок"},
		{[]string{"  2019-2026 роки              постійно  "}, "2019-2026 роки              постійно"},
		{[]string{"", "", ""}, ""},
	}
	for _, c := range cases {
		var lines []Line
		for i, l := range c.lines {
			lines = append(lines, Line{i + 1, l})
		}
		if got := join(lines); got != c.want {
			t.Errorf("join(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestSeeds reads both real plans: every row well-formed, the rows that
// Word broke with blank lines merged, the signature block split off.
func TestSeeds(t *testing.T) {
	cases := []struct {
		file     string
		rows     int
		spanning int
		cells    int
		// merged names rows (by first line) and their cells' lines.
		merged   map[int][]int
		epilogue []string
	}{
		{
			file: "svatove-2019.txt", rows: 59, spanning: 6, cells: 6 + 53*6,
			merged: map[int][]int{
				77:  {77, 78, 79, 82, 83, 86},
				277: {277, 278, 279, 280, 281, 283},
				387: {387, 390, 391, 392, 395, 396},
			},
			epilogue: []string{"Головний спеціаліст-юрисконсульт,", "в.о. начальника служби у справах дітей", "", "Сватівської райдержадміністрації"},
		},
		{
			file: "dubno-2021.txt", rows: 51, spanning: 12, cells: 12 + 39*6,
			merged: map[int][]int{
				12:  {12, 15, 16, 17, 18, 19},
				319: {319, 320, 321, 322, 325, 326},
			},
			epilogue: []string{"Міський голова                                                                                                                                                  Василь АНТОНЮК"},
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			src := fixture.ReadSeed(t, strings.TrimSuffix(c.file, ".txt"))
			tb, problems := Read(c.file, src)
			if len(problems) > 0 {
				t.Fatalf("problems: %v", problems)
			}
			if tb.Columns != 6 || len(tb.Rows) != c.rows || len(tb.Cells()) != c.cells {
				t.Errorf("columns %d, rows %d, cells %d; want 6, %d, %d", tb.Columns, len(tb.Rows), len(tb.Cells()), c.rows, c.cells)
			}
			spanning := 0
			for _, r := range tb.Rows {
				if r.Spans() {
					spanning++
				}
				if want, ok := c.merged[r.Line()]; ok {
					var got []int
					for _, cell := range r.Cells {
						got = append(got, cell.Line())
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("row %d: cells on lines %v, want %v", r.Line(), got, want)
					}
				}
			}
			if spanning != c.spanning {
				t.Errorf("%d spanning rows, want %d", spanning, c.spanning)
			}
			if got := lineTexts(tb.Epilogue); !reflect.DeepEqual(got, c.epilogue) {
				t.Errorf("epilogue %q, want %q", got, c.epilogue)
			}
		})
	}
}

// TestTextPlaces checks that a table read from text keeps its problems'
// line positions and names a line as "рядок N".
func TestTextPlaces(t *testing.T) {
	tb, _ := Read("t.txt", []byte("\ta\n\tb\n"))
	p := tb.Problem(kindShortRow, tb.Rows[0].Cells[1].Pos(), 1, 2)
	if got := tb.Localize(diag.List{p}); !reflect.DeepEqual(got, diag.List{p}) {
		t.Errorf("Localize changed a text table's problem: %+v", got)
	}
	if got := tb.Place(2); got != (diag.Text{UK: "рядок 2", EN: "line 2"}) {
		t.Errorf("Place(2) = %+v", got)
	}
}

// TestAssembleMerged checks that a merged cell takes the text of the
// cell above it in its column, through a chain of merged cells, and not
// across a row spanning the table.
func TestAssembleMerged(t *testing.T) {
	cell := func(n int, text string, merged bool) Cell {
		return Cell{Lines: []Line{{Num: n, Text: text}}, Merged: merged}
	}
	rows := []Row{
		{Cells: []Cell{cell(1, "1", false), cell(2, "2021 рік", false)}},
		{Cells: []Cell{cell(3, "2", false), cell(4, "", true)}},
		{Cells: []Cell{cell(5, "3", false), cell(6, "", true)}},
		{Cells: []Cell{cell(7, "ІІ. Розділ", false)}},
		{Cells: []Cell{cell(8, "1", false), cell(9, "", true)}},
	}
	tb := Assemble("t.docx", 2, nil, rows, nil, make([]string, 9), func(int) diag.Text { return diag.Text{UK: "тут", EN: "here"} })
	var got []string
	for _, r := range tb.Rows {
		last := r.Cells[len(r.Cells)-1]
		got = append(got, last.Text+"|"+last.MergedText)
	}
	if want := []string{"2021 рік|", "|2021 рік", "|2021 рік", "ІІ. Розділ|", "|"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
