package search

import (
	"bytes"
	"encoding/json"
	"sort"
)

// maxFormBits is how many surface forms of a stem a posting can flag for
// the exact-match bonus: the flags are a bit mask that JavaScript's 32-bit
// integer operators read safely. Rarer forms get no bonus.
const maxFormBits = 30

// posting is one document in a term's posting list.
type posting struct {
	doc    int
	impact int
	forms  int // bit i set: forms[i] of the term occurs in the document
}

// term is one entry of the inverted index.
type term struct {
	stem     string
	forms    []string // surface forms, most frequent first
	postings []posting
}

// encode returns the entry as it appears in a shard:
// [stem, [form, …], [docDelta, impact, formBits, …]].
func (t *term) encode() []byte {
	flat := make([]int, 0, 3*len(t.postings))
	prev := 0
	for _, p := range t.postings {
		flat = append(flat, p.doc-prev, p.impact, p.forms)
		prev = p.doc
	}
	return marshal([]any{t.stem, t.forms, flat})
}

// shard is a contiguous range of terms in UTF-16 order, stored in one file.
type shard struct {
	from  string // shortest prefix of the first stem that sorts after the previous shard's last stem
	terms [][]byte
}

// partition cuts the sorted encoded terms into shards of about target
// bytes each. Range partitioning (rather than hashing) keeps every stem
// that shares a prefix in one shard or a few neighbouring ones, so the
// word being typed fetches one file; the number of shards follows from
// the corpus size.
func partition(terms []*term, target int) []shard {
	var shards []shard
	size := target // forces a first shard
	var prev string
	for _, t := range terms {
		enc := t.encode()
		if size+len(enc) > target && (len(shards) == 0 || len(shards[len(shards)-1].terms) > 0) {
			from := ""
			if len(shards) > 0 {
				from = separator(prev, t.stem)
			}
			shards = append(shards, shard{from: from})
			size = 0
		}
		s := &shards[len(shards)-1]
		s.terms = append(s.terms, enc)
		size += len(enc) + 1
		prev = t.stem
	}
	return shards
}

// separator returns the shortest prefix of b that sorts after a (a < b):
// a stem x belongs to b's shard or a later one exactly when x >= it.
func separator(a, b string) string {
	rs := []rune(b)
	for i := 1; i < len(rs); i++ {
		if p := string(rs[:i]); lessUTF16(a, p) {
			return p
		}
	}
	return b
}

// bytes returns the shard file: a JSON array of encoded terms.
func (s *shard) bytes() []byte { return jsonArray(s.terms) }

// shardFor returns the index of the shard that holds stem (the last shard
// whose from is <= stem). It is what search.js does; Go uses it in tests.
func shardFor(froms []string, stem string) int {
	return sort.Search(len(froms), func(i int) bool { return lessUTF16(stem, froms[i]) }) - 1
}

// marshal encodes v as compact JSON without HTML escaping (the files are
// fetched, never inlined) and without the trailing newline.
func marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // only strings, numbers and slices of them are encoded
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}
