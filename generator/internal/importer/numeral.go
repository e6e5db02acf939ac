package importer

import (
	"regexp"

	"github.com/plansite/plansite/generator/internal/uktext"
)

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

// roman returns the value of a section numeral typed in Latin or Cyrillic
// letters, or 0 when it is not a well-formed numeral (such as "IIV") or
// more than a plan has sections (89, LXXXIX).
func roman(s string) int {
	if v, ok := uktext.ParseRoman(s); ok && v <= 89 {
		return v
	}
	return 0
}
