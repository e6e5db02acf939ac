package term

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

var (
	svatove = Context{PlanStart: 2019, PlanEnd: 2026}
	dubno   = Context{PlanStart: 2021, PlanEnd: 2026}
)

// d reads a date in a test table.
func d(s string) Date {
	v, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func years(a, b int) []int {
	var out []int
	for y := a; y <= b; y++ {
		out = append(out, y)
	}
	return out
}

func TestParse(t *testing.T) {
	cases := []struct {
		text       string
		ctx        *Context // svatove unless set
		kind       Kind
		start, end string
		ongoing    bool
		// dates are the first deadlines, "…" then the last, or all of
		// them; nil skips the check.
		dates []string
		count int // the number of deadlines, if not 0
		years []int
		rule  MonthDay
	}{
		// The forms in the plans.
		{text: "2019-2026 роки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", dates: []string{"2026-12-31"}, count: 1, years: years(2019, 2026)},
		{text: "2019 – 2026 роки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019 - 2026 роки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019—2026 роки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019-2026", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019-2026 Роки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019-2026\n\nроки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019-2026 роки              ", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019-2026 роки              постійно", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", ongoing: true, dates: []string{"2026-12-31"}, years: years(2019, 2026)},
		{text: "2020-2026 роки", kind: KindPeriod, start: "2020-01-01", end: "2026-12-31", years: years(2020, 2026)},
		{text: "2020 – 2024 роки", kind: KindPeriod, start: "2020-01-01", end: "2024-12-31", years: years(2020, 2024)},
		{text: "2021 рік", kind: KindPeriod, start: "2021-01-01", end: "2021-12-31", dates: []string{"2021-12-31"}, years: []int{2021}},
		{text: "2019 рік", kind: KindPeriod, start: "2019-01-01", end: "2019-12-31", years: []int{2019}},
		{text: "ІІ-ІІІ кв. 2019 року", kind: KindPeriod, start: "2019-04-01", end: "2019-09-30", dates: []string{"2019-09-30"}, years: []int{2019}},
		{text: "ІІ-ІІІ кв. \n\n2019 року", kind: KindPeriod, start: "2019-04-01", end: "2019-09-30", years: []int{2019}},
		{text: "II–III кв. 2019 року", kind: KindPeriod, start: "2019-04-01", end: "2019-09-30", years: []int{2019}},
		{text: "ІІ - ІІІ квартали 2019 року", kind: KindPeriod, start: "2019-04-01", end: "2019-09-30", years: []int{2019}},
		{text: "ІІ квартал 2019 року", kind: KindPeriod, start: "2019-04-01", end: "2019-06-30", years: []int{2019}},
		{text: "ІУ квартал 2020 року", kind: KindPeriod, start: "2020-10-01", end: "2020-12-31", years: []int{2020}},
		{text: "ІІкв. 2020", kind: KindPeriod, start: "2020-04-01", end: "2020-06-30", years: []int{2020}},
		{text: "IV кв. 2020 р.", kind: KindPeriod, start: "2020-10-01", end: "2020-12-31", years: []int{2020}},
		{text: "до 2020 року", kind: KindDeadline, start: "2019-01-01", end: "2020-12-31", dates: []string{"2020-12-31"}, years: []int{2019, 2020}},
		{text: "До 2026", kind: KindDeadline, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: " До 2026", kind: KindDeadline, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "щороку", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-12-31", "2020-12-31", "…", "2026-12-31"}, count: 8, years: years(2019, 2026), rule: MonthDay{12, 31}},
		{text: "Щороку", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", count: 8, years: years(2019, 2026), rule: MonthDay{12, 31}},
		{text: "щороку (до 10 січня)", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2020-01-10", "2021-01-10", "…", "2027-01-10"}, count: 8, years: years(2019, 2026), rule: MonthDay{1, 10}},
		{text: "щороку\n\n(до 10 січня)", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2020-01-10", "…", "2027-01-10"}, years: years(2019, 2026), rule: MonthDay{1, 10}},
		{text: "щопівроку", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-06-30", "2019-12-31", "2020-06-30", "…", "2026-12-31"}, count: 16, years: years(2019, 2026)},
		{text: "щопівроку", ctx: &dubno, kind: KindHalfYearly, start: "2021-01-01", end: "2026-12-31", dates: []string{"2021-06-30", "…", "2026-12-31"}, count: 12, years: years(2021, 2026)},
		{text: "за потреби", kind: KindAsNeeded, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: " за потреби", kind: KindAsNeeded, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2021, 2024, 2026 роки", kind: KindDeadlines, start: "2021-01-01", end: "2026-12-31", dates: []string{"2021-12-31", "2024-12-31", "2026-12-31"}, count: 3, years: []int{2021, 2024, 2026}},
		{text: "2021 - 2026 роки", ctx: &dubno, kind: KindPeriod, start: "2021-01-01", end: "2026-12-31", years: years(2021, 2026)},
		{text: "2021 - 2024 роки", ctx: &dubno, kind: KindPeriod, start: "2021-01-01", end: "2024-12-31", years: years(2021, 2024)},
		{text: "", kind: KindNone, count: -1},
		{text: "   \n\t", kind: KindNone, count: -1},
		{text: "—", kind: KindNone, count: -1},

		// Forms a careful reader understands too.
		{text: "постійно", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", ongoing: true, years: years(2019, 2026)},
		{text: "2019-2026 роки (постійно)", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", ongoing: true, years: years(2019, 2026)},
		{text: "постійно, 2020-2022 роки", kind: KindPeriod, start: "2020-01-01", end: "2022-12-31", ongoing: true, years: years(2020, 2022)},
		{text: "постійно до 2020 року", kind: KindPeriod, start: "2019-01-01", end: "2020-12-31", ongoing: true, years: years(2019, 2020)},
		{text: "протягом 2021 року", kind: KindPeriod, start: "2021-01-01", end: "2021-12-31", years: []int{2021}},
		{text: "у 2021 році", kind: KindPeriod, start: "2021-01-01", end: "2021-12-31", years: []int{2021}},
		{text: "I півріччя 2022 року", kind: KindPeriod, start: "2022-01-01", end: "2022-06-30", years: []int{2022}},
		{text: "ІІ півріччя 2022 р.", kind: KindPeriod, start: "2022-07-01", end: "2022-12-31", years: []int{2022}},
		{text: "перше півріччя 2022 року", kind: KindPeriod, start: "2022-01-01", end: "2022-06-30", years: []int{2022}},
		{text: "у ІІ кварталі 2020 року", kind: KindPeriod, start: "2020-04-01", end: "2020-06-30", years: []int{2020}},
		{text: "2 квартал 2020", kind: KindPeriod, start: "2020-04-01", end: "2020-06-30", years: []int{2020}},
		{text: "грудень 2021 року", kind: KindPeriod, start: "2021-12-01", end: "2021-12-31", years: []int{2021}},
		{text: "у грудні 2021 року", kind: KindPeriod, start: "2021-12-01", end: "2021-12-31", years: []int{2021}},
		{text: "січень-березень 2021 року", kind: KindPeriod, start: "2021-01-01", end: "2021-03-31", years: []int{2021}},
		{text: "15 березня 2021 року", kind: KindDeadline, start: "2019-01-01", end: "2021-03-15", years: years(2019, 2021)},
		{text: "10.01.2020", kind: KindDeadline, start: "2019-01-01", end: "2020-01-10", years: []int{2019, 2020}},
		{text: "10-15 січня 2021 року", kind: KindPeriod, start: "2021-01-10", end: "2021-01-15", years: []int{2021}},
		{text: "до 1 березня 2022 року", kind: KindDeadline, start: "2019-01-01", end: "2022-03-01", dates: []string{"2022-03-01"}, years: years(2019, 2022)},
		{text: "до грудня 2021 року", kind: KindDeadline, start: "2019-01-01", end: "2021-12-31", years: years(2019, 2021)},
		{text: "не пізніше грудня 2021 року", kind: KindDeadline, start: "2019-01-01", end: "2021-12-31", years: years(2019, 2021)},
		{text: "до кінця 2021 року", kind: KindDeadline, start: "2019-01-01", end: "2021-12-31", years: years(2019, 2021)},
		{text: "до 10.01.2020", kind: KindDeadline, start: "2019-01-01", end: "2020-01-10", years: []int{2019, 2020}},
		{text: "2021-2022 навчальний рік", kind: KindPeriod, start: "2021-09-01", end: "2022-06-30", years: []int{2021, 2022}},
		{text: "2021/2022 н.р.", kind: KindPeriod, start: "2021-09-01", end: "2022-06-30", years: []int{2021, 2022}},
		{text: "2021-22 навчальний рік", kind: KindPeriod, start: "2021-09-01", end: "2022-06-30", years: []int{2021, 2022}},
		{text: "2019-26 роки", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "з 2021 року", kind: KindPeriod, start: "2021-01-01", end: "2026-12-31", years: years(2021, 2026)},
		{text: "з 2021 по 2024 рік", kind: KindPeriod, start: "2021-01-01", end: "2024-12-31", years: years(2021, 2024)},
		{text: "2021, 2024 та 2026 роки", kind: KindDeadlines, start: "2021-01-01", end: "2026-12-31", years: []int{2021, 2024, 2026}},
		{text: "2026, 2021 роки", kind: KindDeadlines, start: "2021-01-01", end: "2026-12-31", dates: []string{"2021-12-31", "2026-12-31"}, years: []int{2021, 2026}},
		{text: "щорічно", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", count: 8, years: years(2019, 2026), rule: MonthDay{12, 31}},
		{text: "щороку до 1 березня", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2020-03-01", "…", "2027-03-01"}, years: years(2019, 2026), rule: MonthDay{3, 1}},
		{text: "щороку до 1 грудня", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-12-01", "…", "2026-12-01"}, years: years(2019, 2026), rule: MonthDay{12, 1}},
		{text: "щороку до 29 лютого", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2020-02-29", "2021-02-28"}, years: years(2019, 2026), rule: MonthDay{2, 29}},
		{text: "до 10.01 щороку", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2020-01-10"}, years: years(2019, 2026), rule: MonthDay{1, 10}},
		{text: "щороку, 2021-2024 роки", kind: KindYearly, start: "2021-01-01", end: "2024-12-31", dates: []string{"2021-12-31", "…", "2024-12-31"}, count: 4, years: years(2021, 2024), rule: MonthDay{12, 31}},
		{text: "щороку до 2024 року", kind: KindYearly, start: "2019-01-01", end: "2024-12-31", count: 6, years: years(2019, 2024), rule: MonthDay{12, 31}},
		{text: "постійно, щороку", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", count: 8, years: years(2019, 2026), rule: MonthDay{12, 31}},
		{text: "щокварталу", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-03-31", "2019-06-30", "2019-09-30", "2019-12-31", "2020-03-31"}, count: 32, years: years(2019, 2026)},
		{text: "щомісяця", kind: KindMonthly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-01-31", "2019-02-28"}, count: 96, years: years(2019, 2026)},
		{text: "за потребою", kind: KindAsNeeded, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "2019-2026 роки – постійно", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", ongoing: true, years: years(2019, 2026)},
		{text: "у разі потреби", kind: KindAsNeeded, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "за потреби, 2019-2021 роки", kind: KindAsNeeded, start: "2019-01-01", end: "2021-12-31", years: years(2019, 2021)},
		{text: "без терміну", kind: KindNone, count: -1},
		{text: "2021 р\u00adік", kind: KindPeriod, start: "2021-01-01", end: "2021-12-31", years: []int{2021}}, // a soft hyphen inside a word

		// The plan's period unknown: what needs it is said below, in
		// TestParseErrors.
		{text: "2019-2026 роки", ctx: &Context{}, kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "до 2020 року", ctx: &Context{}, kind: KindDeadline, start: "2020-01-01", end: "2020-12-31", years: []int{2020}},
		{text: "за потреби", ctx: &Context{}, kind: KindAsNeeded, count: -1},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.text, "\n", "⏎"), func(t *testing.T) {
			ctx := svatove
			if c.ctx != nil {
				ctx = *c.ctx
			}
			s, err := Parse(c.text, ctx)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if s.Text != c.text {
				t.Errorf("Text = %q, want it as written, %q", s.Text, c.text)
			}
			if s.Kind != c.kind || s.Start.String() != c.start || s.End.String() != c.end || s.Ongoing != c.ongoing {
				t.Errorf("got %v %s..%s ongoing=%v, want %v %s..%s ongoing=%v", s.Kind, s.Start, s.End, s.Ongoing, c.kind, c.start, c.end, c.ongoing)
			}
			if s.Rule != c.rule {
				t.Errorf("Rule = %v, want %v", s.Rule, c.rule)
			}
			checkDates(t, s.Dates, c.dates)
			switch {
			case c.count < 0 && len(s.Dates) != 0:
				t.Errorf("deadlines %v, want none", s.Dates)
			case c.count > 0 && len(s.Dates) != c.count:
				t.Errorf("%d deadlines, want %d", len(s.Dates), c.count)
			}
			if !reflect.DeepEqual(s.Years(), c.years) {
				t.Errorf("Years = %v, want %v", s.Years(), c.years)
			}
			from, to, ok := s.Span()
			if ok != (c.start != "") || from.String() != c.start || to.String() != c.end {
				t.Errorf("Span = %v %v %v, want %s %s", from, to, ok, c.start, c.end)
			}
		})
	}
}

// checkDates compares deadlines with want: its first ones, and after "…"
// the last ones.
func checkDates(t *testing.T, got []Date, want []string) {
	t.Helper()
	if want == nil {
		return
	}
	head, tail := want, []string(nil)
	for i, w := range want {
		if w == "…" {
			head, tail = want[:i], want[i+1:]
		}
	}
	var str []string
	for _, g := range got {
		str = append(str, g.String())
	}
	if len(str) < len(head)+len(tail) ||
		strings.Join(str[:len(head)], " ") != strings.Join(head, " ") ||
		strings.Join(str[len(str)-len(tail):], " ") != strings.Join(tail, " ") {
		t.Errorf("deadlines %v, want %v", str, want)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		text string
		ctx  Context
		why  string // a part of the English reason
	}{
		{"колись", svatove, `unexpected "колись"`},
		{"2026-2019 роки", svatove, "ends before it starts"},
		{"V квартал 2020", svatove, "no quarter 5"},
		{"У квартал 2020", svatove, "no quarter 5"},
		{"ІІІ півріччя 2020", svatove, "no half-year 3"},
		{"ІІІІ квартал 2020", svatove, `unexpected "іііі"`},
		{"ІІ кв.", svatove, "no year"},
		{"ІІ", svatove, "quarter or half-year"},
		{"щороку (до 45 січня)", svatove, "no date 45.01"},
		{"31.02.2021", svatove, "no date 31.02"},
		{"12345", svatove, "neither a year nor a day"},
		{"2019-2020-2021", svatove, `unexpected "-"`},
		{"2019-", svatove, "ends too early"},
		{"до понеділка", svatove, `unexpected "понеділка"`},
		{"до 10 січня", svatove, "no year"},
		{"щороку, за потреби", svatove, "both recurring and as needed"},
		{"2021, 2021 роки", svatove, "listed twice"},
		{"щорічно, 2021, 2024 роки", svatove, "list of years"},
		{"щопівроку до 10 січня", svatove, "needs two days, one for each half"},
		{"2021 навчальний рік", svatove, "school year takes two years"},
		{"1850 рік", svatove, "outside 1900–2199"},
		{"2019-2026 роки?", svatove, "unexpected character"},
		{"рік", svatove, `unexpected "рік"`},
		{"щороку та щопівроку", svatove, "two different ways"},
		{"щороку", Context{}, "needs the plan's period"},
		{"постійно", Context{}, "needs the plan's period"},
		{"з 2021 року", Context{}, "needs the plan's period"},
		{"2021 рік", Context{PlanStart: 2026, PlanEnd: 2019}, "plan period 2026–2019"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			s, err := Parse(c.text, c.ctx)
			if !errors.Is(err, ErrUnknown) {
				t.Fatalf("Parse = %+v, %v; want an error wrapping ErrUnknown", s, err)
			}
			if !strings.Contains(err.Error(), c.why) {
				t.Errorf("error %q does not say %q", err, c.why)
			}
			var e *Error
			if !errors.As(err, &e) || e.Text != c.text || e.Reason("uk") == "" || e.Reason("uk") == e.Reason("en") {
				t.Errorf("error %#v: want *Error with the text and a Ukrainian reason", err)
			}
			if s.Text != c.text || s.Kind != KindUnknown || s.Dates != nil {
				t.Errorf("schedule %+v: want KindUnknown with the text as written", s)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	cases := []struct{ text, uk, en string }{
		{"2019-2026 роки", "з 1 січня 2019 до 31 грудня 2026", "1 January 2019 to 31 December 2026"},
		{"2019-2026 роки постійно", "постійно, з 1 січня 2019 до 31 грудня 2026", "continuously, 1 January 2019 to 31 December 2026"},
		{"ІІ-ІІІ кв. 2019 року", "з 1 квітня 2019 до 30 вересня 2019", "1 April 2019 to 30 September 2019"},
		{"до 2020 року", "до 31 грудня 2020", "by 31 December 2020"},
		{"щороку (до 10 січня)", "щороку до 10 січня, 2020–2027", "every year by 10 January, 2020–2027"},
		{"щороку", "щороку до 31 грудня, 2019–2026", "every year by 31 December, 2019–2026"},
		{"щопівроку", "щопівроку: до 30 червня і 31 грудня, 2019–2026", "every half year: by 30 June and 31 December, 2019–2026"},
		{"щокварталу", "щокварталу, до кінця кварталу, 2019–2026", "every quarter, by the end of the quarter, 2019–2026"},
		{"2021, 2024, 2026 роки", "до кінця 2021, 2024 і 2026 років", "by the end of 2021, 2024 and 2026"},
		{"за потреби", "за потреби, без строку", "as needed, no deadline"},
		{"", "без терміну", "no term"},
		{"колись", "не розпізнано", "not understood"},
	}
	for _, c := range cases {
		s, _ := Parse(c.text, svatove)
		if got := s.Describe("uk"); got != c.uk {
			t.Errorf("%q: Describe(uk) = %q, want %q", c.text, got, c.uk)
		}
		if got := s.Describe("en"); got != c.en {
			t.Errorf("%q: Describe(en) = %q, want %q", c.text, got, c.en)
		}
	}
}

func TestDeadlineQueries(t *testing.T) {
	s, _ := Parse("щороку (до 10 січня)", svatove)
	if got := s.Deadlines(d("2021-01-10"), d("2023-01-09")); !reflect.DeepEqual(got, []Date{d("2021-01-10"), d("2022-01-10")}) {
		t.Errorf("Deadlines = %v", got)
	}
	if got := s.Deadlines(Date{}, d("2020-12-31")); !reflect.DeepEqual(got, []Date{d("2020-01-10")}) {
		t.Errorf("Deadlines with an open start = %v", got)
	}
	for _, c := range []struct {
		asOf, next, last string
	}{
		{"2019-06-01", "2020-01-10", ""},
		{"2022-01-10", "2022-01-10", "2021-01-10"}, // today is still ahead
		{"2022-01-11", "2023-01-10", "2022-01-10"},
		{"2027-01-11", "", "2027-01-10"},
	} {
		next, _ := s.NextDeadline(d(c.asOf))
		last, _ := s.LastDeadline(d(c.asOf))
		if next.String() != c.next || last.String() != c.last {
			t.Errorf("as of %s: next %v, last %v; want %s, %s", c.asOf, next, last, c.next, c.last)
		}
	}
}

func TestRoman(t *testing.T) {
	for w, want := range map[string]int{"і": 1, "іі": 2, "ііі": 3, "іу": 4, "iv": 4, "у": 5, "уі": 6, "vi": 6, "іх": 9, "іi": 2, "хіі": 12} {
		if got, ok := roman(w); !ok || got != want {
			t.Errorf("roman(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for _, w := range []string{"кв", "іііі", "уу", "ух", "", "iiiiiiiiii"} {
		if n, ok := roman(w); ok {
			t.Errorf("roman(%q) = %d, want not a numeral", w, n)
		}
	}
}

func TestDate(t *testing.T) {
	if got := NewDate(2021, time.March, 0); got != d("2021-02-28") {
		t.Errorf("NewDate normalises to %v", got)
	}
	if n := d("2027-01-10").Sub(d("2026-10-12")); n != 90 {
		t.Errorf("Sub = %d, want 90", n)
	}
	if n := d("2199-12-31").Sub(d("1900-01-01")); n != 109572 {
		t.Errorf("Sub over three centuries = %d, want 109572", n)
	}
	if got := d("2020-01-10").Format("uk") + " / " + d("2020-01-10").Format("en"); got != "10 січня 2020 / 10 January 2020" {
		t.Errorf("Format = %q", got)
	}
	var z Date
	if b, _ := z.MarshalText(); string(b) != "" || z.String() != "" {
		t.Errorf("the zero date writes as %q", b)
	}
	if err := z.UnmarshalText([]byte("2021-06-30")); err != nil || z != d("2021-06-30") {
		t.Errorf("UnmarshalText = %v, %v", z, err)
	}
	if _, err := ParseDate("30.06.2021"); err == nil {
		t.Error("ParseDate accepts a non-ISO date")
	}
}
