package importer

import (
	"reflect"
	"testing"

	"github.com/plansite/plansite/generator/content"
)

func TestResolveExecutors(t *testing.T) {
	registry := func() *content.Registry {
		return &content.Registry{Executors: []content.Executor{
			{ID: "a-ssd", Name: "Служба у справах дітей", Plans: []string{"a-2020"}},
			{ID: "b-ssd", Name: "Служба у справах дітей", Plans: []string{"b-2021"}},
			{ID: "a-c", Name: "Районний центр соціальних служб для сімʼї, дітей та молоді", Short: "РЦСССДМ", Plans: []string{"a-2020"}},
			{ID: "a-osv", Name: "Відділ освіти райдержадміністрації", Aliases: []string{"відділ освіти"}, Plans: []string{"a-2020"}},
			{ID: "a-oms", Name: "Органи місцевого самоврядування", Plans: []string{"a-2020"}},
			{ID: "any", Name: "Обласна державна адміністрація"},
		}}
	}
	cases := []struct {
		name, plan, text string
		ids              []string
		added            []string // names of new bodies
	}{
		{"a known name", "a-2020", "Служба у справах дітей", []string{"a-ssd"}, nil},
		{"scope picks the plan's body", "b-2021", "служба у справах дітей", []string{"b-ssd"}, nil},
		{"a name without scope applies everywhere", "b-2021", "Обласна державна адміністрація", []string{"any"}, nil},
		{"a comma inside a known name", "a-2020", "РЦСССДМ, районний центр соціальних служб для сім’ї, дітей та молоді", []string{"a-c"}, nil},
		{"apostrophes and case fold", "a-2020", "РАЙОННИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ДЛЯ СІМ'Ї, ДІТЕЙ ТА МОЛОДІ", []string{"a-c"}, nil},
		{"the longest name wins", "a-2020", "Відділ освіти райдержадміністрації, відділ освіти", []string{"a-osv"}, nil},
		{"a qualifier is no body", "a-2020", "органи місцевого самоврядування (за згодою),", []string{"a-oms"}, nil},
		{"a list split at line breaks and semicolons", "a-2020", "відділ освіти;\nСлужба у справах дітей", []string{"a-osv", "a-ssd"}, nil},
		{"a conjunction joins two bodies", "a-2020", "Служба у справах дітей та відділ освіти", []string{"a-ssd", "a-osv"}, nil},
		{"a known name followed by more words is another body", "a-2020", "Відділ освіти молоді та спорту", []string{"a-viddil-osvity-molodi"}, []string{"Відділ освіти молоді та спорту"}},
		{"an unknown body", "a-2020", "Управління соціального захисту населення, органи місцевого самоврядування",
			[]string{"a-upravlinnia-sotsialnoho-zakhystu", "a-oms"}, []string{"Управління соціального захисту населення"}},
		{"a comma before a lower-case word that starts no body stays in the name", "b-2021", "Міський центр соціальних служб для сімʼї, дітей та молоді",
			[]string{"b-miskyi-tsentr-sotsialnykh"}, []string{"Міський центр соціальних служб для сімʼї, дітей та молоді"}},
		{"a known name with more after a comma becomes a new body", "a-2020", "Відділ освіти, молоді та спорту",
			[]string{"a-viddil-osvity-molodi"}, []string{"Відділ освіти, молоді та спорту"}},
		{"body heads start bodies after commas", "b-2021", "Служба у справах дітей, управління освіти, сектор охорони здоровʼя, молоді та спорту",
			[]string{"b-ssd", "b-upravlinnia-osvity", "b-sektor-okhorony-zdorovia"}, []string{"Управління освіти", "Сектор охорони здоровʼя, молоді та спорту"}},
		{"a new body is named once", "b-2021", "громадські організації (за згодою), Громадські організації", []string{"b-hromadski-orhanizatsii"}, []string{"Громадські організації"}},
		{"an empty cell", "a-2020", "", []string{}, nil},
		{"punctuation only", "a-2020", " , ; ", []string{}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newMatcher(registry(), c.plan)
			if got, _ := m.resolve(c.text); !reflect.DeepEqual(got, c.ids) {
				t.Errorf("resolve(%q) = %q, want %q", c.text, got, c.ids)
			}
			var added []string
			for _, e := range m.added {
				added = append(added, e.Name)
			}
			if !reflect.DeepEqual(added, c.added) {
				t.Errorf("added %q, want %q", added, c.added)
			}
		})
	}
}

func TestNewIDsAreUnique(t *testing.T) {
	reg := &content.Registry{Executors: []content.Executor{{ID: "a-sluzhba-spravakh-ditei", Name: "X", Plans: []string{"other"}}}}
	m := newMatcher(reg, "a-2020")
	got, _ := m.resolve("Служба у справах дітей, служба у справах дітей району")
	want := []string{"a-sluzhba-spravakh-ditei-2", "a-sluzhba-spravakh-ditei-3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
}

func TestCommunity(t *testing.T) {
	for in, want := range map[string]string{"svatove-2019": "svatove", "kamianets-podilskyi-2020-2025": "kamianets-podilskyi", "2020": "2020", "ostroh": "ostroh"} {
		if got := community(in); got != want {
			t.Errorf("community(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestResolveTricky splits cells where commas stand both inside body
// names and between them, and checks what is reported for staff to
// confirm.
func TestResolveTricky(t *testing.T) {
	reg := &content.Registry{Executors: []content.Executor{
		{ID: "d-ssd", Name: "Служба у справах дітей Дубенської міської ради", Aliases: []string{"Служба у справах дітей"}, Plans: []string{"d"}},
		{ID: "d-mcss", Name: "Дубенський міський центр соціальних служб для сімʼї, дітей та молоді", Plans: []string{"d"}},
		{ID: "d-osvita", Name: "Управління освіти Дубенської міської ради", Aliases: []string{"Управління освіти"}, Plans: []string{"d"}},
	}}
	cases := []struct {
		name, text string
		parts      []string // "text → id (new)"
	}{
		{"a name with commas, then a body after its council",
			"Відділ освіти, молоді та спорту Дубенської міської ради, старости старостинських округів",
			[]string{"Відділ освіти, молоді та спорту Дубенської міської ради → d-viddil-osvity-molodi new", "старости старостинських округів → d-starosty-starostynskykh-okruhiv new"}},
		{"a lower-case body after a council needs no head word",
			"Відділ культури і туризму Дубенської міської ради, заклади культури",
			[]string{"Відділ культури і туризму Дубенської міської ради → d-viddil-kultury-turyzmu new", "заклади культури → d-zaklady-kultury new"}},
		{"a known name with commas inside is one body",
			"Служба у справах дітей, Дубенський міський центр соціальних служб для сім'ї, дітей та молоді",
			[]string{"Служба у справах дітей → d-ssd", "Дубенський міський центр соціальних служб для сім'ї, дітей та молоді → d-mcss"}},
		{"names in quotes end at the quote",
			"КНП «Дубенська центральна районна лікарня», КНП «Центр первинної медико-санітарної допомоги, сімейної медицини»",
			[]string{"КНП «Дубенська центральна районна лікарня» → d-knp-dubenska-tsentralna new", "КНП «Центр первинної медико-санітарної допомоги, сімейної медицини» → d-knp-tsentr-pervynnoi new"}},
		{"a qualifier ends a name",
			"громадські організації (за згодою), дітей та молоді",
			[]string{"громадські організації (за згодою) → d-hromadski-orhanizatsii new", "дітей та молоді → d-ditei-molodi new"}},
		{"genitive words after a comma continue a name",
			"Управління культури, туризму, молоді та спорту, служба у справах дітей",
			[]string{"Управління культури, туризму, молоді та спорту → d-upravlinnia-kultury-turyzmu new", "служба у справах дітей → d-ssd"}},
		{"semicolons and line breaks split",
			"Управління освіти;\nсоціальні працівники громади\nпсихологи закладів освіти",
			[]string{"Управління освіти → d-osvita", "соціальні працівники громади → d-sotsialni-pratsivnyky-hromady new", "психологи закладів освіти → d-psykholohy-zakladiv-osvity new"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newMatcher(reg, "d")
			_, parts := m.resolve(c.text)
			var got []string
			for _, p := range parts {
				s := p.Text + " → " + p.ID
				if p.New {
					s += " new"
				}
				got = append(got, s)
			}
			if !reflect.DeepEqual(got, c.parts) {
				t.Errorf("parts\n got %q\nwant %q", got, c.parts)
			}
		})
	}
}

// TestSplitsReported checks that cells naming new bodies are reported
// once, with every measure that has them, and cells the registry settles
// are not.
func TestSplitsReported(t *testing.T) {
	reg := &content.Registry{Executors: []content.Executor{{ID: "d-ssd", Name: "Служба у справах дітей", Plans: []string{"d"}}}}
	m := newMatcher(reg, "d")
	cells := []struct{ cell, cite string }{
		{"Служба у справах дітей", "І.1."},
		{"Відділ освіти, молоді та спорту міської ради, старости", "І.2."},
		{"Служба у справах дітей", "І.3."},
		{"Відділ освіти, молоді та спорту міської ради, старости", "ІІ.1."},
	}
	for _, c := range cells {
		_, parts := m.resolve(c.cell)
		m.note(c.cell, parts, c.cite)
	}
	if len(m.splits) != 1 || !reflect.DeepEqual(m.splits[0].Measures, []string{"І.2.", "ІІ.1."}) || len(m.splits[0].Parts) != 2 {
		t.Errorf("splits %+v", m.splits)
	}
}
