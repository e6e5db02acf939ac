package term

import (
	"strings"
	"testing"
)

func TestEvaluate(t *testing.T) {
	// A yearly report due by 10 January, on time every year.
	onTime := []string{"2020-01-09", "2021-01-10", "2022-01-05", "2023-01-10", "2024-01-08", "2025-01-09", "2026-01-10"}
	cases := []struct {
		name         string
		term         string
		asOf         string
		done         []string
		state        State
		next, missed string
		// cycles are "deadline=note" for each cycle reported, "-" for
		// no note; nil skips the check.
		cycles []string
	}{
		{"upcoming", "ІІ квартал 2019 року", "2019-01-15", nil, Upcoming, "2019-06-30", "", nil},
		{"upcoming, but the deadline is near: due wins", "грудень 2021 року", "2021-11-15", nil, Due, "2021-12-31", "", nil},
		{"recurring before the plan starts", "щороку", "2018-06-01", nil, Upcoming, "2019-12-31", "", nil},
		{"under way", "2019-2026 роки", "2024-05-01", nil, UnderWay, "2026-12-31", "", nil},
		{"due within the window", "2019-2026 роки", "2026-10-15", nil, Due, "2026-12-31", "", nil},
		{"window edge: 90 days ahead is due", "2019-2026 роки", "2026-10-02", nil, Due, "2026-12-31", "", nil},
		{"window edge: 91 days ahead is not", "2019-2026 роки", "2026-10-01", nil, UnderWay, "2026-12-31", "", nil},
		{"on the deadline day: due, not overdue", "2021 рік", "2021-12-31", nil, Due, "2021-12-31", "", nil},
		{"the day after: overdue", "2021 рік", "2022-01-01", nil, Overdue, "", "2021-12-31", nil},
		{"period over, not done", "2019-2021 роки", "2026-11-24", nil, Overdue, "", "2021-12-31", nil},
		{"period over, done", "2019-2021 роки", "2026-11-24", []string{"2021-12-20"}, Done, "", "", nil},
		{"one-off done before its start", "2025 рік", "2024-03-01", []string{"2024-02-01"}, Done, "", "", nil},
		{"late note still counts", "до 2020 року", "2026-11-24", []string{"2022-03-01"}, Done, "", "", nil},
		{"note after as-of is ignored", "2019-2021 роки", "2022-01-05", []string{"2022-02-01"}, Overdue, "", "2021-12-31", nil},
		{"ongoing is not done before its end", "2019-2026 роки постійно", "2024-05-01", []string{"2022-01-01"}, UnderWay, "2026-12-31", "", nil},
		{"ongoing after its end, reported done", "2019-2026 роки постійно", "2027-01-05", []string{"2022-01-01"}, Done, "", "", nil},
		{"ongoing after its end, never reported", "2019-2026 роки постійно", "2027-01-05", nil, Overdue, "", "2026-12-31", nil},
		{"yearly, every report on time", "щороку (до 10 січня)", "2026-06-01", onTime, UnderWay, "2027-01-10", "", []string{
			"2020-01-10=2020-01-09", "2021-01-10=2021-01-10", "2022-01-10=2022-01-05", "2023-01-10=2023-01-10",
			"2024-01-10=2024-01-08", "2025-01-10=2025-01-09", "2026-01-10=2026-01-10"}},
		{"yearly, the last report missing", "щороку (до 10 січня)", "2026-11-24", onTime[:5], Overdue, "2027-01-10", "2026-01-10", nil},
		{"yearly, one note meets one deadline", "щороку (до 10 січня)", "2026-11-24", []string{"2025-01-08"}, Overdue, "2027-01-10", "2026-01-10", nil},
		{"yearly, caught up with a late report", "щороку (до 10 січня)", "2026-11-24", []string{"2026-02-01"}, Due, "2027-01-10", "", []string{
			"2020-01-10=-", "2021-01-10=-", "2022-01-10=-", "2023-01-10=-", "2024-01-10=-", "2025-01-10=-", "2026-01-10=2026-02-01"}},
		{"yearly, two late reports meet two cycles", "щороку (до 10 січня)", "2026-03-01", []string{"2026-02-01", "2026-02-02"}, UnderWay, "2027-01-10", "", []string{
			"2020-01-10=-", "2021-01-10=-", "2022-01-10=-", "2023-01-10=-", "2024-01-10=-", "2025-01-10=2026-02-02", "2026-01-10=2026-02-01"}},
		{"yearly, a late report is not the next one's", "щороку (до 10 січня)", "2026-03-01", []string{"2025-02-01"}, Overdue, "2027-01-10", "2026-01-10", nil},
		{"yearly, a second note does not meet the next deadline early", "щороку (до 10 січня)", "2026-12-01", append(onTime[:6:6], "2026-01-05", "2026-01-20"), Due, "2027-01-10", "", nil},
		{"yearly, the last cycle reported early: done", "щороку", "2026-12-20", []string{"2019-12-20", "2020-12-20", "2021-12-20", "2022-12-20", "2023-12-20", "2024-12-20", "2025-12-20", "2026-12-15"}, Done, "", "", nil},
		{"half-yearly overdue", "щопівроку", "2026-11-24", []string{"2025-12-20"}, Overdue, "2026-12-31", "2026-06-30", nil},
		{"list of years, all done", "2021, 2024, 2026 роки", "2027-02-01", []string{"2021-12-01", "2024-11-01", "2026-12-30"}, Done, "", "", []string{
			"2021-12-31=2021-12-01", "2024-12-31=2024-11-01", "2026-12-31=2026-12-30"}},
		{"list of years, 2024 missed", "2021, 2024, 2026 роки", "2025-06-01", []string{"2021-12-01"}, Overdue, "2026-12-31", "2024-12-31", []string{
			"2021-12-31=2021-12-01", "2024-12-31=-"}},
		{"as needed is never overdue", "за потреби", "2030-01-01", nil, AsNeeded, "", "", nil},
		{"as needed, even reported done", "за потреби", "2030-01-01", []string{"2020-01-01"}, AsNeeded, "", "", nil},
		{"no term", "", "2026-11-24", nil, NoTerm, "", "", nil},
		{"no term but reported done", "", "2026-11-24", []string{"2025-01-01"}, Done, "", "", nil},
		{"a term not understood counts as none", "колись", "2026-11-24", nil, NoTerm, "", "", nil},
		{"conditional is never overdue", "у разі фінансування", "2030-01-01", nil, AsNeeded, "", "", nil},
		{"conditional with its own years", "2022-2024 роки (за наявності фінансування)", "2030-01-01", nil, AsNeeded, "", "", nil},
		{"half-yearly with its own days: the July report is on time", "щопівроку (до 15 липня та до 15 січня)", "2019-07-20", []string{"2019-07-14"}, UnderWay, "2020-01-15", "", nil},
		{"half-yearly with its own days: a missed January report", "щопівроку (до 15 липня та до 15 січня)", "2020-01-16", []string{"2019-07-14"}, Overdue, "2020-07-15", "2020-01-15", nil},
		{"quarterly by the 10th: the day itself is due", "щокварталу (до 10 числа наступного місяця)", "2019-04-10", nil, Due, "2019-04-10", "", nil},
		{"quarterly by the 10th: the day after is overdue", "щокварталу (до 10 числа наступного місяця)", "2019-04-11", nil, Overdue, "2019-07-10", "2019-04-10", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := Parse(c.term, svatove)
			var done []Date
			for _, n := range c.done {
				done = append(done, d(n))
			}
			a := Evaluate(s, d(c.asOf), done)
			if a.State != c.state {
				t.Errorf("state %v, want %v", a.State, c.state)
			}
			if got := str(a.Next); got != c.next {
				t.Errorf("next %q, want %q", got, c.next)
			}
			if got := str(a.Missed); got != c.missed {
				t.Errorf("missed %q, want %q", got, c.missed)
			}
			if c.cycles != nil {
				var got []string
				for _, cy := range a.Cycles {
					note := "-"
					if cy.Met() {
						note = cy.Note.String()
					}
					got = append(got, cy.Deadline.String()+"="+note)
				}
				if strings.Join(got, " ") != strings.Join(c.cycles, " ") {
					t.Errorf("cycles\n got %v\nwant %v", got, c.cycles)
				}
			}
		})
	}
}

func TestDueWindowOption(t *testing.T) {
	s, _ := Parse("2019-2026 роки", svatove)
	for _, c := range []struct {
		opts []EvalOption
		want State
	}{
		{nil, Due},
		{[]EvalOption{WithDueWindow(10)}, UnderWay},
		{[]EvalOption{WithDueWindow(30)}, Due},
		{[]EvalOption{WithDueWindow(0)}, Due}, // keeps the default
	} {
		if a := Evaluate(s, d("2026-12-01"), nil, c.opts...); a.State != c.want {
			t.Errorf("%d options: 30 days ahead is %v, want %v", len(c.opts), a.State, c.want)
		}
	}
}

func TestStateLabels(t *testing.T) {
	want := map[State][3]string{
		NoTerm:   {"no-term", "без терміну", "no term"},
		AsNeeded: {"as-needed", "за потреби", "as needed"},
		Upcoming: {"upcoming", "ще не розпочато за планом", "not started yet"},
		UnderWay: {"under-way", "триває", "under way"},
		Due:      {"due", "настає строк", "due soon"},
		Overdue:  {"overdue", "прострочено", "overdue"},
		Done:     {"done", "виконано", "done"},
	}
	for s, w := range want {
		if got := [3]string{s.String(), s.Label("uk"), s.Label("en")}; got != w {
			t.Errorf("state %d: %q, want %q", s, got, w)
		}
	}
	if State(99).String() != "unknown" || State(99).Label("uk") != "" {
		t.Error("an out-of-range state is not reported as unknown")
	}
}

func str(p *Date) string {
	if p == nil {
		return ""
	}
	return p.String()
}

func TestEvaluateReports(t *testing.T) {
	s, _ := Parse("щопівроку", dubno)
	asOf := d("2022-08-01")
	// A report of 25 June 2022 is the first half of 2022's, unless it
	// says it reports on the half-year before: then 2022-H1 is unreported
	// and the measure overdue.
	named := []Report{{Date: d("2021-06-20"), Ref: 0}, {Date: d("2022-06-25"), Periods: []string{"2021-H2"}, Ref: 1}}
	if a := EvaluateReports(s, asOf, named); a.State != Overdue || str(a.Missed) != "2022-06-30" {
		t.Errorf("named: %v missed %s, want overdue for 2022-06-30", a.State, str(a.Missed))
	}
	unnamed := []Report{{Date: d("2021-06-20"), Ref: 0}, {Date: d("2022-06-25"), Ref: 1}}
	if a := EvaluateReports(s, asOf, unnamed); a.State != UnderWay || a.Missed != nil {
		t.Errorf("unnamed: %v missed %s, want under way", a.State, str(a.Missed))
	}
	if a, b := EvaluateReports(s, asOf, unnamed), Evaluate(s, asOf, []Date{d("2022-06-25"), d("2021-06-20")}); a.State != b.State || str(a.Missed) != str(b.Missed) {
		t.Errorf("Evaluate and EvaluateReports differ: %+v, %+v", a, b)
	}
}

func TestContinuous(t *testing.T) {
	cases := []struct {
		term string
		ctx  Context
		want bool
	}{
		{"2019-2026 роки", svatove, true},
		{"2019-2026 роки постійно", svatove, true},
		{"постійно", svatove, true},
		{"До 2026", dubno, true},
		{"2025-2026 роки", svatove, true},
		{"протягом дії плану", svatove, true},
		{"2026 рік", svatove, false},             // the plan's last year, named: a real deadline
		{"ІУ квартал 2026 року", svatove, false}, // likewise
		{"2019-2025 роки", svatove, false},       // ends before the plan does
		{"до 2020 року", svatove, false},
		{"2021 рік постійно", Context{PlanStart: 2019, PlanEnd: 2021}, true},
		{"щороку", svatove, false},
		{"2021, 2024, 2026 роки", svatove, false},
		{"за потреби", svatove, false},
		{"", svatove, false},
		{"2019-2026 роки", Context{}, false},
	}
	for _, c := range cases {
		s, err := Parse(c.term, c.ctx)
		if err != nil {
			t.Fatalf("%q: %v", c.term, err)
		}
		if got := s.Continuous(c.ctx); got != c.want {
			t.Errorf("%q in %d–%d: Continuous = %v, want %v", c.term, c.ctx.PlanStart, c.ctx.PlanEnd, got, c.want)
		}
	}
}
