package search

import "unicode/utf8"

// lessUTF16 orders strings as JavaScript's < does (by UTF-16 code units),
// which differs from Go's byte order only for code points above U+FFFF
// against U+E000–U+FFFF. Terms are sorted this way so that search.js can
// binary-search them with plain string comparison.
func lessUTF16(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return utf16Key(ra) < utf16Key(rb)
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b != ""
}

// utf16Key maps a code point to a value in UTF-16 order: supplementary
// code points (stored as surrogates D800–DFFF) sort after U+D7FF and
// before U+E000, in code point order among themselves.
func utf16Key(r rune) rune {
	switch {
	case r >= 0x10000:
		return 0xD800 + (r - 0x10000)
	case r >= 0xE000:
		return r + 0x100000
	}
	return r
}
