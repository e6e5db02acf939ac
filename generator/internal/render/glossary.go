package render

import (
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/search"
)

// expander adds to a search document the other forms of the
// abbreviations it uses: "СЖО" to a text that says "складних життєвих
// обставинах" (in any case — phrases are matched stem by stem), and the
// full form to a text that says "СЖО". Plans use both, and people search
// with either.
type expander struct {
	terms []expansion
}

type expansion struct {
	abbr    string     // normalised abbreviation token
	text    string     // the abbreviation as written
	phrases [][]string // stems of each full form
	full    []string
}

func newExpander(glossary []content.GlossaryTerm) *expander {
	e := &expander{}
	for _, t := range glossary {
		x := expansion{text: t.Abbr, full: t.Full}
		if toks := search.Tokenize(t.Abbr); len(toks) == 1 {
			x.abbr = toks[0]
		}
		for _, f := range t.Full {
			if st := stems(f); len(st) > 0 {
				x.phrases = append(x.phrases, st)
			}
		}
		e.terms = append(e.terms, x)
	}
	return e
}

// stems tokenises and stems text.
func stems(text string) []string {
	toks := search.Tokenize(text)
	for i, t := range toks {
		toks[i] = search.Stem(t)
	}
	return toks
}

// expand returns what to add to a document whose text is text.
func (e *expander) expand(text string) string {
	if e == nil || len(e.terms) == 0 {
		return ""
	}
	toks := search.Tokenize(text)
	st := make([]string, len(toks))
	has := make(map[string]bool, len(toks))
	for i, t := range toks {
		st[i] = search.Stem(t)
		has[t] = true
	}
	var add []string
	for _, x := range e.terms {
		switch {
		case x.abbr != "" && has[x.abbr]:
			add = append(add, x.full...)
		case containsPhrase(st, x.phrases):
			add = append(add, x.text)
		}
	}
	return strings.Join(add, "\n")
}

func containsPhrase(st []string, phrases [][]string) bool {
	for _, ph := range phrases {
	next:
		for i := 0; i+len(ph) <= len(st); i++ {
			for j, s := range ph {
				if st[i+j] != s {
					continue next
				}
			}
			return true
		}
	}
	return false
}
