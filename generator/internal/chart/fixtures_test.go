package chart

import (
	"fmt"
	"time"
)

// Realistic inputs shared by the golden, markup and preview tests.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func year(y int) time.Time { return day(y, time.January, 1) }

// patronage is an indicator of Svatove's II.2.1: "охоплення патронажним
// наглядом 100% новонароджених".
func patronage(lang string) IndicatorData {
	title := "Охоплення новонароджених патронажним наглядом"
	if lang == LangEN {
		title = "Newborns under nurse home visiting"
	}
	return IndicatorData{
		ID: "ind-patronage-" + lang, Lang: lang, Title: title, Unit: "%",
		Points: []Point{
			{Date: year(2020), Value: 52}, {Date: year(2021), Value: 61}, {Date: year(2022), Value: 58.5},
			{Date: year(2023), Value: 74}, {Date: year(2024), Value: 87},
		},
		Baseline:  &Reference{Value: 40, Date: year(2019)},
		Target:    &Reference{Value: 100, Date: year(2026)},
		Direction: DirectionUp,
	}
}

// institutional is a count that should fall.
func institutional() IndicatorData {
	return IndicatorData{
		ID: "ind-institutional", Lang: LangUK, Title: "Діти в закладах інституційного догляду", Unit: "осіб",
		Points: []Point{
			{Date: year(2020), Value: 41}, {Date: year(2021), Value: 35}, {Date: year(2022), Value: 36},
			{Date: year(2023), Value: 27}, {Date: day(2024, time.July, 1), Value: 22, Label: "І півріччя 2024"},
		},
		Baseline: &Reference{Value: 46, Date: year(2019)},
		Target:   &Reference{Value: 10, Date: year(2026)},
	}
}

// inclusive has a single value in thousands, in English.
func inclusive() IndicatorData {
	return IndicatorData{
		ID: "ind-inclusive", Lang: LangEN, Title: "Children with special educational needs in inclusive classes", Unit: "children",
		Points: []Point{{Date: day(2023, time.September, 1), Value: 1234}},
		Target: &Reference{Value: 1500},
	}
}

func svatoveStatus(lang string) StatusData {
	labels := map[string][2]string{
		StatusDone: {"виконано", "done"}, StatusOngoing: {"триває", "ongoing"}, StatusDueSoon: {"настає строк", "due soon"},
		StatusOverdue: {"прострочено", "overdue"}, StatusNotStarted: {"ще не розпочато", "not started"},
		StatusAsNeeded: {"за потреби", "as needed"}, StatusNoTerm: {"без терміну", "no term"},
		StatusCancelled: {"скасовано", "cancelled"}, StatusSuspended: {"призупинено", "suspended"},
	}
	counts := []StatusCount{
		{Key: StatusDone, Count: 12}, {Key: StatusOngoing, Count: 21}, {Key: StatusDueSoon, Count: 3},
		{Key: StatusOverdue, Count: 4}, {Key: StatusNotStarted, Count: 5}, {Key: StatusAsNeeded, Count: 4},
		{Key: StatusNoTerm, Count: 1}, {Key: StatusCancelled, Count: 1}, {Key: StatusSuspended, Count: 0},
	}
	i := 0
	if lang == LangEN {
		i = 1
	}
	for k := range counts {
		counts[k].Label = labels[counts[k].Key][i]
	}
	title := "Стан виконання заходів плану Сватівського району"
	if lang == LangEN {
		title = "Measures of the Svatove district plan by status"
	}
	return StatusData{ID: "status-svatove-" + lang, Lang: lang, Title: title, Counts: counts}
}

// svatoveTimeline has the shape of the Svatove plan: six sections, 51
// measures, the terms as the plan writes them.
func svatoveTimeline() TimelineData {
	type term struct {
		start, end time.Time
		deadlines  []time.Time
	}
	var annual, halfYear []time.Time
	for y := 2020; y <= 2026; y++ {
		annual = append(annual, day(y, time.January, 10))
	}
	for y := 2019; y <= 2026; y++ {
		halfYear = append(halfYear, day(y, time.June, 30), day(y, time.December, 31))
	}
	terms := map[string]term{
		"2019-2026 роки":          {start: year(2019), end: day(2026, time.December, 31)},
		"2019-2026 роки постійно": {start: year(2019), end: day(2026, time.December, 31)},
		"ІІ-ІІІ кв. 2019 року":    {start: day(2019, time.April, 1), end: day(2019, time.September, 30)},
		"ІІ квартал 2019 року":    {start: day(2019, time.April, 1), end: day(2019, time.June, 30)},
		"до 2020 року":            {end: day(2019, time.December, 31)},
		"2021 рік":                {start: year(2021), end: day(2021, time.December, 31)},
		"До 2026":                 {end: day(2025, time.December, 31)},
		"щороку (до 10 січня)":    {start: year(2019), end: day(2026, time.December, 31), deadlines: annual},
		"щопівроку":               {deadlines: halfYear},
		"2021, 2024, 2026 роки":   {start: year(2021), end: day(2026, time.December, 31), deadlines: []time.Time{day(2021, time.December, 31), day(2024, time.December, 31), day(2026, time.December, 31)}},
		"за потреби":              {},
		"":                        {},
	}
	states := map[string]string{
		StatusDone: "виконано", StatusOngoing: "триває", StatusDueSoon: "настає строк", StatusOverdue: "прострочено",
		StatusNotStarted: "ще не розпочато", StatusAsNeeded: "за потреби", StatusNoTerm: "без терміну",
	}
	sections := []struct {
		roman, name string
		rows        [][3]string // task.measure, term, state
	}{
		{"І", "Координація та взаємодія", [][3]string{{"1.1", "за потреби", StatusAsNeeded}}},
		{"ІІ", "Розвиток освітніх, медичних, соціальних і реабілітаційних послуг", [][3]string{
			{"1.1", "2019-2026 роки", StatusOngoing}, {"1.2", "2019-2026 роки", StatusOngoing}, {"1.3", "2019-2026 роки", StatusOngoing},
			{"2.1", "2019-2026 роки постійно", StatusOngoing}, {"2.2", "2019-2026 роки", StatusOngoing}, {"2.3", "2019-2026 роки", StatusOngoing},
			{"2.4", "2019-2026 роки", StatusOngoing}, {"3.1", "ІІ-ІІІ кв. 2019 року", StatusDone}, {"3.2", "ІІ квартал 2019 року", StatusDone},
			{"3.3", "до 2020 року", StatusOverdue}, {"3.4", "2021 рік", StatusDone}, {"3.5", "До 2026", StatusDueSoon},
			{"4.1", "2019-2026 роки", StatusOngoing}, {"4.2", "2019-2026 роки", StatusOngoing}, {"4.3", "до 2020 року", StatusDone},
			{"4.4", "2021 рік", StatusOverdue}, {"5.1", "2019-2026 роки", StatusOngoing}, {"5.2", "за потреби", StatusAsNeeded},
		}},
		{"ІІІ", "Розвиток сімейних та інших форм альтернативного догляду", [][3]string{
			{"1.1", "2019-2026 роки", StatusOngoing}, {"1.2", "2019-2026 роки", StatusOngoing}, {"1.3", "до 2020 року", StatusDone},
			{"1.4", "2019-2026 роки", StatusOngoing}, {"1.5", "2021 рік", StatusDone}, {"1.6", "", StatusNoTerm},
			{"2.1", "2019-2026 роки", StatusOngoing}, {"2.2", "До 2026", StatusNotStarted}, {"2.3", "2019-2026 роки", StatusOngoing},
		}},
		{"ІУ", "Кадрове забезпечення реформування", [][3]string{
			{"1.1", "2019-2026 роки", StatusOngoing}, {"1.2", "2019-2026 роки", StatusOngoing}, {"1.3", "до 2020 року", StatusOverdue},
			{"1.4", "2021 рік", StatusDone}, {"1.5", "2019-2026 роки", StatusOngoing}, {"2.1", "До 2026", StatusNotStarted},
			{"2.2", "2019-2026 роки", StatusOngoing}, {"2.3", "за потреби", StatusAsNeeded}, {"2.4", "2019-2026 роки", StatusOngoing},
			{"3.1", "До 2026", StatusNotStarted}, {"3.2", "2019-2026 роки", StatusOngoing},
		}},
		{"У", "Інформаційно-просвітницька діяльність", [][3]string{
			{"1.1", "2019-2026 роки", StatusOngoing}, {"1.2", "2019-2026 роки", StatusOngoing}, {"1.3", "щопівроку", StatusOngoing},
			{"1.4", "2019-2026 роки", StatusOngoing}, {"1.5", "за потреби", StatusAsNeeded},
		}},
		{"УІ", "Моніторинг та оцінка виконання районного плану заходів", [][3]string{
			{"1.1", "щороку (до 10 січня)", StatusDueSoon}, {"1.2", "2021, 2024, 2026 роки", StatusOngoing},
			{"1.3", "2019-2026 роки", StatusOngoing}, {"1.4", "ІІ квартал 2019 року", StatusDone},
			{"1.5", "2019-2026 роки", StatusOngoing}, {"1.6", "2021 рік", StatusDone}, {"1.7", "2019-2026 роки", StatusOngoing},
		}},
	}
	d := TimelineData{
		ID: "timeline-svatove", Lang: LangUK, Title: "Терміни заходів плану Сватівського району, 2019–2026",
		From: year(2019), To: day(2026, time.December, 31), AsOf: day(2025, time.March, 12),
	}
	titles := []string{
		"Забезпечити функціонування координаційної ради з питань реформування системи інституційного догляду",
		"Створити службу патронату над дитиною",
		"Організувати навчання кандитатів у прийомні батьки та батьки-вихователі",
		"Запровадити послугу раннього втручання",
		"Провести інформаційну кампанію щодо сімейних форм виховання",
	}
	for _, s := range sections {
		for i, r := range s.rows {
			t := terms[r[1]]
			label := s.roman + "." + r[0]
			d.Rows = append(d.Rows, TimelineRow{
				Label: label, Title: titles[(len(d.Rows)+i)%len(titles)], URL: fmt.Sprintf("/plans/svatove-2019/%s/", label), Group: s.roman + ". " + s.name,
				Start: t.start, End: t.end, Deadlines: t.deadlines, State: r[2], StateLabel: states[r[2]], Term: r[1],
			})
		}
	}
	return d
}

// dubnoTimeline is short, in English, and as of a date past its end.
func dubnoTimeline() TimelineData {
	return TimelineData{
		ID: "timeline-dubno", Lang: LangEN, Title: "Dubno: terms of section II actions",
		AsOf: day(2025, time.March, 12),
		Rows: []TimelineRow{
			{Label: "II.1.1", Title: "Inclusive resource centre", URL: "/en/plans/dubno-2021/ii-1-1/", Start: year(2021), End: day(2022, time.June, 30), State: StatusDone, StateLabel: "done"},
			{Label: "II.1.2", URL: "/en/plans/dubno-2021/ii-1-2/", Start: day(2022, time.March, 1), End: day(2025, time.November, 30), State: StatusOngoing, StateLabel: "ongoing"},
			{Label: "II.2.1", URL: "/en/plans/dubno-2021/ii-2-1/", Start: year(2021), End: day(2024, time.December, 31), State: StatusOverdue, StateLabel: "overdue"},
			{Label: "II.3.1", URL: "/en/plans/dubno-2021/ii-3-1/", State: StatusAsNeeded, StateLabel: "as needed", Term: "as needed"},
			{Label: "II.3.2", URL: "/en/plans/dubno-2021/ii-3-2/", Start: year(2021), End: day(2026, time.December, 31), Deadlines: []time.Time{day(2021, time.December, 31), day(2024, time.December, 31)}, State: "review", StateLabel: "under review"},
		},
	}
}

// goldenCases are the figures kept as golden files.
func goldenCases() []struct {
	name string
	fig  Figure
} {
	return []struct {
		name string
		fig  Figure
	}{
		{"indicator-patronage-uk", Indicator(patronage(LangUK))},
		{"indicator-patronage-en", Indicator(patronage(LangEN))},
		{"indicator-institutional", Indicator(institutional())},
		{"indicator-one-point-en", Indicator(inclusive())},
		{"indicator-suppressed", Indicator(suppressed(LangUK))},
		{"status-svatove-uk", Status(svatoveStatus(LangUK))},
		{"status-svatove-en", Status(svatoveStatus(LangEN))},
		{"timeline-svatove", Timeline(svatoveTimeline())},
		{"timeline-dubno-en", Timeline(dubnoTimeline())},
	}
}

// suppressed is a count of children with its latest value below the
// privacy threshold: published only as "менше 5".
func suppressed(lang string) IndicatorData {
	return IndicatorData{
		ID: "ind-suppressed-" + lang, Lang: lang, Title: "Діти з громади в закладах інституційного догляду", Unit: "дітей",
		Points: []Point{
			{Date: year(2021), Value: 9}, {Date: year(2022), Value: 8}, {Date: year(2023), Value: 6},
			{Date: year(2024), Value: 3, Range: FewerThan(5, lang)},
		},
		Baseline: &Reference{Value: 11, Date: year(2020)},
		Target:   &Reference{Value: 0, Date: year(2026)},
	}
}
