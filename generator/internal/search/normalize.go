package search

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/plansite/plansite/generator/internal/uktext"
)

// Apostrophe is the one apostrophe that Normalize leaves in text: every
// other form (ʼ U+02BC, ’ U+2019, ‘ U+2018, ` U+0060, ′ U+2032) is folded
// into it, so "сімʼї", "сім’ї" and "сім'ї" are one word.
const Apostrophe = '\''

// MaxTokenRunes is the longest token kept; longer runs are noise (hashes,
// URLs glued together) and are dropped by Tokenize.
const MaxTokenRunes = 64

// Normalize returns s in the form that is indexed and searched: stress
// marks (U+0301), soft hyphens and zero-width characters removed, NFC,
// lower case (simple, per-character mapping), apostrophes folded into
// Apostrophe. й, ї, є and ґ keep their diacritics.
//
// search.js has the same function; keep the two in step (the parity test
// compares them through node).
func Normalize(s string) string {
	if simple(s) {
		// The common case: ASCII, precomposed Cyrillic and typography,
		// which NFD and NFC leave as they are.
		return strings.Map(func(r rune) rune {
			if isInvisible(r) {
				return -1
			}
			if uktext.IsApostrophe(r) {
				return Apostrophe
			}
			return unicode.ToLower(r)
		}, s)
	}
	// Decompose first so that a stress mark is removed even where it sits
	// between a letter and its diaeresis or breve (і, U+0301, U+0308);
	// NFC then recomposes й and ї from whatever form they came in.
	s = strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, norm.NFD.String(s))
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		if uktext.IsApostrophe(r) {
			return Apostrophe
		}
		// unicode.ToLower is the simple case mapping; search.js takes the
		// first code point of the full mapping, which is the same letter.
		return unicode.ToLower(r)
	}, s)
}

// simple reports whether every character of s is one that canonical
// decomposition followed by composition returns unchanged and that no
// combining mark follows and that carries no acute for the stress rule to
// remove: ASCII and Latin-1 punctuation, the Cyrillic block (whose й and ї
// are precomposed, NFC-stable letters) but for the four letters made with
// an acute (Ѓ Ќ ѓ ќ), and the punctuation Ukrainian texts use. Anything
// else takes the full NFD/NFC path.
func simple(s string) bool {
	for _, r := range s {
		switch {
		case r == 0x403, r == 0x40C, r == 0x453, r == 0x45C:
			return false
		case r < 0xC0, r >= 0x400 && r <= 0x4FF:
		case r >= 0x2010 && r <= 0x2027, r == 0x02BC, r == 0x2032, r == 0x2116, r == 0x00AB, r == 0x00BB:
		default:
			return false
		}
	}
	return true
}

// isInvisible reports the characters that Normalize deletes: the
// combining acute used as a stress mark, the soft hyphen, and zero-width
// spaces and joiners that Word exports leave inside words.
func isInvisible(r rune) bool {
	switch r {
	case '\u0301', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// isWordStart reports a character that can start or continue a token.
func isWordStart(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Tokenize splits text into normalised tokens. A token is a run of
// letters, decimal digits and (after the first character) combining
// marks; an apostrophe between two such characters stays in the token,
// so "сім'ї" is one token while quotes around a word are not. Everything
// else — spaces, punctuation, hyphens and typographic dashes — separates
// tokens. Tokens longer than MaxTokenRunes are dropped.
func Tokenize(text string) []string {
	rs := []rune(Normalize(text))
	var toks []string
	start := -1
	flush := func(end int) {
		if start >= 0 && end-start <= MaxTokenRunes {
			toks = append(toks, string(rs[start:end]))
		}
		start = -1
	}
	for i, r := range rs {
		switch {
		case isWordStart(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && unicode.IsMark(r):
		case start >= 0 && r == Apostrophe && i+1 < len(rs) && isWordStart(rs[i+1]):
		default:
			flush(i)
		}
	}
	flush(len(rs))
	return toks
}
