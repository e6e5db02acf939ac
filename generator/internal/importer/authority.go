package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The adopting body is named in the approval block in the genitive, after
// the act: "рішення виконавчого комітету Дубенської міської ради",
// "розпорядженням голови Сватівської районної державної адміністрації".
// The plan's authority is that body in the nominative: "Виконавчий комітет
// Дубенської міської ради", "Сватівська районна державна адміністрація".
// Only the common shapes of body names are read, and only when the place
// is named (a capitalised adjective: "Дубенської"); "рішення виконавчого
// комітету" alone names no body, and then staff give it with --authority.

// authority sets the plan's authority: given, or read from the approval
// block. It returns the phrase of the heading it was read from, "" when
// given; when neither, it reports an error asking for --authority.
func (b *builder) authority(given string) string {
	if given != "" {
		b.plan.Authority = given
		return ""
	}
	body, phrase := adoptingBody(b.plan.Approval.Text)
	if body == "" {
		b.problems.Add(b.t.Problem(kindNoAuthority, b.heading))
		return ""
	}
	b.plan.Authority = body
	return phrase
}

// word is a word of the heading with the punctuation around it trimmed.
type word struct {
	text string // as written, trimmed
	key  string // lower case, for matching
}

func words(text string) []word {
	var out []word
	for _, f := range strings.Fields(text) {
		t := strings.TrimFunc(f, func(r rune) bool { return unicode.IsPunct(r) && r != '-' && r != '\'' && r != '’' && r != 'ʼ' })
		if t != "" {
			out = append(out, word{t, strings.ToLower(t)})
		}
	}
	return out
}

// councilTypes are the genitive adjectives of a council's kind.
var councilTypes = map[string]bool{"міської": true, "селищної": true, "сільської": true, "районної": true, "обласної": true}

// administrationTypes are the genitive adjectives before "адміністрації".
var administrationTypes = map[string]bool{"районної": true, "обласної": true, "міської": true, "державної": true, "військової": true}

// shortAdministrations are one-word and abbreviated administrations, which
// follow the place's adjective.
var shortAdministrations = map[string]string{
	"райдержадміністрації": "райдержадміністрація", "облдержадміністрації": "облдержадміністрація",
	"рда": "", "ода": "", "рва": "", "ова": "",
}

// headTypes are the genitive adjectives before "голови" (a mayor or a
// village head, who issues розпорядження).
var headTypes = map[string]bool{"міського": true, "селищного": true, "сільського": true}

// regionNouns may follow a body's name, with their own adjective:
// "Рівненської області", "Дубенського району".
var regionNouns = map[string]bool{"області": true, "району": true}

// adoptingBody reads the adopting body from the approval block. It returns
// the body in the nominative and the phrase it was read from, or "" when
// the block names no body in a shape it knows.
func adoptingBody(approval string) (body, phrase string) {
	ws := words(approval)
	for i := range ws {
		n, name := bodyAt(ws, i)
		if n == 0 {
			continue
		}
		if r := region(ws[i+n:]); r > 0 {
			name += " " + join(ws[i+n:i+n+r])
			n += r
		}
		return capitalise(name), join(ws[i : i+n])
	}
	return "", ""
}

// bodyAt matches a body name starting at word i and returns the number of
// words it takes and the body in the nominative; 0 when none starts here.
func bodyAt(ws []word, i int) (int, string) {
	w := ws[i]
	switch {
	case w.key == "виконавчого" && i+1 < len(ws) && ws[i+1].key == "комітету":
		if n, _ := council(ws, i+2); n > 0 {
			return 2 + n, "виконавчий комітет " + join(ws[i+2:i+2+n])
		}
	case w.key == "виконкому":
		if n, _ := council(ws, i+1); n > 0 {
			return 1 + n, "виконавчий комітет " + join(ws[i+1:i+1+n])
		}
	}
	if n, name := council(ws, i); n > 0 {
		return n, name
	}
	if n, name := administration(ws, i); n > 0 {
		return n, name
	}
	if n, name := head(ws, i); n > 0 {
		return n, name
	}
	return 0, ""
}

// council matches "Дубенської міської ради" → "Дубенська міська рада".
func council(ws []word, i int) (int, string) {
	n := places(ws, i)
	if n == 0 || i+n+1 >= len(ws) || !councilTypes[ws[i+n].key] || ws[i+n+1].key != "ради" {
		return 0, ""
	}
	return n + 2, nominative(ws[i:i+n+1]) + " рада"
}

// administration matches "Сватівської районної державної адміністрації",
// "Сватівської райдержадміністрації", "Сватівської РДА".
func administration(ws []word, i int) (int, string) {
	n := places(ws, i)
	if n == 0 || i+n >= len(ws) {
		return 0, ""
	}
	if short, ok := shortAdministrations[ws[i+n].key]; ok {
		if short == "" {
			short = ws[i+n].text
		}
		return n + 1, nominative(ws[i:i+n]) + " " + short
	}
	j := i + n
	for j < len(ws) && administrationTypes[ws[j].key] {
		j++
	}
	if j == i+n || j >= len(ws) || ws[j].key != "адміністрації" {
		return 0, ""
	}
	return j + 1 - i, nominative(ws[i:j]) + " адміністрація"
}

// head matches "Дубенського міського голови" → "Дубенський міський голова".
func head(ws []word, i int) (int, string) {
	n := places(ws, i)
	if n == 0 || i+n+1 >= len(ws) || !headTypes[ws[i+n].key] || ws[i+n+1].key != "голови" {
		return 0, ""
	}
	return n + 2, nominative(ws[i:i+n+1]) + " голова"
}

// places counts the place's adjectives starting at word i: capitalised,
// in the genitive ("Дубенської", "Кам'янець-Подільського"); 0 when word i
// is none.
func places(ws []word, i int) int {
	n := 0
	for i+n < len(ws) {
		w := ws[i+n]
		r, _ := utf8.DecodeRuneInString(w.text)
		if !unicode.IsUpper(r) || !genitiveAdjective(w.key) {
			break
		}
		n++
	}
	return n
}

// region counts the words of a region named after a body: "Рівненської
// області".
func region(ws []word) int {
	if n := places(ws, 0); n > 0 && n < len(ws) && regionNouns[ws[n].key] {
		return n + 1
	}
	return 0
}

func genitiveAdjective(key string) bool {
	return strings.HasSuffix(key, "ої") || strings.HasSuffix(key, "ого") || strings.HasSuffix(key, "ьої") || strings.HasSuffix(key, "ього")
}

// nominative puts genitive adjectives in the nominative: "-ої" → "-а",
// "-ьої" → "-я", "-ого" → "-ий", "-ього" → "-ій" ("Дубенської міської" →
// "Дубенська міська").
func nominative(ws []word) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		s := w.text
		switch {
		case strings.HasSuffix(s, "ьої"):
			s = strings.TrimSuffix(s, "ьої") + "я"
		case strings.HasSuffix(s, "ої"):
			s = strings.TrimSuffix(s, "ої") + "а"
		case strings.HasSuffix(s, "ього"):
			s = strings.TrimSuffix(s, "ього") + "ій"
		case strings.HasSuffix(s, "ого"):
			s = strings.TrimSuffix(s, "ого") + "ий"
		}
		out[i] = s
	}
	return strings.Join(out, " ")
}

func join(ws []word) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return strings.Join(out, " ")
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
