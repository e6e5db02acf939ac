// Package translit transliterates Ukrainian into Latin letters by the
// national system (Resolution of the Cabinet of Ministers No. 55, 2010), the
// one on passports and road signs, so generated ids read as a Ukrainian
// would spell them: "Освітні" → "osvitni", "Сватове" → "svatove".
package translit

import (
	"strings"
	"unicode"
)

// Letters at the start of a word differ for є, ї, й, ю, я.
var (
	inside = map[rune]string{
		'а': "a", 'б': "b", 'в': "v", 'г': "h", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ie",
		'ж': "zh", 'з': "z", 'и': "y", 'і': "i", 'ї': "i", 'й': "i", 'к': "k", 'л': "l",
		'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
		'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ь': "", 'ю': "iu",
		'я': "ia",
		// Russian letters that appear in names; not in the 2010 table.
		'ё': "io", 'ъ': "", 'ы': "y", 'э': "e",
	}
	initial = map[rune]string{'є': "ye", 'ї': "yi", 'й': "y", 'ю': "yu", 'я': "ya"}
)

// apostrophes are dropped in transliteration.
const apostrophes = "'ʼ’‘`′"

// String transliterates s. Letters outside Cyrillic pass through; the
// result keeps s's capitalisation on the first letter of each
// transliterated letter. "зг" is written "zgh" to tell it from "ж".
func String(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i, r := range runes {
		if strings.ContainsRune(apostrophes, r) {
			continue
		}
		lr := unicode.ToLower(r)
		out, ok := inside[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if wordStart(runes, i) {
			if o, ok := initial[lr]; ok {
				out = o
			}
		}
		if lr == 'г' && i > 0 && unicode.ToLower(runes[i-1]) == 'з' {
			out = "gh"
		}
		if r != lr && out != "" {
			out = strings.ToUpper(out[:1]) + out[1:]
		}
		b.WriteString(out)
	}
	return b.String()
}

func wordStart(runes []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if strings.ContainsRune(apostrophes, runes[j]) {
			continue
		}
		return !unicode.IsLetter(runes[j])
	}
	return true
}

// Slug returns a lower-case id made of Latin letters, digits and hyphens,
// e.g. "Освітні послуги" → "osvitni-posluhy".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(String(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
