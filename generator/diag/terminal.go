package diag

import (
	"strings"
	"unicode/utf8"
)

// Printable returns s with every character a terminal would act on rather
// than show replaced by a visible stand-in of one character: a control
// character by its picture (␛ for ESC, ␊ for a line feed), a C1 control, a
// bidirectional override or isolate, a line or paragraph separator and a
// byte that is not UTF-8 by U+FFFD. Content is written by anyone who can
// commit a file; what check prints of it must not recolour, retitle or
// rewrite the reader's terminal, nor reorder the text it shows. A tab is
// kept. Each character stays one character, so carets keep their columns.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if replaced(r) != r {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(replaced(r))
	}
	return b.String()
}

// replaced returns the stand-in for r, or r itself.
func replaced(r rune) rune {
	switch {
	case r == '\t':
		return r
	case r < 0x20:
		return 0x2400 + r // the Control Pictures block: ␀ … ␟
	case r == 0x7F:
		return '␡'
	case r >= 0x80 && r <= 0x9F, // C1 controls, CSI among them
		r == 0x061C, r == 0x200E, r == 0x200F, // bidi marks
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0x2028, r == 0x2029,   // line and paragraph separators
		r == utf8.RuneError:
		return utf8.RuneError
	}
	return r
}
