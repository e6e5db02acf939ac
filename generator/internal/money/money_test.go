package money

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	uah := func(v float64, yearly bool, year int, text string) Amount {
		return Amount{Value: v, Currency: Currency, Yearly: yearly, Year: year, Text: text}
	}
	tests := []struct {
		in   string
		want []Amount
	}{
		{"120,0 тис. грн щороку", []Amount{uah(120000, true, 0, "120,0 тис. грн щороку")}},
		{"500 тис. грн", []Amount{uah(500000, false, 0, "500 тис. грн")}},
		{"1,2 млн грн", []Amount{uah(1200000, false, 0, "1,2 млн грн")}},
		{"в межах бюджетних призначень", nil},
		// Beyond any budget: not a sum to read (broken case 149).
		{"99999999999999999999999999999 млн грн щороку", nil},
		{"1 000 000 000 000 001 грн", nil},
		{"1 000 000 000 000 000 грн", []Amount{uah(1e15, false, 0, "1 000 000 000 000 000 грн")}},
		{"", nil},
		{"Місцевий бюджет", nil},
		{"не потребує фінансування", nil},
		{"50 тис.грн.", []Amount{uah(50000, false, 0, "50 тис.грн.")}},
		{"85 400,50 грн", []Amount{uah(85400.5, false, 0, "85 400,50 грн")}},
		{"1\u00a0200\u00a0000 гривень", []Amount{uah(1200000, false, 0, "1\u00a0200\u00a0000 гривень")}},
		{"2,5 мільйона гривень на рік", []Amount{uah(2500000, true, 0, "2,5 мільйона гривень на рік")}},
		{"25 ТИС. ГРН щорічно", []Amount{uah(25000, true, 0, "25 ТИС. ГРН щорічно")}},
		{"10000 UAH", []Amount{uah(10000, false, 0, "10000 UAH")}},
		{"3 тисячі гривень", []Amount{uah(3000, false, 0, "3 тисячі гривень")}},
		// A year before the sum is the sum's year; a span of years is not.
		{"2022 р. – 50 тис. грн; 2023 р. – 60 тис. грн", []Amount{
			uah(50000, false, 2022, "2022 р. – 50 тис. грн"), uah(60000, false, 2023, "2023 р. – 60 тис. грн")}},
		{"у 2023 році 100 тис. грн, у 2024 році 120 тис. грн", []Amount{
			uah(100000, false, 2023, "у 2023 році 100 тис. грн"), uah(120000, false, 2024, "у 2024 році 120 тис. грн")}},
		{"2021-2026 роки: 120 тис. грн щороку", []Amount{uah(120000, true, 0, "2021-2026 роки: 120 тис. грн щороку")}},
		{"2022 120 тис. грн", []Amount{uah(120000, false, 2022, "2022 120 тис. грн")}},
		// Numbers that are not sums.
		{"2 заклади, 15 фахівців", nil},
		{"100 %", nil},
		{"в межах кошторису; 2024 рік — 75,5 тис. грн", []Amount{uah(75500, false, 2024, "2024 рік — 75,5 тис. грн")}},
		{"1,5", nil},
		{"0 грн", []Amount{uah(0, false, 0, "0 грн")}},
	}
	for _, tt := range tests {
		got := Parse(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"120,0 тис. грн щороку", "2022 р. – 1,2 млн грн", "1 200 000 гривень"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Parse(s) {
			if a.Value < 0 || a.Currency != Currency || a.Text == "" {
				t.Fatalf("Parse(%q): %+v", s, a)
			}
		}
	})
}
