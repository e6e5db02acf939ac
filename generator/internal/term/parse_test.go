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
	// svatoveAdopted knows the day the plan was adopted, 27 June 2019.
	svatoveAdopted = Context{PlanStart: 2019, PlanEnd: 2026, Adopted: Date{2019, time.June, 27}}
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

		// Forms found in published plans and acts (docs/terms.md).
		{text: "щопівроку (до 15 липня та до 15 січня)", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-07-15", "2020-01-15", "2020-07-15", "…", "2026-07-15", "2027-01-15"}, count: 16, years: years(2019, 2026)},
		{text: "щопівроку (до 15 січня та до 15 липня)", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-07-15", "2020-01-15", "…", "2027-01-15"}, count: 16, years: years(2019, 2026)},
		{text: "кожного півріччя до 20 січня та до 20 липня", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-07-20", "2020-01-20", "…", "2027-01-20"}, count: 16, years: years(2019, 2026)},
		{text: "щороку до 15 лютого та 15 липня", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-07-15", "2020-02-15", "…", "2026-07-15", "2027-02-15"}, count: 16, years: years(2019, 2026)},
		{text: "щороку до 1 березня та 1 вересня", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-09-01", "2020-03-01", "…", "2027-03-01"}, count: 16, years: years(2019, 2026)},
		{text: "щопівроку, до 10 числа наступного місяця", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-07-10", "2020-01-10", "…", "2027-01-10"}, count: 16, years: years(2019, 2026)},
		{text: "щокварталу (до 10 числа наступного місяця)", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-04-10", "2019-07-10", "2019-10-10", "2020-01-10", "…", "2027-01-10"}, count: 32, years: years(2019, 2026)},
		{text: "щокварталу до 5 числа місяця, що настає за звітним періодом", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-04-05", "…", "2027-01-05"}, count: 32, years: years(2019, 2026)},
		{text: "щоквартально до 7 числа місяця, наступного за звітним періодом", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-04-07", "…", "2027-01-07"}, count: 32, years: years(2019, 2026)},
		{text: "щокварталу до 5 числа наступного місяця", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-04-05"}, count: 32, years: years(2019, 2026)},
		{text: "щоквартально", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-03-31"}, count: 32, years: years(2019, 2026)},
		{text: "щокварталу до 25 числа", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-03-25", "2019-06-25"}, count: 32, years: years(2019, 2026)},
		{text: "щомісяця", ctx: &dubno, kind: KindMonthly, start: "2021-01-01", end: "2026-12-31", dates: []string{"2021-01-31", "2021-02-28", "…", "2026-12-31"}, count: 72, years: years(2021, 2026)},
		{text: "щомісячно", kind: KindMonthly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-01-31"}, count: 96, years: years(2019, 2026)},
		{text: "до 5 числа щомісяця", kind: KindMonthly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-02-05", "2019-03-05", "…", "2027-01-05"}, count: 96, years: years(2019, 2026)},
		{text: "щомісяця до 5 числа", kind: KindMonthly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-02-05"}, count: 96, years: years(2019, 2026)},
		{text: "щомісяця до 25 числа", kind: KindMonthly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-01-25", "2019-02-25"}, count: 96, years: years(2019, 2026)},
		{text: "щомісяця до 31 числа", kind: KindMonthly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-01-31", "2019-02-28"}, count: 96, years: years(2019, 2026)},
		{text: "у місячний строк після завершення календарного року", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2020-01-31", "…", "2027-01-31"}, count: 8, years: years(2019, 2026), rule: MonthDay{1, 31}},
		{text: "щокварталу протягом 15 днів після закінчення звітного періоду", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-04-15", "2019-07-15", "2019-10-15", "2020-01-15"}, count: 32, years: years(2019, 2026)},
		{text: "протягом року з дня затвердження", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2020-06-27", dates: []string{"2020-06-27"}, count: 1, years: []int{2019, 2020}},
		{text: "протягом двох років з дня набрання чинності цим рішенням", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2021-06-27", years: years(2019, 2021)},
		{text: "протягом 2 років з дня затвердження плану", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2021-06-27", years: years(2019, 2021)},
		{text: "протягом місяця після затвердження плану", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-07-27", years: []int{2019}},
		{text: "протягом 30 календарних днів з дня прийняття цього рішення", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-07-27", years: []int{2019}},
		{text: "протягом шести місяців з дня затвердження", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-12-27", years: []int{2019}},
		{text: "протягом п’яти років з дня затвердження", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2024-06-27", years: years(2019, 2024)},
		{text: "протягом півроку з дня затвердження", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-12-27", years: []int{2019}},
		{text: "у місячний строк", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-07-27", dates: []string{"2019-07-27"}, years: []int{2019}},
		{text: "в місячний строк з дня затвердження", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-07-27", years: []int{2019}},
		{text: "у тримісячний строк", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-09-27", years: []int{2019}},
		{text: "у двомісячний строк", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-08-27", years: []int{2019}},
		{text: "у 10-денний строк", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-07-07", years: []int{2019}},
		{text: "у десятиденний строк", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2019-07-07", years: []int{2019}},
		{text: "у річний строк", ctx: &svatoveAdopted, kind: KindDeadline, start: "2019-06-27", end: "2020-06-27", years: []int{2019, 2020}},
		{text: "у місячний строк", ctx: &Context{PlanStart: 2021, PlanEnd: 2026, Adopted: d("2021-01-31")}, kind: KindDeadline, start: "2021-01-31", end: "2021-02-28", years: []int{2021}}, // no 31 February: its last day
		{text: "протягом року з дня затвердження", ctx: &Context{PlanStart: 2020, PlanEnd: 2026, Adopted: d("2020-02-29")}, kind: KindDeadline, start: "2020-02-29", end: "2021-02-28", years: []int{2020, 2021}},
		{text: "після прийняття рішення", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "після прийняття відповідного рішення", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "у місячний строк після прийняття рішення", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "протягом місяця після прийняття рішення", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "у разі фінансування", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "за наявності фінансування", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "за умови фінансування", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "після затвердження бюджету", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "2022-2024 роки (за наявності фінансування)", kind: KindConditional, start: "2022-01-01", end: "2024-12-31", count: -1, years: years(2022, 2024)},
		{text: "постійно, у разі фінансування", kind: KindConditional, start: "2019-01-01", end: "2026-12-31", count: -1, years: years(2019, 2026)},
		{text: "у разі фінансування", ctx: &Context{}, kind: KindConditional, count: -1},
		{text: "IV кв. 2021 – II кв. 2022", kind: KindPeriod, start: "2021-10-01", end: "2022-06-30", dates: []string{"2022-06-30"}, years: []int{2021, 2022}},
		{text: "ІУ квартал 2021 року – ІІ квартал 2022 року", kind: KindPeriod, start: "2021-10-01", end: "2022-06-30", years: []int{2021, 2022}},
		{text: "І півріччя 2022 – ІІ півріччя 2023", kind: KindPeriod, start: "2022-01-01", end: "2023-12-31", years: []int{2022, 2023}},
		{text: "ІІ півріччя 2021 – І півріччя 2022 року", kind: KindPeriod, start: "2021-07-01", end: "2022-06-30", years: []int{2021, 2022}},
		{text: "1-е півріччя 2021 року", kind: KindPeriod, start: "2021-01-01", end: "2021-06-30", years: []int{2021}},
		{text: "2-й квартал 2021 року", kind: KindPeriod, start: "2021-04-01", end: "2021-06-30", years: []int{2021}},
		{text: "I півр. 2023 р.", kind: KindPeriod, start: "2023-01-01", end: "2023-06-30", years: []int{2023}},
		{text: "ІV кв. 2022 р.", kind: KindPeriod, start: "2022-10-01", end: "2022-12-31", years: []int{2022}}, // Cyrillic І, Latin V
		{text: "протягом І кварталу 2022 року", kind: KindPeriod, start: "2022-01-01", end: "2022-03-31", years: []int{2022}},
		{text: "до кінця ІІ кварталу 2022 року", kind: KindDeadline, start: "2019-01-01", end: "2022-06-30", years: years(2019, 2022)},
		{text: "2006—2010 роки", ctx: &Context{PlanStart: 2006, PlanEnd: 2010}, kind: KindPeriod, start: "2006-01-01", end: "2010-12-31", years: years(2006, 2010)},
		{text: "2021–2027 роки", kind: KindPeriod, start: "2021-01-01", end: "2027-12-31", years: years(2021, 2027)},
		{text: "2023 -2025 роки", kind: KindPeriod, start: "2023-01-01", end: "2025-12-31", years: years(2023, 2025)},
		{text: "2022 –2027 роки", kind: KindPeriod, start: "2022-01-01", end: "2027-12-31", years: years(2022, 2027)},
		{text: "2013 –2018  роки", kind: KindPeriod, start: "2013-01-01", end: "2018-12-31", years: years(2013, 2018)},
		{text: "2018-2020 рр.", kind: KindPeriod, start: "2018-01-01", end: "2020-12-31", years: years(2018, 2020)},
		{text: "2013 - 2018 р.р.", kind: KindPeriod, start: "2013-01-01", end: "2018-12-31", years: years(2013, 2018)},
		{text: "на період 2025-2027 років", kind: KindPeriod, start: "2025-01-01", end: "2027-12-31", years: years(2025, 2027)},
		{text: "у 2025—2027 роках", kind: KindPeriod, start: "2025-01-01", end: "2027-12-31", years: years(2025, 2027)},
		{text: "у 2024 році", kind: KindPeriod, start: "2024-01-01", end: "2024-12-31", years: []int{2024}},
		{text: "Протягом 2011 року", kind: KindPeriod, start: "2011-01-01", end: "2011-12-31", years: []int{2011}},
		{text: "на 2022 рік", kind: KindPeriod, start: "2022-01-01", end: "2022-12-31", years: []int{2022}},
		{text: "на період до 2030 року", kind: KindDeadline, start: "2019-01-01", end: "2030-12-31", years: years(2019, 2030)},
		{text: "2023 і 2024 роки", kind: KindPeriod, start: "2023-01-01", end: "2024-12-31", dates: []string{"2024-12-31"}, count: 1, years: []int{2023, 2024}},
		{text: "2021 та 2022 роки", kind: KindPeriod, start: "2021-01-01", end: "2022-12-31", years: []int{2021, 2022}},
		{text: "2021, 2022 роки", kind: KindDeadlines, start: "2021-01-01", end: "2022-12-31", count: 2, years: []int{2021, 2022}}, // a list: a pair takes a word
		{text: "2021 і 2023 роки", kind: KindDeadlines, start: "2021-01-01", end: "2023-12-31", count: 2, years: []int{2021, 2023}},
		{text: "до 31.12.2023 року", kind: KindDeadline, start: "2019-01-01", end: "2023-12-31", years: years(2019, 2023)},
		{text: "до 20.03.2014", ctx: &Context{PlanStart: 2014, PlanEnd: 2014}, kind: KindDeadline, start: "2014-01-01", end: "2014-03-20", years: []int{2014}},
		{text: "з 01.04.2023 – 01.05.2023 року", kind: KindPeriod, start: "2023-04-01", end: "2023-05-01", dates: []string{"2023-05-01"}, years: []int{2023}},
		{text: "09 червня 2021 року включно", kind: KindDeadline, start: "2019-01-01", end: "2021-06-09", years: years(2019, 2021)},
		{text: "до 31 грудня 2024 року включно", kind: KindDeadline, start: "2019-01-01", end: "2024-12-31", years: years(2019, 2024)},
		{text: "не пізніше 1 липня 2024 року", kind: KindDeadline, start: "2019-01-01", end: "2024-07-01", years: years(2019, 2024)},
		{text: "до 14 березня 2025 р.", kind: KindDeadline, start: "2019-01-01", end: "2025-03-14", years: years(2019, 2025)},
		{text: "у квітні - травні 2012 року", kind: KindPeriod, start: "2012-04-01", end: "2012-05-31", years: []int{2012}},
		{text: "щороку до 1 травня", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-05-01", "…", "2026-05-01"}, years: years(2019, 2026), rule: MonthDay{5, 1}},
		{text: "щорічно до 20 грудня", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-12-20"}, years: years(2019, 2026), rule: MonthDay{12, 20}},
		{text: "щороку 20 листопада", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-11-20"}, years: years(2019, 2026), rule: MonthDay{11, 20}},
		{text: "двічі на рік", kind: KindHalfYearly, start: "2019-01-01", end: "2026-12-31", dates: []string{"2019-06-30"}, count: 16, years: years(2019, 2026)},
		{text: "раз на квартал", kind: KindQuarterly, start: "2019-01-01", end: "2026-12-31", count: 32, years: years(2019, 2026)},
		{text: "протягом дії плану", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", dates: []string{"2026-12-31"}, years: years(2019, 2026)},
		{text: "на весь період дії програми", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "протягом усього періоду", kind: KindPeriod, start: "2019-01-01", end: "2026-12-31", years: years(2019, 2026)},
		{text: "щороку протягом дії плану", kind: KindYearly, start: "2019-01-01", end: "2026-12-31", count: 8, years: years(2019, 2026), rule: MonthDay{12, 31}},

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
		{"у місячний строк", svatove, "adoption date is not known"},
		{"протягом року з дня затвердження", svatove, "adoption date is not known"},
		{"протягом року", svatoveAdopted, "does not say what day it counts from"},
		{"протягом року з дня надходження коштів", svatoveAdopted, `counts from "надходження"`},
		{"протягом місяця з дня прийняття рішення", svatoveAdopted, "which decision"},
		{"протягом 30 робочих днів з дня затвердження", svatoveAdopted, "working days are not counted"},
		{"протягом 900 років з дня затвердження", svatoveAdopted, "outside 1900–2199"},
		{"у місячний строк колись", svatoveAdopted, `unexpected "колись"`},
		{"2021 рік", Context{PlanStart: 2019, PlanEnd: 2026, Adopted: Date{1812, 1, 1}}, "adoption date 1812-01-01 is impossible"},
		{"щопівроку (до 15 січня та до 20 лютого)", svatove, "same half-year"},
		{"щороку до 15 лютого, 15 липня та 15 жовтня", svatove, "more than two days"},
		{"щокварталу до 10 квітня", svatove, "quarterly or monthly term gives its day"},
		{"щороку до 5 числа", svatove, "day 5 of which month"},
		{"щомісяця до 40 числа", svatove, "no day 40"},
		{"щомісяця до 5 числа та 20 числа", svatove, "one day"},
		{"щороку до 15 лютого та колись", svatove, `unexpected "та"`},
		{"щороку у разі фінансування", svatove, "both recurring and conditional"},
		{"у разі фінансування, після прийняття рішення", svatove, "two different conditions"},
		{"у разі фінансування, 2021, 2024 роки", svatove, "list of years"},
		{"протягом 15 днів після закінчення звітного періоду", svatove, "which period"},
		{"щороку у місячний строк після завершення кварталу", svatove, "two different ways"},
		{"щороку до 10 січня у місячний строк після завершення року", svatove, "two different days"},
		{"Протягом березня-квітня", svatove, "no year"},
		{"Щопятниці", svatove, `unexpected "щопятниці"`},
		{"до їх повного завершення", svatove, `unexpected "їх"`},
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
		{"щопівроку (до 15 липня та до 15 січня)", "щопівроку: за I півріччя — до 15 липня, за II — до 15 січня, 2019–2027", "every half year: for the first half by 15 July, for the second by 15 January, 2019–2027"},
		{"щороку до 15 лютого та 15 липня", "щопівроку: за I півріччя — до 15 липня, за II — до 15 лютого, 2019–2027", "every half year: for the first half by 15 July, for the second by 15 February, 2019–2027"},
		{"щопівроку, до 10 числа наступного місяця", "щопівроку, до 10 числа місяця після півріччя, 2019–2027", "every half year, by day 10 of the month after the half-year, 2019–2027"},
		{"щокварталу (до 10 числа наступного місяця)", "щокварталу, до 10 числа місяця після кварталу, 2019–2027", "every quarter, by day 10 of the month after the quarter, 2019–2027"},
		{"щокварталу до 25 числа", "щокварталу, до 25 числа останнього місяця кварталу, 2019–2026", "every quarter, by day 25 of the last month of the quarter, 2019–2026"},
		{"щомісяця", "щомісяця, до кінця місяця, 2019–2026", "every month, by the end of the month, 2019–2026"},
		{"до 5 числа щомісяця", "щомісяця, до 5 числа наступного місяця, 2019–2027", "every month, by day 5 of the next month, 2019–2027"},
		{"щомісяця до 25 числа", "щомісяця, до 25 числа, 2019–2026", "every month, by day 25, 2019–2026"},
		{"у місячний строк після завершення календарного року", "щороку, не пізніше ніж через місяць після кінця року, 2020–2027", "every year, within one month after the year ends, 2020–2027"},
		{"щокварталу протягом 15 днів після закінчення звітного періоду", "щокварталу, не пізніше ніж через 15 днів після кінця кварталу, 2019–2027", "every quarter, within 15 days after the quarter ends, 2019–2027"},
		{"у місячний строк", "до 27 липня 2019 (через місяць від затвердження плану 27 червня 2019)", "by 27 July 2019 (one month from the plan's adoption on 27 June 2019)"},
		{"протягом двох років з дня затвердження", "до 27 червня 2021 (через 2 роки від затвердження плану 27 червня 2019)", "by 27 June 2021 (2 years from the plan's adoption on 27 June 2019)"},
		{"у 10-денний строк", "до 7 липня 2019 (через 10 днів від затвердження плану 27 червня 2019)", "by 7 July 2019 (10 days from the plan's adoption on 27 June 2019)"},
		{"протягом 21 дня з дня затвердження", "до 18 липня 2019 (через 21 день від затвердження плану 27 червня 2019)", "by 18 July 2019 (21 days from the plan's adoption on 27 June 2019)"},
		{"у разі фінансування", "за умови фінансування, без строку", "if funded, no deadline"},
		{"2022-2024 роки (за наявності фінансування)", "за умови фінансування, без строку, 2022–2024", "if funded, no deadline, 2022–2024"},
		{"після прийняття рішення", "після прийняття рішення, без строку", "once the decision is taken, no deadline"},
		{"після затвердження бюджету", "після затвердження бюджету, без строку", "once the budget is approved, no deadline"},
		{"за потреби, 2021 рік", "за потреби, без строку, 2021", "as needed, no deadline, 2021"},
		{"IV кв. 2021 – II кв. 2022", "з 1 жовтня 2021 до 30 червня 2022", "1 October 2021 to 30 June 2022"},
		{"2023 і 2024 роки", "з 1 січня 2023 до 31 грудня 2024", "1 January 2023 to 31 December 2024"},
		{"09 червня 2021 року включно", "до 9 червня 2021", "by 9 June 2021"},
		{"протягом дії плану", "з 1 січня 2019 до 31 грудня 2026", "1 January 2019 to 31 December 2026"},
	}
	for _, c := range cases {
		s, _ := Parse(c.text, svatoveAdopted)
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
