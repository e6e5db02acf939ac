package diag

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile holds what content could use to take over a terminal: colours
// and cursor moves (ESC, CSI as a C1 byte), a retitled window (OSC), a bell,
// a carriage return that overwrites the line, bidi overrides that reorder
// it (Trojan Source), separators, and a byte that is not UTF-8.
const hostile = "a\x1b[31mred\x1b]0;title\x07\r\u009b2J\u202eevil\u2066x\u2069\u2028\xff\x7fz\tend"

func TestPrintable(t *testing.T) {
	got := Printable(hostile)
	want := "a␛[31mred␛]0;title␇␍\uFFFD2J\uFFFDevil\uFFFDx\uFFFD\uFFFD\uFFFD␡z\tend"
	if got != want {
		t.Errorf("Printable = %q, want %q", got, want)
	}
	if utf8.RuneCountInString(got) != utf8.RuneCountInString(strings.ToValidUTF8(hostile, "\uFFFD")) {
		t.Error("a character became more or fewer characters: carets would move")
	}
	if s := "Звіт «ІУ» — 2021\t✓"; Printable(s) != s {
		t.Errorf("ordinary text changed: %q", Printable(s))
	}
}

// TestNoControlsReachTheTerminal: the text and GitHub formats print no
// control character from content, wherever in a problem it is; JSON
// escapes them.
func TestNoControlsReachTheTerminal(t *testing.T) {
	k := Kind{Code: "bad-url", UK: "посилання «%s» не дозволене", EN: "link %q is not allowed", HintUK: "замініть «%[1]s»", HintEN: "replace %[1]s"}
	l := List{
		k.At("content/notes/x\x1b[2J.md", Pos{Line: 2, Col: 3, Len: 4}, hostile),
		k.At("content/notes/\u202eevil.md", Pos{}, hostile),
	}
	l[0].Source = hostile
	var b bytes.Buffer
	l.Pretty(&b, "uk")
	l.Pretty(&b, "en")
	l.GitHub(&b, "uk")
	for _, p := range l {
		b.WriteString(p.Line("en") + "\n" + p.Error() + "\n")
	}
	for i, r := range b.String() {
		if r != '\n' && r != '\t' && replaced(r) != r {
			t.Fatalf("control %U at byte %d of:\n%s", r, i, b.String())
		}
	}
	b.Reset()
	if err := l.JSON(&b, "uk"); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\x1b\x07\r") {
		t.Errorf("JSON has raw controls: %q", b.String())
	}
}

// TestPrettyLongLine: a line of a megabyte is shown around the caret, not
// in full for every problem on it.
func TestPrettyLongLine(t *testing.T) {
	line := strings.Repeat("а", 500000) + "ПОМИЛКА" + strings.Repeat("б", 500000)
	p := Kind{Code: "x", UK: "погано", EN: "bad"}.At("f.md", Pos{Line: 1, Col: 500001, Len: 7})
	p.Source = line
	var b bytes.Buffer
	List{p}.Pretty(&b, "uk")
	out := b.String()
	if len(out) > 2000 {
		t.Fatalf("printed %d bytes for one problem", len(out))
	}
	lines := strings.Split(out, "\n")
	src, car := []rune(lines[1]), []rune(lines[2])
	at := len(car) - 7
	if string(src[at:at+7]) != "ПОМИЛКА" || !strings.HasSuffix(lines[2], "^^^^^^^") {
		t.Errorf("the caret does not mark the mistake:\n%s", out)
	}
	if !strings.Contains(lines[1], "…") {
		t.Errorf("no ellipsis for the text left out:\n%s", lines[1])
	}
}
