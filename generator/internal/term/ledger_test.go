package term

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// reportsOf makes reports from "date" or "date=key,key", Ref the index.
func reportsOf(specs ...string) []Report {
	var out []Report
	for i, s := range specs {
		date, keys, _ := strings.Cut(s, "=")
		r := Report{Date: d(date), Ref: i}
		if keys != "" {
			r.Periods = strings.Split(keys, ",")
		}
		out = append(out, r)
	}
	return out
}

// entryList writes entries as "key:status[+days][:refs][~]", ~ marking an
// inferred assignment.
func entryList(es []Entry) []string {
	var out []string
	for _, e := range es {
		s := e.Key + ":" + e.Status.String()
		if e.Status == Late {
			s += fmt.Sprintf("+%d", e.DaysLate)
		}
		if len(e.Reports) > 0 {
			s += fmt.Sprintf(":%v", e.Reports)
		}
		if e.Inferred {
			s += "~"
		}
		out = append(out, s)
	}
	return out
}

func TestLedger(t *testing.T) {
	svatoveOnTime := reportsOf("2020-01-09", "2021-01-10", "2022-01-05", "2023-01-10", "2024-01-08", "2025-01-09", "2026-01-10")
	cases := []struct {
		name, term string
		ctx        Context
		asOf       string
		reports    []Report
		want       []string
		unmatched  []string // "ref:key" and "!" if the key is malformed
	}{
		{"Svatove VI.1.2, every report on time", "щороку (до 10 січня)", svatove, "2026-06-01", svatoveOnTime,
			[]string{"2019:on-time:[0]~", "2020:on-time:[1]~", "2021:on-time:[2]~", "2022:on-time:[3]~", "2023:on-time:[4]~",
				"2024:on-time:[5]~", "2025:on-time:[6]~", "2026:not-due"}, nil},
		{"Svatove VI.1.2, no reports: each year missing", "щороку (до 10 січня)", svatove, "2022-01-11", nil,
			[]string{"2019:missing", "2020:missing", "2021:missing", "2022:not-due"}, nil},
		{"a due date today is not missing but due soon", "щороку (до 10 січня)", svatove, "2021-01-10", nil,
			[]string{"2019:missing", "2020:due-soon", "2021:not-due"}, nil},
		{"Dubno I.2: no report for the first half of 2022", "щопівроку", dubno, "2023-02-01",
			reportsOf("2021-06-25", "2021-12-20", "2022-12-15"),
			[]string{"2021-H1:on-time:[0]~", "2021-H2:on-time:[1]~", "2022-H1:missing", "2022-H2:on-time:[2]~", "2023-H1:not-due"}, nil},
		{"the next period within the due window", "щопівроку", dubno, "2023-04-15",
			reportsOf("2021-06-25", "2021-12-20", "2022-06-30", "2022-12-15"),
			[]string{"2021-H1:on-time:[0]~", "2021-H2:on-time:[1]~", "2022-H1:on-time:[2]~", "2022-H2:on-time:[3]~", "2023-H1:due-soon"}, nil},
		{"a late report, and how late", "щороку (до 10 січня)", svatove, "2020-03-01", reportsOf("2020-02-01"),
			[]string{"2019:late+22:[0]~", "2020:not-due"}, nil},
		{"a late report counts for the period it is late for", "щороку", dubno, "2023-03-01", reportsOf("2021-12-20", "2023-02-01", "2023-02-02"),
			[]string{"2021:on-time:[0]~", "2022:late+32:[1 2]~", "2023:not-due"}, nil},
		{"a note naming its period", "щопівроку", dubno, "2022-03-01", reportsOf("2021-06-20", "2022-02-28=2021-H2"),
			[]string{"2021-H1:on-time:[0]~", "2021-H2:late+59:[1]", "2022-H1:not-due"}, nil},
		{"a note naming two periods", "щопівроку", dubno, "2022-03-01", reportsOf("2022-02-28=2021-H1,2021-h2"),
			[]string{"2021-H1:late+243:[0]", "2021-H2:late+59:[0]", "2022-H1:not-due"}, nil},
		{"two notes for one cycle do not cover the next", "щороку", dubno, "2022-06-01", reportsOf("2021-12-20", "2021-12-28"),
			[]string{"2021:on-time:[0 1]~", "2022:not-due"}, nil},
		{"a note naming a later period lists it", "щороку", dubno, "2021-06-01", reportsOf("2021-05-01=2023"),
			[]string{"2021:not-due", "2023:on-time:[0]"}, nil},
		{"notes after the date are ignored", "щороку", dubno, "2021-06-01", reportsOf("2021-12-20", "2022-12-20=2022"),
			[]string{"2021:not-due"}, nil},
		{"unmatched keys, from notes of any date", "щопівроку", dubno, "2021-08-01", reportsOf("2021-06-30=2021-H1,2027-H1", "2022-01-01=2021-Q3", "2030-01-01=2022-H3"),
			[]string{"2021-H1:on-time:[0]", "2021-H2:not-due"}, []string{"0:2027-H1", "1:2021-Q3", "2:2022-H3!"}},
		{"a one-off term", "2021 рік", svatove, "2022-03-01", reportsOf("2020-11-01"),
			[]string{"2021:on-time:[0]~"}, nil},
		{"a one-off term, reported late", "2019-2021 роки", svatove, "2022-03-01", reportsOf("2022-01-15"),
			[]string{"2019/2021:late+15:[0]~"}, nil},
		{"a one-off term, not reported", "2019-2021 роки", svatove, "2022-03-01", nil,
			[]string{"2019/2021:missing"}, nil},
		{"a one-off term, not due", "2019-2026 роки", svatove, "2022-03-01", reportsOf("2021-03-01", "2022-02-01"),
			[]string{"2019/2026:on-time:[0 1]~"}, nil},
		{"a list of years", "2021, 2024, 2026 роки", svatove, "2025-06-01", reportsOf("2021-12-01"),
			[]string{"2021:on-time:[0]~", "2024:missing", "2026:not-due"}, nil},
		{"as needed: no ledger, keys unmatched", "за потреби", svatove, "2025-06-01", reportsOf("2021-12-01", "2022-01-01=2021"),
			nil, []string{"1:2021"}},
		{"no term: no ledger", "", svatove, "2025-06-01", reportsOf("2021-12-01"), nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Parse(c.term, c.ctx)
			if err != nil {
				t.Fatal(err)
			}
			es, um := Ledger(s, c.reports, d(c.asOf))
			if got := entryList(es); !slices.Equal(got, c.want) {
				t.Errorf("ledger\n got %v\nwant %v", got, c.want)
			}
			var gotU []string
			for _, u := range um {
				s := fmt.Sprintf("%d:%s", u.Ref, u.Key)
				if u.Err != nil {
					if !errors.Is(u.Err, ErrPeriodKey) {
						t.Errorf("unmatched %q: error %v does not wrap ErrPeriodKey", u.Key, u.Err)
					}
					s += "!"
				}
				gotU = append(gotU, s)
			}
			if !slices.Equal(gotU, c.unmatched) {
				t.Errorf("unmatched %v, want %v", gotU, c.unmatched)
			}
		})
	}
}

func TestLedgerWindowAndLabels(t *testing.T) {
	s, _ := Parse("щопівроку", dubno)
	es, _ := Ledger(s, nil, d("2021-06-10"), WithDueWindow(10))
	if got := entryList(es); !slices.Equal(got, []string{"2021-H1:not-due"}) {
		t.Errorf("20 days ahead with a 10-day window: %v", got)
	}
	es, _ = Ledger(s, reportsOf("2021-07-01", "2021-12-30"), d("2022-01-02"))
	want := [][2]string{{"подано із запізненням на 1 день", "reported 1 day late"}, {"подано вчасно", "reported on time"}, {"строк ще не настав", "not yet due"}}
	for i, e := range es {
		if got := [2]string{e.Label("uk"), e.Label("en")}; got != want[i] {
			t.Errorf("%s: %q, want %q", e.Key, got, want[i])
		}
	}
	for n, w := range map[int]string{2: "подано із запізненням на 2 дні", 5: "подано із запізненням на 5 днів", 21: "подано із запізненням на 21 день"} {
		if got := (Entry{Status: Late, DaysLate: n}).Label("uk"); got != w {
			t.Errorf("%d days: %q, want %q", n, got, w)
		}
	}
	if got := (Entry{Status: Late, DaysLate: 12}).Label("en"); got != "reported 12 days late" {
		t.Errorf("12 days: %q", got)
	}
	if Missing.String() != "missing" || Status(99).String() != "unknown" || Status(99).Label("uk") != "" {
		t.Error("status names")
	}
}

// TestLedgerAgreesWithEvaluate checks, over many random sets of notes,
// that the state and the ledger computed from the same notes tell the same
// story: the measure is Overdue exactly when the ledger's latest period
// due before the date is missing, and each cycle Evaluate reports met is
// a period the ledger shows covered.
func TestLedgerAgreesWithEvaluate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	terms := []string{"щороку (до 10 січня)", "щопівроку", "щокварталу (до 10 числа наступного місяця)", "щороку", "2021, 2024, 2026 роки", "2019-2021 роки", "до 2024 року", "щопівроку (до 15 липня та до 15 січня)"}
	for _, text := range terms {
		s, err := Parse(text, svatove)
		if err != nil {
			t.Fatal(err)
		}
		all := s.Periods(Date{})
		for range 200 {
			var reports []Report
			for i := range rng.IntN(8) {
				r := Report{Date: d("2019-01-01").AddDays(rng.IntN(3300)), Ref: i}
				if rng.IntN(4) == 0 {
					r.Periods = []string{all[rng.IntN(len(all))].Key}
				}
				reports = append(reports, r)
			}
			asOf := d("2019-01-01").AddDays(rng.IntN(3300))
			a := EvaluateReports(s, asOf, reports)
			es, _ := Ledger(s, reports, asOf)
			var lastPassed *Entry
			covered := map[Date]bool{}
			for i := range es {
				if es[i].Due.Before(asOf) {
					lastPassed = &es[i]
				}
				covered[es[i].Due] = len(es[i].Reports) > 0
			}
			if (a.State == Overdue) != (lastPassed != nil && lastPassed.Status == Missing) {
				t.Fatalf("%s as of %s with %+v: state %v, ledger %v", text, asOf, reports, a.State, entryList(es))
			}
			for _, cy := range a.Cycles {
				if cy.Met() != covered[cy.Deadline] {
					t.Fatalf("%s as of %s with %+v: cycle %+v, ledger %v", text, asOf, reports, cy, entryList(es))
				}
			}
		}
	}
}
