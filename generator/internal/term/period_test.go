package term

import (
	"errors"
	"strings"
	"testing"
)

// periodList writes periods as "key>due" for a test table: the first ones,
// "…", and the last.
func periodList(ps []Period) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Key+">"+p.Due.String())
	}
	return out
}

func TestPeriods(t *testing.T) {
	cases := []struct {
		name, term string
		ctx        Context
		until      string // "" lists every period
		want       []string
		count      int
	}{
		// Issue 12: Svatove VI.1.2 reports each plan year by 10 January
		// of the next; as of mid-2026 the periods due are 2019…2025,
		// then the next, 2026.
		{"Svatove VI.1.2", "щороку (до 10 січня)", svatove, "2026-06-01",
			[]string{"2019>2020-01-10", "2020>2021-01-10", "2021>2022-01-10", "2022>2023-01-10", "2023>2024-01-10", "2024>2025-01-10", "2025>2026-01-10", "2026>2027-01-10"}, 8},
		{"Svatove VI.1.2 on a due date: that one and the next", "щороку (до 10 січня)", svatove, "2021-01-10",
			[]string{"2019>2020-01-10", "2020>2021-01-10", "2021>2022-01-10"}, 3},
		{"before the first is due: the first alone", "щороку (до 10 січня)", svatove, "2019-03-01",
			[]string{"2019>2020-01-10"}, 1},
		{"Dubno I.2 half-years", "щопівроку", dubno, "2022-09-01",
			[]string{"2021-H1>2021-06-30", "2021-H2>2021-12-31", "2022-H1>2022-06-30", "2022-H2>2022-12-31"}, 4},
		{"plain yearly: year periods due 31 December", "щороку", dubno, "2023-01-01",
			[]string{"2021>2021-12-31", "2022>2022-12-31", "2023>2023-12-31"}, 3},
		{"every period", "щороку", dubno, "",
			[]string{"2021>2021-12-31", "2022>2022-12-31", "2023>2023-12-31", "2024>2024-12-31", "2025>2025-12-31", "2026>2026-12-31"}, 6},
		{"half-years with their own days", "щопівроку (до 15 липня та до 15 січня)", dubno, "2022-01-15",
			[]string{"2021-H1>2021-07-15", "2021-H2>2022-01-15", "2022-H1>2022-07-15"}, 3},
		{"quarters due on the 10th after", "щокварталу (до 10 числа наступного місяця)", dubno, "2021-07-10",
			[]string{"2021-Q1>2021-04-10", "2021-Q2>2021-07-10", "2021-Q3>2021-10-10"}, 3},
		{"months", "щомісяця", dubno, "2021-03-01",
			[]string{"2021-01>2021-01-31", "2021-02>2021-02-28", "2021-03>2021-03-31"}, 3},
		{"a recurring term's own years", "щороку, 2021-2022 роки", svatove, "",
			[]string{"2021>2021-12-31", "2022>2022-12-31"}, 2},
		{"a list of years", "2021, 2024, 2026 роки", svatove, "2025-01-01",
			[]string{"2021>2021-12-31", "2024>2024-12-31", "2026>2026-12-31"}, 3},
		{"one-off years", "2019-2026 роки", svatove, "2020-01-01", []string{"2019/2026>2026-12-31"}, 1},
		{"one-off year", "2021 рік", svatove, "2030-01-01", []string{"2021>2021-12-31"}, 1},
		{"one-off quarters", "ІІ-ІІІ кв. 2019 року", svatove, "", []string{"2019-Q2/2019-Q3>2019-09-30"}, 1},
		{"one-off quarters across years", "IV кв. 2021 – II кв. 2022", svatove, "", []string{"2021-Q4/2022-Q2>2022-06-30"}, 1},
		{"one-off half-years", "І півріччя 2022 – ІІ півріччя 2023", svatove, "", []string{"2022/2023>2023-12-31"}, 1},
		{"one-off half-year", "ІІ півріччя 2022 р.", svatove, "", []string{"2022-H2>2022-12-31"}, 1},
		{"one-off month", "грудень 2021 року", svatove, "", []string{"2021-12>2021-12-31"}, 1},
		{"one-off months", "січень-березень 2021 року", svatove, "", []string{"2021-Q1>2021-03-31"}, 1},
		{"one-off months, no quarter", "квітень-травень 2021 року", svatove, "", []string{"2021-04/2021-05>2021-05-31"}, 1},
		{"deadline by a year", "до 2020 року", svatove, "", []string{"2019/2020>2020-12-31"}, 1},
		{"deadline on a day", "до 1 березня 2022 року", svatove, "", []string{"2019-01-01/2022-03-01>2022-03-01"}, 1},
		{"deadline from adoption", "у місячний строк", svatoveAdopted, "", []string{"2019-06-27/2019-07-27>2019-07-27"}, 1},
		{"school year", "2021-2022 навчальний рік", svatove, "", []string{"2021-09/2022-06>2022-06-30"}, 1},
		{"as needed: none", "за потреби", svatove, "2030-01-01", nil, 0},
		{"conditional: none", "у разі фінансування", svatove, "2030-01-01", nil, 0},
		{"no term: none", "", svatove, "2030-01-01", nil, 0},
		{"not understood: none", "колись", svatove, "2030-01-01", nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := Parse(c.term, c.ctx)
			var until Date
			if c.until != "" {
				until = d(c.until)
			}
			ps := s.Periods(until)
			if got := periodList(ps); strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("Periods(%s)\n got %v\nwant %v", c.until, got, c.want)
			}
			all := s.Periods(Date{})
			if len(all) != len(s.Dates) {
				t.Fatalf("%d periods for %d deadlines", len(all), len(s.Dates))
			}
			for i, p := range all {
				if p.Due != s.Dates[i] || p.End.Before(p.Start) {
					t.Errorf("period %+v against deadline %v", p, s.Dates[i])
				}
				if k, err := ParsePeriodKey(p.Key); err != nil || k != p.Key {
					t.Errorf("key %q is not canonical: %q, %v", p.Key, k, err)
				}
				if got, ok := s.Period(p.Key); !ok || got != p {
					t.Errorf("Period(%q) = %+v, %v", p.Key, got, ok)
				}
			}
		})
	}
}

func TestParsePeriodKey(t *testing.T) {
	good := map[string]string{
		"2025": "2025", "2022-H1": "2022-H1", "2022-h2": "2022-H2", " 2024-Q3 ": "2024-Q3", "2024-q4": "2024-Q4",
		"2024-03": "2024-03", "2024-12": "2024-12", "2024-07-01": "2024-07-01", "2024-02-29": "2024-02-29",
		"2019/2026": "2019/2026", "2021-Q4/2022-Q2": "2021-Q4/2022-Q2", "2022-H1/2022-H2": "2022",
		"2021-01/2021-03": "2021-Q1", "2019-01-01/2019-12-31": "2019", "2021/2021": "2021",
	}
	for in, want := range good {
		if got, err := ParsePeriodKey(in); err != nil || got != want {
			t.Errorf("ParsePeriodKey(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "22", "2022-H3", "2022-H0", "2022-Q5", "2022-Q0", "2024-13", "2024-00", "2024-3",
		"2023-02-29", "1850", "2022-I", "2022 H1", "2022-Н1" /* Cyrillic Н */, "2026/2019", "2022-H1/2022-Q3",
		"2022/", "/2022", "2019/2020/2021", "2022-H1x", "abcd", "２０２２"} {
		_, err := ParsePeriodKey(in)
		var e *Error
		if !errors.Is(err, ErrPeriodKey) || errors.Is(err, ErrUnknown) || !errors.As(err, &e) || e.Reason("uk") == "" || e.Reason("en") == "" {
			t.Errorf("ParsePeriodKey(%q) = %v, want an *Error wrapping ErrPeriodKey", in, err)
		}
	}
}

func TestPeriodLabel(t *testing.T) {
	cases := []struct{ key, uk, en string }{
		{"2025", "2025", "2025"},
		{"2022-H1", "2022, I півріччя", "2022, first half"},
		{"2022-H2", "2022, II півріччя", "2022, second half"},
		{"2024-Q3", "2024, III квартал", "2024, third quarter"},
		{"2024-03", "березень 2024", "March 2024"},
		{"2024-07-01", "1 липня 2024", "1 July 2024"},
		{"2019/2026", "2019–2026", "2019–2026"},
		{"2021-Q4/2022-Q2", "2021, IV квартал – 2022, II квартал", "2021, fourth quarter – 2022, second quarter"},
		{"2021-09/2022-06", "вересень 2021 – червень 2022", "September 2021 – June 2022"},
		{"2019-06-27/2019-07-27", "27 червня 2019 – 27 липня 2019", "27 June 2019 – 27 July 2019"},
	}
	for _, c := range cases {
		p := Period{Key: c.key}
		if got := p.Label("uk"); got != c.uk {
			t.Errorf("%s: Label(uk) = %q, want %q", c.key, got, c.uk)
		}
		if got := p.Label("en"); got != c.en {
			t.Errorf("%s: Label(en) = %q, want %q", c.key, got, c.en)
		}
	}
}

func TestPeriodLookup(t *testing.T) {
	s, _ := Parse("щопівроку", dubno)
	if p, ok := s.Period("2022-h1"); !ok || p.Start != d("2022-01-01") || p.End != d("2022-06-30") || p.Due != d("2022-06-30") {
		t.Errorf("Period(2022-h1) = %+v, %v", p, ok)
	}
	for _, k := range []string{"2020-H2", "2027-H1", "2022", "2022-Q1", "nonsense"} {
		if p, ok := s.Period(k); ok {
			t.Errorf("Period(%q) = %+v, want none", k, p)
		}
	}
}
