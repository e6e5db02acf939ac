package chart

import "time"

// edgeFigures are inputs a caller may send that must not break the
// layout or the markup.
func edgeFigures() []Figure {
	return []Figure{
		Indicator(IndicatorData{ID: "e1", Title: "Одна точка", Unit: "%", Points: []Point{{Date: year(2022), Value: 40}}}),
		Indicator(IndicatorData{ID: "e2", Title: "Усі рівні", Points: []Point{{Date: year(2020), Value: 5}, {Date: year(2021), Value: 5}, {Date: year(2022), Value: 5}}}),
		Indicator(IndicatorData{ID: "e3", Title: "Нулі", Points: []Point{{Date: year(2020), Value: 0}, {Date: year(2021), Value: 0}}}),
		Indicator(IndicatorData{ID: "e4", Title: "Порожньо"}),
		Indicator(IndicatorData{ID: "e5", Title: "Лише ціль", Target: &Reference{Value: 10, Date: year(2026)}}),
		Indicator(IndicatorData{ID: "e6", Title: "Від'ємні", Points: []Point{{Date: year(2020), Value: -3.5}, {Date: day(2020, time.March, 15), Value: 2.25}}}),
		Status(StatusData{ID: "e7", Title: "Нулі", Counts: []StatusCount{{Key: StatusDone, Label: "виконано"}, {Key: StatusOngoing, Label: "триває"}}}),
		Status(StatusData{ID: "e8", Title: "Порожньо"}),
		Status(StatusData{ID: "e9", Title: "Невідомі", Counts: []StatusCount{{Key: "a", Label: "а", Count: 1}, {Key: "b", Label: "б", Count: 2}, {Key: StatusDone, Label: "виконано", Count: 3}}}),
		Timeline(TimelineData{ID: "e10", Title: "Порожньо"}),
		Timeline(TimelineData{ID: "e11", Title: "Без термінів", Rows: []TimelineRow{{Label: "1", Term: "за потреби"}}}),
		Timeline(TimelineData{ID: "e12", Title: "Один день", AsOf: day(2030, time.January, 1), Rows: []TimelineRow{{Label: "1", Start: day(2021, time.May, 5), End: day(2021, time.May, 5), State: StatusDone}}}),
	}
}
