// Package search builds the static full-text index that the site's search
// page queries in the browser with search.js (embedded as ClientJS).
//
// Why not Pagefind or bleve: the portal is read on slow phones, in
// Ukrainian. Pagefind does no Ukrainian stemming, treats ʼ (U+02BC) and
// ' (U+0027) as different letters although the plans spell "сім'ї" three
// ways, and needs about five dependent requests (entry, wasm, meta, index,
// fragment) before the first result. bleve needs a server. This package
// does the little we need by hand: one normaliser and one light stemmer,
// mirrored exactly in search.js (a Go test runs both through node and
// compares them), an index whose manifest is inlined into the search page,
// so a cold query costs the term shard(s) plus the facet table, and then
// only the document chunks of the first results.
//
// Build indexes documents held in memory. A build that streams a large
// site analyses each document once (Analyze, kept between builds in its
// binary form) and feeds the analyses to a Builder, which writes document
// chunks as they fill and the term shards at the end. Citation codes
// (Document.Codes) are indexed beside the words, so that "ІІ.2.1" finds
// measure II.2.1 first.
//
// The format is described in FORMAT.md.
package search
