package term

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/plansite/plansite/generator/internal/uktext"
)

// tokKind is the kind of a token of a term.
type tokKind uint8

const (
	tWord     tokKind = iota // letters, lower-cased
	tNum                     // 1 to 4 ASCII digits
	tDash                    // any dash or a slash: a range
	tSep                     // a comma or semicolon: a list
	tDate                    // 10.01.2020
	tDayMonth                // 10.01: a day in every year
	tDot                     // only while lexing: dots end abbreviations
)

type token struct {
	kind tokKind
	text string // the word or the digits, for messages
	n    int    // a number's value
	date Date   // a tDate, or a tDayMonth in year 2000 (a leap year)
}

// lex splits a term into tokens. It unifies what varies in typing and means
// nothing — case, spaces and line breaks, the kind of dash, brackets, quotes
// and dots after abbreviations — and refuses characters a term never holds.
func lex(s string) ([]token, error) {
	var rs []rune
	for _, r := range s {
		// Soft hyphens, zero-width spaces and byte order marks are
		// invisible: drop them without splitting a word.
		if !unicode.Is(unicode.Cf, r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	var toks []token
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r >= '0' && r <= '9':
			j := i
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			digits := string(rs[i:j])
			if len(digits) > 4 {
				return nil, fail("число «%s» не схоже ні на рік, ні на день", "the number %q is neither a year nor a day", digits)
			}
			n, _ := strconv.Atoi(digits)
			toks = append(toks, token{kind: tNum, text: digits, n: n})
			i = j
		case isLetter(r):
			j := i
			for j < len(rs) && (isLetter(rs[j]) || uktext.IsApostrophe(rs[j]) && j+1 < len(rs) && isLetter(rs[j+1])) {
				j++
			}
			toks = append(toks, splitRoman(uktext.FoldApostrophes(string(rs[i:j])))...)
			i = j
		case uktext.IsDash(r) || r == '/':
			toks = append(toks, token{kind: tDash, text: string(r)})
			i++
		case r == ',' || r == ';':
			toks = append(toks, token{kind: tSep, text: string(r)})
			i++
		case r == '.' || r == '…':
			toks = append(toks, token{kind: tDot, text: string(r)})
			i++
		case strings.ContainsRune("()[]{}\"«»„“”:'’ʼ`", r):
			i++
		default:
			return nil, fail("незрозумілий знак «%c»", "unexpected character %q", r)
		}
	}
	return joinDates(toks)
}

// splitRoman splits a numeral typed together with its unit, "ІІкв", into
// two words; any other word is one.
func splitRoman(w string) []token {
	for i := range w {
		if _, ok := roman(w[:i]); ok && (quarterWords[w[i:]] || halfWords[w[i:]]) {
			return []token{{kind: tWord, text: w[:i]}, {kind: tWord, text: w[i:]}}
		}
	}
	return []token{{kind: tWord, text: w}}
}

// joinDates reads numeric dates ("10.01.2020", "10.01") and drops the
// other dots.
func joinDates(in []token) ([]token, error) {
	var out []token
	num := func(i, maxLen int) bool {
		return i < len(in) && in[i].kind == tNum && len(in[i].text) <= maxLen
	}
	dot := func(i int) bool { return i < len(in) && in[i].kind == tDot }
	for i := 0; i < len(in); i++ {
		t := in[i]
		switch {
		case num(i, 2) && dot(i+1) && num(i+2, 2) && dot(i+3) && i+4 < len(in) && in[i+4].kind == tNum:
			y := in[i+4]
			if len(y.text) != 4 {
				return nil, fail("у даті «%s.%s.%s» рік має бути з чотирьох цифр", "in the date %s.%s.%s the year must have four digits", t.text, in[i+2].text, y.text)
			}
			d, err := validDate(y.n, in[i+2].n, t.n)
			if err != nil {
				return nil, err
			}
			out = append(out, token{kind: tDate, text: t.text + "." + in[i+2].text + "." + y.text, date: d})
			i += 4
		case num(i, 2) && dot(i+1) && num(i+2, 2):
			d, err := validDate(2000, in[i+2].n, t.n)
			if err != nil {
				return nil, err
			}
			out = append(out, token{kind: tDayMonth, text: t.text + "." + in[i+2].text, date: d})
			i += 2
		case num(i, 2) && i+3 < len(in) && in[i+1].kind == tDash && in[i+2].kind == tWord && ordinalSuffixes[in[i+2].text] &&
			in[i+3].kind == tWord && (quarterWords[in[i+3].text] || halfWords[in[i+3].text]):
			// "1-е півріччя", "2-й квартал": the ending of an ordinal.
			out = append(out, t)
			i += 2
		case t.kind == tDot:
		default:
			out = append(out, t)
		}
	}
	return out, nil
}

// validDate checks that day d of month m exists in year y.
func validDate(y, m, d int) (Date, error) {
	if m < 1 || m > 12 || d < 1 || d > endOfMonth(y, time.Month(m)).Day {
		return Date{}, fail("дати %02d.%02d не існує", "there is no date %02d.%02d", d, m)
	}
	return Date{y, time.Month(m), d}, nil
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// Words, lower case. A word list is short and exact rather than a stem
// match, so that a word the package does not know is reported, not
// guessed at.
var (
	// yearWords only say that the numbers before them are years.
	yearWords = set("рік", "роки", "року", "років", "році", "роках", "р", "рр")
	// academicWords turn a range of years into school years ("н.р." too).
	academicWords = set("навчальний", "навчальні", "навчального", "навчальних", "навчальному", "навч", "н")
	quarterWords  = set("кв", "квартал", "квартали", "кварталу", "кварталів", "кварталі", "кварталах")
	halfWords     = set("півріччя", "півріччі", "півріччях", "півр")
	conjunctions  = set("і", "й", "та")
	// ordinalSuffixes end an ordinal written in digits: "1-е", "2-й",
	// "3-го".
	ordinalSuffixes = set("е", "й", "ше", "ге", "тє", "те", "го", "му", "ого", "ий")
	// prepositions that add nothing before a span: "протягом 2021 року",
	// "у 2021 році", "на 2021 рік".
	prepositions = set("протягом", "впродовж", "упродовж", "у", "в", "на")
)

// months maps the nominative ("грудень"), genitive ("грудня") and locative
// ("грудні") of each month.
var months = map[string]time.Month{}

func init() {
	forms := [][3]string{
		{"січень", "січня", "січні"}, {"лютий", "лютого", "лютому"}, {"березень", "березня", "березні"},
		{"квітень", "квітня", "квітні"}, {"травень", "травня", "травні"}, {"червень", "червня", "червні"},
		{"липень", "липня", "липні"}, {"серпень", "серпня", "серпні"}, {"вересень", "вересня", "вересні"},
		{"жовтень", "жовтня", "жовтні"}, {"листопад", "листопада", "листопаді"}, {"грудень", "грудня", "грудні"},
	}
	for i, f := range forms {
		for _, w := range f {
			months[w] = time.Month(i + 1)
		}
	}
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// roman reads a Roman numeral from 1 to 39 ("ІІ", "ІУ" = IV, "УІ" = VI),
// typed in Latin letters or Cyrillic look-alikes: no term numbers more.
func roman(w string) (int, bool) {
	n, ok := uktext.ParseRoman(w)
	return n, ok && n <= 39
}

// ordinalWords are ordinals written out: "перше півріччя", "другий
// квартал".
var ordinalWords = map[string]int{}

func init() {
	forms := [][]string{
		{"перший", "перша", "перше", "першого", "першому", "першій", "першим"},
		{"другий", "друга", "друге", "другого", "другому", "другій", "другим"},
		{"третій", "третя", "третє", "третього", "третьому", "третім"},
		{"четвертий", "четверта", "четверте", "четвертого", "четвертому", "четвертій", "четвертим"},
	}
	for i, f := range forms {
		for _, w := range f {
			ordinalWords[w] = i + 1
		}
	}
}
