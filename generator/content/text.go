package content

import (
	"strings"
	"unicode"
)

// foldSpace trims s and collapses runs of white space to one space.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }

// FoldApostrophes replaces the apostrophe look-alikes Ukrainian texts use
// (ʼ U+02BC, ’ U+2019, ‘ U+2018, ` U+0060, ′ U+2032) with U+0027, so that
// "сімʼї", "сім’ї" and "сім'ї" compare equal.
func FoldApostrophes(s string) string {
	return apostrophes.Replace(s)
}

var apostrophes = strings.NewReplacer("ʼ", "'", "’", "'", "‘", "'", "`", "'", "′", "'")

// NameKey returns the form of a name used to match it: apostrophes folded,
// dashes unified, white space collapsed, lower case, trailing punctuation
// dropped.
func NameKey(s string) string {
	s = FoldApostrophes(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '–', '—', '‑', '−':
			return '-'
		case '«', '»', '“', '”', '„':
			return '"'
		}
		return unicode.ToLower(r)
	}, s)
	s = foldSpace(s)
	return strings.TrimRight(s, " ,;.")
}
