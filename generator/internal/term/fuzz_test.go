package term

import (
	"errors"
	"reflect"
	"slices"
	"testing"
)

// FuzzParse checks that Parse never panics, is a function of its text, and
// returns a schedule whose parts agree: Start <= End, deadlines valid and in
// order, years in order, and that Describe and Evaluate cope with it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"2019-2026 роки", "2019 – 2026 роки", "2019-2026\n\nроки", "2019-2026 роки              постійно",
		"2021 рік", "ІІ-ІІІ кв. 2019 року", "ІІ квартал 2019 року", "до 2020 року", "До 2026", "щороку",
		"щороку (до 10 січня)", "щопівроку", " за потреби", "2021, 2024, 2026 роки", "", "постійно",
		"протягом 2021 року", "I півріччя 2022 року", "грудень 2021 року", "до 1 березня 2022 року",
		"2021-2022 навчальний рік", "10-15 січня 2021", "з 2021 по 2024 рік", "щокварталу", "щомісяця",
		"щороку до 29 лютого", "10.01.2020", "2021-22 н.р.", "У-УІ кв. 2020",
	} {
		f.Add(s, uint8(19), uint8(7))
	}
	f.Fuzz(func(t *testing.T, text string, a, b uint8) {
		// Mostly real-looking plan periods, sometimes none at all.
		ctx := Context{PlanStart: 1990 + int(a)%60}
		ctx.PlanEnd = ctx.PlanStart + int(b)%15
		if a == 255 {
			ctx = Context{}
		}
		s, err := Parse(text, ctx)
		if s.Text != text {
			t.Fatalf("Text changed: %q", s.Text)
		}
		again, err2 := Parse(text, ctx)
		if !reflect.DeepEqual(s, again) || (err == nil) != (err2 == nil) {
			t.Fatalf("parsing the text again differs: %+v, %v", again, err2)
		}
		if err != nil {
			var e *Error
			if !errors.Is(err, ErrUnknown) || !errors.As(err, &e) || e.Reason("uk") == "" || e.Reason("en") == "" {
				t.Fatalf("error %#v is not a *Error wrapping ErrUnknown with reasons", err)
			}
			if s.Kind != KindUnknown || s.Dates != nil {
				t.Fatalf("a failed parse returned %+v", s)
			}
			return
		}
		if s.Kind == KindUnknown {
			t.Fatal("KindUnknown without an error")
		}
		if start, end, ok := s.Span(); ok && end.Before(start) {
			t.Fatalf("end %v before start %v", end, start)
		}
		for i, d := range s.Dates {
			if NewDate(d.Year, d.Month, d.Day) != d {
				t.Fatalf("deadline %+v is not a calendar date", d)
			}
			if i > 0 && !s.Dates[i-1].Before(d) {
				t.Fatalf("deadlines out of order: %v", s.Dates)
			}
		}
		if (s.Kind == KindPeriod || s.Kind == KindDeadline) && (len(s.Dates) != 1 || s.Dates[0] != s.End) {
			t.Fatalf("a one-off term's deadline is not its end: %+v", s)
		}
		if ys := s.Years(); !slices.IsSorted(ys) || len(slices.Compact(slices.Clone(ys))) != len(ys) {
			t.Fatalf("years not in order: %v", ys)
		}
		if s.Describe("uk") == "" || s.Describe("en") == "" {
			t.Fatal("empty description")
		}
		for _, asOf := range []Date{NewDate(1989, 1, 1), NewDate(2021, 6, 1), NewDate(2300, 1, 1)} {
			ev := Evaluate(s, asOf, []Date{NewDate(2020, 1, 1), NewDate(2021, 1, 1), asOf})
			if ev.State == Overdue && ev.Missed == nil || ev.State != Overdue && ev.Missed != nil {
				t.Fatalf("state %v with missed %v", ev.State, ev.Missed)
			}
			if ev.Next != nil && ev.Next.Before(asOf) {
				t.Fatalf("next deadline %v before %v", ev.Next, asOf)
			}
			if (ev.State == AsNeeded) != (s.Kind == KindAsNeeded) {
				t.Fatalf("state %v for kind %v", ev.State, s.Kind)
			}
		}
	})
}
