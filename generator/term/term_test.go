package term

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

var svatove = Context{PlanStart: 2019, PlanEnd: 2026}

func d(s string) Date {
	var y, m, dd int
	if _, err := fmtSscanf(s, &y, &m, &dd); err != nil {
		panic(err)
	}
	return NewDate(y, monthOf(m), dd)
}

func TestParseSeedForms(t *testing.T) {
	cases := []struct {
		text       string
		kind       Kind
		start, end string
		ongoing    bool
		deadlines  []string // first deadlines, when they matter
		years      []int
	}{
		{"2019-2026 роки", KindPeriod, "2019-01-01", "2026-12-31", false, []string{"2026-12-31"}, span(2019, 2026)},
		{"2019 – 2026 роки", KindPeriod, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"2019 - 2026 роки", KindPeriod, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"2019-2026", KindPeriod, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"2019-2026 Роки", KindPeriod, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"2019-2026 роки              постійно", KindPeriod, "2019-01-01", "2026-12-31", true, nil, span(2019, 2026)},
		{"2019-2026 роки \n\n постійно", KindPeriod, "2019-01-01", "2026-12-31", true, nil, span(2019, 2026)},
		{"2020 – 2024 роки", KindPeriod, "2020-01-01", "2024-12-31", false, nil, span(2020, 2024)},
		{"2021 рік", KindPeriod, "2021-01-01", "2021-12-31", false, []string{"2021-12-31"}, []int{2021}},
		{"2019 рік", KindPeriod, "2019-01-01", "2019-12-31", false, nil, []int{2019}},
		{"ІІ-ІІІ кв. 2019 року", KindPeriod, "2019-04-01", "2019-09-30", false, nil, []int{2019}},
		{"ІІ-ІІІ кв. \n\n2019 року", KindPeriod, "2019-04-01", "2019-09-30", false, nil, []int{2019}},
		{"II-III кв. 2019 року", KindPeriod, "2019-04-01", "2019-09-30", false, nil, []int{2019}},
		{"ІІ квартал 2019 року", KindPeriod, "2019-04-01", "2019-06-30", false, nil, []int{2019}},
		{"ІУ квартал 2020 року", KindPeriod, "2020-10-01", "2020-12-31", false, nil, []int{2020}},
		{"I півріччя 2022 року", KindPeriod, "2022-01-01", "2022-06-30", false, nil, []int{2022}},
		{"до 2020 року", KindDeadline, "2019-01-01", "2020-12-31", false, []string{"2020-12-31"}, []int{2019, 2020}},
		{"До 2026", KindDeadline, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"до 1 березня 2022 року", KindDeadline, "2019-01-01", "2022-03-01", false, nil, span(2019, 2022)},
		{"до 10.01.2020", KindDeadline, "2019-01-01", "2020-01-10", false, nil, []int{2019, 2020}},
		{"не пізніше грудня 2021 року", KindDeadline, "2019-01-01", "2021-12-31", false, nil, span(2019, 2021)},
		{"щороку", KindYearly, "2019-01-01", "2026-12-31", false, []string{"2019-12-31", "2020-12-31"}, span(2019, 2026)},
		{"Щороку", KindYearly, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"щороку (до 10 січня)", KindYearly, "2019-01-01", "2027-01-10", false, []string{"2020-01-10", "2021-01-10"}, span(2019, 2027)},
		{"щороку\n\n(до 10 січня)", KindYearly, "2019-01-01", "2027-01-10", false, nil, span(2019, 2027)},
		{"щопівроку", KindHalfYearly, "2019-01-01", "2026-12-31", false, []string{"2019-06-30", "2019-12-31", "2020-06-30"}, span(2019, 2026)},
		{"за потреби", KindAsNeeded, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{" за потреби", KindAsNeeded, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"у разі потреби", KindAsNeeded, "2019-01-01", "2026-12-31", false, nil, span(2019, 2026)},
		{"2021, 2024, 2026 роки", KindDeadlines, "2021-01-01", "2026-12-31", false, []string{"2021-12-31", "2024-12-31", "2026-12-31"}, []int{2021, 2024, 2026}},
		{"постійно", KindPeriod, "2019-01-01", "2026-12-31", true, nil, span(2019, 2026)},
		{"протягом 2021 року", KindPeriod, "2021-01-01", "2021-12-31", false, nil, []int{2021}},
		{"грудень 2021 року", KindPeriod, "2021-12-01", "2021-12-31", false, nil, []int{2021}},
		{"2021-2022 навчальний рік", KindPeriod, "2021-09-01", "2022-06-30", false, nil, []int{2021, 2022}},
		{"2021 р.", KindPeriod, "2021-01-01", "2021-12-31", false, nil, []int{2021}},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.text, "\n", "⏎"), func(t *testing.T) {
			s, err := Parse(c.text, svatove)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if s.Text != c.text {
				t.Errorf("Text = %q, want as written %q", s.Text, c.text)
			}
			if s.Kind != c.kind || s.Start.String() != c.start || s.End.String() != c.end || s.Ongoing != c.ongoing {
				t.Errorf("got kind %d %s..%s ongoing=%v, want %d %s..%s ongoing=%v", s.Kind, s.Start, s.End, s.Ongoing, c.kind, c.start, c.end, c.ongoing)
			}
			if c.deadlines != nil {
				got := s.Deadlines(d("1990-01-01"), d("2100-01-01"))
				for i, want := range c.deadlines {
					if i >= len(got) || got[i].String() != want {
						t.Errorf("deadline %d: got %v, want %s", i, got, want)
						break
					}
				}
			}
			if !reflect.DeepEqual(s.Years(), c.years) {
				t.Errorf("Years = %v, want %v", s.Years(), c.years)
			}
			if from, to, ok := s.Span(); !ok || to.Before(from) {
				t.Errorf("Span = %v %v %v", from, to, ok)
			}
			for _, lang := range []string{"uk", "en"} {
				if s.Describe(lang) == "" {
					t.Errorf("Describe(%s) is empty", lang)
				}
			}
		})
	}
}

func TestParseNoTermAndErrors(t *testing.T) {
	for _, text := range []string{"", "   ", "\n\n"} {
		s, err := Parse(text, svatove)
		if err != nil || s.Kind != KindNone || s.Years() != nil {
			t.Errorf("Parse(%q) = %+v, %v; want no term", text, s, err)
		}
		if _, _, ok := s.Span(); ok {
			t.Errorf("Parse(%q) has a span", text)
		}
	}
	for _, text := range []string{"колись", "2026-2019 роки", "V квартал 2020", "ІІ кв.", "щороку (до 45 січня)", "12345", "2019-2020-2021", "до понеділка"} {
		if _, err := Parse(text, svatove); !errors.Is(err, ErrUnknown) {
			t.Errorf("Parse(%q) error = %v, want ErrUnknown", text, err)
		}
	}
}

func TestEvaluate(t *testing.T) {
	parse := func(text string) Schedule {
		s, err := Parse(text, svatove)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	cases := []struct {
		name         string
		term         string
		asOf         string
		done         []string
		state        State
		next, missed string
	}{
		{"period under way", "2019-2026 роки", "2024-05-01", nil, UnderWay, "2026-12-31", ""},
		{"period due within window", "2019-2026 роки", "2026-10-15", nil, Due, "2026-12-31", ""},
		{"window edge: 90 days ahead is due", "2019-2026 роки", "2026-10-02", nil, Due, "2026-12-31", ""},
		{"window edge: 91 days ahead is not", "2019-2026 роки", "2026-10-01", nil, UnderWay, "2026-12-31", ""},
		{"period over, not done", "2019-2021 роки", "2026-11-24", nil, Overdue, "", "2021-12-31"},
		{"period over, done", "2019-2021 роки", "2026-11-24", []string{"2021-12-20"}, Done, "", ""},
		{"late done note still counts", "до 2020 року", "2026-11-24", []string{"2022-03-01"}, Done, "", ""},
		{"quarter upcoming", "ІІ квартал 2019 року", "2019-01-15", nil, Upcoming, "2019-06-30", ""},
		{"deadline on the day is due, not overdue", "2021 рік", "2021-12-31", nil, Due, "2021-12-31", ""},
		{"note after as-of is ignored", "2019-2021 роки", "2022-01-05", []string{"2022-02-01"}, Overdue, "", "2021-12-31"},
		{"yearly: last report missing", "щороку (до 10 січня)", "2026-11-24", []string{"2020-01-09", "2021-01-10", "2022-01-05", "2023-01-10", "2024-01-08"}, Overdue, "2027-01-10", "2026-01-10"},
		{"yearly: caught up with a late report", "щороку (до 10 січня)", "2026-11-24", []string{"2026-02-01"}, Due, "2027-01-10", ""},
		{"yearly: one note meets one deadline", "щороку (до 10 січня)", "2026-11-24", []string{"2025-01-08"}, Overdue, "2027-01-10", "2026-01-10"},
		{"yearly: next deadline in window", "щороку (до 10 січня)", "2026-12-01", []string{"2026-01-09"}, Due, "2027-01-10", ""},
		{"half-yearly overdue", "щопівроку", "2026-11-24", []string{"2025-12-20"}, Overdue, "2026-12-31", "2026-06-30"},
		{"list of years done", "2021, 2024, 2026 роки", "2027-02-01", []string{"2021-12-01", "2024-11-01", "2026-12-30"}, Done, "", ""},
		{"list of years: 2024 missed", "2021, 2024, 2026 роки", "2025-06-01", []string{"2021-12-01"}, Overdue, "2026-12-31", "2024-12-31"},
		{"as needed is never overdue", "за потреби", "2030-01-01", nil, AsNeeded, "", ""},
		{"no term", "", "2026-11-24", nil, NoTerm, "", ""},
		{"no term but reported done", "", "2026-11-24", []string{"2025-01-01"}, Done, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var done []Date
			for _, s := range c.done {
				done = append(done, d(s))
			}
			a := Evaluate(parse(c.term), d(c.asOf), done)
			if a.State != c.state {
				t.Errorf("state %s, want %s", a.State.Label("en"), c.state.Label("en"))
			}
			if got := dateStr(a.Next); got != c.next {
				t.Errorf("next %q, want %q", got, c.next)
			}
			if got := dateStr(a.Missed); got != c.missed {
				t.Errorf("missed %q, want %q", got, c.missed)
			}
		})
	}
}

func TestDueWindowOption(t *testing.T) {
	s, _ := Parse("2019-2026 роки", svatove)
	if a := Evaluate(s, d("2026-12-01"), nil, WithDueWindow(10)); a.State != UnderWay {
		t.Errorf("with a 10-day window, 30 days ahead should be under way, got %v", a.State.Label("en"))
	}
}

func TestRoman(t *testing.T) {
	for w, want := range map[string]int{"і": 1, "іі": 2, "ііі": 3, "іу": 4, "iv": 4, "у": 5, "уі": 6, "vi": 6, "іх": 9} {
		if got, ok := roman(w); !ok || got != want {
			t.Errorf("roman(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if _, ok := roman("кв"); ok {
		t.Error(`roman("кв") accepted`)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2019-2026 роки", "ІІ-ІІІ кв. 2019 року", "щороку (до 10 січня)", "2021, 2024, 2026 роки", "до 1 березня 2022", "за потреби", "", "10.01.2020", "І півріччя 2022"} {
		f.Add(s, 2019, 2026)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		ctx := Context{PlanStart: 1990 + abs(start)%100, PlanEnd: 1990 + abs(end)%100}
		s, err := Parse(text, ctx)
		if err != nil {
			if !errors.Is(err, ErrUnknown) {
				t.Fatalf("error %v does not wrap ErrUnknown", err)
			}
			return
		}
		if s.Text != text {
			t.Fatalf("Text changed: %q", s.Text)
		}
		again, err := Parse(s.Text, ctx)
		if err != nil || again.Kind != s.Kind || again.Start != s.Start || again.End != s.End {
			t.Fatalf("parsing the text again differs: %+v %v", again, err)
		}
		if s.End.Before(s.Start) {
			t.Fatalf("end %v before start %v", s.End, s.Start)
		}
		ds := s.Deadlines(NewDate(1900, 1, 1), NewDate(2200, 1, 1))
		for i := 1; i < len(ds); i++ {
			if ds[i].Before(ds[i-1]) {
				t.Fatalf("deadlines out of order: %v", ds)
			}
		}
		Evaluate(s, NewDate(2020, 6, 1), []Date{NewDate(2020, 1, 1)})
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func span(a, b int) []int {
	var out []int
	for y := a; y <= b; y++ {
		out = append(out, y)
	}
	return out
}

func dateStr(p *Date) string {
	if p == nil {
		return ""
	}
	return p.String()
}
