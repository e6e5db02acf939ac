package diag

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Nearest returns up to n candidates closest to word by edit distance, for
// "did you mean" advice. Candidates further than about a third of the word's
// length (one edit for words up to five letters) are not suggested: a wild
// guess misleads more than it helps ("note" is not "date"). Swapping two
// neighbouring letters counts as one edit, the commonest typo of all.
func Nearest(word string, candidates []string, n int) []string {
	type scored struct {
		s    string
		dist int
	}
	w := strings.ToLower(word)
	limit := max(1, utf8.RuneCountInString(word)/3)
	var found []scored
	for _, c := range candidates {
		d := distance(w, strings.ToLower(c))
		if strings.HasPrefix(strings.ToLower(c), w) && w != "" {
			d = min(d, 1)
		}
		if d <= limit {
			found = append(found, scored{c, d})
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].dist != found[j].dist {
			return found[i].dist < found[j].dist
		}
		return found[i].s < found[j].s
	})
	out := make([]string, 0, n)
	for i := 0; i < len(found) && i < n; i++ {
		out = append(out, found[i].s)
	}
	return out
}

// distance is the optimal string alignment distance over runes:
// Levenshtein's insertions, deletions and substitutions, and
// transpositions of neighbours.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	rows := make([][]int, len(ra)+1)
	for i := range rows {
		rows[i] = make([]int, len(rb)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(ra)][len(rb)]
}
