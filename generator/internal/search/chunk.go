package search

import (
	"bytes"
	"strings"
	"unicode"
)

// chunk is a run of consecutive documents whose display data (id, URL,
// kind, title, snippet text, meta) is stored in one file: results are
// shown from a few such files instead of one request per result.
type chunk struct {
	from int // number of the first document
	docs [][]byte
}

// encodeDoc returns [id, url, kind, title, snippetText, meta].
func encodeDoc(d *Document, snippetRunes int) []byte {
	meta := d.Meta
	if meta == nil {
		meta = map[string]string{}
	}
	return marshal([]any{d.ID, d.URL, d.Kind, d.Title, snippetSource(d.Body, snippetRunes), meta})
}

// snippetSource returns the start of body that the client cuts snippets
// from: whitespace collapsed, cut at a word boundary after at most n runes.
func snippetSource(body string, n int) string {
	body = strings.Join(strings.Fields(body), " ")
	rs := []rune(body)
	if len(rs) <= n {
		return body
	}
	cut := n
	for cut > n/2 && !unicode.IsSpace(rs[cut]) {
		cut--
	}
	if cut == n/2 {
		cut = n
	}
	return strings.TrimRightFunc(string(rs[:cut]), unicode.IsSpace) + "…"
}

func (c *chunk) bytes() []byte { return jsonArray(c.docs) }

// jsonArray joins encoded JSON values into an array.
func jsonArray(items [][]byte) []byte {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(it)
	}
	buf.WriteByte(']')
	return buf.Bytes()
}
