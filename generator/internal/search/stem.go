package search

import "strings"

// StemmerVersion names the stemming rules. It is written into the
// manifest so that a page running an older search.js against a newer
// index (or the reverse) can be detected.
const StemmerVersion = "uk-light-2"

// minStem is the fewest runes an inflectional ending may leave behind:
// shorter stems would make unrelated short words meet ("дія" and "дім").
const minStem = 3

// stemExceptions holds the few paradigms that suffix stripping cannot
// join because the root vowel changes (діти/дитина, рік/року) or the
// stem would be too short (дія/дії). Keys are normalised tokens.
var stemExceptions = map[string]string{}

func init() {
	for stem, forms := range map[string][]string{
		"дит":   {"діти", "дітей", "дітям", "дітьми", "дітях", "дитина", "дитини", "дитині", "дитину", "дитиною", "дитино"},
		"ді":    {"дія", "дії", "дій", "діям", "діями", "діях", "дію", "дією"},
		"особ":  {"осіб"},
		"заход": {"захід"},
		"рок":   {"рік"},
		"сирот": {"сиріт"},
		"школ":  {"шкіл"},
		// Genitive plurals of -ма nouns end like the endings -ам, -ем
		// (and "програми" like -ами): keep them whole so that "систем"
		// meets "системи".
		"програм": {"програм", "програми"},
		"систем":  {"систем"},
		"проблем": {"проблем"},
		"схем":    {"схем"},
	} {
		for _, f := range forms {
			stemExceptions[f] = stem
		}
	}
}

// endings are the inflectional endings of nouns, adjectives, participles
// and (a few safe) verb forms, longest first so that the longest one that
// matches is removed. Endings that also end common noun stems are left
// out on purpose: the infinitive -ти (роботи, кімнати) and the past -ла,
// -ли (школа); and the dative -ові/-еві/-єві, which would cut the suffix
// of adjectives like "життєві", "правові" (their other forms keep it:
// "життєвих", "правових").
var endings = []string{
	"ього", "ьому", "ують", "юють",
	"іями",
	"ого", "ому", "ими", "іми", "ами", "ями", "ією",
	"іям", "іях",
	"ьої", "ьою", "ьми", "ють", "ять", "уть", "ить", "єть", "ючи", "учи",
	"ачи", "ячи",
	"ий", "ій", "ої", "ою", "ею", "єю", "ом", "ем", "єм", "ам", "ям", "ах",
	"ях", "ів", "їв", "ей", "ім", "им", "их", "іх", "ія", "ії", "ію", "ує",
	"ює",
	"а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и",
}

// Stem reduces a normalised token to its stem with a light Ukrainian
// suffix stripper, so that "патронатного", "патронатних", "патронатна"
// and "патронат" meet. Tokens with anything but Cyrillic letters and
// apostrophes (numbers, Latin words, mixed homoglyph spellings) are
// returned unchanged.
//
// The steps, in order: exception table; reflexive -ся/-сь after a verb
// ending; the longest inflectional ending that leaves minStem runes, or,
// when there is none, the fleeting vowel of -ок/-ець; a final soft sign;
// the adjective and participle suffix -н-/-нн- (патронатн → патронат,
// районн → райо = район → райо), then -ій- before it after ц, с, з, г
// (інституційн → інституц = інституція → інституц); the і/о alternation
// of -ість/-ості; a trailing apostrophe (сім'ї → сім).
//
// search.js has the same function; keep the two in step.
func Stem(tok string) string {
	if s, ok := stemExceptions[tok]; ok {
		return s
	}
	if !isCyrillicWord(tok) {
		return tok
	}
	r := []rune(tok)
	if n := len(r); n >= 6 && r[n-2] == 'с' && (r[n-1] == 'я' || r[n-1] == 'ь') &&
		strings.ContainsRune("ьиаовіу", r[n-3]) {
		r = r[:n-2]
	}
	stripped := false
	for _, e := range endings {
		if k := len([]rune(e)); len(r)-k >= minStem && hasSuffix(r, e) {
			r, stripped = r[:len(r)-k], true
			break
		}
	}
	// A nominative without ending may keep a fleeting vowel that the
	// other forms lose: будинок/будинку, фахівець/фахівця.
	if !stripped && len(r) >= 6 {
		if hasSuffix(r, "ок") {
			r = append(r[:len(r)-2], 'к')
		} else if hasSuffix(r, "ець") {
			r = append(r[:len(r)-3], 'ц')
		}
	}
	if len(r) > minStem && r[len(r)-1] == 'ь' {
		r = r[:len(r)-1]
	}
	cut := false
	if hasSuffix(r, "нн") && len(r)-2 >= 4 {
		r, cut = r[:len(r)-2], true
	} else if hasSuffix(r, "н") && len(r)-1 >= 4 {
		r, cut = r[:len(r)-1], true
	}
	if cut && hasSuffix(r, "ій") && len(r)-3 >= 3 && strings.ContainsRune("цсзг", r[len(r)-3]) {
		r = r[:len(r)-2]
	}
	if len(r) >= 5 && hasSuffix(r, "іст") {
		r[len(r)-3] = 'о'
	}
	for len(r) > 0 && r[len(r)-1] == Apostrophe {
		r = r[:len(r)-1]
	}
	return string(r)
}

func hasSuffix(r []rune, suf string) bool {
	s := []rune(suf)
	if len(s) > len(r) {
		return false
	}
	for i := range s {
		if r[len(r)-len(s)+i] != s[i] {
			return false
		}
	}
	return true
}

// isCyrillicWord reports whether tok is made only of Cyrillic letters
// and apostrophes: only those are stemmed.
func isCyrillicWord(tok string) bool {
	if tok == "" {
		return false
	}
	for _, r := range tok {
		if (r < 0x400 || r > 0x4FF) && r != Apostrophe {
			return false
		}
	}
	return true
}
