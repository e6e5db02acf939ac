package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"modifier letter apostrophe U+02BC", "сімʼї", "сім'ї"},
		{"right single quotation mark U+2019", "сім’ї", "сім'ї"},
		{"ASCII apostrophe U+0027", "сім'ї", "сім'ї"},
		{"left single quotation mark U+2018", "сім‘ї", "сім'ї"},
		{"grave accent U+0060", "сім`ї", "сім'ї"},
		{"prime U+2032", "сім′ї", "сім'ї"},
		{"upper case", "СІМ’Ї", "сім'ї"},
		{"stress mark removed", "діти́", "діти"},
		{"soft hyphen removed", "реабі\u00ADлітація", "реабілітація"},
		{"zero-width space removed", "реабі\u200Bлітація", "реабілітація"},
		{"decomposed й composed", "и\u0306ого", "його"},
		{"decomposed Ї composed and lowered", "І\u0308ЖАК", "їжак"},
		{"stress between і and diaeresis", "і\u0301\u0308", "ї"},
		{"й ї є ґ kept", "ЙЇЄҐ йїєґ", "йїєґ йїєґ"},
		{"homoglyph-free abbreviation", "РЦСССДМ", "рцсссдм"},
		{"Latin acute folded by the stress rule", "Café", "cafe"},
		{"Latin ring kept", "Ångström", "ångström"},
		{"dotted capital I: simple mapping", "İ", "i"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	long := strings.Repeat("а", MaxTokenRunes+1)
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"apostrophe inside a word", "підтримки сім'ї", []string{"підтримки", "сім'ї"}},
		{"every apostrophe form", "сімʼї сім’ї сім'ї сім‘ї сім`ї сім′ї", []string{"сім'ї", "сім'ї", "сім'ї", "сім'ї", "сім'ї", "сім'ї"}},
		{"quotes are not apostrophes", "‘сім’ 'дім'", []string{"сім", "дім"}},
		{"trailing apostrophe", "сім' дім", []string{"сім", "дім"}},
		{"hyphen separates", "дітей-сиріт", []string{"дітей", "сиріт"}},
		{"en dash separates", "2019–2026", []string{"2019", "2026"}},
		{"em dash separates", "служба—центр", []string{"служба", "центр"}},
		{"spaced dash", "2019 – 2026 роки", []string{"2019", "2026", "роки"}},
		{"punctuation", "КНП «Сватівський центр», (РЦСССДМ).", []string{"кнп", "сватівський", "центр", "рцсссдм"}},
		{"Latin and digits kept", "Dubno IV 5-річного", []string{"dubno", "iv", "5", "річного"}},
		{"soft hyphen inside a word", "інклю\u00ADзивних", []string{"інклюзивних"}},
		{"line break in a term", "2019-2026\n\nроки", []string{"2019", "2026", "роки"}},
		{"stray combining mark", "\u0308 дім", []string{"дім"}},
		{"too long a token", long + " дім", []string{"дім"}},
		{"empty", " \t—", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Tokenize(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLessUTF16(t *testing.T) {
	// JavaScript orders "\U0001F600" (surrogates D83D DE00) before "\uFFFD".
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"а", "б", true}, {"б", "а", false}, {"а", "аа", true}, {"аа", "а", false}, {"а", "а", false},
		{"\U0001F600", "\uFFFD", true}, {"\uFFFD", "\U0001F600", false}, {"\uD7FF", "\U00010000", true},
		{"\U00010000", "\U00010001", true}, {"z", "а", true},
	} {
		if got := lessUTF16(tc.a, tc.b); got != tc.want {
			t.Errorf("lessUTF16(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
