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
