package search

// facetTable is the facets file: for each facet (in manifest order) its
// values in UTF-16 order and, per value, the delta-encoded numbers of the
// documents that have it. It is small (a few bytes per document and
// value) and fetched with the first term shard, so facet counts and
// filtering need no further request.
type facetTable struct {
	Values [][]string `json:"values"`
	Docs   [][][]int  `json:"docs"`
}

// buildFacets returns the table for the facets named in order.
func buildFacets(docs []Document, order []string) facetTable {
	t := facetTable{Values: make([][]string, len(order)), Docs: make([][][]int, len(order))}
	for fi, name := range order {
		byValue := map[string][]int{}
		for di := range docs {
			seen := map[string]bool{}
			for _, v := range docs[di].Facets[name] {
				if v == "" || seen[v] {
					continue
				}
				seen[v] = true
				byValue[v] = append(byValue[v], di)
			}
		}
		values := sortedKeys(byValue)
		t.Values[fi] = values
		t.Docs[fi] = make([][]int, len(values))
		for vi, v := range values {
			ds := byValue[v]
			enc := make([]int, len(ds))
			prev := 0
			for i, d := range ds {
				enc[i], prev = d-prev, d
			}
			t.Docs[fi][vi] = enc
		}
	}
	return t
}

// facetOrder returns the facet names of docs: those in preferred first,
// in that order, then the others by name.
func facetOrder(docs []Document, preferred []string) []string {
	present := map[string]bool{}
	for i := range docs {
		for name, vs := range docs[i].Facets {
			if len(vs) > 0 {
				present[name] = true
			}
		}
	}
	var order []string
	for _, name := range preferred {
		if present[name] {
			order = append(order, name)
			delete(present, name)
		}
	}
	return append(order, sortedKeys(present)...)
}
