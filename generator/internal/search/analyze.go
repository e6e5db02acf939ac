package search

import "sort"

// Fields of a document, in the order of their weights in the manifest.
const (
	fieldTitle = iota
	fieldBody
	fieldFacets
	numFields
)

// termStats is what one document contributes to one stem's posting.
type termStats struct {
	tf    [numFields]int
	forms map[string]int // surface forms of the stem in this document
}

// analysed is a document reduced to stems.
type analysed struct {
	length [numFields]int // tokens per field, stop words excluded
	terms  map[string]*termStats
}

// analyse tokenises and stems the searchable fields of d. The values of
// the facets named in searchable are a field of their own, so "патронат
// дубно" narrows to Dubno even where the body does not name the city.
// stem, when not nil, stands in for Stem (a memoised one).
func analyse(d *Document, searchable []string, stem func(string) string) analysed {
	if stem == nil {
		stem = Stem
	}
	a := analysed{terms: map[string]*termStats{}}
	add := func(field int, text string) {
		for _, tok := range Tokenize(text) {
			if IsStopWord(tok) {
				continue
			}
			s := stem(tok)
			ts := a.terms[s]
			if ts == nil {
				ts = &termStats{forms: map[string]int{}}
				a.terms[s] = ts
			}
			ts.tf[field]++
			ts.forms[tok]++
			a.length[field]++
		}
	}
	add(fieldTitle, d.Title)
	add(fieldBody, d.Body)
	for _, name := range searchable {
		for _, v := range d.Facets[name] {
			add(fieldFacets, v)
		}
	}
	return a
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return lessUTF16(keys[i], keys[j]) })
	return keys
}
