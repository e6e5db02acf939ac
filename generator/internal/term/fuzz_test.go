package term

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"
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
		// Forms of docs/terms.md.
		"щопівроку (до 15 липня та до 15 січня)", "щокварталу (до 10 числа наступного місяця)", "до 5 числа щомісяця",
		"щомісячно", "протягом року з дня затвердження", "протягом двох років з дня набрання чинності цим рішенням",
		"у місячний строк", "у тримісячний строк", "у 10-денний строк", "після прийняття рішення", "у разі фінансування",
		"за наявності фінансування", "2022-2024 роки (за наявності фінансування)", "IV кв. 2021 – II кв. 2022",
		"І півріччя 2022 – ІІ півріччя 2023", "2006—2010 роки", "2023 -2025 роки", "2018-2020 рр.", "2013 - 2018 р.р.",
		"на період 2025-2027 років", "у 2025—2027 роках", "у 2024 році", "2023 і 2024 роки", "до 31.12.2023 року",
		"з 01.04.2023 – 01.05.2023 року", "09 червня 2021 року включно", "не пізніше 1 липня 2024 року",
		"щороку до 15 лютого та 15 липня", "кожного півріччя до 20 січня та до 20 липня",
		"щокварталу до 5 числа місяця, що настає за звітним періодом", "у місячний строк після завершення календарного року",
		"щокварталу протягом 15 днів після закінчення звітного періоду", "протягом дії плану", "1-е півріччя 2021 року",
		"протягом п’яти років з дня затвердження", "протягом 30 робочих днів з дня затвердження",
	} {
		f.Add(s, uint8(19), uint8(7))
	}
	f.Fuzz(func(t *testing.T, text string, a, b uint8) {
		// Mostly real-looking plan periods, sometimes none at all.
		ctx := Context{PlanStart: 1990 + int(a)%60}
		ctx.PlanEnd = ctx.PlanStart + int(b)%15
		if b%3 != 0 {
			ctx.Adopted = NewDate(ctx.PlanStart, time.Month(1+int(b)%12), 1+int(a)%31)
		}
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
		checkPeriods(t, s)
		for _, asOf := range []Date{NewDate(1989, 1, 1), NewDate(2021, 6, 1), NewDate(2300, 1, 1)} {
			ev := Evaluate(s, asOf, []Date{NewDate(2020, 1, 1), NewDate(2021, 1, 1), asOf})
			if ev.State == Overdue && ev.Missed == nil || ev.State != Overdue && ev.Missed != nil {
				t.Fatalf("state %v with missed %v", ev.State, ev.Missed)
			}
			if ev.Next != nil && ev.Next.Before(asOf) {
				t.Fatalf("next deadline %v before %v", ev.Next, asOf)
			}
			if (ev.State == AsNeeded) != (s.Kind == KindAsNeeded || s.Kind == KindConditional) {
				t.Fatalf("state %v for kind %v", ev.State, s.Kind)
			}
		}
	})
}

// checkPeriods checks that a schedule's periods agree with its deadlines,
// have canonical keys, and make a ledger that lists what it should.
func checkPeriods(t *testing.T, s Schedule) {
	all := s.Periods(Date{})
	if len(all) != len(s.Dates) {
		t.Fatalf("%d periods for %d deadlines", len(all), len(s.Dates))
	}
	for i, p := range all {
		if p.Due != s.Dates[i] || p.End.Before(p.Start) {
			t.Fatalf("period %+v for deadline %v", p, s.Dates[i])
		}
		if k, err := ParsePeriodKey(p.Key); err != nil || k != p.Key {
			t.Fatalf("key %q reads as %q, %v", p.Key, k, err)
		}
		if i > 0 && !all[i-1].Start.Before(p.Start) {
			t.Fatalf("periods out of order: %v, %v", all[i-1], p)
		}
		if p.Label("uk") == "" || p.Label("en") == "" {
			t.Fatalf("period %q has no label", p.Key)
		}
	}
	if len(all) == 0 {
		return
	}
	mid := all[len(all)/2].Due
	reports := []Report{{Date: mid, Ref: 0}, {Date: mid.AddDays(40), Ref: 1, Periods: []string{all[0].Key, "2022-H3"}}}
	es, um := Ledger(s, reports, mid)
	if len(es) == 0 || len(es) > len(all) || len(um) != 1 {
		t.Fatalf("ledger of %d periods as of %s: %d entries, unmatched %v", len(all), mid, len(es), um)
	}
	if len(s.Periods(mid)) > len(es) {
		t.Fatalf("ledger of %d entries leaves out some of %d periods due", len(es), len(s.Periods(mid)))
	}
}
