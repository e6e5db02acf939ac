package importer

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
)

// TestThirdPlans imports a plan of each seed layout from another community,
// with other header wording, Latin numerals, and bodies the registry does
// not know: the layouts are recognised by their headers and structure, not
// by the community.
func TestThirdPlans(t *testing.T) {
	reg, _, err := ReadRegistry(registryPath)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file string
		// outline lists "section/task-or-group/measure id: number | text | term | executor ids".
		outline   []string
		approval  string // date number act
		period    content.Period
		mainGoal  string
		goals     map[string][]string
		costs     bool
		newBodies []string // "id name"
		signatory string
		warnings  []string
		// authority is read from the heading, and from the phrase.
		authority, from string
	}{
		{
			file: "kupiansk-2020.txt",
			outline: []string{
				"i/1/1-1: 1) | утворення міжвідомчої робочої групи | І квартал 2020 року | kupiansk-sluzhba-spravakh-ditei kupiansk-kupianskyi-raionnyi-tsentr",
				"i/1/1-2: 2) | проведення засідань робочої групи | щокварталу | kupiansk-sluzhba-spravakh-ditei",
				"ii/1/1-1: 1) | оцінка потреб громад у соціальних послугах | 2020 рік | kupiansk-upravlinnia-sotsialnoho-zakhystu kupiansk-orhany-mistsevoho-samovriaduvannia",
				"ii/1/1-2: 2) | запровадження послуги патронату | 2020-2027 роки | kupiansk-kupianskyi-raionnyi-tsentr",
			},
			approval: "2020-02-14 58 розпорядженням голови Куп'янської районної державної адміністрації",
			period:   content.Period{Start: 2020, End: 2027, Text: "на 2020-2027 роки"},
			newBodies: []string{
				"kupiansk-sluzhba-spravakh-ditei Служба у справах дітей",
				"kupiansk-kupianskyi-raionnyi-tsentr Куп’янський районний центр соціальних служб для сім’ї, дітей та молоді",
				"kupiansk-upravlinnia-sotsialnoho-zakhystu Управління соціального захисту населення райдержадміністрації",
				"kupiansk-orhany-mistsevoho-samovriaduvannia Органи місцевого самоврядування",
			},
			signatory: "Начальник служби у справах дітей І. ПЕТРЕНКО",
			authority: "Куп'янська районна державна адміністрація",
			from:      "Куп'янської районної державної адміністрації",
		},
		{
			file: "ostroh-2022.txt",
			outline: []string{
				"i/sotsialni/sotsialni-1: 1 | Запровадження послуги раннього втручання | 2022 - 2025 роки | ostroh-ostrozkyi-miskyi-tsentr ostroh-hromadski-orhanizatsii",
				"i/sotsialni/sotsialni-2: 2 | Навчання фахівців | щороку | ostroh-ostrozkyi-miskyi-tsentr",
				"i/osvitni/osvitni-1: 1 | Створення інклюзивних класів | 2022 рік | ostroh-upravlinnia-osvity-ostrozkoi",
				"ii//1: 1. | Щорічний звіт про виконання плану | щороку (до 1 лютого) | ostroh-sluzhba-spravakh-ditei",
			},
			approval: "2022-03-12 45 рішення виконавчого комітету Острозької міської ради",
			period:   content.Period{Start: 2022, End: 2025, Text: "в м. Острог на 2022 – 2025 роки"},
			mainGoal: "Мета плану: забезпечити кожній дитині зростання в сімʼї",
			goals:    map[string][]string{"i": {"Цілі:", "розвиток послуг у громаді;", "підтримка сімей."}},
			costs:    true,
			newBodies: []string{
				"ostroh-ostrozkyi-miskyi-tsentr Острозький міський центр соціальних служб",
				"ostroh-hromadski-orhanizatsii Громадські організації",
				"ostroh-upravlinnia-osvity-ostrozkoi Управління освіти Острозької міської ради",
				"ostroh-sluzhba-spravakh-ditei Служба у справах дітей",
			},
			authority: "Виконавчий комітет Острозької міської ради",
			from:      "виконавчого комітету Острозької міської ради",
		},
		{
			// The body is named over three lines; an executors cell holds
			// a name with commas and a body after its council.
			file: "zdolbuniv-2021.txt",
			outline: []string{
				"i//1: 1. | Створення координаційного комітету з питань охорони дитинства | 2021 рік | zdolbuniv-sluzhba-spravakh-ditei zdolbuniv-viddil-osvity-molodi zdolbuniv-starosty-starostynskykh-okruhiv",
				"i//2: 2. | Проведення засідань координаційного комітету | щопівроку | zdolbuniv-holova-komitetu",
				"ii/osvitni/osvitni-1: 1. | Створення інклюзивно-ресурсного центру | 2022 рік | zdolbuniv-viddil-osvity-molodi",
				"ii/sotsialni/sotsialni-1: 1. | Запровадження послуги патронату над дитиною | 2021 – 2025 роки | zdolbuniv-zdolbunivskyi-miskyi-tsentr",
				"ii/sotsialni/sotsialni-2: 2. | Навчання прийомних батьків і батьків-вихователів | щороку | zdolbuniv-zdolbunivskyi-miskyi-tsentr zdolbuniv-hromadski-orhanizatsii",
			},
			approval: "2021-04-15 112 рішення виконавчого комітету Здолбунівської міської ради",
			period:   content.Period{Start: 2021, End: 2025, Text: "в м. Здолбунів на 2021 – 2025 роки"},
			mainGoal: "Основна мета плану: забезпечення права кожної дитини на виховання в сімейному середовищі.",
			goals:    map[string][]string{"i": {"Специфічні цілі:", "створення міжвідомчої взаємодії;", "залучення громадськості."}},
			costs:    true,
			newBodies: []string{
				"zdolbuniv-sluzhba-spravakh-ditei Служба у справах дітей Здолбунівської міської ради",
				"zdolbuniv-viddil-osvity-molodi Відділ освіти, молоді та спорту Здолбунівської міської ради",
				"zdolbuniv-starosty-starostynskykh-okruhiv Старости старостинських округів",
				"zdolbuniv-holova-komitetu Голова комітету",
				"zdolbuniv-zdolbunivskyi-miskyi-tsentr Здолбунівський міський центр соціальних служб",
				"zdolbuniv-hromadski-orhanizatsii Громадські організації",
			},
			signatory: "Міський голова Владислав СУХЛЯК",
			authority: "Виконавчий комітет Здолбунівської міської ради",
			from:      "виконавчого комітету Здолбунівської міської ради",
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			src, err := os.ReadFile("testdata/third/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			res, problems := Import(src, Options{File: c.file, Registry: reg})
			if res == nil {
				t.Fatalf("nothing imported: %v", problems)
			}
			var warnings []string
			for _, p := range problems {
				warnings = append(warnings, fmt.Sprintf("%s %d", p.Code, p.Pos.Line))
			}
			if !reflect.DeepEqual(warnings, c.warnings) {
				t.Errorf("problems %q, want %q", warnings, c.warnings)
			}
			p := res.Plan
			if p.Authority != c.authority || res.AuthorityFrom != c.from {
				t.Errorf("authority %q from %q, want %q from %q", p.Authority, res.AuthorityFrom, c.authority, c.from)
			}
			var outline []string
			forEach(p, func(s *content.Section, parent string, m *content.Measure) {
				outline = append(outline, fmt.Sprintf("%s/%s/%s: %s | %s | %s | %s", s.ID, parent, m.ID, m.Number, m.Text, m.Term, strings.Join(m.Executors, " ")))
				if (m.Costs != nil) != c.costs {
					t.Errorf("%s/%s: costs %v, want a costs field: %v", s.ID, m.ID, m.Costs, c.costs)
				}
			})
			if !reflect.DeepEqual(outline, c.outline) {
				t.Errorf("outline\n got %q\nwant %q", outline, c.outline)
			}
			a := p.Approval
			if got := fmt.Sprintf("%v %s %s", a.Date, a.Number, a.Act); got != c.approval {
				t.Errorf("approval %q, want %q", got, c.approval)
			}
			if p.Period != c.period || p.MainGoal != c.mainGoal || p.Signatory != c.signatory {
				t.Errorf("period %v main goal %q signatory %q", p.Period, p.MainGoal, p.Signatory)
			}
			for _, s := range p.Sections {
				if want := c.goals[s.ID]; want != nil && !reflect.DeepEqual(append([]string{s.GoalsLabel}, s.Goals...), want) {
					t.Errorf("section %s goals %q %q, want %q", s.ID, s.GoalsLabel, s.Goals, want)
				}
			}
			var bodies []string
			for _, e := range res.NewExecutors {
				bodies = append(bodies, e.ID+" "+e.Name)
				if !reflect.DeepEqual(e.Plans, []string{p.ID}) {
					t.Errorf("new body %s is scoped to %v", e.ID, e.Plans)
				}
			}
			if !reflect.DeepEqual(bodies, c.newBodies) {
				t.Errorf("new bodies\n got %q\nwant %q", bodies, c.newBodies)
			}
			var back content.Plan
			if md, err := toml.Decode(string(Encode(p, c.file)), &back); err != nil || len(md.Undecoded()) > 0 || !reflect.DeepEqual(&back, p) {
				t.Errorf("plan.toml does not decode back: %v", err)
			}
			var reg2 content.Registry
			if _, err := toml.Decode(string(AppendExecutors(nil, res.NewExecutors, p.ID, c.file)), &reg2); err != nil || !reflect.DeepEqual(reg2.Executors, res.NewExecutors) {
				t.Errorf("new registry entries do not decode back: %v", err)
			}
		})
	}
}

// forEach calls fn for every measure with the id of its task or group.
func forEach(p *content.Plan, fn func(s *content.Section, parent string, m *content.Measure)) {
	for i := range p.Sections {
		s := &p.Sections[i]
		for _, t := range s.Tasks {
			for j := range t.Measures {
				fn(s, t.ID, &t.Measures[j])
			}
		}
		for _, g := range s.Groups {
			for j := range g.Measures {
				fn(s, g.ID, &g.Measures[j])
			}
		}
		for j := range s.Measures {
			fn(s, "", &s.Measures[j])
		}
	}
}
