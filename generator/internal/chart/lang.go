package chart

import (
	"html/template"
	"strings"
	"unicode"
)

// Funcs are the functions chart.html calls besides the figure's own
// fields; a template set that parses chart.html adds them (Funcs).
var Funcs = template.FuncMap{"ukLang": UKLang, "langIn": LangIn}

// UKLang is "uk" for text with a Cyrillic letter, "" for other text: the
// lang attribute of a code such as Dubno's "II.М.3" (Cyrillic М), which
// Svatove's "II.2.1" does not need. Templates write
// {{with ukLang .Code}} lang="{{.}}"{{end}}.
func UKLang(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0 {
		return LangUK
	}
	return ""
}

// LangIn is UKLang for text in a figure (a page) in language lang: "uk"
// for Cyrillic text where the figure is in another language, else "".
func LangIn(lang, s string) string {
	if lang == LangUK {
		return ""
	}
	return UKLang(s)
}
