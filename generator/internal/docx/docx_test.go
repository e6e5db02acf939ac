package docx

import (
	"reflect"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/docx/docxtest"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// texts returns the rows' cell texts; a merged cell shows as "↑" and the
// text it continues.
func texts(t *wordtable.Table) [][]string {
	var out [][]string
	for _, r := range t.Rows {
		var row []string
		for _, c := range r.Cells {
			if c.Merged {
				row = append(row, "↑"+c.MergedText)
				continue
			}
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

func lineTexts(ls []wordtable.Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

var (
	c    = docxtest.C
	head = docxtest.Row{Cells: []docxtest.Cell{c("№"), c("Захід"), c("Термін"), c("Виконавці")}, Header: true}
)

func cells(texts ...string) docxtest.Row {
	var r docxtest.Row
	for _, s := range texts {
		r.Cells = append(r.Cells, c(s))
	}
	return r
}

func span(text string, n int) docxtest.Row {
	return docxtest.Row{Cells: []docxtest.Cell{{Paras: []string{text}, Span: n}}}
}

func TestRead(t *testing.T) {
	cases := []struct {
		name     string
		doc      func(d *docxtest.Doc)
		rows     [][]string
		columns  int
		preamble []string
		epilogue []string
	}{
		{
			name: "paragraphs above and below a table",
			doc: func(d *docxtest.Doc) {
				d.Para("ЗАТВЕРДЖЕНО")
				d.Para("")
				d.Para("План на 2021 – 2026 роки")
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("1.", "Захід один", "2021 рік", "Служба")}})
				d.Para("")
				d.Para("Міський голова\t\tІ. ПЕТРЕНКО")
				d.Para("")
			},
			rows:     [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "Захід один", "2021 рік", "Служба"}},
			columns:  4,
			preamble: []string{"ЗАТВЕРДЖЕНО", "", "План на 2021 – 2026 роки"},
			epilogue: []string{"Міський голова\t\tІ. ПЕТРЕНКО"},
		},
		{
			name: "a cell of several paragraphs and line breaks joins as text cells do",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{head,
					{Cells: []docxtest.Cell{c("1."), c("Оцінка проведена", "Потреби виявлені"), c("2019-2026\nроки"), c("Відділ освіти,", "", "служба у справах дітей")}}}})
			},
			rows:    [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "Оцінка проведена\nПотреби виявлені", "2019-2026 роки", "Відділ освіти, служба у справах дітей"}},
			columns: 4,
		},
		{
			name: "a row of one cell spanning the grid spans the table",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, span("І. Координація", 4), cells("1.", "Захід", "2021", "Служба")}})
			},
			rows:    [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"І. Координація"}, {"1.", "Захід", "2021", "Служба"}},
			columns: 4,
		},
		{
			name: "a numeral beside a title spanning the other columns is one title",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{head,
					{Cells: []docxtest.Cell{c("ІІ."), {Paras: []string{"Розвиток послуг"}, Span: 3}}}, cells("1.", "Захід", "2021", "Служба")}})
			},
			rows:    [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"ІІ.\nРозвиток послуг"}, {"1.", "Захід", "2021", "Служба"}},
			columns: 4,
		},
		{
			name: "vertically merged cells continue the text of their first cell",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{head,
					{Cells: []docxtest.Cell{{Paras: []string{"1"}, Merge: "restart"}, c("Захід один"), {Paras: []string{"2021 рік"}, Merge: "restart"}, c("Служба")}},
					{Cells: []docxtest.Cell{{Merge: "continue"}, c("Захід два"), {Merge: "continue"}, c("Центр")}},
					{Cells: []docxtest.Cell{{Merge: "continue"}, c("Захід три"), {Merge: "continue"}, c("Відділ")}},
				}})
			},
			rows: [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1", "Захід один", "2021 рік", "Служба"},
				{"↑1", "Захід два", "↑2021 рік", "Центр"}, {"↑1", "Захід три", "↑2021 рік", "Відділ"}},
			columns: 4,
		},
		{
			name: "a grid column every row spans over is no column",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Grid: 5, Rows: []docxtest.Row{
					{Cells: []docxtest.Cell{c("№"), {Paras: []string{"Захід"}, Span: 2}, c("Термін"), c("Виконавці")}},
					{Cells: []docxtest.Cell{c("1."), {Paras: []string{"Захід"}, Span: 2}, c("2021"), c("Служба")}},
				}})
			},
			rows:    [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "Захід", "2021", "Служба"}},
			columns: 4,
		},
		{
			name: "columns a row leaves out or a cell spans over are empty cells",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{head,
					{Cells: []docxtest.Cell{c("2."), {Paras: []string{"Захід і термін"}, Span: 2}}, After: 1},
					{Cells: []docxtest.Cell{c("Захід"), c("2021"), c("Служба")}, Before: 1},
				}})
			},
			rows:    [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"2.", "Захід і термін", "", ""}, {"", "Захід", "2021", "Служба"}},
			columns: 4,
		},
		{
			name: "a table split across pages: parts join, a title between them is a row, continuation notes go",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("1.", "Захід", "2021", "Служба")}})
				d.Para("")
				d.Para("Продовження додатка 1")
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("2.", "Захід два", "2022", "Центр")}})
				d.Para("ІІ. Моніторинг")
				d.Table(docxtest.Table{Rows: []docxtest.Row{cells("1.", "Звіт", "щороку", "Служба")}})
				d.Para("Секретар ради")
			},
			rows: [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "Захід", "2021", "Служба"},
				{"№", "Захід", "Термін", "Виконавці"}, {"2.", "Захід два", "2022", "Центр"},
				{"ІІ. Моніторинг"}, {"1.", "Звіт", "щороку", "Служба"}},
			columns:  4,
			epilogue: []string{"Секретар ради"},
		},
		{
			name: "narrow tables lay out the approval block and the signature",
			doc: func(d *docxtest.Doc) {
				d.Table(docxtest.Table{Rows: []docxtest.Row{{Cells: []docxtest.Cell{c(""), c("ЗАТВЕРДЖЕНО", "рішення виконавчого комітету", "від 12.03.2020 № 45")}}}})
				d.Para("ПЛАН")
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("1.", "Захід", "2021", "Служба")}})
				d.Para("")
				d.Table(docxtest.Table{Rows: []docxtest.Row{{Cells: []docxtest.Cell{c("Міський голова"), c("Василь АНТОНЮК")}}}})
			},
			rows:     [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "Захід", "2021", "Служба"}},
			columns:  4,
			preamble: []string{"", "ЗАТВЕРДЖЕНО", "рішення виконавчого комітету", "від 12.03.2020 № 45", "ПЛАН"},
			epilogue: []string{"Міський голова", "Василь АНТОНЮК"},
		},
		{
			name: "typography: no-break spaces, soft and no-break hyphens, apostrophes as typed",
			doc: func(d *docxtest.Doc) {
				d.Para("в\u00A0м.\u00A0Дубно")
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("1.", "сім’ї, сімʼї, сім'ї; інклю\u00ADзивні", "2021\u00A0рік", "КНП «Центр»")}})
				d.Raw(`<w:p><w:r><w:t>пере</w:t></w:r><w:r><w:softHyphen/><w:t>вірка</w:t></w:r><w:r><w:noBreakHyphen/><w:t>1 </w:t><w:sym w:font="Symbol" w:char="F02B"/></w:r></w:p>`)
			},
			rows:     [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "сім’ї, сімʼї, сім'ї; інклюзивні", "2021 рік", "КНП «Центр»"}},
			columns:  4,
			preamble: []string{"в м. Дубно"},
			epilogue: []string{"перевірка-1 +"},
		},
		{
			name: "deleted text, field codes and fallbacks are not the text; inserted text is",
			doc: func(d *docxtest.Doc) {
				d.Raw(`<w:p><w:r><w:t>План </w:t></w:r><w:del w:id="1"><w:r><w:delText>старий </w:delText><w:tab/></w:r></w:del>` +
					`<w:ins w:id="2"><w:r><w:t>новий</w:t></w:r></w:ins>` +
					`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
					`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Напис</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>` +
					`<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Напис</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`)
				d.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("1.", "Захід", "2021", "Служба")}})
			},
			rows:     [][]string{{"№", "Захід", "Термін", "Виконавці"}, {"1.", "Захід", "2021", "Служба"}},
			columns:  4,
			preamble: []string{"Напис", "План новий 2"},
		},
		{
			name: "a table nested in a cell adds its paragraphs to the cell",
			doc: func(d *docxtest.Doc) {
				d.Raw(`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
					`<w:tr><w:tc><w:p><w:r><w:t>№</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Захід</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Термін</w:t></w:r></w:p></w:tc></w:tr>` +
					`<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Захід:</w:t></w:r></w:p>` +
					`<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="9"/></w:tcPr><w:p><w:r><w:t>вкладений</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>` +
					`<w:tc><w:p><w:r><w:t>2021</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)
			},
			rows:    [][]string{{"№", "Захід", "Термін"}, {"1", "Захід:\nвкладений", "2021"}},
			columns: 3,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d docxtest.Doc
			tc.doc(&d)
			tb, problems := Read("t.docx", d.Bytes())
			if len(problems) > 0 {
				t.Fatalf("problems: %v", problems)
			}
			if got := texts(tb); !reflect.DeepEqual(got, tc.rows) {
				t.Errorf("rows\n got %q\nwant %q", got, tc.rows)
			}
			if tb.Columns != tc.columns {
				t.Errorf("columns %d, want %d", tb.Columns, tc.columns)
			}
			if got := lineTexts(tb.Preamble); !reflect.DeepEqual(got, tc.preamble) {
				t.Errorf("preamble %q, want %q", got, tc.preamble)
			}
			if got := lineTexts(tb.Epilogue); !reflect.DeepEqual(got, tc.epilogue) {
				t.Errorf("epilogue %q, want %q", got, tc.epilogue)
			}
		})
	}
}

// TestPlaces checks that problems at a cell's line name the table, row
// and column staff see in Word, and paragraphs by where they stand.
func TestPlaces(t *testing.T) {
	var d docxtest.Doc
	d.Para("ЗАТВЕРДЖЕНО")
	d.Para("План")
	d.Table(docxtest.Table{Rows: []docxtest.Row{{Cells: []docxtest.Cell{c("Примітка")}}}}) // a layout table: table 1
	d.Table(docxtest.Table{Grid: 5, Rows: []docxtest.Row{
		{Cells: []docxtest.Cell{c("№"), {Paras: []string{"Захід"}, Span: 2}, c("Термін"), c("Виконавці")}},
		{Cells: []docxtest.Cell{c("1."), {Paras: []string{"Створення служби з дуже довгою назвою, яку цитата обріже"}, Span: 2}, c("2021"), c("Служба")}},
	}})
	d.Para("Голова")
	tb, problems := Read("plan.docx", d.Bytes())
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	kind := diag.Kind{Code: "x", UK: "щось не так", EN: "something is wrong"}
	at := func(c wordtable.Cell) string {
		l := tb.Localize(diag.List{tb.Problem(kind, c.Pos())})
		return l[0].Message.UK + " | " + l[0].Message.EN + " | " + l[0].Where()
	}
	cases := []struct{ got, want string }{
		{at(tb.Rows[1].Cells[1]), "таблиця 2, рядок 2, стовпець 2 («Створення служби з дуже довгою назвою…»): щось не так | table 2, row 2, column 2 (\u201cСтворення служби з дуже довгою назвою…\u201d): something is wrong | plan.docx"},
		{at(tb.Rows[1].Cells[3]), "таблиця 2, рядок 2, стовпець 4 («Служба»): щось не так | table 2, row 2, column 4 (\u201cСлужба\u201d): something is wrong | plan.docx"},
		{at(wordtable.Cell{Lines: tb.Preamble[1:2], Col: 1}), "абзац 2 над таблицею («План»): щось не так | paragraph 2 above the table (\u201cПлан\u201d): something is wrong | plan.docx"},
		{at(wordtable.Cell{Lines: tb.Preamble[2:3], Col: 1}), "таблиця 1, рядок 1, стовпець 1 («Примітка»): щось не так | table 1, row 1, column 1 (\u201cПримітка\u201d): something is wrong | plan.docx"},
		{at(wordtable.Cell{Lines: tb.Epilogue, Col: 1}), "абзац 1 під таблицею («Голова»): щось не так | paragraph 1 below the table (\u201cГолова\u201d): something is wrong | plan.docx"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("\n got %s\nwant %s", c.got, c.want)
		}
	}
}

func TestProblems(t *testing.T) {
	big := func() []byte {
		defer func(old int64) { partLimit = old }(partLimit)
		partLimit = 1 << 10
		var d docxtest.Doc
		d.Para(strings.Repeat("План ", 300))
		tb, problems := Read("big.docx", d.Bytes())
		if tb != nil {
			t.Errorf("a part over the limit was read")
		}
		return []byte(problems[0].Code + ": " + problems[0].Message.EN)
	}
	deep := strings.Repeat("<w:sdt><w:sdtContent>", maxDepth) + strings.Repeat("</w:sdtContent></w:sdt>", maxDepth)
	defer func(items, elements int) { itemLimit, elementLimit = items, elements }(itemLimit, elementLimit)
	itemLimit, elementLimit = 1000, 3000
	many := strings.Repeat("<w:p/>", itemLimit+1)
	tags := strings.Repeat("<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>", 1000)
	var narrow docxtest.Doc
	narrow.Table(docxtest.Table{Rows: []docxtest.Row{cells("a", "b"), cells("c", "d")}})
	var leftOut docxtest.Doc
	leftOut.Table(docxtest.Table{Rows: []docxtest.Row{head, cells("1", "a", "b", "c")}})
	leftOut.Para("Підпис")
	leftOut.Table(docxtest.Table{Rows: []docxtest.Row{cells("1", "2", "3"), cells("a", "b", "c")}})
	cases := []struct {
		name string
		src  []byte
		want string // code: English message
	}{
		{"not a zip", []byte("ПЛАН\n\tтаблиця"), "docx-not-docx: the file is not a .docx document: it is not a ZIP archive (zip: not a valid zip file)"},
		{"an old .doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "docx-old-doc: this is a Word 97–2003 document (.doc), or one protected by a password: such files cannot be read"},
		{"no document part", docxtest.Zip("other.xml", []byte("<a/>")), "docx-no-document: the archive holds no document text (word/document.xml): it is not a Word document"},
		{"broken XML", docxtest.Package([]byte(`<w:document xmlns:w="` + nsW + `"><w:body><w:p>`)), "docx-bad-xml: the document text (word/document.xml) is damaged: line 1: unexpected EOF"},
		{"bad XML syntax", docxtest.Package([]byte(`<w:document xmlns:w="` + nsW + `"><w:body></w:p>`)), "docx-bad-xml: the document text (word/document.xml) is damaged: line 1: element <body> closed by </p>"},
		{"an unknown entity", docxtest.Package([]byte(`<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="` + nsW + `"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`)), "docx-bad-xml: the document text (word/document.xml) is damaged: line 1: invalid character entity &a;"},
		{"too deep", docxtest.Package([]byte(`<w:document xmlns:w="` + nsW + `"><w:body>` + deep + `</w:body></w:document>`)), "docx-bad-xml: the document text (word/document.xml) is damaged: elements nested deeper than 256"},
		{"too many paragraphs", docxtest.Package([]byte(`<w:document xmlns:w="` + nsW + `"><w:body>` + many + `</w:body></w:document>`)), "docx-bad-xml: the document text (word/document.xml) is damaged: more than 1000 paragraphs and cells"},
		{"too many elements", docxtest.Package([]byte(`<w:document xmlns:w="` + nsW + `"><w:body>` + tags + `</w:body></w:document>`)), "docx-bad-xml: the document text (word/document.xml) is damaged: more than 3000 elements"},
		{"no table", (&docxtest.Doc{}).Bytes(), "docx-no-table: the document holds no plan table: a table of at least 3 columns and two rows"},
		{"only a narrow table", narrow.Bytes(), "docx-no-table: the document holds no plan table: a table of at least 3 columns and two rows"},
		{"a part too big", big(), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == "" {
				if got := string(tc.src); got != "docx-part-too-big: part word/document.xml of the document exceeds 1 MB unpacked: the file is damaged or not a plan" {
					t.Errorf("got %s", got)
				}
				return
			}
			tb, problems := Read("t.docx", tc.src)
			if tb != nil || len(problems) != 1 {
				t.Fatalf("table %v, problems %v", tb != nil, problems)
			}
			if got := problems[0].Code + ": " + problems[0].Message.EN; got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
	t.Run("a wide table after the plan is left out, and said so", func(t *testing.T) {
		tb, problems := Read("t.docx", leftOut.Bytes())
		if tb == nil || len(problems) != 1 || problems[0].Code != "docx-table-left-out" || problems[0].Severity != diag.Warning {
			t.Fatalf("problems %v", problems)
		}
		if got := problems[0].Message.EN; got != "table 2 was not imported: it has 3 columns, the plan's table 4" {
			t.Errorf("message %s", got)
		}
		if got := lineTexts(tb.Epilogue); !reflect.DeepEqual(got, []string{"Підпис"}) {
			t.Errorf("epilogue %q", got)
		}
	})
}

func TestIs(t *testing.T) {
	cases := []struct {
		file string
		src  string
		want bool
	}{
		{"plan.txt", "\tтекст", false},
		{"plan.txt", "PK\x03\x04...", true},
		{"plan.DOCX", "broken", true},
		{"plan.doc", "", true},
		{"docx", "\tтекст", false},
		{"dir.docx/plan", "\tтекст", false},
	}
	for _, c := range cases {
		if got := Is(c.file, []byte(c.src)); got != c.want {
			t.Errorf("Is(%q, %q) = %v", c.file, c.src, got)
		}
	}
}
