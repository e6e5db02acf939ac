package importer

import (
	"strings"
	"unicode"

	"github.com/plansite/plansite/generator/internal/uktext"
)

// textWords splits a text into its words for comparison: lower case,
// apostrophes and dashes folded, punctuation dropped.
func textWords(s string) []string {
	s = strings.ToLower(uktext.FoldDashes(uktext.FoldApostrophes(s)))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// similarity is the word-level likeness of two texts, 0 to 1: twice the
// length of their longest common word subsequence over the total of their
// words. A reworded measure keeps most of its words in order ("проведення
// засідань робочої групи" → "проведення засідань робочої групи щокварталу"
// is 0.89); two different measures of a plan share a few.
//
// Written here because the longest common subsequence of two short word
// lists is a dozen lines, and the diff libraries work on characters or
// lines.
func similarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	// One row of the dynamic programme at a time.
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(b)]) / float64(len(a)+len(b))
}
