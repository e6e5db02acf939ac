package search

import (
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/plansite/plansite/generator/internal/uktext"
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
// Like search.js, documents whose code the query is come first.
func (r *reader) search(text string) ([]hit, bool) {
	type qterm struct {
		w, s   string
		prefix bool
		at     []int
	}
	toks := Tokenize(text)
	open := !strings.HasSuffix(text, " ")
	last := -1
	for i, w := range toks {
		if !IsStopWord(w) {
			last = i
		}
	}
	var qs []*qterm
	seen := map[string]*qterm{}
	for i, w := range toks {
		if IsStopWord(w) {
			continue
		}
		q := &qterm{w, Stem(w), open && i == last && len([]rune(w)) >= 3, []int{i}}
		if seen[q.s] != nil && !q.prefix {
			seen[q.s].at = append(seen[q.s].at, i)
			continue
		}
		seen[q.s] = q
		if len(r.shardsFor(q.s, q.prefix)) > 4 {
			q.prefix = false // too broad: exact stem only
		}
		qs = append(qs, q)
	}

	code, covered := r.codes(text, toks)
	var words []*qterm
	for _, q := range qs {
		if slices.ContainsFunc(q.at, func(i int) bool { return !covered[i] }) {
			words = append(words, q)
		}
	}
	score := map[int]float64{}
	matched := map[int]int{}
	for _, q := range words {
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
	all := len(code) > 0
	for d := range score {
		docs = append(docs, d)
		all = all || matched[d] == len(words)
	}
	if all {
		docs = docs[:0]
		for d := range score {
			if matched[d] == len(words) && code[d] == 0 {
				docs = append(docs, d)
			}
		}
		for d := range code {
			docs = append(docs, d)
		}
	}
	sort.Slice(docs, func(i, j int) bool {
		a, b := docs[i], docs[j]
		if code[a] != code[b] {
			return code[a] > code[b]
		}
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

// codeQuery is a part of a query that may be a citation code: tokens
// [from, to).
type codeQuery struct {
	from, to int
	segs     []codeSeg
}

// codeQueries mirrors search.js: the whole query when it has no space,
// each run of two or more code-like tokens, a Roman numeral alone.
func codeQueries(text string, toks []string) []codeQuery {
	segs := make([]codeSeg, len(toks))
	for i, tok := range toks {
		segs[i].key, segs[i].like = codeSegment(tok)
	}
	var out []codeQuery
	n := len(toks)
	if n >= 2 && !strings.ContainsFunc(strings.TrimSpace(text), unicode.IsSpace) {
		out = append(out, codeQuery{0, n, segs})
	}
	for i := 0; i < n; {
		if !segs[i].like {
			i++
			continue
		}
		j := i
		for j < n && segs[j].like {
			j++
		}
		_, roman := uktext.ParseRoman(toks[0])
		alone := n == 1 && roman && !isDigits(toks[0]) && len([]rune(toks[0])) >= 2
		if (j-i >= 2 || alone) && !(len(out) > 0 && out[0].from == i && out[0].to == j) {
			out = append(out, codeQuery{i, j, segs[i:j]})
		}
		i = j
	}
	return out
}

// codes mirrors search.js's code look-ups: each document's best match
// (3 its own code, 2 a tail of it, 1 a longer code or the Roman reading of
// a first number) and the tokens of the codes that matched.
func (r *reader) codes(text string, toks []string) (map[int]int, map[int]bool) {
	type probe struct {
		s               string
		prefix, variant bool
		q               codeQuery
	}
	var probes []probe
	for _, q := range codeQueries(text, toks) {
		key := joinKeys(q.segs)
		probes = append(probes, probe{s: CodePrefix + key, q: q})
		like := !slices.ContainsFunc(q.segs, func(s codeSeg) bool { return !s.like })
		if !like {
			continue
		}
		if q.to-q.from >= 2 {
			probes = append(probes, probe{s: CodePrefix + key + ".", prefix: true, q: q})
		}
		if n, err := strconv.Atoi(q.segs[0].key); err == nil && isDigits(q.segs[0].key) && q.to-q.from >= 3 && n >= 1 && n <= 3999 {
			v := append([]codeSeg{{key: uktext.Roman(n)}}, q.segs[1:]...)
			probes = append(probes, probe{s: CodePrefix + joinKeys(v), variant: true, q: q})
		}
	}
	code, covered := map[int]int{}, map[int]bool{}
	for _, p := range probes {
		shards := r.shardsFor(p.s, p.prefix)
		if len(shards) > 4 {
			continue
		}
		hit := false
		for _, si := range shards {
			for _, e := range r.shard(si) {
				if p.prefix && !strings.HasPrefix(e.stem, p.s) || !p.prefix && e.stem != p.s {
					continue
				}
				d := 0
				for k := 0; k < len(e.post); k += 3 {
					d += e.post[k]
					rank := 1
					if !p.prefix && !p.variant {
						rank = 2
						if e.post[k+1] == codeWhole {
							rank = 3
						}
					}
					code[d] = max(code[d], rank)
					hit = true
				}
			}
		}
		if hit {
			for i := p.q.from; i < p.q.to; i++ {
				covered[i] = true
			}
		}
	}
	return code, covered
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
