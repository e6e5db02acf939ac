package search

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
)

// The binary form of an Analysis, for an engine's cache between builds:
//
//	"psa" version           magic and analysisVersion, one byte
//	string formatVersion    FormatVersion and StemmerVersion, "v1 uk-light-2"
//	string id
//	8 bytes boost           IEEE 754, little endian
//	string entry            the chunk entry (JSON)
//	uvarint n, n × (string name, uvarint k, k × string value)        facets
//	3 × uvarint length
//	uvarint n, n × (string stem, 3 × uvarint tf,
//	                uvarint k, k × (string form, uvarint count))     terms
//	uvarint n, n × (string key, uvarint kind)                          codes
//
// where string is a uvarint length and the bytes. Every list is in a fixed
// order, so equal analyses have equal bytes. An analysis made by another
// version of the format or the stemmer does not decode: analyse again.

const analysisVersion = 1

var analysisMagic = []byte("psa")

// analysisFormat names what an analysis depends on besides its document.
func analysisFormat() string { return fmt.Sprintf("v%d %s", FormatVersion, StemmerVersion) }

// ErrAnalysisVersion is returned by UnmarshalBinary for an analysis made
// by another version of the index format or the stemmer.
var ErrAnalysisVersion = errors.New("search: analysis of another format or stemmer version")

// MarshalBinary returns a's binary form; equal analyses give equal bytes.
func (a Analysis) MarshalBinary() ([]byte, error) {
	if a.text == nil {
		return nil, errors.New("search: MarshalBinary of a zero Analysis")
	}
	b := append([]byte(nil), analysisMagic...)
	b = append(b, analysisVersion)
	b = appendString(b, analysisFormat())
	b = appendString(b, a.id)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(a.boost))
	b = appendString(b, string(a.entry))
	b = binary.AppendUvarint(b, uint64(len(a.facets)))
	for _, f := range a.facets {
		b = appendString(b, f.name)
		b = binary.AppendUvarint(b, uint64(len(f.values)))
		for _, v := range f.values {
			b = appendString(b, v)
		}
	}
	return appendText(b, a.text), nil
}

// appendText appends the binary form of a document's text analysis: its
// field lengths, stems and codes, the last part of an analysis's form.
func appendText(b []byte, t *textAnalysis) []byte {
	for _, n := range t.length {
		b = binary.AppendUvarint(b, uint64(n))
	}
	b = binary.AppendUvarint(b, uint64(len(t.terms)))
	for _, tc := range t.terms {
		b = appendString(b, tc.stem)
		for _, n := range tc.tf {
			b = binary.AppendUvarint(b, uint64(n))
		}
		b = binary.AppendUvarint(b, uint64(len(tc.forms)))
		for _, f := range tc.forms {
			b = appendString(b, f.form)
			b = binary.AppendUvarint(b, uint64(f.n))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(t.codes)))
	for _, c := range t.codes {
		b = appendString(b, c.key)
		b = binary.AppendUvarint(b, uint64(c.kind))
	}
	return b
}

// UnmarshalBinary decodes the binary form that MarshalBinary made.
func (a *Analysis) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	if len(data) < len(analysisMagic)+1 || string(data[:len(analysisMagic)]) != string(analysisMagic) {
		return errors.New("search: not an encoded analysis")
	}
	d.b = data[len(analysisMagic):]
	if d.byte() != analysisVersion || d.string() != analysisFormat() {
		return ErrAnalysisVersion
	}
	var out Analysis
	out.id = d.string()
	out.boost = math.Float64frombits(d.uint64())
	out.entry = []byte(d.string())
	nf := d.count()
	for range nf {
		f := facetValues{name: d.string()}
		for range d.count() {
			f.values = append(f.values, d.string())
		}
		out.facets = append(out.facets, f)
	}
	t := &textAnalysis{}
	for i := range t.length {
		t.length[i] = d.int()
	}
	nt := d.count()
	t.terms = make([]termCount, 0, nt)
	for range nt {
		tc := termCount{stem: d.string()}
		for i := range tc.tf {
			tc.tf[i] = d.int()
		}
		k := d.count()
		tc.forms = make([]formCount, 0, k)
		for range k {
			tc.forms = append(tc.forms, formCount{d.string(), d.int()})
		}
		t.terms = append(t.terms, tc)
	}
	nc := d.count()
	t.codes = make([]codeTerm, 0, nc)
	for range nc {
		t.codes = append(t.codes, codeTerm{d.string(), d.int()})
	}
	out.text = t
	if d.err != nil {
		return fmt.Errorf("search: decoding an analysis: %w", d.err)
	}
	if len(d.b) != 0 {
		return fmt.Errorf("search: decoding an analysis: %d bytes left over", len(d.b))
	}
	if err := out.check(); err != nil {
		return fmt.Errorf("search: decoding an analysis: %w", err)
	}
	*a = out
	return nil
}

// check rejects a decoded analysis that no document could give: the
// builder relies on sorted, distinct stems and on valid boosts.
func (a *Analysis) check() error {
	if err := checkDoc(a.id, a.boost); err != nil {
		return err
	}
	for i, t := range a.text.terms {
		if i > 0 && !lessUTF16(a.text.terms[i-1].stem, t.stem) || strings.HasPrefix(t.stem, CodePrefix) {
			return errStemOrder
		}
	}
	for i, c := range a.text.codes {
		if err := checkCode(i, a.text.codes[max(i-1, 0)].key, c.key, c.kind); err != nil {
			return err
		}
	}
	return nil
}

var (
	errBadDoc    = errors.New("bad ID or boost")
	errStemOrder = errors.New("stems out of order")
	errCodeKeys  = errors.New("bad code keys")
)

// checkDoc rejects an ID and boost no document could have.
func checkDoc(id string, boost float64) error {
	if id == "" || boost < 0 || math.IsNaN(boost) || math.IsInf(boost, 0) {
		return errBadDoc
	}
	return nil
}

// checkCode rejects the i-th code term of a document, key of kind, after
// the one keyed prev: keys are sorted and distinct, kinds known.
func checkCode(i int, prev, key string, kind int) error {
	if kind != codeWhole && kind != codeSuffix || i > 0 && !lessUTF16(prev, key) {
		return errCodeKeys
	}
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decoder reads the binary form, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

var errShort = errors.New("unexpected end")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail(errShort)
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uint64() uint64 {
	if len(d.b) < 8 {
		d.fail(errShort)
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// int reads a count or frequency; no document has more than 2^31 tokens.
func (d *decoder) int() int {
	v := d.uvarint()
	if v > math.MaxInt32 {
		d.fail(errors.New("number out of range"))
		return 0
	}
	return int(v)
}

// count reads a list length, which cannot exceed the bytes left (every
// element takes at least one), so bad input cannot allocate much.
func (d *decoder) count() int {
	n := d.int()
	if n > len(d.b) {
		d.fail(errors.New("list longer than the data"))
		return 0
	}
	return n
}

func (d *decoder) string() string { return string(d.bytes()) }

// bytes reads a string's bytes, without copying them.
func (d *decoder) bytes() []byte {
	n := d.count()
	if d.err != nil {
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

// AnalysisKey returns a digest of everything Analyze(d, opt) depends on:
// the document, the options that shape an analysis (SnippetRunes,
// SearchFacets) and the format and stemmer versions. An engine that keeps
// analyses between builds looks them up by it and analyses only documents
// whose key it has not seen.
func AnalysisKey(d Document, opt Options) [32]byte {
	opt = opt.withDefaults()
	b := appendString(nil, analysisFormat())
	b = binary.AppendUvarint(b, uint64(opt.SnippetRunes))
	b = appendStrings(b, opt.SearchFacets)
	for _, s := range []string{d.ID, d.URL, d.Kind, d.Title, d.Body} {
		b = appendString(b, s)
	}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(d.Boost))
	b = appendStrings(b, d.Codes)
	b = binary.AppendUvarint(b, uint64(len(d.Facets)))
	for _, name := range sortedKeys(d.Facets) {
		b = appendString(b, name)
		b = appendStrings(b, d.Facets[name])
	}
	b = binary.AppendUvarint(b, uint64(len(d.Meta)))
	for _, k := range sortedKeys(d.Meta) {
		b = appendString(appendString(b, k), d.Meta[k])
	}
	return sha256.Sum256(b)
}

func appendStrings(b []byte, list []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(list)))
	for _, s := range list {
		b = appendString(b, s)
	}
	return b
}
