package uktext

import "strings"

// romanDigits maps the letters typed as Roman digits to Latin capitals.
// Typists write numerals with the Cyrillic keyboard, І for I, У for V, Х
// for X, С for C, М for M ("ІУ" is 4, "УІ" 6), in either case.
var romanDigits = map[rune]byte{
	'I': 'I', 'i': 'I', 'І': 'I', 'і': 'I', 'Ӏ': 'I',
	'V': 'V', 'v': 'V', 'У': 'V', 'у': 'V',
	'X': 'X', 'x': 'X', 'Х': 'X', 'х': 'X',
	'L': 'L', 'l': 'L',
	'C': 'C', 'c': 'C', 'С': 'C', 'с': 'C',
	'D': 'D', 'd': 'D',
	'M': 'M', 'm': 'M', 'М': 'M', 'м': 'M',
}

var romanValues = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

// LatinRoman rewrites a numeral typed with Cyrillic look-alikes or in
// lower case in Latin capitals ("ІУ" → "IV"); ok is false when s holds a
// letter that is no Roman digit.
func LatinRoman(s string) (string, bool) {
	if s == "" || len(s) > 32 {
		return "", false
	}
	var b strings.Builder
	for _, r := range s {
		c, ok := romanDigits[r]
		if !ok {
			return "", false
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// ParseRoman reads a Roman numeral from 1 to 3999 typed in Latin letters or
// Cyrillic look-alikes, in either case. Only the standard form is a numeral:
// "IIII" and "IIV" are not, so that a word that merely looks like one is
// not taken for a number.
func ParseRoman(s string) (int, bool) {
	latin, ok := LatinRoman(s)
	if !ok {
		return 0, false
	}
	v := 0
	for i := 0; i < len(latin); i++ {
		n := romanValues[latin[i]]
		if i+1 < len(latin) && romanValues[latin[i+1]] > n {
			v -= n
		} else {
			v += n
		}
	}
	if v < 1 || v > 3999 || Roman(v) != latin {
		return 0, false
	}
	return v, true
}

var romanSteps = []struct {
	n int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

// Roman writes n (1–3999) in Latin Roman numerals; other numbers are
// written in Arabic digits.
func Roman(n int) string {
	if n < 1 || n > 3999 {
		return itoa(n)
	}
	var b strings.Builder
	for _, st := range romanSteps {
		for n >= st.n {
			b.WriteString(st.s)
			n -= st.n
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
