package search

import (
	"encoding/binary"
	"sort"
)

// invert scores every posting and passes the term shards to yield in
// stem order. Scores need the corpus statistics, so it runs once all
// documents are in: a first pass finds the largest score, which impacts
// are quantised against, and a second encodes the terms.
func (b *Builder) invert(yield func(shard) error) error {
	sc := newScorer(b.n, b.sumLen, b.opt.Weights)
	stems := sortedKeys(b.terms)
	best := 0.0
	for _, t := range stems {
		p := b.terms[t]
		p.each(func(doc int, tf [numFields]int, _ []int) {
			best = max(best, sc.score(tf, p.df, &b.docs[doc]))
		})
	}
	// Code terms (CodePrefix and a key) sort before every stem.
	names := make([]string, 0, len(b.codes)+len(stems))
	for _, k := range sortedKeys(b.codes) {
		names = append(names, CodePrefix+k)
	}
	names = append(names, stems...)
	cut := partitioner{target: b.opt.ShardBytes, yield: yield}
	for _, t := range names {
		var enc []byte
		if p := b.terms[t]; p != nil {
			enc = p.encode(t, &sc, b.docs, best)
		} else {
			c := b.codes[t[len(CodePrefix):]]
			enc = codeEntry(t[len(CodePrefix):], c.docs, c.kinds)
		}
		if err := cut.add(t, enc); err != nil {
			return err
		}
	}
	return cut.finish()
}

// each calls f with every posting in document order: the document, the
// stem's frequency per field and the indices of its forms there.
func (p *postingList) each(f func(doc int, tf [numFields]int, forms []int)) {
	var forms []int
	doc := 0
	for rest := p.post; len(rest) > 0; {
		next := func() int {
			v, n := binary.Uvarint(rest)
			rest = rest[n:]
			return int(v)
		}
		doc += next()
		var tf [numFields]int
		for i := range tf {
			tf[i] = next()
		}
		forms = forms[:0]
		for k := next(); k > 0; k-- {
			forms = append(forms, next())
		}
		f(doc, tf, forms)
	}
}

// encode returns the stem's shard entry (see term.encode): forms most
// frequent first, ties in UTF-16 order; impacts quantised against best.
func (p *postingList) encode(stem string, sc *scorer, docs []docStats, best float64) []byte {
	order := make([]int, len(p.forms))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if p.counts[a] != p.counts[b] {
			return p.counts[a] > p.counts[b]
		}
		return lessUTF16(p.forms[a], p.forms[b])
	})
	t := term{stem: stem, forms: make([]string, len(order)), postings: make([]posting, 0, p.df)}
	bit := make([]int, len(p.forms))
	for rank, i := range order {
		t.forms[rank] = p.forms[i]
		if rank < maxFormBits {
			bit[i] = 1 << rank
		}
	}
	p.each(func(doc int, tf [numFields]int, forms []int) {
		mask := 0
		for _, i := range forms {
			mask |= bit[i]
		}
		t.postings = append(t.postings, posting{doc: doc, impact: quantize(sc.score(tf, p.df, &docs[doc]), best), forms: mask})
	})
	return t.encode()
}
