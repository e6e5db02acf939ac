package search

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Options tune Build. The zero value gives the defaults.
type Options struct {
	// Base is the URL path of the search directory as the page fetches
	// it, e.g. "/plansite/search/" on a site not served from "/".
	// Default "/search/". The page's data-search-base attribute wins.
	Base string
	// Root is the site's base path that the client puts before
	// Document.URL. Default "/".
	Root string
	// ShardBytes is the target size of a term shard before compression;
	// the number of shards follows from it. Default 12 KiB.
	ShardBytes int
	// ChunkBytes is the target size of a document chunk. Default 12 KiB.
	ChunkBytes int
	// SnippetRunes is how much of each Body is kept for snippets.
	// Default 600.
	SnippetRunes int
	// Weights are the ranking parameters; zero fields take DefaultWeights.
	Weights Weights
	// Cache, when set, shares text analysis with other builds (one per
	// language) over the same documents.
	Cache *Cache
	// FacetOrder lists facets in the order the page shows them; facets not
	// listed follow by name. Default: plan, section, executor, status, year.
	FacetOrder []string
	// SearchFacets names the facets whose values are searched (with the
	// weight Weights.Facets). Default: plan. Section names are left out
	// because every measure of "…соціальних і реабілітаційних послуг"
	// would match "реабілітації".
	SearchFacets []string
}

func (o Options) withDefaults() Options {
	if o.Base == "" {
		o.Base = "/search/"
	}
	if !strings.HasSuffix(o.Base, "/") {
		o.Base += "/"
	}
	if o.Root == "" {
		o.Root = "/"
	}
	if o.ShardBytes <= 0 {
		o.ShardBytes = 12 << 10
	}
	if o.ChunkBytes <= 0 {
		o.ChunkBytes = 12 << 10
	}
	if o.SnippetRunes <= 0 {
		o.SnippetRunes = 600
	}
	w, d := &o.Weights, DefaultWeights
	for _, p := range []struct {
		v *float64
		d float64
	}{
		{&w.Title, d.Title}, {&w.Body, d.Body}, {&w.Facets, d.Facets}, {&w.K1, d.K1},
		{&w.B, d.B}, {&w.Exact, d.Exact}, {&w.Prefix, d.Prefix},
	} {
		if *p.v == 0 {
			*p.v = p.d
		}
	}
	if o.FacetOrder == nil {
		o.FacetOrder = []string{"plan", "section", "executor", "status", "year"}
	}
	if o.SearchFacets == nil {
		o.SearchFacets = []string{"plan"}
	}
	return o
}

// Index is a built search index.
type Index struct {
	// Files maps a path relative to the search directory (Options.Base)
	// to the file's content. All names but ManifestFile carry a content
	// hash and can be cached forever.
	Files map[string][]byte
	// Manifest is the content of ManifestFile, HTML-safe JSON to embed
	// in the search page with ManifestElement.
	Manifest []byte
}

// Build indexes docs. The same docs and options always give the same
// bytes. Document numbers follow the order of docs, which also breaks
// ties between equal scores.
func Build(docs []Document, opt Options) (*Index, error) {
	opt = opt.withDefaults()
	if err := validate(docs); err != nil {
		return nil, err
	}

	an := make([]analysed, len(docs))
	for i := range docs {
		an[i] = opt.Cache.analyse(&docs[i], opt.SearchFacets)
	}
	shards := opt.Cache.termShards(docs, an, opt)

	idx := &Index{Files: map[string][]byte{}}
	put := func(prefix string, content []byte) string {
		sum := sha256.Sum256(content)
		name := prefix + "." + hex.EncodeToString(sum[:])[:12] + ".json"
		idx.Files[name] = content
		return name
	}

	m := manifest{
		V: FormatVersion, Stemmer: StemmerVersion, Base: opt.Base, Root: opt.Root,
		Docs: len(docs), Weights: opt.Weights, Shards: [][]string{}, Chunks: [][]any{},
	}
	for i, s := range shards {
		m.Shards = append(m.Shards, []string{s.from, put(fmt.Sprintf("t%d", i), s.bytes())})
	}
	enc := make([][]byte, len(docs))
	for i := range docs {
		enc[i] = encodeDoc(&docs[i], opt.SnippetRunes)
	}
	for i, c := range chunkDocs(enc, opt.ChunkBytes) {
		m.Chunks = append(m.Chunks, []any{c.from, put(fmt.Sprintf("d%d", i), c.bytes())})
	}
	m.Facets = facetOrder(docs, opt.FacetOrder)
	if m.Facets == nil {
		m.Facets = []string{}
	}
	m.FacetFile = put("facets", marshal(buildFacets(docs, m.Facets)))

	idx.Manifest = m.encode()
	idx.Files[ManifestFile] = idx.Manifest
	return idx, nil
}

func validate(docs []Document) error {
	seen := map[string]bool{}
	for i := range docs {
		d := &docs[i]
		switch {
		case d.ID == "":
			return fmt.Errorf("search: document %d has no ID", i)
		case seen[d.ID]:
			return fmt.Errorf("search: duplicate document ID %q", d.ID)
		case d.URL == "":
			return fmt.Errorf("search: document %q has no URL", d.ID)
		case d.Boost < 0 || math.IsNaN(d.Boost) || math.IsInf(d.Boost, 0):
			return fmt.Errorf("search: document %q has boost %v", d.ID, d.Boost)
		}
		seen[d.ID] = true
	}
	return nil
}

type scored struct {
	doc   int
	score float64
}

// invert builds the posting lists, sorted by stem in UTF-16 order.
func invert(docs []Document, an []analysed, w Weights) []*term {
	sc := newScorer(an, w)
	byStem := map[string]*term{}
	raw := map[string][]scored{}
	best := 0.0
	for di, a := range an {
		boost := docs[di].Boost
		if boost == 0 {
			boost = 1
		}
		for t := range a.terms {
			s := sc.score(t, a, boost)
			raw[t] = append(raw[t], scored{di, s})
			best = math.Max(best, s)
		}
	}
	for t, list := range raw {
		sort.Slice(list, func(i, j int) bool { return list[i].doc < list[j].doc })
		ds := make([]int, len(list))
		for i, p := range list {
			ds[i] = p.doc
		}
		te := &term{stem: t, forms: formsOf(t, ds, an)}
		bit := map[string]int{}
		for i, f := range te.forms {
			if i < maxFormBits {
				bit[f] = 1 << i
			}
		}
		for _, p := range list {
			mask := 0
			for f := range an[p.doc].terms[t].forms {
				mask |= bit[f]
			}
			te.postings = append(te.postings, posting{doc: p.doc, impact: quantize(p.score, best), forms: mask})
		}
		byStem[t] = te
	}
	out := make([]*term, 0, len(byStem))
	for _, k := range sortedKeys(byStem) {
		out = append(out, byStem[k])
	}
	return out
}

// formsOf returns the surface forms of stem t in docs, most frequent
// first, ties in UTF-16 order.
func formsOf(t string, docs []int, an []analysed) []string {
	count := map[string]int{}
	for _, d := range docs {
		for f, n := range an[d].terms[t].forms {
			count[f] += n
		}
	}
	forms := sortedKeys(count)
	sort.SliceStable(forms, func(i, j int) bool { return count[forms[i]] > count[forms[j]] })
	return forms
}
