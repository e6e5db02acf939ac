package model

import (
	"math"
	"slices"
	"sort"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/money"
)

// Money is what a measure (or a plan) was to cost and what reports say
// was spent. The plan's costs cell stays as adopted (Measure.Costs); the
// sums read from it sit beside it, as read, never in its place.
type Money struct {
	// Planned are the sums read from the costs cell, in its order; empty
	// when it names none ("в межах бюджетних призначень").
	Planned []money.Amount `json:"planned,omitempty"`
	// Spent are the sums the notes report, oldest note first.
	Spent []*Spent `json:"-"`
	// Years are the years with a sum planned for them or spent in them,
	// oldest first.
	Years []YearMoney `json:"years,omitempty"`
	// PlannedTerm is planned for the term as a whole, in UAH: the sums
	// that name neither a year nor "щороку".
	PlannedTerm float64 `json:"planned_term,omitempty"`
	// PlannedTotal is everything planned, in UAH: the Years' planned sums
	// and PlannedTerm.
	PlannedTotal float64 `json:"planned_total,omitempty"`
	// SpentTotal is everything spent, per currency.
	SpentTotal []Sum `json:"spent_total,omitempty"`
}

// Spent is a sum a note reports spent on a measure ([[spending]]).
type Spent struct {
	content.Spending
	// Currency is the spending's currency, "UAH" when the note names
	// none.
	Currency string
	Note     *Note
	Measure  *Measure
}

// Value is the sum spent, 0 when the note gives none.
func (s *Spent) Value() float64 {
	if s.Amount == nil {
		return 0
	}
	return *s.Amount
}

// ProzorroURL is the public page of a Prozorro procurement.
func ProzorroURL(id string) string { return "https://prozorro.gov.ua/tender/" + id }

// YearMoney is one year's planned and spent money.
type YearMoney struct {
	Year int `json:"year"`
	// Planned is planned for the year, in UAH; PlannedKnown says whether
	// the plan names a sum for it at all (0 may be a sum).
	Planned      float64 `json:"planned"`
	PlannedKnown bool    `json:"planned_known"`
	// Spent is spent in the year, per currency.
	Spent []Sum `json:"spent,omitempty"`
}

// Sum is an amount of money in one currency.
type Sum struct {
	Currency string  `json:"currency"`
	Value    float64 `json:"value"`
}

// MoneyTotals are a plan's money in numbers, for the pages and data that
// span plans: Money without the sums read and the notes.
type MoneyTotals struct {
	// PlannedKnown says whether any sum is planned (read from a costs
	// cell) at all.
	PlannedKnown bool        `json:"planned_known"`
	Years        []YearMoney `json:"years,omitempty"`
	PlannedTerm  float64     `json:"planned_term,omitempty"`
	PlannedTotal float64     `json:"planned_total,omitempty"`
	SpentTotal   []Sum       `json:"spent_total,omitempty"`
}

// Totals returns the money in numbers.
func (m *Money) Totals() MoneyTotals {
	known := len(m.Planned) > 0 || m.PlannedTerm != 0
	for _, y := range m.Years {
		known = known || y.PlannedKnown
	}
	return MoneyTotals{PlannedKnown: known, Years: m.Years, PlannedTerm: m.PlannedTerm, PlannedTotal: m.PlannedTotal, SpentTotal: m.SpentTotal}
}

// HasAny reports whether anything is planned or spent.
func (m MoneyTotals) HasAny() bool { return m.PlannedKnown || len(m.SpentTotal) > 0 }

// HasAny reports whether anything is planned or spent.
func (m *Money) HasAny() bool { return len(m.Planned) > 0 || len(m.Spent) > 0 || len(m.Years) > 0 }

// PlanMoney reads measure m's planned sums from its costs cell: a sum for
// a year goes to that year, a yearly sum to each year of the term (within
// the plan's period), any other to the term as a whole.
func PlanMoney(m *Measure) {
	if m.Costs == nil {
		return
	}
	m.Money.Planned = money.Parse(*m.Costs)
	years := map[int]*YearMoney{}
	plan := func(y int, v float64) {
		ym := years[y]
		if ym == nil {
			ym = &YearMoney{Year: y}
			years[y] = ym
		}
		ym.Planned = kopecks(ym.Planned + v)
		ym.PlannedKnown = true
	}
	for _, a := range m.Money.Planned {
		switch {
		case a.Year != 0:
			plan(a.Year, a.Value)
		case a.Yearly && len(m.Progress.Years) > 0:
			for _, y := range m.Progress.Years {
				if y >= m.Plan.Period.Start && y <= m.Plan.Period.End {
					plan(y, a.Value)
				}
			}
		default:
			m.Money.PlannedTerm = kopecks(m.Money.PlannedTerm + a.Value)
		}
	}
	for _, ym := range years {
		m.Money.Years = append(m.Money.Years, *ym)
	}
	m.Money.finish()
}

// AddSpent adds a sum a note reports spent on the measure.
func (m *Measure) AddSpent(s *Spent) {
	m.Money.Spent = append(m.Money.Spent, s)
	if s.Amount == nil {
		return
	}
	i := slices.IndexFunc(m.Money.Years, func(y YearMoney) bool { return y.Year == s.Year })
	if i < 0 {
		m.Money.Years = append(m.Money.Years, YearMoney{Year: s.Year})
		i = len(m.Money.Years) - 1
	}
	m.Money.Years[i].Spent = addSum(m.Money.Years[i].Spent, s.Currency, *s.Amount)
	m.Money.finish()
}

// AddMoney adds o's years and totals to m (a plan's money from its
// measures'). Planned sums read are not copied: they are the measures'.
func (m *Money) AddMoney(o *Money) {
	for _, y := range o.Years {
		i := slices.IndexFunc(m.Years, func(x YearMoney) bool { return x.Year == y.Year })
		if i < 0 {
			m.Years = append(m.Years, YearMoney{Year: y.Year})
			i = len(m.Years) - 1
		}
		t := &m.Years[i]
		t.Planned = kopecks(t.Planned + y.Planned)
		t.PlannedKnown = t.PlannedKnown || y.PlannedKnown
		for _, s := range y.Spent {
			t.Spent = addSum(t.Spent, s.Currency, s.Value)
		}
	}
	m.PlannedTerm = kopecks(m.PlannedTerm + o.PlannedTerm)
	m.finish()
}

// finish sorts the years and computes the totals.
func (m *Money) finish() {
	sort.Slice(m.Years, func(i, j int) bool { return m.Years[i].Year < m.Years[j].Year })
	m.PlannedTotal = m.PlannedTerm
	m.SpentTotal = nil
	for _, y := range m.Years {
		m.PlannedTotal = kopecks(m.PlannedTotal + y.Planned)
		for _, s := range y.Spent {
			m.SpentTotal = addSum(m.SpentTotal, s.Currency, s.Value)
		}
	}
}

// addSum adds v in currency to sums, keeping them sorted by currency with
// the hryvnia first.
func addSum(sums []Sum, currency string, v float64) []Sum {
	for i := range sums {
		if sums[i].Currency == currency {
			sums[i].Value = kopecks(sums[i].Value + v)
			return sums
		}
	}
	sums = append(sums, Sum{Currency: currency, Value: kopecks(v)})
	sort.Slice(sums, func(i, j int) bool {
		a, b := sums[i].Currency, sums[j].Currency
		if (a == money.Currency) != (b == money.Currency) {
			return a == money.Currency
		}
		return a < b
	})
	return sums
}

// kopecks rounds a sum to whole kopecks, so that adding many sums does not
// show 0.30000000000000004.
func kopecks(v float64) float64 { return math.Round(v*100) / 100 }
