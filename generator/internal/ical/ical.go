// Package ical writes iCalendar text (RFC 5545): content lines ended by
// CRLF and folded at 75 octets, TEXT values escaped. It writes only what
// the site's calendars need — a calendar of all-day events — and nothing
// a value holds can end a line: text from content ("…\r\nBEGIN:VEVENT")
// stays inside its property.
package ical

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"
)

// lineMax is the longest a content line may be, in octets, without its
// CRLF (RFC 5545 §3.1).
const lineMax = 75

// Writer accumulates content lines.
type Writer struct {
	buf bytes.Buffer
}

// Bytes returns what was written.
func (w *Writer) Bytes() []byte { return w.buf.Bytes() }

// Begin opens a component: BEGIN:VCALENDAR, BEGIN:VEVENT.
func (w *Writer) Begin(component string) { w.Line("BEGIN", component) }

// End closes a component.
func (w *Writer) End(component string) { w.Line("END", component) }

// Line writes a property whose value is already in its type's syntax (a
// date, a URI, a status keyword). name may carry parameters
// ("DTSTART;VALUE=DATE"). Control characters are dropped from the value:
// no value of such a type holds one.
func (w *Writer) Line(name, value string) {
	w.fold(name + ":" + dropControls(value))
}

// Text writes a property of type TEXT, escaped.
func (w *Writer) Text(name, value string) { w.Line(name, EscapeText(value)) }

// Texts writes a property whose value is a list of TEXT (CATEGORIES).
func (w *Writer) Texts(name string, values ...string) {
	esc := make([]string, len(values))
	for i, v := range values {
		esc[i] = EscapeText(v)
	}
	w.Line(name, strings.Join(esc, ","))
}

// Raw appends content lines written by another Writer.
func (w *Writer) Raw(b []byte) { w.buf.Write(b) }

// Date formats a day as a DATE value: 20250630.
func Date(t time.Time) string { return t.Format("20060102") }

// DateTime formats an instant as a UTC DATE-TIME value: 20250630T000000Z.
func DateTime(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// EscapeText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon
// and comma by a backslash, a line break as \n. A CR, alone or before LF,
// is one line break; other control characters, which TEXT may not hold,
// become spaces.
func EscapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case isControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isControl reports the characters no content line may hold (CTL in RFC
// 5545's grammar, HTAB aside), and the C1 controls besides.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0
}

func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if isControl(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
}

// fold writes a content line, folded so that no physical line is longer
// than 75 octets (RFC 5545 §3.1): a continuation line begins with a space,
// and a multi-octet character is never split.
func (w *Writer) fold(line string) {
	limit := lineMax
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		w.buf.WriteString(line[:cut])
		w.buf.WriteString("\r\n ")
		line = line[cut:]
		limit = lineMax - 1 // the leading space counts
	}
	w.buf.WriteString(line)
	w.buf.WriteString("\r\n")
}

// Unfold joins folded lines and returns the content lines of an iCalendar
// text, for tests and checkers.
func Unfold(b []byte) []string {
	text := strings.ReplaceAll(string(b), "\r\n ", "")
	text = strings.ReplaceAll(text, "\r\n\t", "")
	lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
	return lines
}

// Value returns the value of a content line with the property name, and
// whether the line has that name (parameters aside).
func Value(line, name string) (string, bool) {
	head, value, ok := strings.Cut(line, ":")
	if !ok {
		return "", false
	}
	prop, _, _ := strings.Cut(head, ";")
	return value, strings.EqualFold(prop, name)
}
