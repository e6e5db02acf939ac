package search

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// AddBinary appends the next document from its analysis's binary form
// (Analysis.MarshalBinary), as Add(a) would after a.UnmarshalBinary(data),
// with the same checks. It reads the form straight into the postings: a
// stem or form the index already holds costs no allocation, where decoding
// an Analysis first allocated every string of every document (two thirds
// of a site's index rebuild after one note changed). data is not kept.
//
// With Options.Cache, builders whose documents have the same texts, in
// the same order, share the inverted term shards (see shards): the texts
// are compared by their binary form.
func (b *Builder) AddBinary(data []byte) error {
	if b.err != nil {
		return b.err
	}
	if err := b.addBinary(data); err != nil {
		// The document may be half added: the builder is spent.
		return b.fail(fmt.Errorf("search: decoding an analysis: %w", err))
	}
	return nil
}

func (b *Builder) addBinary(data []byte) error {
	if len(data) < len(analysisMagic)+1 || string(data[:len(analysisMagic)]) != string(analysisMagic) {
		return errors.New("not an encoded analysis")
	}
	d := decoder{b: data[len(analysisMagic):]}
	if d.byte() != analysisVersion || string(d.bytes()) != analysisFormat() {
		return ErrAnalysisVersion
	}
	id := d.bytes()
	boost := math.Float64frombits(d.uint64())
	entry := d.bytes()
	if d.err != nil {
		return d.err
	}
	if err := checkDoc(string(id), boost); err != nil {
		return err
	}
	if _, dup := b.ids[string(id)]; dup {
		return fmt.Errorf("duplicate document ID %q", id)
	}
	b.ids[string(id)] = struct{}{}
	doc := b.n
	b.n++
	b.binaryFacets(doc, &d)
	text := d.b
	if d.err != nil {
		return d.err
	}
	if b.texts != nil {
		sumText(b.texts, text, boost)
	}
	if b.leader != nil {
		// A follower's text is its leader's, which reads and checks it.
		return b.addEntry(doc, []byte(string(entry)))
	}
	if err := b.binaryText(doc, &d, boost); err != nil {
		return err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%d bytes left over", len(d.b))
	}
	if b.memo != nil {
		b.memo.Write(text)
		fmt.Fprintf(b.memo, " %g|", boost)
	}
	return b.addEntry(doc, []byte(string(entry)))
}

// binaryFacets reads a document's facet values.
func (b *Builder) binaryFacets(doc int, d *decoder) {
	for range d.count() {
		name := d.string()
		if d.err != nil {
			return
		}
		values := b.facet(name)
		for range d.count() {
			v := d.string()
			if d.err == nil {
				values[v] = append(values[v], int32(doc))
			}
		}
	}
}

// binaryText reads a document's field lengths, stems and codes.
func (b *Builder) binaryText(doc int, d *decoder, boost float64) error {
	var length [numFields]int
	for f := range length {
		length[f] = d.int()
	}
	prev := ""
	for i := range d.count() {
		p, err := b.binaryTerm(doc, d)
		if err != nil {
			return err
		}
		if i > 0 && !lessUTF16(prev, p.stem) {
			return errStemOrder
		}
		prev = p.stem
	}
	for i := range d.count() {
		key, kind := d.string(), d.int()
		if err := checkCode(i, prev, key, kind); err != nil {
			return err
		}
		prev = key
		b.addCode(doc, key, kind)
	}
	if d.err != nil {
		return d.err
	}
	b.addDoc(length, boost)
	return nil
}

// binaryTerm reads one stem's counts in a document into its postings.
func (b *Builder) binaryTerm(doc int, d *decoder) (*postingList, error) {
	stem := d.bytes()
	if d.err != nil {
		return nil, d.err
	}
	p := b.terms[string(stem)]
	if p == nil {
		s := string(stem)
		if strings.HasPrefix(s, CodePrefix) {
			return nil, errStemOrder
		}
		p = &postingList{stem: s}
		b.terms[s] = p
	}
	var tf [numFields]int
	for i := range tf {
		tf[i] = d.int()
	}
	k := d.count()
	p.addPosting(doc, tf, k)
	for range k {
		form, n := d.bytes(), d.int()
		if d.err != nil {
			return nil, d.err
		}
		i := formIndex(p, form)
		p.counts[i] += n
		p.appendForm(i)
	}
	return p, d.err
}
