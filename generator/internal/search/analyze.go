package search

import (
	"fmt"
	"math"
	"sort"
)

// Fields of a document, in the order of their weights in the manifest.
const (
	fieldTitle = iota
	fieldBody
	fieldFacets
	numFields
)

// Analysis is one document reduced to what the index needs from it: its
// stems with their counts per field and surface forms, its facet values
// and its display data (the entry of its document chunk). A build analyses
// each document once; an engine that rebuilds a site can keep analyses
// (MarshalBinary) and analyse only the documents that changed, then feed
// them all, in document order, to a Builder.
//
// An Analysis is immutable: analyses of identical texts made with the same
// Cache share their text part.
type Analysis struct {
	id     string
	boost  float64 // Document.Boost, zero meaning 1
	entry  []byte  // JSON [id, url, kind, title, snippet, meta]
	facets []facetValues
	text   *textAnalysis
}

// facetValues are a document's values of one facet: deduplicated, empty
// strings dropped, in the document's order. A facet whose values are all
// empty has none, yet it still names the facet in the manifest.
type facetValues struct {
	name   string
	values []string
}

// textAnalysis is the searchable text of a document as stems.
type textAnalysis struct {
	length [numFields]int // tokens per field, stop words excluded
	terms  []termCount    // by stem in UTF-16 order
	codes  []codeTerm     // by key in UTF-16 order
}

// termCount is what one document contributes to one stem's posting.
type termCount struct {
	stem  string
	tf    [numFields]int
	forms []formCount // surface forms of the stem in the document, in UTF-16 order
}

type formCount struct {
	form string
	n    int
}

// ID returns the analysed document's ID.
func (a Analysis) ID() string { return a.id }

// Analyze reduces d to its Analysis for an index built with opt. The
// options that matter are SnippetRunes, SearchFacets and Cache; a
// Builder must be made with the same ones.
func Analyze(d Document, opt Options) (Analysis, error) {
	opt = opt.withDefaults()
	if err := checkDocument(&d); err != nil {
		return Analysis{}, err
	}
	return analyzeChecked(&d, opt), nil
}

// analyzeChecked is Analyze for a document known to be valid and options
// with their defaults.
func analyzeChecked(d *Document, opt Options) Analysis {
	return Analysis{
		id:     d.ID,
		boost:  d.Boost,
		entry:  encodeDoc(d, opt.SnippetRunes),
		facets: facetsOf(d.Facets),
		text:   opt.Cache.analyse(d, opt.SearchFacets),
	}
}

// checkDocument reports what makes d unindexable.
func checkDocument(d *Document) error {
	switch {
	case d.ID == "":
		return fmt.Errorf("search: a document has no ID (URL %q)", d.URL)
	case d.URL == "":
		return fmt.Errorf("search: document %q has no URL", d.ID)
	case d.Boost < 0 || math.IsNaN(d.Boost) || math.IsInf(d.Boost, 0):
		return fmt.Errorf("search: document %q has boost %v", d.ID, d.Boost)
	}
	return nil
}

// facetsOf returns the facets that name at least one value, by name.
func facetsOf(m map[string][]string) []facetValues {
	var out []facetValues
	for _, name := range sortedKeys(m) {
		vs := m[name]
		if len(vs) == 0 {
			continue
		}
		f := facetValues{name: name}
		for _, v := range vs {
			if v != "" && !contains(f.values, v) {
				f.values = append(f.values, v)
			}
		}
		out = append(out, f)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// analyseText tokenises and stems the searchable fields of d and keys its
// codes. The values
// of the facets named in searchable are a field of their own, so
// "патронат дубно" narrows to Dubno even where the body does not name the
// city. stem, when not nil, stands in for Stem (a memoised one).
func analyseText(d *Document, searchable []string, stem func(string) string) *textAnalysis {
	if stem == nil {
		stem = Stem
	}
	a := &textAnalysis{}
	type acc struct {
		tf    [numFields]int
		forms map[string]int
	}
	terms := map[string]*acc{}
	add := func(field int, text string) {
		for _, tok := range Tokenize(text) {
			if IsStopWord(tok) {
				continue
			}
			s := stem(tok)
			t := terms[s]
			if t == nil {
				t = &acc{forms: map[string]int{}}
				terms[s] = t
			}
			t.tf[field]++
			t.forms[tok]++
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
	a.codes = codeTerms(d.Codes)
	a.terms = make([]termCount, 0, len(terms))
	for _, s := range sortedKeys(terms) {
		t := terms[s]
		tc := termCount{stem: s, tf: t.tf, forms: make([]formCount, 0, len(t.forms))}
		for _, f := range sortedKeys(t.forms) {
			tc.forms = append(tc.forms, formCount{f, t.forms[f]})
		}
		a.terms = append(a.terms, tc)
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
