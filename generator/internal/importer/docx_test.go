package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/docx/docxtest"
	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// seedDocx makes a .docx of a seed plan as Word holds it: the text above
// the table as paragraphs, each row of the table a table row (a row that
// spans the table one merged cell), each line of a cell a paragraph, the
// signature as paragraphs under the table.
func seedDocx(t *testing.T, id string) []byte {
	t.Helper()
	tb, problems := wordtable.Read("source.txt", fixture.ReadSeed(t, id))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	var d docxtest.Doc
	for _, l := range tb.Preamble {
		d.Para(l.Text)
	}
	table := docxtest.Table{Grid: tb.Columns}
	for _, r := range tb.Rows {
		var row docxtest.Row
		for _, c := range r.Cells {
			cell := docxtest.Cell{}
			for _, l := range c.Lines {
				cell.Paras = append(cell.Paras, l.Text)
			}
			if r.Spans() {
				cell.Span = tb.Columns
			}
			row.Cells = append(row.Cells, cell)
		}
		table.Rows = append(table.Rows, row)
	}
	d.Table(table)
	d.Para("")
	for _, l := range tb.Epilogue {
		d.Para(l.Text)
	}
	return d.Bytes()
}

// TestSeedsFromDocx imports a .docx of each seed plan and checks that the
// plan is the one its text export gives, and so plan.toml the committed
// one byte for byte, whichever form is imported. (Only the header comment
// names the file imported; it is given the same name here.)
func TestSeedsFromDocx(t *testing.T) {
	reg, _, err := ReadRegistry(registryPath)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range seeds {
		t.Run(s.id, func(t *testing.T) {
			fromText, _ := importSeed(t, i)
			file := strings.TrimSuffix(s.file, ".txt") + ".docx"
			res, problems := Import(seedDocx(t, s.id), Options{File: file, ID: s.id, Authority: s.authority, Registry: reg})
			if res == nil {
				t.Fatalf("nothing imported: %v", problems)
			}
			var codes, want []string
			for _, p := range problems {
				codes = append(codes, p.Code)
			}
			for _, w := range s.warnings {
				want = append(want, strings.Fields(w)[0])
			}
			if !reflect.DeepEqual(codes, want) {
				t.Errorf("problems %v, want %v", problems, want)
			}
			if !reflect.DeepEqual(res.Plan, fromText.Plan) {
				t.Errorf("the plan differs from the text export's")
			}
			committed, err := os.ReadFile(filepath.Join(fixture.Root(), "content/plans", s.id, "plan.toml"))
			if err != nil {
				t.Fatal(err)
			}
			if got := Encode(res.Plan, s.file); string(got) != string(committed) {
				t.Errorf("plan.toml differs from the committed one at %s", firstDiff(string(got), string(committed)))
			}
			if got := string(Encode(res.Plan, file)); !strings.Contains(got, "імпортований з source.docx") {
				t.Errorf("the header does not name the document imported")
			}
		})
	}
}

// TestSeedProblemPlaces checks that a problem in a .docx names the place
// in the table, not a line.
func TestSeedProblemPlaces(t *testing.T) {
	_, problems := Import(seedDocx(t, "svatove-2019"), Options{File: "svatove.docx", Authority: "Сватівська районна державна адміністрація"})
	if len(problems) != 1 {
		t.Fatalf("problems %v", problems)
	}
	p := problems[0]
	want := "svatove.docx: попередження: таблиця 1, рядок 37, стовпець 4: захід ІІІ.1.6) не має терміну виконання"
	if got := p.Line("uk"); !strings.HasPrefix(got, want) || p.Pos.Line != 0 {
		t.Errorf("\n got %s\nwant %s…", got, want)
	}
}

// heldOutDocx is a plan of the Svatove layout from another district, as a
// council would have typed it in Word: the approval block and the
// signature in borderless tables, the table split across two pages with
// its header repeated and a "Продовження" note between, section titles in
// cells spanning the row, task number and text merged down over their
// measures, a term merged over two measures, an empty column, no-break
// spaces, a soft hyphen and typographic apostrophes.
func heldOutDocx() []byte {
	c := docxtest.C
	var d docxtest.Doc
	d.Table(docxtest.Table{Rows: []docxtest.Row{{Cells: []docxtest.Cell{c(""),
		c("ЗАТВЕРДЖЕНО", "Розпорядження голови", "Вараської районної державної", "адміністрації", "12.01.2022\u00A0№\u00A07")}}}})
	d.Para("")
	d.Para("ПЛАН")
	d.Para("розвитку соціальних послуг для дітей і сімей Вараського району")
	d.Para("на 2022 – 2026 роки")
	header := docxtest.Row{Header: true, Cells: []docxtest.Cell{c("№ з/п"), c("Найменування завдання"), c("Найменування заходу"),
		c("Термін виконання"), c("Виконавці"), c(""), c("Індикатори виконання")}}
	section := func(title string) docxtest.Row {
		return docxtest.Row{Cells: []docxtest.Cell{{Paras: []string{title}, Span: 7}}}
	}
	restart := func(paras ...string) docxtest.Cell { return docxtest.Cell{Paras: paras, Merge: "restart"} }
	cont := docxtest.Cell{Merge: "continue"}
	d.Table(docxtest.Table{Rows: []docxtest.Row{header,
		section("І. Координація та взаємодія"),
		{Cells: []docxtest.Cell{restart("1"), restart("Створення механізмів координації"), c("1) утворення міжвідомчої робочої групи"),
			c("І квартал 2022 року"), c("Служба у справах дітей Вараської райдержадміністрації"), c(""), c("Робочу групу утворено")}},
		{Cells: []docxtest.Cell{cont, cont, c("2) проведення засідань робочої групи"),
			restart("2022 – 2026", "роки"), c("Керівник та члени робочої групи"), c(""), c("Протоколи засідань")}},
		{Cells: []docxtest.Cell{cont, cont, c("3) звітування про виконання плану"),
			cont, c("Служба у справах дітей Вараської райдержадміністрації"), c(""), c("Звіт оприлюднено")}},
		section("ІІ. Розвиток соціальних послуг"),
		{Cells: []docxtest.Cell{restart("1"), restart("Розвиток послуг для сімей з дітьми"), c("1) оцінка потреб громад у соці\u00ADальних послугах"),
			c("2022 рік"), c("Управління соціального захисту населення райдержадміністрації, органи місцевого самоврядування (за згодою)"), c(""),
			c("Оцінку проведено.", "Потреби визначено.")}},
		{Cells: []docxtest.Cell{cont, cont, c("2) запровадження послуги патронату над дитиною для сім’ї в\u00A0складних обставинах"),
			c("2022-2026 роки"), c("Вараський районний центр соціальних служб для сім’ї, дітей та молоді"), c(""), c("Послугу запроваджено")}},
	}})
	d.Para("")
	d.Para("Продовження додатка")
	d.Table(docxtest.Table{Rows: []docxtest.Row{header,
		{Cells: []docxtest.Cell{c("2"), c("Підтримка прийомних сімей"), c("1) навчання кандидатів у прийомні батьки"),
			c("щороку"), c("Вараський районний центр соціальних служб для сім’ї, дітей та молоді"), c(""), c("Навчено не менше 5 сімей")}},
		section("ІІІ. Моніторинг та оцінка виконання плану"),
		{Cells: []docxtest.Cell{c("1"), c("Моніторинг виконання плану"), c("1) підготовка щорічного звіту"),
			c("щороку (до 10 січня)"), c("Служба у справах дітей Вараської райдержадміністрації"), c(""), c("Звіт підготовлено")}},
	}})
	d.Para("")
	d.Table(docxtest.Table{Rows: []docxtest.Row{{Cells: []docxtest.Cell{c("Начальник служби у справах дітей"), c("Олена КОВАЛЬ")}}}})
	return d.Bytes()
}

// TestHeldOutDocx imports the held-out .docx with no flags but --id: its
// structure, the body read from the heading, merged cells held for each
// of their measures.
func TestHeldOutDocx(t *testing.T) {
	reg, _, err := ReadRegistry(registryPath)
	if err != nil {
		t.Fatal(err)
	}
	res, problems := Import(heldOutDocx(), Options{File: "varash.docx", ID: "varash-2022", Registry: reg})
	if res == nil || len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	p := res.Plan
	var outline []string
	forEach(p, func(s *content.Section, parent string, m *content.Measure) {
		outline = append(outline, fmt.Sprintf("%s/%s: %s | %s | %s | %d", s.ID, m.ID, m.Text, m.Term, strings.Join(m.Executors, " "), len(m.Indicators)))
	})
	want := []string{
		"i/1-1: утворення міжвідомчої робочої групи | І квартал 2022 року | varash-sluzhba-spravakh-ditei | 1",
		"i/1-2: проведення засідань робочої групи | 2022 – 2026 роки | varash-kerivnyk-chleny-robochoi | 1",
		"i/1-3: звітування про виконання плану | 2022 – 2026 роки | varash-sluzhba-spravakh-ditei | 1",
		"ii/1-1: оцінка потреб громад у соціальних послугах | 2022 рік | varash-upravlinnia-sotsialnoho-zakhystu varash-orhany-mistsevoho-samovriaduvannia | 2",
		"ii/1-2: запровадження послуги патронату над дитиною для сім’ї в складних обставинах | 2022-2026 роки | varash-varaskyi-raionnyi-tsentr | 1",
		"ii/2-1: навчання кандидатів у прийомні батьки | щороку | varash-varaskyi-raionnyi-tsentr | 1",
		"iii/1-1: підготовка щорічного звіту | щороку (до 10 січня) | varash-sluzhba-spravakh-ditei | 1",
	}
	if !reflect.DeepEqual(outline, want) {
		t.Errorf("outline\n got %q\nwant %q", outline, want)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", what, got, want)
		}
	}
	check("authority", p.Authority, "Вараська районна державна адміністрація")
	check("approval", fmt.Sprintf("%s | %v | %s", p.Approval.Act, p.Approval.Date, p.Approval.Number), "Розпорядження голови Вараської районної державної адміністрації | 2022-01-12 | 7")
	check("title", p.Title, "ПЛАН розвитку соціальних послуг для дітей і сімей Вараського району на 2022 – 2026 роки")
	check("period", p.Period, content.Period{Start: 2022, End: 2026, Text: "на 2022 – 2026 роки"})
	check("columns", p.Columns, []string{"№ з/п", "Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці", "Індикатори виконання"})
	check("signatory", p.Signatory, "Начальник служби у справах дітей\nОлена КОВАЛЬ")
	var tasks []string
	for _, s := range p.Sections {
		for _, tk := range s.Tasks {
			tasks = append(tasks, s.ID+"/"+tk.ID+" "+tk.Title)
		}
	}
	check("tasks", tasks, []string{"i/1 Створення механізмів координації", "ii/1 Розвиток послуг для сімей з дітьми", "ii/2 Підтримка прийомних сімей", "iii/1 Моніторинг виконання плану"})
}
