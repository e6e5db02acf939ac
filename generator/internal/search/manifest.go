package search

import (
	"bytes"
	"encoding/json"
)

// ManifestFile is the manifest's name in the search directory. It is the
// one file without a content hash; the search page normally carries the
// same JSON inline (see ManifestElement) and fetches it only as a fallback.
const ManifestFile = "manifest.json"

// ManifestElementID is the id of the inline manifest element.
const ManifestElementID = "search-manifest"

// FormatVersion is the version of the index files' layout.
const FormatVersion = 2

// manifest is everything the client needs before its first request.
type manifest struct {
	V         int        `json:"v"`
	Stemmer   string     `json:"stemmer"`
	Base      string     `json:"base"`
	Root      string     `json:"root"`
	Docs      int        `json:"docs"`
	Weights   Weights    `json:"weights"`
	Facets    []string   `json:"facets"`
	FacetFile string     `json:"facetFile"`
	Shards    [][]string `json:"shards"` // [from, file]
	Chunks    [][]any    `json:"chunks"` // [first document number, file]
}

// encode returns the manifest as JSON that is safe inside a <script>
// element: encoding/json escapes <, > and & (so no "</script>") and the
// line separators U+2028 and U+2029.
func (m *manifest) encode() []byte {
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// ManifestElement returns the element that embeds the manifest in the
// search page, so that the first request of a query is already a term
// shard:
//
//	<script type="application/json" id="search-manifest">{…}</script>
//
// A JSON data block is not executed, so it is allowed under a strict
// Content-Security-Policy (script-src 'self'). manifest must be
// Index.Manifest (HTML-safe JSON).
func ManifestElement(manifest []byte) string {
	var buf bytes.Buffer
	buf.WriteString(`<script type="application/json" id="` + ManifestElementID + `">`)
	// Index.Manifest is already escaped; escaping again keeps the element
	// safe for callers who pass other JSON.
	json.HTMLEscape(&buf, manifest)
	buf.WriteString(`</script>`)
	return buf.String()
}
