package ical

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// hostile are TEXT values a plan or a note may hold: Ukrainian text longer
// than a line, the characters TEXT escapes, and attempts to end the
// property and start a component of one's own.
var hostile = []string{
	"Створення реєстру сімей, які перебувають у складних життєвих обставинах; забезпечення їх соціальним супроводом — «сімʼї», ʼ’'",
	"a,b;c\\d",
	"рядок\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:injected\r\nEND:VEVENT",
	"LF only\nEND:VCALENDAR\nBEGIN:VCALENDAR",
	"CR only\rEND:VEVENT",
	"controls\x00\x07\x1b\x7f\u0085 end",
	strings.Repeat("ї", 200),
	strings.Repeat("a", 74) + "ї" + strings.Repeat("b", 80),
	"",
	`trailing backslash \`,
	`\n is not a newline here`,
}

func TestTextRoundTrip(t *testing.T) {
	var w Writer
	w.Begin("VCALENDAR")
	w.Line("VERSION", "2.0")
	w.Line("PRODID", "-//plansite//test//UK")
	for i, h := range hostile {
		w.Begin("VEVENT")
		w.Line("UID", "event-"+string(rune('a'+i))+"@example.org")
		w.Line("DTSTAMP", "20250101T000000Z")
		w.Line("DTSTART;VALUE=DATE", "20250110")
		w.Text("SUMMARY", h)
		w.Text("DESCRIPTION", h+"\n"+h)
		w.Texts("CATEGORIES", h, "друга, категорія")
		w.End("VEVENT")
	}
	w.End("VCALENDAR")
	out := w.Bytes()
	checkLines(t, out)

	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("the parser refuses the calendar: %v\n%s", err, out)
	}
	events := cal.Events()
	if len(events) != len(hostile) {
		t.Fatalf("%d events parsed, want %d: a value started a component of its own", len(events), len(hostile))
	}
	for i, e := range events {
		want := wantText(hostile[i])
		if got := e.GetProperty(ics.ComponentPropertySummary).Value; got != want {
			t.Errorf("event %d: SUMMARY %q, want %q", i, got, want)
		}
		if got := e.GetProperty(ics.ComponentPropertyDescription).Value; got != want+"\n"+want {
			t.Errorf("event %d: DESCRIPTION %q, want %q", i, got, want+"\n"+want)
		}
		if got := e.GetProperty(ics.ComponentPropertyUniqueId).Value; !strings.HasPrefix(got, "event-") {
			t.Errorf("event %d: UID %q: a value replaced it", i, got)
		}
	}
}

// wantText is what a reader gets back of s: line breaks as LF, control
// characters as spaces.
func wantText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r != '\n' && isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// checkLines checks the physical lines: each ends with CRLF, is at most 75
// octets, is valid UTF-8 on its own (no character split by folding), and
// holds no control character.
func checkLines(t *testing.T, out []byte) {
	t.Helper()
	if !bytes.HasSuffix(out, []byte("\r\n")) {
		t.Error("the text does not end with CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n") {
		if len(line) > lineMax {
			t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a character: %q", i+1, line)
		}
		if strings.ContainsFunc(line, func(r rune) bool { return r != '\t' && isControl(r) }) {
			t.Errorf("line %d holds a control character: %q", i+1, line)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		lines       int
	}{
		{"short", "abc", 1},
		{"exactly 75", strings.Repeat("x", 75-len("SUMMARY:")), 1},
		{"76", strings.Repeat("x", 76-len("SUMMARY:")), 2},
		{"Cyrillic", strings.Repeat("ґ", 100), 3}, // 200 octets + 8
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w Writer
			w.Text("SUMMARY", tc.value)
			checkLines(t, w.Bytes())
			if n := strings.Count(string(w.Bytes()), "\r\n"); n != tc.lines {
				t.Errorf("%d physical lines, want %d", n, tc.lines)
			}
			got := Unfold(w.Bytes())
			if len(got) != 1 || got[0] != "SUMMARY:"+tc.value {
				t.Errorf("unfolded %q", got)
			}
		})
	}
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"a,b;c":        `a\,b\;c`,
		`back\slash`:   `back\\slash`,
		"two\r\nlines": `two\nlines`,
		"bell\x07":     "bell ",
		"tab\tstays":   "tab\tstays",
		"сімʼї, дітей": `сімʼї\, дітей`,
	} {
		if got := EscapeText(in); got != want {
			t.Errorf("EscapeText(%q) = %q, want %q", in, got, want)
		}
	}
}
