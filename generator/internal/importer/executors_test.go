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
			if got := m.resolve(c.text); !reflect.DeepEqual(got, c.ids) {
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
	got := m.resolve("Служба у справах дітей, служба у справах дітей району")
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
