// Package money reads sums of money from the text of a plan's costs cell
// (фінансові витрати), such as "120,0 тис. грн щороку" or "2022 р. – 1,2
// млн грн". The cell stays as adopted; what is read from it is shown
// beside it, so a reader can check the reading against the text.
//
// It reads only what is plainly a sum: a number, an optional multiplier
// (тис., млн, млрд) and the hryvnia (грн, гривень, ₴, UAH). Words such as
// "в межах бюджетних призначень" or "кошти місцевого бюджету" hold no sum
// and give none.
package money

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Currency is the currency of every amount the package reads: the plans'
// costs are in hryvnias.
const Currency = "UAH"

// Amount is a sum of money read from a text.
type Amount struct {
	// Value is the sum in hryvnias: "120,0 тис. грн" is 120000.
	Value float64 `json:"value"`
	// Currency is always Currency.
	Currency string `json:"currency"`
	// Yearly is true when the text says the sum is spent every year
	// ("щороку", "щорічно", "на рік").
	Yearly bool `json:"yearly,omitempty"`
	// Year is the one year the text gives the sum for ("2022 р. – 50 тис.
	// грн"); 0 when it names none or a span of years.
	Year int `json:"year,omitempty"`
	// Text is the part of the text the sum was read from, as written.
	Text string `json:"text"`
}

// amount matches a sum at the start of a text: a number (its thousands
// grouped by spaces or not, with an optional decimal part), a multiplier
// and the currency.
var amount = regexp.MustCompile(`^(?i)(\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+|\d+)(?:[.,](\d+))?\s*` +
	`(тис(?:яч[аі]?)?\.?|млн\.?|мільйон(?:и|а|ів)?|млрд\.?|мільярд(?:и|а|ів)?)?\s*` +
	`(грн\.?|гривн[яі]|гривень|₴|uah)`)

// multipliers are the values of the multiplier words, by their first
// letters.
var multipliers = []struct {
	prefix string
	value  float64
}{{"тис", 1e3}, {"млн", 1e6}, {"мільйон", 1e6}, {"млрд", 1e9}, {"мільярд", 1e9}}

// yearlyWords mark a sum spent every year.
var yearlyWords = []string{"щороку", "щорічно", "на рік", "в рік", "у рік", "/рік", "на кожен рік", "за рік"}

// MaxValue bounds a sum read from a plan's text: a million billion
// hryvnias, the bound check puts on every number of the content. A larger
// "sum" is not read; the text stays as adopted.
const MaxValue = 1e15

// Parse returns the sums the text names, in order; none when it names none.
// Each clause of the text (parts split by ";", a new line, or a comma with
// a space after it) is read on its own: a year or "щороку" qualifies the
// sums of its clause alone.
func Parse(text string) []Amount {
	var out []Amount
	for _, clause := range clauses(text) {
		out = append(out, parseClause(clause)...)
	}
	return out
}

// clauses splits text where one statement of a sum ends.
func clauses(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ';' || c == '\n' || c == ',' && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
			out = append(out, text[start:i])
			start = i + 1
		}
	}
	return append(out, text[start:])
}

// parseClause reads the sums of one clause.
func parseClause(clause string) []Amount {
	var out []Amount
	lower := strings.ToLower(clause)
	yearly := false
	for _, w := range yearlyWords {
		yearly = yearly || strings.Contains(lower, w)
	}
	for i := 0; i < len(clause); {
		r, size := utf8.DecodeRuneInString(clause[i:])
		if !unicode.IsDigit(r) || i > 0 && startsMidNumber(clause[:i]) {
			i += size
			continue
		}
		m := amount.FindStringSubmatchIndex(clause[i:])
		if m == nil {
			i += size
			continue
		}
		v := value(clause[i+m[2]:i+m[3]], sub(clause[i:], m, 2), sub(clause[i:], m, 3))
		i += m[1]
		if v > MaxValue {
			continue // no plan's budget: a slip or a hostile cell, not a sum to read
		}
		out = append(out, Amount{Value: v, Currency: Currency, Yearly: yearly, Year: singleYear(clause[:i-m[1]]), Text: strings.TrimSpace(clause)})
	}
	return out
}

// startsMidNumber reports whether a number starting after before would be
// the tail of a longer one ("2022" in "12022", "5" in "1,5").
func startsMidNumber(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	if unicode.IsDigit(r) {
		return true
	}
	if r == ',' || r == '.' {
		rest := before[:len(before)-1]
		p, _ := utf8.DecodeLastRuneInString(rest)
		return unicode.IsDigit(p)
	}
	return false
}

// sub returns submatch n of m in s, or "".
func sub(s string, m []int, n int) string {
	if m[2*n] < 0 {
		return ""
	}
	return s[m[2*n]:m[2*n+1]]
}

// value computes the sum from its whole part, decimal part and multiplier
// word, rounded to kopecks.
func value(whole, frac, mult string) float64 {
	digits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, whole)
	if frac != "" {
		digits += "." + frac
	}
	v, _ := strconv.ParseFloat(digits, 64)
	m := strings.ToLower(mult)
	for _, mu := range multipliers {
		if strings.HasPrefix(m, mu.prefix) {
			v *= mu.value
			break
		}
	}
	return math.Round(v*100) / 100
}

// singleYear returns the year the text before a sum names, if it names
// exactly one: "2022 р. –", "у 2023 році", but not "2021-2026 роки".
func singleYear(before string) int {
	found := 0
	for _, run := range strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsDigit(r) }) {
		y, err := strconv.Atoi(run)
		if err != nil || len(run) != 4 || y < 1990 || y > 2100 {
			continue
		}
		if found != 0 && found != y {
			return 0 // a span of years, or a list
		}
		found = y
	}
	return found
}
