package term

import "testing"

// History evaluates the state on every event day, each evaluation
// assigning every report to every period: quadratic in the number of
// periods. These measure the worst terms of a real plan: a monthly term
// over eight years with a report every month, and a yearly one.
func benchHistory(b *testing.B, text string, step int) {
	s, err := Parse(text, svatove)
	if err != nil {
		b.Fatal(err)
	}
	var reports []Report
	for i, day := 0, d("2019-01-20"); day.Before(d("2027-01-01")); i, day = i+1, day.AddDays(step) {
		reports = append(reports, Report{Date: day, Ref: i})
	}
	b.ResetTimer()
	for b.Loop() {
		History(s, d("2019-01-01"), d("2027-06-30"), reports)
	}
}

func BenchmarkHistoryMonthly(b *testing.B) { benchHistory(b, "щомісяця", 30) }
func BenchmarkHistoryYearly(b *testing.B)  { benchHistory(b, "щороку (до 10 січня)", 365) }

func BenchmarkLedgerMonthly(b *testing.B) {
	s, _ := Parse("щомісяця", svatove)
	var reports []Report
	for i, day := 0, d("2019-01-20"); day.Before(d("2027-01-01")); i, day = i+1, day.AddDays(30) {
		reports = append(reports, Report{Date: day, Ref: i})
	}
	for b.Loop() {
		Ledger(s, reports, d("2026-11-24"))
	}
}
