package search

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"
)

// reader evaluates queries over built files the way search.js does, so
// that ranking and shard selection can be tested in Go.
type reader struct {
	t     testing.TB
	m     manifest
	files map[string][]byte
	froms []string
	got   map[string]bool // files read, to check what a query fetches
}

type rawTerm struct {
	stem  string
	forms []string
	post  []int
}

func newReader(t testing.TB, idx *Index) *reader {
	t.Helper()
	r := &reader{t: t, files: idx.Files, got: map[string]bool{}}
	if err := json.Unmarshal(idx.Manifest, &r.m); err != nil {
		t.Fatal(err)
	}
	for _, s := range r.m.Shards {
		r.froms = append(r.froms, s[0])
	}
	return r
}

func (r *reader) read(name string, v any) {
	r.t.Helper()
	b, ok := r.files[name]
	if !ok {
		r.t.Fatalf("no file %q", name)
	}
	r.got[name] = true
	if err := json.Unmarshal(b, v); err != nil {
		r.t.Fatalf("%s: %v", name, err)
	}
}

func (r *reader) shard(i int) []rawTerm {
	var raw [][]json.RawMessage
	r.read(r.m.Shards[i][1], &raw)
	out := make([]rawTerm, len(raw))
	for k, e := range raw {
		json.Unmarshal(e[0], &out[k].stem)
		json.Unmarshal(e[1], &out[k].forms)
		json.Unmarshal(e[2], &out[k].post)
	}
	return out
}

// shardsFor mirrors search.js: the shard of s, and for a prefix the
// following shards whose first stem starts with s.
func (r *reader) shardsFor(s string, prefix bool) []int {
	i := max(0, shardFor(r.froms, s))
	out := []int{i}
	for prefix && i+1 < len(r.froms) && strings.HasPrefix(r.froms[i+1], s) {
		i++
		out = append(out, i)
	}
	return out
}

// hit is a ranked result.
type hit struct {
	ID    string
	Score float64
}

// search returns the ranked document IDs for text (the last word is a
// prefix unless text ends with a space) and whether all words matched.
func (r *reader) search(text string) ([]hit, bool) {
	type qterm struct {
		w, s   string
		prefix bool
	}
	var words []string
	for _, w := range Tokenize(text) {
		if !IsStopWord(w) {
			words = append(words, w)
		}
	}
	open := !strings.HasSuffix(text, " ")
	var qs []qterm
	seen := map[string]bool{}
	for i, w := range words {
		q := qterm{w, Stem(w), open && i == len(words)-1 && len([]rune(w)) >= 3}
		if seen[q.s] && !q.prefix {
			continue
		}
		seen[q.s] = true
		if len(r.shardsFor(q.s, q.prefix)) > 4 {
			q.prefix = false // too broad: exact stem only
		}
		qs = append(qs, q)
	}
	score := map[int]float64{}
	matched := map[int]int{}
	for _, q := range qs {
		best := map[int]float64{}
		for _, si := range r.shardsFor(q.s, q.prefix) {
			for _, e := range r.shard(si) {
				exact := e.stem == q.s
				if !exact && !(q.prefix && strings.HasPrefix(e.stem, q.s) && slices.ContainsFunc(e.forms, func(f string) bool {
					return strings.HasPrefix(f, q.w)
				})) {
					continue
				}
				factor := 1.0
				if !exact {
					factor = r.m.Weights.Prefix
				}
				bit := 0
				for fi, f := range e.forms {
					if f == q.w && fi < maxFormBits {
						bit = 1 << fi
					}
				}
				d := 0
				for k := 0; k < len(e.post); k += 3 {
					d += e.post[k]
					sc := float64(e.post[k+1]) * factor
					if e.post[k+2]&bit != 0 {
						sc *= 1 + r.m.Weights.Exact
					}
					best[d] = max(best[d], sc)
				}
			}
		}
		for d, s := range best {
			score[d] += s
			matched[d]++
		}
	}
	var docs []int
	all := false
	for d := range score {
		docs = append(docs, d)
		all = all || matched[d] == len(qs)
	}
	if all {
		docs = docs[:0]
		for d := range score {
			if matched[d] == len(qs) {
				docs = append(docs, d)
			}
		}
	}
	sort.Slice(docs, func(i, j int) bool {
		a, b := docs[i], docs[j]
		if matched[a] != matched[b] {
			return matched[a] > matched[b]
		}
		if score[a] != score[b] {
			return score[a] > score[b]
		}
		return a < b
	})
	ids := r.ids()
	out := make([]hit, len(docs))
	for i, d := range docs {
		out[i] = hit{ids[d], score[d]}
	}
	return out, all
}

// ids returns every document's ID by number, from the chunks.
func (r *reader) ids() []string {
	var ids []string
	for _, c := range r.m.Chunks {
		var docs [][]json.RawMessage
		r.read(c[1].(string), &docs)
		if int(c[0].(float64)) != len(ids) {
			r.t.Fatalf("chunk %v starts at %v, want %d", c[1], c[0], len(ids))
		}
		for _, d := range docs {
			var id string
			json.Unmarshal(d[0], &id)
			ids = append(ids, id)
		}
	}
	return ids
}

func hitIDs(hs []hit) []string {
	ids := make([]string, len(hs))
	for i, h := range hs {
		ids[i] = h.ID
	}
	return ids
}
