package importer

import (
	"regexp"
	"strings"
)

// latin maps the letters typed as Roman numerals to Latin ones: typists
// write them with the Cyrillic keyboard, І for I, У for V ("ІУ" is 4, "УІ"
// 6) and Х for X.
var latin = strings.NewReplacer("І", "I", "У", "V", "Х", "X")

// sectionPattern matches a section title: a Roman numeral, Latin or
// Cyrillic, a dot, the title. The dot is required because "У" is also a
// Ukrainian preposition.
var sectionPattern = regexp.MustCompile(`^([IVXLІУХ]+)\s*\.\s*(\S[\s\S]*)$`)

// sectionTitle splits a spanning row's text into its numeral as typed, its
// value and its title; ok is false when the text is not a section title.
func sectionTitle(text string) (number string, value int, title string, ok bool) {
	m := sectionPattern.FindStringSubmatch(text)
	if m == nil {
		return "", 0, "", false
	}
	v := roman(m[1])
	if v == 0 {
		return "", 0, "", false
	}
	return m[1], v, m[2], true
}

var romanValue = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}

// roman returns the value of a Roman numeral typed in Latin or Cyrillic
// letters, or 0 when it is not a well-formed numeral (such as "IIV").
func roman(s string) int {
	s = latin.Replace(s)
	v := 0
	for i := 0; i < len(s); i++ {
		n := romanValue[s[i]]
		if n == 0 {
			return 0
		}
		if i+1 < len(s) && romanValue[s[i+1]] > n {
			v -= n
		} else {
			v += n
		}
	}
	if v <= 0 || v > 89 || toRoman(v) != s {
		return 0
	}
	return v
}

// toRoman writes v (1..89) as a Roman numeral in upper-case Latin letters.
func toRoman(v int) string {
	var b strings.Builder
	for _, d := range []struct {
		n int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= d.n {
			b.WriteString(d.s)
			v -= d.n
		}
	}
	return b.String()
}
