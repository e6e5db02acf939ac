package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/internal/uktext"
)

// Citation codes. People find a measure by its number as they read it in
// the plan or a report — "ІІ.2.1" typed with Cyrillic І, "II.2.1", "II 2 1",
// Dubno's "II.М.3" with a Cyrillic М as "II.M.3" — or by its full id
// "svatove-2019/ii/2-1". Word search cannot do this: "II.2.1" is three
// words that half the plan contains. So a document's codes
// (Document.Codes) are indexed as terms of their own, keyed segment by
// segment: a Roman numeral in any script as its Latin capitals, a number
// without leading zeros, any other letters with Cyrillic look-alikes folded
// to Latin. search.js computes the same keys from the query (the parity
// test compares them) and ranks exact code matches above word matches.

// CodePrefix starts every code term in the term shards. No stem can start
// with it (stems start with a letter or digit), and it sorts before them.
const CodePrefix = "#"

// Code match kinds, written as the impact of a code term's posting.
const (
	codeSuffix = 1 // the key is a tail of one of the document's codes ("2.1" of II.2.1)
	codeWhole  = 2 // the key is one of the document's codes
)

// lookAlikes folds the Cyrillic letters that look like Latin ones, as
// typed on the other keyboard: a group letter "М" of "II.М.3" and "M".
var lookAlikes = strings.NewReplacer(
	"а", "a", "в", "b", "е", "e", "і", "i", "к", "k", "м", "m", "н", "h",
	"о", "o", "р", "p", "с", "c", "т", "t", "у", "y", "х", "x")

// codeSegment returns the key of a normalised token as a segment of a
// code, and whether the token is code-like: a number, a Roman numeral or a
// single letter.
func codeSegment(tok string) (key string, codeLike bool) {
	if isDigits(tok) {
		if t := strings.TrimLeft(tok, "0"); t != "" {
			return t, true
		}
		return "0", true
	}
	if n, ok := uktext.ParseRoman(tok); ok {
		return uktext.Roman(n), true
	}
	return lookAlikes.Replace(tok), utf8.RuneCountInString(tok) == 1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// codeSeg is one segment of a code: its key and whether it is code-like.
type codeSeg struct {
	key  string
	like bool
}

// codeSegments splits a code into segments as Tokenize splits text.
func codeSegments(code string) []codeSeg {
	toks := Tokenize(code)
	segs := make([]codeSeg, len(toks))
	for i, tok := range toks {
		segs[i].key, segs[i].like = codeSegment(tok)
	}
	return segs
}

func joinKeys(segs []codeSeg) string {
	keys := make([]string, len(segs))
	for i, s := range segs {
		keys[i] = s.key
	}
	return strings.Join(keys, ".")
}

// codeTerm is one code key of a document.
type codeTerm struct {
	key  string
	kind int // codeWhole or codeSuffix
}

// codeTerms returns the keys that find a document with these codes: each
// code whole and, for a code of code-like segments only, each tail of two
// or more of them, so that "2.1" finds II.2.1 (with a plan chosen, the
// measure cited within it). An id such as svatove-2019/ii/2-1 is found
// whole. Sorted by key.
func codeTerms(codes []string) []codeTerm {
	kinds := map[string]int{}
	for _, c := range codes {
		segs := codeSegments(c)
		if len(segs) == 0 {
			continue
		}
		kinds[joinKeys(segs)] = codeWhole
		if slices.ContainsFunc(segs, func(s codeSeg) bool { return !s.like }) {
			continue
		}
		for i := len(segs) - 2; i >= 1; i-- {
			if k := joinKeys(segs[i:]); kinds[k] == 0 {
				kinds[k] = codeSuffix
			}
		}
	}
	out := make([]codeTerm, 0, len(kinds))
	for _, k := range sortedKeys(kinds) {
		out = append(out, codeTerm{k, kinds[k]})
	}
	return out
}

// codeEntry returns a code term as a shard entry: [CodePrefix+key, [],
// [docDelta, kind, 0, …]], the shape of a word term's.
func codeEntry(key string, docs []int, kinds []int) []byte {
	flat := make([]int, 0, 3*len(docs))
	prev := 0
	for i, d := range docs {
		flat = append(flat, d-prev, kinds[i], 0)
		prev = d
	}
	return marshal([]any{CodePrefix + key, []string{}, flat})
}
