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

// partitioner cuts the encoded terms, given in UTF-16 order, into shards
// of about target bytes each and passes each to yield once it is full.
// Range partitioning (rather than hashing) keeps every stem that shares a
// prefix in one shard or a few neighbouring ones, so the word being typed
// fetches one file; the number of shards follows from the corpus size.
type partitioner struct {
	target int
	yield  func(shard) error
	cur    shard
	open   bool // cur has been started
	size   int
	prev   string
}

func (p *partitioner) add(stem string, enc []byte) error {
	if !p.open || p.size+len(enc) > p.target && len(p.cur.terms) > 0 {
		from := ""
		if p.open {
			if err := p.yield(p.cur); err != nil {
				return err
			}
			from = separator(p.prev, stem)
		}
		p.cur, p.open, p.size = shard{from: from}, true, 0
	}
	p.cur.terms = append(p.cur.terms, enc)
	p.size += len(enc) + 1
	p.prev = stem
	return nil
}

// finish passes on the last shard.
func (p *partitioner) finish() error {
	if !p.open {
		return nil
	}
	return p.yield(p.cur)
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
