package tomldecode

import (
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/diag"
)

// A syntaxSpot is where a mistake is shown: a line (1-based), a byte
// column (0-based) in it and a length in bytes.
type syntaxSpot struct{ line, col, n int }

// A syntaxError is the parser's error placed in the text: where it gave
// up, the last segment of the key it was reading, and its message.
type syntaxError struct {
	syntaxSpot
	key, msg string
}

// A syntaxRule recognises one common mistake by the parser's message and
// says where the mistake is and what it is.
type syntaxRule struct {
	name  string // for tests
	match func(msg string) bool
	fix   func(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any)
}

// syntaxRules are tried in order; the first that matches wins, and the
// last matches every message.
var syntaxRules = []syntaxRule{
	{"unclosed string", msgIs("strings cannot contain newlines").or(msgPrefix(`unexpected EOF; expected '"'`, `unexpected EOF; expected "'"`)), unclosedString},
	{"unclosed multi-line string", msgPrefix(`unexpected EOF; expected '"""'`, `unexpected EOF; expected "'''"`), unclosedMultiline},
	{"missing equals", msgPrefix("expected '.' or '=', but got"), missingEquals},
	{"duplicate", msgContains("has already been defined", "was already created"), duplicate},
	{"bad date", msgPrefix("invalid datetime:"), badDate},
	{"no value", msgIs("unexpected EOF; expected value", `expected value but found '\n' instead`), noValue},
	{"unquoted", msgPrefix("expected value but found"), unquoted},
	{"trailing", msgPrefix("expected a top-level item to end with"), trailing},
	{"list", msgPrefix("expected a comma (',') or array terminator"), listSyntax},
	{"inline table", msgPrefix("expected a comma or an inline table terminator"), inlineTable},
	{"header", msgContains("table name", "table array name", "table separator"), badHeader},
	{"escape", msgContains("invalid escape", "hexadecimal digits after"), badEscape},
	{"number", msgContains("nvalid integer", "nvalid float", "out of range", "cannot use sign").
		or(msgPrefix("not a ", "not an ", "floats must start", "expected a digit")), malformedNumber},
	{"blank key", msgPrefix("unexpected '='", "unexpected '.'"), blankKey},
	{"control character", msgContains("control characters"), controlChar},
	{"other", func(string) bool { return true }, otherSyntax},
}

// syntaxRuleFor returns the index of the rule for the parser's message.
func syntaxRuleFor(msg string) int {
	for i, r := range syntaxRules {
		if r.match(msg) {
			return i
		}
	}
	panic("unreachable: the last syntax rule matches every message")
}

// msgMatch tells whether a parser's message is one a rule recognises.
type msgMatch func(msg string) bool

func (m msgMatch) or(o msgMatch) msgMatch { return func(msg string) bool { return m(msg) || o(msg) } }

// msgIs matches any of the messages exactly.
func msgIs(msgs ...string) msgMatch {
	return func(msg string) bool {
		for _, m := range msgs {
			if msg == m {
				return true
			}
		}
		return false
	}
}

// msgPrefix matches messages starting with any of prefixes.
func msgPrefix(prefixes ...string) msgMatch {
	return func(msg string) bool {
		for _, p := range prefixes {
			if strings.HasPrefix(msg, p) {
				return true
			}
		}
		return false
	}
}

// msgContains matches messages containing any of parts.
func msgContains(parts ...string) msgMatch {
	return func(msg string) bool {
		for _, p := range parts {
			if strings.Contains(msg, p) {
				return true
			}
		}
		return false
	}
}

// unclosedString: a quoted value without its closing quote, shown from the
// opening quote to the end of the line.
func unclosedString(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	c, q := openQuote(s.line(e.line))
	if c < 0 { // e.g. the line ends a multi-line string
		return e.syntaxSpot, kindTOMLSyntax, []any{e.msg}
	}
	return syntaxSpot{e.line, c, len(s.line(e.line)) - c}, kindUnclosedString, []any{string(q)}
}

// unclosedMultiline: a """ or ”' text never closed, shown at the last
// fence in the file (the parser read it as the opening one).
func unclosedMultiline(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	fence := `"""`
	if strings.Contains(e.msg, `'''`) {
		fence = `'''`
	}
	// The parser saw the fence open, so the text holds it.
	line, col := s.locate(strings.LastIndex(s.text, fence), e.line)
	return syntaxSpot{line, col, 3}, kindUnclosedMultiline, []any{fence}
}

// missingEquals: a key not followed by "=": either "=" was left out, or
// the key is not a bare TOML key at all (staff write keys in Ukrainian).
func missingEquals(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	l := s.line(e.line)
	start := len(l) - len(strings.TrimLeft(l, " \t"))
	end := start
	for end < len(l) && l[end] != ' ' && l[end] != '\t' && l[end] != '=' {
		end++
	}
	if word := l[start:end]; !isASCIIKey(word) {
		return syntaxSpot{e.line, start, end - start}, kindKeyNotLatin, []any{word}
	}
	e.n = 1
	return e.syntaxSpot, kindMissingEquals, []any{strings.TrimSpace(l[start:max(start, min(e.col, len(l)))])}
}

// duplicate: a key or table given twice, shown at the repetition.
func duplicate(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	line, col, n, kind, args := s.duplicate(e.line, quotedIn(e.msg))
	return syntaxSpot{line, col, n}, kind, args
}

// badDate: a date that is not one (month 13, day 31 of a 30-day month).
func badDate(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	value := quotedIn(e.msg)
	reason, advice := dateAdvice(e.key, value)
	e.n = len(value)
	return e.syntaxSpot, kindBadDate, []any{e.key, reason, advice}
}

// noValue: "key =" with nothing after it.
func noValue(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	return e.syntaxSpot, kindNoValue, []any{e.key}
}

// unquoted: text written as a value without quotes.
func unquoted(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	l := s.line(e.line)
	value := strings.TrimSpace(cutComment(l[min(e.col, len(l)):]))
	e.n = len(value)
	return e.syntaxSpot, kindUnquoted, []any{e.key, value}
}

// trailing: text after a value; when the value is quoted text and more
// quotes follow, a quote inside the text that ended it early.
func trailing(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	l := s.line(e.line)
	before := strings.TrimRight(l[:min(e.col, len(l))], " \t")
	rest := strings.TrimSpace(cutComment(l[min(e.col, len(l)):]))
	if eq := strings.IndexByte(l, '='); strings.HasSuffix(before, `"`) && eq >= 0 &&
		strings.HasPrefix(strings.TrimSpace(l[eq+1:]), `"`) && strings.Contains(rest, `"`) {
		return syntaxSpot{e.line, len(before) - 1, 1}, kindInnerQuote, nil
	}
	e.n = len(rest)
	return e.syntaxSpot, kindTrailing, []any{rest}
}

// listSyntax: a list missing a comma between items or its closing ].
func listSyntax(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	return e.syntaxSpot, kindListSyntax, nil
}

// inlineTable: a table in braces missing a comma or its closing }.
func inlineTable(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	return e.syntaxSpot, kindInlineTable, nil
}

// badHeader: a malformed [table] or [[table]] header, shown whole. The
// parser stops on the header's own line, which starts with "[".
func badHeader(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	l := s.line(e.line)
	return syntaxSpot{e.line, len(l) - len(strings.TrimLeft(l, " \t")), len(strings.TrimSpace(l))}, kindBadHeader, nil
}

// badEscape: a backslash in "…" text that starts no escape (a Windows
// path), shown at the first backslash from where the parser stopped.
func badEscape(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	l := s.line(e.line)
	i := strings.IndexByte(l[min(e.col, len(l)):], '\\')
	if i < 0 || e.col+i+1 >= len(l) { // the string starts a line above, or "\" ends the line
		return e.syntaxSpot, kindTOMLSyntax, []any{e.msg}
	}
	r, _ := utf8.DecodeRuneInString(l[e.col+i+1:])
	return syntaxSpot{e.line, e.col + i, 2}, kindBadEscape, []any{string(r)}
}

// malformedNumber: a malformed number (leading zeros, a stray "_" or "."), or
// one too large for a plan.
func malformedNumber(s *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	l := s.line(e.line)
	value := strings.TrimSpace(cutComment(l[min(e.col, len(l)):]))
	if i := strings.IndexAny(value, ",]}"); i >= 0 {
		value = value[:i]
	}
	e.n = len(value)
	if strings.Contains(e.msg, "out of range") {
		// Legal TOML, but no float64 or int64 holds it.
		return e.syntaxSpot, kindBadNumberValue, []any{e.key, diag.Text{UK: "число " + value + " завелике для плану", EN: "the number " + value + " is too large for a plan"}}
	}
	return e.syntaxSpot, kindBadNumber, []any{value}
}

// blankKey: "= value" with no key, or a dotted key with an empty part.
func blankKey(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	return e.syntaxSpot, kindBlankKey, nil
}

// controlChar: an invisible control character pasted into the text.
func controlChar(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	e.n = 1
	return e.syntaxSpot, kindControlChar, nil
}

// otherSyntax: any other mistake, told in the parser's words.
func otherSyntax(_ *syntaxText, e syntaxError) (syntaxSpot, diag.Kind, []any) {
	return e.syntaxSpot, kindTOMLSyntax, []any{e.msg}
}
