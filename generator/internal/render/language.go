package render

import (
	"html/template"
	"strings"

	"github.com/plansite/plansite/generator/internal/chart"
)

// SiteTitle is the portal's name in the page's language (config.toml's
// title, or title_en on English pages), marked Ukrainian where the
// English one is missing.
func (p *page) SiteTitle() localText {
	t, uk := p.Site.Config.SiteTitle(p.Lang)
	return localText{Text: t, Lang: ukIf(uk)}
}

// SiteDescription is the portal's sentence in the page's language.
func (p *page) SiteDescription() localText {
	d, uk := p.Site.Config.SiteDescription(p.Lang)
	return localText{Text: d, Lang: ukIf(uk)}
}

func ukIf(uk bool) string {
	if uk {
		return "uk"
	}
	return ""
}

// first is the first of two results: a string of a function that also
// says whether it fell back to Ukrainian.
func first(s string, _ bool) string { return s }

// unit is an indicator's unit of measure (indicators.toml writes it in
// Ukrainian, "дітей") in the page's language: the theme's "unit.<unit>"
// string on pages in other languages, the unit as written when it has
// none (TestLangMarked then names it).
func (p *page) unit(u string) string {
	if p.Lang == "uk" || u == "" {
		return u
	}
	if s, ok := p.r.theme.strings[p.Lang]["unit."+u]; ok {
		return s
	}
	return u
}

// LangOf is the lang attribute text s needs on this page: "uk" for text
// with a Cyrillic letter on a page in another language, else "". Only for
// text wholly in one language: a title, a name, a breadcrumb.
func (p *page) LangOf(s string) string {
	if p.Lang == "uk" {
		return ""
	}
	return chart.UKLang(s)
}

func init() {
	for name, f := range chart.Funcs {
		templateFuncs[name] = f
	}
}

// latinCode writes a measure's code in Latin letters for text that cannot
// mark a Cyrillic letter's language (an image's alt): a group letter of
// Dubno's "II.М.3" is an abbreviation of a Ukrainian word, transliterated
// as Ukraine's national system has it (М → M, О → O, С → S).
func latinCode(code string) string {
	return codeLatin.Replace(code)
}

var codeLatin = strings.NewReplacer(
	"А", "A", "Б", "B", "В", "V", "Г", "H", "Ґ", "G", "Д", "D", "Е", "E", "Є", "Ye", "Ж", "Zh", "З", "Z",
	"И", "Y", "І", "I", "Ї", "Yi", "Й", "Y", "К", "K", "Л", "L", "М", "M", "Н", "N", "О", "O", "П", "P",
	"Р", "R", "С", "S", "Т", "T", "У", "U", "Ф", "F", "Х", "Kh", "Ц", "Ts", "Ч", "Ch", "Ш", "Sh",
	"Щ", "Shch", "Ю", "Yu", "Я", "Ya")

// TUK is the theme's string key with args put in, each a span marked
// Ukrainian where the page is in another language and the arg is
// Cyrillic text (a portal's name with no English one): for sentences
// that hold a name from the content.
func (p *page) TUK(key string, args ...string) template.HTML {
	spans := make([]any, len(args))
	for i, a := range args {
		spans[i] = p.ukSpan(a)
	}
	return template.HTML(p.T(key, spans...))
}
