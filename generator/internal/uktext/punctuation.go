package uktext

import (
	"strings"
	"unicode"
)

// Apostrophe is the one apostrophe text is folded to.
const Apostrophe = '\''

// IsApostrophe reports whether r is one of the characters written as the
// apostrophe of "сімʼї": ʼ U+02BC (the standard one), ’ U+2019 (what Word
// puts in), ‘ U+2018, ` U+0060, ′ U+2032, and ' U+0027 itself. The plans
// use three of them in the same word.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', 'ʼ', '’', '‘', '`', '′':
		return true
	}
	return false
}

var apostrophes = strings.NewReplacer("ʼ", "'", "’", "'", "‘", "'", "`", "'", "′", "'")

// FoldApostrophes writes every apostrophe as U+0027, so that "сімʼї",
// "сім’ї" and "сім'ї" compare equal.
func FoldApostrophes(s string) string { return apostrophes.Replace(s) }

// IsDash reports whether r is a hyphen, dash or minus as typed in ranges
// ("2019-2026", "2019 – 2026", "2006—2010"): U+002D, U+2010–U+2015,
// U+2212 and U+FE58, U+FE63, U+FF0D.
func IsDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－':
		return true
	}
	return false
}

// FoldDashes writes every dash as "-".
func FoldDashes(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != '-' && IsDash(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsDash(r) {
			return '-'
		}
		return r
	}, s)
}

// NameKey returns the form of a name used to match it against others:
// apostrophes and dashes folded, quotes unified, white space collapsed,
// lower case, trailing punctuation dropped. "Сватівський РЦСССДМ," and
// "сватівський  рцсссдм" have the same key.
func NameKey(s string) string {
	s = FoldDashes(FoldApostrophes(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '«', '»', '“', '”', '„':
			return '"'
		}
		return unicode.ToLower(r)
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, " ,;.")
}
