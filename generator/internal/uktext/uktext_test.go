package uktext

import (
	"strings"
	"testing"
)

func TestParseRoman(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"I", 1, true}, {"IV", 4, true}, {"ІУ", 4, true}, {"У", 5, true}, {"УІ", 6, true},
		{"ІІІ", 3, true}, {"ii", 2, true}, {"іі", 2, true}, {"ХІХ", 19, true}, {"XL", 40, true},
		{"MCMXCIX", 1999, true}, {"МСМХСІХ", 1999, true}, {"MMMCMXCIX", 3999, true},
		{"IIII", 0, false}, {"IIV", 0, false}, {"VX", 0, false}, {"", 0, false}, {"кв", 0, false},
		{"I.", 0, false}, {"IVI", 0, false}, {strings.Repeat("I", 40), 0, false},
	}
	for _, c := range cases {
		got, ok := ParseRoman(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseRoman(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	for n := 1; n <= 3999; n++ {
		if got, ok := ParseRoman(Roman(n)); !ok || got != n {
			t.Fatalf("ParseRoman(Roman(%d) = %q) = %d, %v", n, Roman(n), got, ok)
		}
	}
	if Roman(0) != "0" || Roman(4000) != "4000" || Roman(-3) != "-3" {
		t.Errorf("out of range: %q %q %q", Roman(0), Roman(4000), Roman(-3))
	}
}

func TestFolding(t *testing.T) {
	for _, s := range []string{"сімʼї", "сім’ї", "сім'ї", "сім‘ї", "сім`ї", "сім′ї"} {
		if got := FoldApostrophes(s); got != "сім'ї" {
			t.Errorf("FoldApostrophes(%q) = %q", s, got)
		}
	}
	for _, s := range []string{"2019-2026", "2019–2026", "2019—2026", "2019‑2026", "2019−2026", "2019―2026"} {
		if got := FoldDashes(s); got != "2019-2026" {
			t.Errorf("FoldDashes(%q) = %q", s, got)
		}
	}
	if IsDash('~') || IsApostrophe('"') {
		t.Error("~ is no dash, \" no apostrophe")
	}
}

func TestPlural(t *testing.T) {
	cases := []struct {
		lang string
		n    int
		want string
	}{
		{"uk", 1, One}, {"uk", 21, One}, {"uk", 101, One}, {"uk", 11, Many},
		{"uk", 2, Few}, {"uk", 4, Few}, {"uk", 22, Few}, {"uk", 12, Many}, {"uk", 14, Many},
		{"uk", 0, Many}, {"uk", 5, Many}, {"uk", 20, Many}, {"uk", 111, Many}, {"uk", 112, Many},
		{"uk", -1, One},
		{"en", 1, One}, {"en", 0, Other}, {"en", 2, Other}, {"en", 21, Other},
	}
	for _, c := range cases {
		if got := Plural(c.lang, c.n); got != c.want {
			t.Errorf("Plural(%s, %d) = %s, want %s", c.lang, c.n, got, c.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	got, inv := Normalize([]byte("\uFEFFa\r\nb\rc\n"))
	if inv != nil || string(got) != "a\nb\nc\n" {
		t.Errorf("Normalize = %q, %v", got, inv)
	}
	// "Дубно" in Windows-1251, on line 2 after a UTF-8 line.
	_, inv = Normalize([]byte("ok ї\nміст \xc4\xf3\xe1\xed\xee план\n"))
	if inv == nil || inv.Line != 2 || inv.Col != 6 || inv.Byte != 0xc4 {
		t.Fatalf("Normalize = %+v", inv)
	}
	if inv.As1251 != "" {
		t.Errorf("a mostly-UTF-8 line is no 1251 line: %q", inv.As1251)
	}
	_, inv = Normalize([]byte("\xc4\xf3\xe1\xed\xee \xef\xeb\xe0\xed\n"))
	if inv == nil || inv.As1251 != "Дубно план" {
		t.Errorf("1251 guess: %+v", inv)
	}
}
