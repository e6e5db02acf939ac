package uktext

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Plural forms as CLDR names them. Ukrainian uses One (1, 21, 101…), Few
// (2–4, 22–24…) and Many (0, 5–20, 25…); English One and Other.
const (
	One   = "one"
	Few   = "few"
	Many  = "many"
	Other = "other"
)

var pluralForms = map[plural.Form]string{plural.One: One, plural.Few: Few, plural.Many: Many, plural.Other: Other}

// Plural returns the CLDR plural form of the whole number n in lang ("uk",
// "en"), from golang.org/x/text's copy of the CLDR rules: "1 захід",
// "2 заходи", "5 заходів".
func Plural(lang string, n int) string {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.Ukrainian
	}
	if n < 0 {
		n = -n
	}
	f := plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)
	if s, ok := pluralForms[f]; ok {
		return s
	}
	return Other
}

// PluralCategories are the plural forms lang's whole numbers take, the
// forms a translation gives for each noun: One, Few and Many in
// Ukrainian, One and Other in English (and other languages, until they
// are added). A script that picks a form with the browser's
// Intl.PluralRules falls back to the last.
func PluralCategories(lang string) []string {
	if lang == "uk" {
		return []string{One, Few, Many}
	}
	return []string{One, Other}
}
