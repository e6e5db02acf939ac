package search

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/fnv"
	"math"
	"reflect"
)

// Builder assembles an index from analyses given in document order, with
// memory that grows with the vocabulary and the postings, not with the
// text: document chunks are finished (and handed to Options.Emit) as the
// documents arrive, and postings are kept as varint-encoded delta lists
// until Finish, when the corpus statistics that scores need (document
// frequencies, average field lengths, the largest score) are known.
//
// The files equal Build's for the same documents and options, byte for
// byte. A Builder is not safe for concurrent use.
type Builder struct {
	opt  Options
	n    int // documents added
	ids  map[string]struct{}
	docs []docStats

	sumLen [numFields]int
	terms  map[string]*postingList
	codes  map[string]*codePostings
	facets map[string]map[string][]int32 // facet → value → document numbers

	chunk  chunk // the chunk being filled
	chunks [][]any
	size   int // bytes in the chunk being filled

	out  output
	memo hash.Hash64 // identities of the texts, for Options.Cache
	err  error

	// A leader and its followers (see NewFollower): a follower has a
	// leader, and both sum their texts; the leader keeps its shards' list
	// and texts' sum when it finishes.
	leader    *Builder
	texts     hash.Hash
	shardList [][]string
	textSum   []byte
}

// docStats is what scoring needs of every document.
type docStats struct {
	length [numFields]int32
	boost  float64
}

// codePostings are the documents of one code key and the kind of match.
type codePostings struct {
	docs  []int
	kinds []int
}

// postingList accumulates one stem's postings. post holds, per document,
// the uvarints docDelta, tf per field, the number of forms and their
// indices into forms.
type postingList struct {
	stem   string
	forms  []string
	counts []int // occurrences of forms[i] in the corpus
	index  map[string]int
	post   []byte
	last   int // the last document's number
	df     int
}

// NewBuilder returns a Builder for an index with opt.
func NewBuilder(opt Options) *Builder {
	opt = opt.withDefaults()
	b := &Builder{opt: opt, ids: map[string]struct{}{}, terms: map[string]*postingList{}, codes: map[string]*codePostings{},
		facets: map[string]map[string][]int32{}, chunks: [][]any{}, size: opt.ChunkBytes}
	b.out = output{emit: opt.Emit, files: map[string][]byte{}}
	if opt.Cache != nil {
		b.memo = fnv.New64a()
		fmt.Fprintf(b.memo, "%v %d|", opt.Weights, opt.ShardBytes)
	}
	return b
}

// Add appends the next document. It fails on a duplicate ID and when
// Options.Emit fails; after an error the Builder only reports it.
func (b *Builder) Add(a Analysis) error {
	if b.err != nil {
		return b.err
	}
	if a.text == nil {
		return b.fail(fmt.Errorf("search: Add of a zero Analysis"))
	}
	if _, dup := b.ids[a.id]; dup {
		return b.fail(fmt.Errorf("search: duplicate document ID %q", a.id))
	}
	b.ids[a.id] = struct{}{}
	doc := b.n
	b.n++
	if b.texts != nil {
		sumText(b.texts, appendText(nil, a.text), a.boost)
	}
	if b.leader == nil {
		b.addText(doc, a.text, a.boost)
	}
	b.addFacets(doc, a.facets)
	if b.memo != nil {
		fmt.Fprintf(b.memo, "%x %g|", reflect.ValueOf(a.text).Pointer(), a.boost)
	}
	return b.addEntry(doc, a.entry)
}

// addText adds the document's field lengths, stems and codes.
func (b *Builder) addText(doc int, t *textAnalysis, boost float64) {
	b.addDoc(t.length, boost)
	for i := range t.terms {
		b.addTerm(doc, &t.terms[i])
	}
	for _, c := range t.codes {
		b.addCode(doc, c.key, c.kind)
	}
}

// addDoc adds the statistics scoring needs of the next document.
func (b *Builder) addDoc(length [numFields]int, boost float64) {
	st := docStats{boost: boost}
	if st.boost == 0 {
		st.boost = 1
	}
	for f, n := range length {
		st.length[f] = int32(min(n, math.MaxInt32))
		b.sumLen[f] += n
	}
	b.docs = append(b.docs, st)
}

// addCode adds document doc to the postings of code key.
func (b *Builder) addCode(doc int, key string, kind int) {
	p := b.codes[key]
	if p == nil {
		p = &codePostings{}
		b.codes[key] = p
	}
	p.docs = append(p.docs, doc)
	p.kinds = append(p.kinds, kind)
}

func (b *Builder) addFacets(doc int, facets []facetValues) {
	for _, f := range facets {
		values := b.facet(f.name)
		for _, v := range f.values {
			values[v] = append(values[v], int32(doc))
		}
	}
}

// facet returns the values of facet name, naming it even without values.
func (b *Builder) facet(name string) map[string][]int32 {
	values := b.facets[name]
	if values == nil {
		values = map[string][]int32{}
		b.facets[name] = values
	}
	return values
}

func (b *Builder) fail(err error) error {
	b.err = err
	return err
}

func (b *Builder) addTerm(doc int, tc *termCount) {
	p := b.terms[tc.stem]
	if p == nil {
		p = &postingList{stem: tc.stem}
		b.terms[tc.stem] = p
	}
	p.addPosting(doc, tc.tf, len(tc.forms))
	for _, f := range tc.forms {
		i := formIndex(p, f.form)
		p.counts[i] += f.n
		p.appendForm(i)
	}
}

// addPosting starts a document's posting: its number, the stem's
// frequency per field and the number of forms, whose indices follow
// (appendForm).
func (p *postingList) addPosting(doc int, tf [numFields]int, forms int) {
	p.post = binary.AppendUvarint(p.post, uint64(doc-p.last))
	p.last = doc
	p.df++
	for _, n := range tf {
		p.post = binary.AppendUvarint(p.post, uint64(n))
	}
	p.post = binary.AppendUvarint(p.post, uint64(forms))
}

func (p *postingList) appendForm(i int) { p.post = binary.AppendUvarint(p.post, uint64(i)) }

// formIndex returns the index of form in p.forms, adding it. Most stems
// have a few forms, searched in order; a map takes over for the others. A
// form given as bytes is copied only when it is new.
func formIndex[S string | []byte](p *postingList, form S) int {
	if p.index != nil {
		if i, ok := p.index[string(form)]; ok {
			return i
		}
	} else {
		for i, f := range p.forms {
			if f == string(form) {
				return i
			}
		}
	}
	p.forms = append(p.forms, string(form))
	p.counts = append(p.counts, 0)
	i := len(p.forms) - 1
	if p.index != nil {
		p.index[p.forms[i]] = i
	} else if len(p.forms) > 16 {
		p.index = make(map[string]int, 32)
		for k, f := range p.forms {
			p.index[f] = k
		}
	}
	return i
}

// addEntry puts a document's display data into the chunk being filled,
// finishing the chunk first when the entry would make it too big.
func (b *Builder) addEntry(doc int, entry []byte) error {
	if b.size+len(entry) > b.opt.ChunkBytes && len(b.chunk.docs) > 0 {
		if err := b.flushChunk(); err != nil {
			return b.fail(err)
		}
	}
	if len(b.chunk.docs) == 0 {
		b.chunk.from, b.size = doc, 0
	}
	b.chunk.docs = append(b.chunk.docs, entry)
	b.size += len(entry) + 1
	return nil
}

func (b *Builder) flushChunk() error {
	if len(b.chunk.docs) == 0 {
		return nil
	}
	name, err := b.out.put(fmt.Sprintf("d%d", len(b.chunks)), b.chunk.bytes())
	if err != nil {
		return err
	}
	b.chunks = append(b.chunks, []any{b.chunk.from, name})
	b.chunk = chunk{}
	return nil
}

// Finish writes the term shards, the facet table and the manifest and
// returns the index. The Builder cannot be used after it.
func (b *Builder) Finish() (*Index, error) {
	if b.err != nil {
		return nil, b.err
	}
	defer func() {
		b.err = fmt.Errorf("search: Builder used after Finish")
		b.ids, b.docs, b.terms, b.codes, b.facets, b.out.files = nil, nil, nil, nil, nil, nil // for the collector
	}()
	if err := b.flushChunk(); err != nil {
		return nil, err
	}
	m := manifest{
		V: FormatVersion, Stemmer: StemmerVersion, Base: b.opt.Base, Root: b.opt.Root,
		Docs: b.n, Weights: b.opt.Weights, Shards: [][]string{}, Chunks: b.chunks,
	}
	if b.leader != nil {
		if err := b.finishFollower(&m); err != nil {
			return nil, err
		}
	} else if err := b.shards(func(s shard) error {
		name, err := b.out.put(fmt.Sprintf("t%d", len(m.Shards)), s.bytes())
		m.Shards = append(m.Shards, []string{s.from, name})
		return err
	}); err != nil {
		return nil, err
	}
	if b.texts != nil && b.leader == nil {
		b.shardList, b.textSum = m.Shards, b.texts.Sum(nil)
	}
	m.Facets = b.facetOrder()
	var err error
	if m.FacetFile, err = b.out.put("facets", marshal(b.facetTable(m.Facets))); err != nil {
		return nil, err
	}
	idx := &Index{Manifest: m.encode()}
	if err := b.out.add(ManifestFile, idx.Manifest); err != nil {
		return nil, err
	}
	if b.opt.Emit == nil {
		idx.Files = b.out.files
	}
	return idx, nil
}

// shards inverts the postings into term shards and passes them to yield
// in order. With a Cache it does so once for every builder over the same
// texts and boosts: the languages of a site index the same texts, so
// their term shards are identical. Without one, each shard is handed on
// as soon as it is cut.
func (b *Builder) shards(yield func(shard) error) error {
	if b.memo == nil {
		return b.invert(yield)
	}
	e := entry(b.opt.Cache, b.opt.Cache.shards, fmt.Sprintf("%d:%x", b.n, b.memo.Sum64()))
	e.Do(func() {
		b.invert(func(s shard) error {
			e.v = append(e.v, s)
			return nil
		})
	})
	for _, s := range e.v {
		if err := yield(s); err != nil {
			return err
		}
	}
	return nil
}

// output names files by their content and keeps them or hands them on.
type output struct {
	emit  func(name string, content []byte) error
	files map[string][]byte
}

// put stores content as prefix.<hash>.json and returns that name.
func (o *output) put(prefix string, content []byte) (string, error) {
	sum := sha256.Sum256(content)
	name := prefix + "." + hex.EncodeToString(sum[:])[:12] + ".json"
	return name, o.add(name, content)
}

func (o *output) add(name string, content []byte) error {
	if o.emit != nil {
		return o.emit(name, content)
	}
	o.files[name] = content
	return nil
}
