package diag

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Nearest returns up to n candidates closest to word by edit distance, for
// "did you mean" advice. Candidates further than about a third of the word's
// length are not suggested: a wild guess misleads more than it helps.
func Nearest(word string, candidates []string, n int) []string {
	type scored struct {
		s    string
		dist int
	}
	w := strings.ToLower(word)
	limit := max(2, utf8.RuneCountInString(word)/3)
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

// distance is the Levenshtein distance over runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
