package search

import (
	"fmt"
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
	// Emit, when set, receives each file of the index as soon as it is
	// complete (document chunks while documents are added, the rest at
	// Finish), instead of Index.Files: a large index is written out as it
	// is built rather than held. Names are as in Index.Files.
	Emit func(name string, content []byte) error
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
	// hash and can be cached forever. It is nil when Options.Emit took
	// the files.
	Files map[string][]byte
	// Manifest is the content of ManifestFile, HTML-safe JSON to embed
	// in the search page with ManifestElement.
	Manifest []byte
}

// Build indexes docs. The same docs and options always give the same
// bytes. Document numbers follow the order of docs, which also breaks
// ties between equal scores. It is Analyze of every document and a
// Builder; an engine that keeps analyses between builds uses those.
func Build(docs []Document, opt Options) (*Index, error) {
	opt = opt.withDefaults()
	if err := validate(docs); err != nil {
		return nil, err
	}
	b := NewBuilder(opt)
	for i := range docs {
		if err := b.Add(analyzeChecked(&docs[i], opt)); err != nil {
			return nil, err
		}
	}
	return b.Finish()
}

func validate(docs []Document) error {
	seen := map[string]bool{}
	for i := range docs {
		d := &docs[i]
		if d.ID == "" {
			return fmt.Errorf("search: document %d has no ID", i)
		}
		if err := checkDocument(d); err != nil {
			return err
		}
		if seen[d.ID] {
			return fmt.Errorf("search: duplicate document ID %q", d.ID)
		}
		seen[d.ID] = true
	}
	return nil
}
