package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// seeds are the two real plans with the flags their committed plan.toml
// was imported with:
//
//	plansite import --id <id> --authority "…" content/plans/<id>/source.txt
var seeds = []struct {
	file, id, authority string
	sections, measures  int
	// warnings are the expected problems as "code line".
	warnings []string
}{
	{
		file: "content/plans/svatove-2019/source.txt", id: "svatove-2019",
		authority: "Сватівська районна державна адміністрація",
		sections:  6, measures: 51,
		warnings: []string{"import-empty-term 280"}, // III.1.6 has no term in the adopted plan
	},
	{
		file: "content/plans/dubno-2021/source.txt", id: "dubno-2021",
		authority: "Виконавчий комітет Дубенської міської ради",
		sections:  4, measures: 38,
	},
}

const (
	registryPath = "../../../content/executors.toml"
)

// importSeed imports a seed plan as the command would.
func importSeed(t *testing.T, i int) (*Result, []string) {
	t.Helper()
	s := seeds[i]
	src := fixture.ReadSeed(t, s.id)
	reg, _, err := ReadRegistry(registryPath)
	if err != nil {
		t.Fatal(err)
	}
	res, problems := Import(src, Options{File: s.file, ID: s.id, Authority: s.authority, Registry: reg})
	if res == nil {
		t.Fatalf("nothing imported: %v", problems)
	}
	var got []string
	for _, p := range problems {
		got = append(got, fmt.Sprintf("%s %d", p.Code, p.Pos.Line))
	}
	return res, got
}

// TestSeeds re-imports both real plans and compares the result with the
// committed plan.toml byte for byte: those files are the importer's output,
// and any change to the importer that changes them must be deliberate.
func TestSeeds(t *testing.T) {
	for i, s := range seeds {
		t.Run(s.id, func(t *testing.T) {
			res, warnings := importSeed(t, i)
			if !reflect.DeepEqual(warnings, s.warnings) {
				t.Errorf("problems %q, want %q", warnings, s.warnings)
			}
			if res.Plan.ID != s.id || len(res.Plan.Sections) != s.sections || res.Measures() != s.measures {
				t.Errorf("plan %s: %d sections, %d measures; want %s, %d, %d",
					res.Plan.ID, len(res.Plan.Sections), res.Measures(), s.id, s.sections, s.measures)
			}
			if len(res.NewExecutors) > 0 {
				t.Errorf("the registry should know every body, but %d are new, first %q", len(res.NewExecutors), res.NewExecutors[0].Name)
			}
			want, err := os.ReadFile(filepath.Join(fixture.Root(), "content/plans", s.id, "plan.toml"))
			if err != nil {
				t.Fatal(err)
			}
			if got := Encode(res.Plan, s.file); string(got) != string(want) {
				t.Errorf("the import differs from the committed plan.toml at %s\n"+
					"if the change is intended, re-import: go run ./cmd/plansite import --force --id %s --authority %q %s",
					firstDiff(string(got), string(want)), s.id, s.authority, s.file)
			}
		})
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("the end: %d lines, want %d", len(al), len(bl))
}

// TestSeedStructure checks what the brief for the seeds spells out, so
// that the committed files cannot drift into something plausible but
// wrong.
func TestSeedStructure(t *testing.T) {
	sv, _ := importSeed(t, 0)
	du, _ := importSeed(t, 1)
	p := sv.Plan
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", what, got, want)
		}
	}
	check("svatove title", p.Title, "ПЛАН розвитку системи соціальних послуг для підтримки дітей і сімей у Сватівському районі Луганської області на 2019 – 2026 роки")
	check("svatove period", p.Period, content.Period{Start: 2019, End: 2026, Text: "на 2019 – 2026 роки"})
	check("svatove approval date", p.Approval.Date.String(), "2019-06-27")
	check("svatove approval number", p.Approval.Number, "309")
	check("svatove act", p.Approval.Act, "Розпорядження голови райдержадміністрації")
	check("svatove signatory", p.Signatory, "Головний спеціаліст-юрисконсульт,\nв.о. начальника служби у справах дітей\nСватівської райдержадміністрації")
	var ids, numbers []string
	var numerals []int
	for _, s := range p.Sections {
		ids, numbers, numerals = append(ids, s.ID), append(numbers, s.Number), append(numerals, s.Numeral)
	}
	check("svatove section ids", ids, []string{"i", "ii", "iii", "iv", "v", "vi"})
	check("svatove section numbers", numbers, []string{"І", "ІІ", "ІІІ", "ІУ", "У", "УІ"})
	check("svatove numerals", numerals, []int{1, 2, 3, 4, 5, 6})
	iv := p.Sections[3].Tasks[0]
	check("unnumbered task", [2]string{iv.ID, iv.Number}, [2]string{"1", ""})
	iii := p.Sections[2].Tasks[0]
	check("task 1.", [2]string{iii.ID, iii.Number}, [2]string{"1", "1."})
	m := p.Sections[1].Tasks[1].Measures[2] // ІІ.2.3)
	check("ІІ.2.3) id", [2]string{m.ID, m.Number}, [2]string{"2-3", "3)"})
	check("ІІ.1.1) term", p.Sections[1].Tasks[0].Measures[0].Term, "2019-2026 роки")
	check("ІІ.3.1) term", p.Sections[1].Tasks[2].Measures[0].Term, "ІІ-ІІІ кв. 2019 року")
	check("ІУ.2) term", p.Sections[3].Tasks[0].Measures[1].Term, "2019-2026 Роки")
	check("УІ.1.2) term", p.Sections[5].Tasks[0].Measures[1].Term, "щороку (до 10 січня)")
	check("ІІІ.1.6) term", p.Sections[2].Tasks[0].Measures[5].Term, "")
	check("svatove costs", p.Sections[0].Tasks[0].Measures[0].Costs, (*string)(nil))
	check("РЦСССДМ spellings", p.Sections[2].Tasks[0].Measures[1].Executors, []string{"svatove-ssd", "svatove-rcsssdm", "svatove-oms"})
	check("УІ.1.1) executors", p.Sections[5].Tasks[0].Measures[0].Executors,
		[]string{"svatove-ssd", "svatove-rcsssdm", "svatove-osvita", "svatove-uszn", "svatove-sozms"})

	d := du.Plan
	check("dubno title", d.Title, "СТРАТЕГІЧНИЙ ПЛАН ДІЙ З РЕФОРМУВАННЯ СИСТЕМИ ІНСТИТУЦІЙНОГО  ДОГЛЯДУ І ВИХОВАННЯ ДІТЕЙ в м.Дубно на 2021 - 2026 роки")
	check("dubno period", d.Period, content.Period{Start: 2021, End: 2026, Text: "в м.Дубно на 2021 - 2026 роки"})
	check("dubno approval", [4]any{d.Approval.Date, d.Approval.DateText, d.Approval.Number, d.Approval.Act},
		[4]any{(*content.Date)(nil), "___ квітня 2021 року", "", "рішення винавчого комітету"})
	check("dubno columns", d.Columns, []string{"№", "Дії", "Термін виконання", "Відповідальні виконавці", "Фінансові витрати", "Показники виконання"})
	check("dubno main goal prefix", strings.HasPrefix(d.MainGoal, "Основна мета плану: послідовне"), true)
	check("dubno signatory", d.Signatory, "Міський голова Василь АНТОНЮК")
	i := d.Sections[0]
	check("dubno goals label", i.GoalsLabel, "Специфічні цілі:")
	check("dubno goals", len(i.Goals), 3)
	check("dubno I.1", [2]string{i.Measures[0].ID, i.Measures[0].Number}, [2]string{"1", "1."})
	check("dubno costs", *i.Measures[0].Costs, "")
	check("dubno IV id", d.Sections[3].ID, "iv")
	var groups []string
	for _, g := range d.Sections[1].Groups {
		groups = append(groups, g.ID+" "+g.Title+" "+g.Measures[0].ID)
	}
	check("dubno groups", groups, []string{"osvitni Освітні послуги osvitni-1", "medychni Медичні послуги medychni-1", "sotsialni Соціальні послуги sotsialni-1"})
	check("dubno indicators", d.Sections[1].Groups[2].Measures[0].Indicators, []string{"Оцінка проведена", "Потреби виявлені"})
	check("dubno committee", d.Sections[0].Measures[1].Executors, []string{"dubno-kk"})
	check("dubno МЦ СС", d.Sections[0].Measures[0].Executors, []string{"dubno-ssd", "dubno-osvita", "dubno-upszn", "dubno-mcss", "dubno-oz"})
}

// leadingNumber is a cell's own numbering, which the plan keeps in number
// fields apart from the text: "ІІ. ", "3) ", "1. ".
var leadingNumber = regexp.MustCompile(`^([IVXLІУХ]+\.|\d+[.)]?)\s*`)

// TestEveryCellImported checks that the text of every cell of the source,
// white space normalised, is in the imported plan: nothing the document
// says is lost on the way.
func TestEveryCellImported(t *testing.T) {
	for i, s := range seeds {
		t.Run(s.id, func(t *testing.T) {
			res, _ := importSeed(t, i)
			corpus := normalise(strings.Join(planTexts(res.Plan), " "))
			for _, c := range res.Table.Cells() {
				text := normalise(leadingNumber.ReplaceAllString(c.Text, ""))
				if !strings.Contains(corpus, text) {
					t.Errorf("%s:%d: cell %q is not in the plan", s.file, c.Line(), text)
				}
			}
		})
	}
}

func normalise(s string) string { return strings.Join(strings.Fields(s), " ") }

// planTexts returns every text of a plan in document order.
func planTexts(p *content.Plan) []string {
	out := append([]string{p.Title, p.MainGoal, p.Signatory}, p.Columns...)
	measure := func(m content.Measure) {
		out = append(out, m.Number, m.Text, m.Term, m.ExecutorsText)
		if m.Costs != nil {
			out = append(out, *m.Costs)
		}
		out = append(out, m.Indicators...)
	}
	for _, s := range p.Sections {
		out = append(out, s.Number, s.Title, s.GoalsLabel)
		out = append(out, s.Goals...)
		for _, t := range s.Tasks {
			out = append(out, t.Number, t.Title)
			for _, m := range t.Measures {
				measure(m)
			}
		}
		for _, g := range s.Groups {
			out = append(out, g.Title)
			for _, m := range g.Measures {
				measure(m)
			}
		}
		for _, m := range s.Measures {
			measure(m)
		}
	}
	return out
}

// TestEncodeDecodes checks that plan.toml decodes back into the same plan
// with no key the model does not know.
func TestEncodeDecodes(t *testing.T) {
	for i, s := range seeds {
		t.Run(s.id, func(t *testing.T) {
			res, _ := importSeed(t, i)
			var back content.Plan
			md, err := toml.Decode(string(Encode(res.Plan, s.file)), &back)
			if err != nil {
				t.Fatal(err)
			}
			if u := md.Undecoded(); len(u) > 0 {
				t.Errorf("undecoded keys: %v", u)
			}
			if !reflect.DeepEqual(&back, res.Plan) {
				t.Errorf("the plan changed on the way through TOML")
			}
		})
	}
}
