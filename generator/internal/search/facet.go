package search

// FacetGroup separates a group from a value in a facet value: the page
// shows "Дубно 2021–2026 › III. Розвиток…" as the value "III. Розвиток…"
// under the heading "Дубно 2021–2026", so that sections of different
// plans with the same number and title can be told apart.
const FacetGroup = " › "

// facetTable is the facets file: for each facet (in manifest order) its
// values in UTF-16 order and, per value, the delta-encoded numbers of the
// documents that have it. It is small (a few bytes per document and
// value) and fetched with the first term shard, so facet counts and
// filtering need no further request.
type facetTable struct {
	Values [][]string `json:"values"`
	Docs   [][][]int  `json:"docs"`
}

// facetTable returns the table for the facets named in order.
func (b *Builder) facetTable(order []string) facetTable {
	t := facetTable{Values: make([][]string, len(order)), Docs: make([][][]int, len(order))}
	for fi, name := range order {
		byValue := b.facets[name]
		values := sortedKeys(byValue)
		t.Values[fi] = values
		t.Docs[fi] = make([][]int, len(values))
		for vi, v := range values {
			ds := byValue[v]
			enc := make([]int, len(ds))
			prev := 0
			for i, d := range ds {
				enc[i], prev = int(d)-prev, int(d)
			}
			t.Docs[fi][vi] = enc
		}
	}
	return t
}

// facetOrder returns the names of the facets that documents have: those
// in Options.FacetOrder first, in that order, then the others by name.
func (b *Builder) facetOrder() []string {
	order := []string{}
	for _, name := range b.opt.FacetOrder {
		if _, ok := b.facets[name]; ok && !contains(order, name) {
			order = append(order, name)
		}
	}
	for _, name := range sortedKeys(b.facets) {
		if !contains(order, name) {
			order = append(order, name)
		}
	}
	return order
}
