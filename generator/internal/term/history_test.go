package term

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// changeList writes changes as "date state[!missed][@refs]".
func changeList(cs []Change) []string {
	var out []string
	for _, c := range cs {
		s := c.Date.String() + " " + c.State.String()
		if c.Missed != nil {
			s += "!" + c.Missed.String()
		}
		if len(c.Reports) > 0 {
			s += fmt.Sprintf("@%v", c.Reports)
		}
		out = append(out, s)
	}
	return out
}

func TestHistory(t *testing.T) {
	cases := []struct {
		name, term string
		from, to   string
		reports    []Report
		want       []string
	}{
		{"a year's work, done in time", "2021 рік", "2020-01-01", "2023-01-01", reportsOf("2021-11-15"), []string{
			"2020-01-01 upcoming", "2021-01-01 under-way", "2021-10-02 due", "2021-11-15 done@[0]"}},
		{"a year's work, never done", "2021 рік", "2020-01-01", "2023-01-01", nil, []string{
			"2020-01-01 upcoming", "2021-01-01 under-way", "2021-10-02 due", "2022-01-01 overdue!2021-12-31"}},
		{"a year's work, done late", "2021 рік", "2021-06-01", "2023-01-01", reportsOf("2022-03-01"), []string{
			"2021-06-01 under-way", "2021-10-02 due", "2022-01-01 overdue!2021-12-31", "2022-03-01 done@[0]"}},
		{"yearly: each missed year is a change", "щороку (до 10 січня)", "2019-06-01", "2022-06-01", reportsOf("2020-01-09"), []string{
			"2019-06-01 under-way", "2019-10-12 due", "2020-01-09 under-way@[0]", "2020-10-12 due", "2021-01-11 overdue!2021-01-10", "2022-01-11 overdue!2022-01-10"}},
		{"ongoing: done only after its end", "2019-2021 роки постійно", "2021-01-01", "2022-06-01", reportsOf("2021-05-01"), []string{
			"2021-01-01 under-way", "2021-10-02 due", "2022-01-01 done"}},
		{"as needed never changes", "за потреби", "2019-01-01", "2026-12-31", reportsOf("2021-05-01"), []string{"2019-01-01 as-needed"}},
		{"to before from: the state on from", "2021 рік", "2021-06-01", "2021-01-01", nil, []string{"2021-06-01 under-way"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Parse(c.term, svatove)
			if err != nil {
				t.Fatal(err)
			}
			if got := changeList(History(s, d(c.from), d(c.to), c.reports)); !slices.Equal(got, c.want) {
				t.Errorf("history\n got %v\nwant %v", got, c.want)
			}
		})
	}
}

// TestHistoryIsExact checks History against EvaluateReports on every day:
// the state on each day is the state of the latest change on or before
// it, and each change is a change.
func TestHistoryIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	terms := []string{"щороку (до 10 січня)", "щопівроку", "2021 рік", "2019-2026 роки постійно", "2021, 2024, 2026 роки",
		"щокварталу (до 10 числа наступного місяця)", "до 1 березня 2022 року", "", "за потреби"}
	from, to := d("2018-06-01"), d("2027-03-01")
	for _, text := range terms {
		s, err := Parse(text, svatove)
		if err != nil {
			t.Fatal(err)
		}
		for trial := range 2 {
			var reports []Report
			for i := range rng.IntN(6) {
				reports = append(reports, Report{Date: from.AddDays(rng.IntN(to.Sub(from))), Ref: i})
			}
			opts := []EvalOption{WithDueWindow(30 + 60*trial)}
			h := History(s, from, to, reports, opts...)
			if len(h) == 0 || h[0].Date != from {
				t.Fatalf("%q: history does not start on %s: %v", text, from, changeList(h))
			}
			k := 0
			for day := from; !day.After(to); day = day.AddDays(1) {
				if k+1 < len(h) && h[k+1].Date == day {
					k++
				}
				a := EvaluateReports(s, day, reports, opts...)
				if a.State != h[k].State || !sameDate(a.Missed, h[k].Missed) {
					t.Fatalf("%q with %+v: on %s the state is %v (missed %v), history says %s", text, reports, day, a.State, a.Missed, changeList(h)[k])
				}
			}
			for i := 1; i < len(h); i++ {
				if h[i].State == h[i-1].State && sameDate(h[i].Missed, h[i-1].Missed) {
					t.Fatalf("%q: %s is no change", text, changeList(h)[i])
				}
			}
		}
	}
}
