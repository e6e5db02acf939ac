package importer

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/docx/docxtest"
	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// tableEdit changes a seed's table, given as rows of cell texts.
type tableEdit func(t *testing.T, rows [][]string) [][]string

// editedSeedDocx makes a .docx of a seed plan with its table edited: the
// plan's table in a new wording, as an amending act approves it.
func editedSeedDocx(t *testing.T, id string, edit tableEdit) []byte {
	t.Helper()
	tb, problems := wordtable.Read("source.txt", fixture.ReadSeed(t, id))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	var rows [][]string
	for _, r := range tb.Rows {
		var row []string
		for _, c := range r.Cells {
			row = append(row, c.Text)
		}
		rows = append(rows, row)
	}
	rows = edit(t, rows)
	var d docxtest.Doc
	for _, l := range tb.Preamble {
		d.Para(l.Text)
	}
	table := docxtest.Table{Grid: tb.Columns}
	for _, r := range rows {
		var row docxtest.Row
		for _, text := range r {
			c := docxtest.Cell{Paras: strings.Split(text, "\n")}
			if len(r) == 1 {
				c.Span = tb.Columns
			}
			row.Cells = append(row.Cells, c)
		}
		table.Rows = append(table.Rows, row)
	}
	d.Table(table)
	return d.Bytes()
}

// rowOf finds the row whose measure cell (column 3) starts with prefix.
func rowOf(t *testing.T, rows [][]string, prefix string) int {
	t.Helper()
	for i, r := range rows {
		if len(r) == 6 && strings.HasPrefix(r[2], prefix) {
			return i
		}
	}
	t.Fatalf("no row starts with %q", prefix)
	return -1
}

// svatoveAmendment rewords two measures of task ІІ.2 (the second of them
// renumbered too, as the one before it is dropped), drops one, adds one
// at the end of ІІ.2 and one at the end of ІІ.3, and changes the term of
// ІІ.2.1).
func svatoveAmendment(t *testing.T, rows [][]string) [][]string {
	rows[rowOf(t, rows, "1) забезпечення патронажного")][3] = "2019-2026 роки"
	rows[rowOf(t, rows, "3) функціонування консультаційного")][2] = "3) функціонування консультаційного пункту Сватівського  РЦСССДМ при жіночій консультації та в амбулаторіях громад"
	drop := rowOf(t, rows, "4) формування мультидисциплінарної")
	rows = append(rows[:drop], rows[drop+1:]...)
	r := rowOf(t, rows, "5) створення та розвиток")
	rows[r][2] = strings.Replace(rows[r][2], "5)", "4)", 1)
	r = rowOf(t, rows, "6) формування міждисциплінарних")
	rows[r][2] = "5) формування міждисциплінарних команд раннього втручання та реабілітації дітей з інвалідністю в кожній громаді"
	rows = insertRow(rows, r+1, []string{"", "", "6) створення служби підтримки сімей з дітьми з інвалідністю", "2021-2026 роки",
		"Сватівський районний центр соціальних служб для сімʼї, дітей та молоді", "Службу створено"})
	r = rowOf(t, rows, "2) забезпечення надання якісних послуг в діючих")
	return insertRow(rows, r+1, []string{"", "", "3) запровадження послуги денного догляду для дітей з інвалідністю", "2022 рік",
		"КНП «Сватівський центр первинної медико-санітарної допомоги»", "Послугу запроваджено"})
}

func insertRow(rows [][]string, at int, row []string) [][]string {
	return append(rows[:at], append([][]string{row}, rows[at:]...)...)
}

// amendSeed imports an edited seed as an amendment of the seed plan.
func amendSeed(t *testing.T, current *content.Plan, edit tableEdit, act string) (*Result, *Amended) {
	t.Helper()
	reg, _, err := ReadRegistry(registryPath)
	if err != nil {
		t.Fatal(err)
	}
	res, problems := Import(editedSeedDocx(t, "svatove-2019", edit), Options{File: "zminy.docx", ID: current.ID, Authority: current.Authority, Registry: reg})
	if res == nil || problems.HasErrors() {
		t.Fatalf("import: %v", problems)
	}
	am, problems := Amend(current, res, AmendOptions{Act: act})
	if len(problems) > 0 {
		t.Fatalf("amend: %v", problems)
	}
	return res, am
}

// changeRows writes the confirmation table's rows as
// "kind ref cite (was) flags".
func changeRows(am *Amended) []string {
	var out []string
	for _, c := range am.Changes {
		if c.Kind == Kept && !c.Renumbered && !c.Retermed && !c.ExecutorsChanged && !c.IndicatorsChanged {
			continue
		}
		s := fmt.Sprintf("%s %s %s", [...]string{"kept", "reworded", "added", "removed"}[c.Kind], c.Ref, c.Cite)
		if c.Was != "" && c.Was != c.Cite {
			s += " (was " + c.Was + ")"
		}
		if c.Kind == Reworded {
			s += fmt.Sprintf(" %.2f", c.Similarity)
		}
		for _, f := range []struct {
			on   bool
			name string
		}{{c.Renumbered, "renumbered"}, {c.Retermed, "retermed"}, {c.ExecutorsChanged, "executors"}, {c.IndicatorsChanged, "indicators"}} {
			if f.on {
				s += " " + f.name
			}
		}
		out = append(out, s)
	}
	return out
}

// TestAmendSeed amends the Svatove plan: ids of kept and reworded measures
// stay, the dropped one stays marked removed, the new ones get ids never
// used, and exactly the changes made are recorded.
func TestAmendSeed(t *testing.T) {
	seed, _ := importSeed(t, 0)
	current := seed.Plan
	res, am := amendSeed(t, current, svatoveAmendment, "розпорядження голови Сватівської районної державної адміністрації від 14.03.2022 № 58")
	want := []string{
		"kept ii/2-1 ІІ.2.1) retermed",
		"reworded ii/2-3 ІІ.2.3) 0.80",
		"removed ii/2-4 ІІ.2.4)",
		"kept ii/2-5 ІІ.2.4) (was ІІ.2.5)) renumbered",
		"reworded ii/2-6 ІІ.2.5) (was ІІ.2.6)) 0.82 renumbered",
		"added ii/2-7 ІІ.2.6)",
		"added ii/3-3 ІІ.3.3)",
	}
	if got := changeRows(am); !reflect.DeepEqual(got, want) {
		t.Errorf("changes\n got %q\nwant %q", got, want)
	}
	if am.Count(Kept) != 51-3 || len(am.Containers) != 0 {
		t.Errorf("%d kept, containers %+v", am.Count(Kept), am.Containers)
	}
	d, _ := content.ParseDate("2022-03-14")
	wantRec := content.Amendment{ID: "1", Act: "розпорядження голови Сватівської районної державної адміністрації від 14.03.2022 № 58", Date: &d, Source: "zminy.docx"}
	p := res.Plan
	if !reflect.DeepEqual(p.Amendments, []content.Amendment{wantRec}) {
		t.Errorf("amendments %+v", p.Amendments)
	}
	if p.Title != current.Title || p.Authority != current.Authority || p.Approval != current.Approval {
		t.Errorf("the plan's heading changed")
	}

	// Exactly these traces in the plan: every other measure as it was.
	var traces []string
	forEach(p, func(s *content.Section, _ string, m *content.Measure) {
		if m.AddedBy != "" || m.RemovedBy != "" || len(m.Revisions) > 0 {
			traces = append(traces, fmt.Sprintf("%s/%s added %q removed %q %s", s.ID, m.ID, m.AddedBy, m.RemovedBy, revisionFields(m.Revisions)))
		}
	})
	wantTraces := []string{
		`ii/2-1 added "" removed "" 1:term=2019-2026 роки              постійно`,
		`ii/2-3 added "" removed "" 1:text=функціонування консультаційного пункту Сватівського  РЦСССДМ при жіночій консультації`,
		`ii/2-4 added "" removed "1" `,
		`ii/2-5 added "" removed "" 1:number=5)`,
		`ii/2-6 added "" removed "" 1:number=6),text=формування міждисциплінарних команд раннього втручання  реабілітації дітей з інвалідністю`,
		`ii/2-7 added "1" removed "" `,
		`ii/3-3 added "1" removed "" `,
	}
	if !reflect.DeepEqual(traces, wantTraces) {
		t.Errorf("traces\n got %q\nwant %q", traces, wantTraces)
	}
	var ids []string
	for _, m := range p.Sections[1].Tasks[1].Measures {
		ids = append(ids, m.ID+" "+m.Number)
	}
	if want := []string{"2-1 1)", "2-2 2)", "2-3 3)", "2-4 4)", "2-5 4)", "2-6 5)", "2-7 6)"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ІІ.2 holds %q, want %q (the removed measure where it stood)", ids, want)
	}

	// The history of wording, oldest first.
	m := p.Sections[1].Tasks[1].Measures[5]
	var versions []string
	for _, v := range m.Versions() {
		versions = append(versions, fmt.Sprintf("%q %s %s", v.Since, v.Number, v.Text))
	}
	if want := []string{
		`"" 6) формування міждисциплінарних команд раннього втручання  реабілітації дітей з інвалідністю`,
		`"1" 5) формування міждисциплінарних команд раннього втручання та реабілітації дітей з інвалідністю в кожній громаді`,
	}; !reflect.DeepEqual(versions, want) {
		t.Errorf("versions\n got %q\nwant %q", versions, want)
	}
	if v := p.Sections[1].Tasks[1].Measures[6].Versions(); len(v) != 1 || v[0].Since != "1" {
		t.Errorf("an added measure's versions: %+v", v)
	}

	// plan.toml reads back as the same plan, and says what happened.
	out := Encode(p, "zminy.docx")
	var back content.Plan
	md, err := toml.Decode(string(out), &back)
	if err != nil || len(md.Undecoded()) > 0 {
		t.Fatalf("plan.toml does not decode: %v %v", err, md.Undecoded())
	}
	if !reflect.DeepEqual(&back, p) {
		t.Errorf("the amended plan changed on the way through TOML")
	}
	for _, want := range []string{
		"\n[[amendment]]\nid = \"1\"\nact = \"розпорядження голови Сватівської районної державної адміністрації від 14.03.2022 № 58\"\ndate = 2022-03-14\nsource = \"zminy.docx\"\n",
		"# ІІ.2.4) — вилучено зміною 1 (removed by amendment 1)\n[[section.task.measure]]\nid = \"2-4\"\n",
		"indicators = [\"Створення мультидисциплінарної команди\"]\nremoved_by = \"1\"\n",
		"# ІІ.2.6) — додано зміною 1 (added by amendment 1)\n[[section.task.measure]]\nid = \"2-7\"\n",
		"\n# Редакція до зміни 1 (as it read before amendment 1)\n[[section.task.measure.previous]]\namendment = \"1\"\nnumber = \"6)\"\ntext = \"формування міждисциплінарних команд раннього втручання  реабілітації дітей з інвалідністю\"\n",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("plan.toml lacks\n%s", want)
		}
	}
}

// revisionFields writes revisions as "amendment:field=value,…".
func revisionFields(revs []content.Revision) string {
	var out []string
	for _, r := range revs {
		var fs []string
		for _, f := range []struct {
			name string
			v    *string
		}{{"number", r.Number}, {"title", r.Title}, {"text", r.Text}, {"term", r.Term}, {"executors_text", r.ExecutorsText}, {"costs", r.Costs}} {
			if f.v != nil {
				fs = append(fs, f.name+"="+*f.v)
			}
		}
		if r.Executors != nil {
			fs = append(fs, "executors="+strings.Join(r.Executors, " "))
		}
		if r.Indicators != nil {
			fs = append(fs, "indicators="+strings.Join(r.Indicators, " | "))
		}
		out = append(out, r.Amendment+":"+strings.Join(fs, ","))
	}
	return strings.Join(out, " ")
}

// TestAmendTwice amends an amended plan: the earlier history stays, a
// measure added by the first amendment and dropped by the second keeps
// its id, and a new measure gets an id neither used.
func TestAmendTwice(t *testing.T) {
	seed, _ := importSeed(t, 0)
	res1, _ := amendSeed(t, seed.Plan, svatoveAmendment, "рішення від 14.03.2022 № 58")
	second := func(t *testing.T, rows [][]string) [][]string {
		rows = svatoveAmendment(t, rows)
		r := rowOf(t, rows, "6) створення служби підтримки")
		rows[r][2] = "6) надання послуги тимчасового відпочинку для батьків дітей з інвалідністю"
		return rows
	}
	res2, am := amendSeed(t, res1.Plan, second, "рішення від 01.02.2023 № 9")
	if got, want := changeRows(am), []string{"removed ii/2-7 ІІ.2.6)", "added ii/2-8 ІІ.2.6)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
	p := res2.Plan
	if len(p.Amendments) != 2 || p.Amendments[1].ID != "2" || p.Amendments[1].Date.String() != "2023-02-01" {
		t.Errorf("amendments %+v", p.Amendments)
	}
	var ids []string
	for _, m := range p.Sections[1].Tasks[1].Measures {
		ids = append(ids, fmt.Sprintf("%s %q/%q %d", m.ID, m.AddedBy, m.RemovedBy, len(m.Revisions)))
	}
	want := []string{`2-1 ""/"" 1`, `2-2 ""/"" 0`, `2-3 ""/"" 1`, `2-4 ""/"1" 0`, `2-5 ""/"" 1`, `2-6 ""/"" 1`, `2-7 "1"/"2" 0`, `2-8 "2"/"" 0`}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ІІ.2\n got %q\nwant %q", ids, want)
	}
}

// TestAmendStructure adds a section and drops a task: the new section's
// parts are added, the dropped task stays with its measures, removed.
func TestAmendStructure(t *testing.T) {
	seed, _ := importSeed(t, 0)
	edit := func(t *testing.T, rows [][]string) [][]string {
		// Drop task ІІ.3 (two rows), add section VII with one measure.
		r := rowOf(t, rows, "1)  визначення потреби в наданні реабілітаційних")
		rows = append(rows[:r], rows[r+2:]...)
		return append(rows, []string{"VII. Цифровізація"}, []string{"1", "Створення реєстру", "1) створення електронного реєстру послуг", "2023 рік", "Служба у справах дітей", "Реєстр створено"})
	}
	res, am := amendSeed(t, seed.Plan, edit, "рішення від 14.03.2022 № 58")
	var containers []string
	for _, c := range am.Containers {
		containers = append(containers, fmt.Sprintf("%d %s %s", c.Kind, c.Ref, c.Cite))
	}
	if want := []string{"3 ii/3 ІІ.3", "2 vii VII", "2 vii/1 VII.1"}; !reflect.DeepEqual(containers, want) {
		t.Errorf("containers %q, want %q", containers, want)
	}
	ii := res.Plan.Sections[1]
	var tasks []string
	for _, tk := range ii.Tasks {
		tasks = append(tasks, fmt.Sprintf("%s %q %d", tk.ID, tk.RemovedBy, len(tk.Measures)))
	}
	if want := []string{`1 "" 3`, `2 "" 6`, `3 "1" 2`, `4 "" 14`}; !reflect.DeepEqual(tasks, want) {
		t.Errorf("ІІ tasks %q", tasks)
	}
	vii := res.Plan.Sections[len(res.Plan.Sections)-1]
	if vii.ID != "vii" || vii.AddedBy != "1" || vii.Tasks[0].AddedBy != "1" || vii.Tasks[0].Measures[0].AddedBy != "1" {
		t.Errorf("section VII %+v", vii)
	}
}

// TestAmendNothing refuses an "amendment" that changes nothing.
func TestAmendNothing(t *testing.T) {
	seed, _ := importSeed(t, 0)
	reg, _, _ := ReadRegistry(registryPath)
	res, _ := Import(seedDocx(t, "svatove-2019"), Options{File: "same.docx", ID: "svatove-2019", Authority: seed.Plan.Authority, Registry: reg})
	_, problems := Amend(seed.Plan, res, AmendOptions{Act: "рішення без дати"})
	var codes []string
	for _, p := range problems {
		codes = append(codes, p.Code)
	}
	if want := []string{"import-amend-no-date", "import-amend-nothing"}; !reflect.DeepEqual(codes, want) || !problems.HasErrors() {
		t.Errorf("problems %v", problems)
	}
}

func TestSimilarity(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"проведення засідань робочої групи", "проведення засідань робочої групи щокварталу", 8.0 / 9},
		{"Сім'ї з дітьми", "сімʼї  з дітьми.", 1},
		{"", "", 1},
		{"створення реєстру", "навчання фахівців", 0},
	}
	for _, c := range cases {
		if got := similarity(textWords(c.a), textWords(c.b)); got != c.want {
			t.Errorf("similarity(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
