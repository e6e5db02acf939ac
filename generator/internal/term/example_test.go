package term_test

import (
	"fmt"

	"github.com/plansite/plansite/generator/internal/term"
)

func ExampleParse() {
	plan := term.Context{PlanStart: 2019, PlanEnd: 2026}
	for _, text := range []string{"ІІ-ІІІ кв. 2019 року", "До 2026", "щороку (до 10 січня)", "за потреби", "колись"} {
		s, err := term.Parse(text, plan)
		if err != nil {
			fmt.Printf("%s: не розпізнано (%v)\n", text, err)
			continue
		}
		start, end, _ := s.Span()
		fmt.Printf("%s: %s; %s..%s, %d deadline(s)\n", text, s.Describe("en"), start, end, len(s.Dates))
	}
	// Output:
	// ІІ-ІІІ кв. 2019 року: 1 April 2019 to 30 September 2019; 2019-04-01..2019-09-30, 1 deadline(s)
	// До 2026: by 31 December 2026; 2019-01-01..2026-12-31, 1 deadline(s)
	// щороку (до 10 січня): every year by 10 January, 2020–2027; 2019-01-01..2026-12-31, 8 deadline(s)
	// за потреби: as needed, no deadline; 2019-01-01..2026-12-31, 0 deadline(s)
	// колись: не розпізнано (unexpected "колись")
}

func ExampleEvaluate() {
	s, _ := term.Parse("щороку (до 10 січня)", term.Context{PlanStart: 2019, PlanEnd: 2026})
	done := []term.Date{term.NewDate(2020, 1, 9), term.NewDate(2021, 2, 3)} // the second report late
	a := term.Evaluate(s, term.NewDate(2022, 3, 1), done)
	fmt.Println(a.State.Label("uk"), "/", a.State.Label("en"), "— missed", a.Missed, "— next", a.Next)
	for _, c := range a.Cycles {
		fmt.Println(c.Deadline, c.Met(), c.Note)
	}
	// Output:
	// прострочено / overdue — missed 2022-01-10 — next 2023-01-10
	// 2020-01-10 true 2020-01-09
	// 2021-01-10 true 2021-02-03
	// 2022-01-10 false
}

func ExampleSchedule_Periods() {
	s, _ := term.Parse("щопівроку", term.Context{PlanStart: 2021, PlanEnd: 2026})
	for _, p := range s.Periods(term.NewDate(2022, 3, 1)) {
		fmt.Println(p.Key, p.Due, p.Label("uk"), "/", p.Label("en"))
	}
	// Output:
	// 2021-H1 2021-06-30 2021, I півріччя / 2021, first half
	// 2021-H2 2021-12-31 2021, II півріччя / 2021, second half
	// 2022-H1 2022-06-30 2022, I півріччя / 2022, first half
}

func ExampleLedger() {
	s, _ := term.Parse("щопівроку", term.Context{PlanStart: 2021, PlanEnd: 2026})
	reports := []term.Report{
		{Date: term.NewDate(2021, 6, 25), Ref: 0},
		{Date: term.NewDate(2022, 1, 20), Ref: 1},                              // late, for 2021-H2
		{Date: term.NewDate(2022, 12, 15), Ref: 2},                             // 2022-H1 is never reported
		{Date: term.NewDate(2023, 1, 5), Periods: []string{"2023-H3"}, Ref: 3}, // a misspelt period
	}
	entries, unmatched := term.Ledger(s, reports, term.NewDate(2023, 2, 1))
	for _, e := range entries {
		fmt.Printf("%s: %s %v inferred=%v\n", e.Label("en"), e.Period.Label("en"), e.Reports, e.Inferred)
	}
	for _, u := range unmatched {
		fmt.Printf("note %d names %q: %v\n", u.Ref, u.Key, u.Err != nil)
	}
	// Output:
	// reported on time: 2021, first half [0] inferred=true
	// reported 20 days late: 2021, second half [1] inferred=true
	// not reported: 2022, first half [] inferred=false
	// reported on time: 2022, second half [2] inferred=true
	// not yet due: 2023, first half [] inferred=false
	// note 3 names "2023-H3": true
}

func ExampleHistory() {
	s, _ := term.Parse("2021 рік", term.Context{PlanStart: 2019, PlanEnd: 2026})
	reports := []term.Report{{Date: term.NewDate(2022, 3, 1), Ref: 7}}
	for _, c := range term.History(s, term.NewDate(2020, 1, 1), term.NewDate(2026, 12, 31), reports) {
		fmt.Println(c.Date, c.State, c.Reports)
	}
	// Output:
	// 2020-01-01 upcoming []
	// 2021-01-01 under-way []
	// 2021-10-02 due []
	// 2022-01-01 overdue []
	// 2022-03-01 done [7]
}
