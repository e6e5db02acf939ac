package engine

import (
	"encoding/binary"
	"errors"
	"slices"
	"time"
)

// The state file is encoded by hand rather than with encoding/gob: gob
// took 0.4 s to write the state of a 50-plan site (89,000 outputs) and as
// long to read it, half of a build with nothing to do. The form:
//
//	"plansite state\n", uvarint format version, build (string), taken
//	(varint nanoseconds since 1970, 0 for none);
//	inputs: a count, then in path order: path, size, modification time, sum;
//	units: a count, then in name order: name, key, pack, data, and its
//	outputs: a count, then in path order: path, key, sum, size.
//
// Counts and lengths are uvarints, sizes and times varints; a string is its
// length and bytes; a path is the length it shares with the path before it
// and the rest (sorted paths share long prefixes); a key is its 16 bytes, a
// sum 8 bytes, little-endian.

const stateMagic = "plansite state\n"

var errDamagedState = errors.New("damaged")

// stateWriter appends the parts of a state file.
type stateWriter struct {
	b    []byte
	prev string // the last path written
}

func (w *stateWriter) uvarint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *stateWriter) varint(v int64)   { w.b = binary.AppendVarint(w.b, v) }
func (w *stateWriter) key(k Key)        { w.b = append(w.b, k[:]...) }
func (w *stateWriter) sum(s Sum)        { w.b = binary.LittleEndian.AppendUint64(w.b, uint64(s)) }

func (w *stateWriter) str(s string) {
	w.uvarint(uint64(len(s)))
	w.b = append(w.b, s...)
}

// path writes p against the path before it.
func (w *stateWriter) path(p string) {
	n := 0
	for n < len(p) && n < len(w.prev) && p[n] == w.prev[n] {
		n++
	}
	w.uvarint(uint64(n))
	w.str(p[n:])
	w.prev = p
}

// encode returns the state's bytes; the same state gives the same bytes.
func (st *State) encode() ([]byte, error) {
	w := &stateWriter{b: make([]byte, 0, st.sizeBound())}
	w.b = append(w.b, stateMagic...)
	w.uvarint(uint64(st.Format))
	w.str(st.Build)
	taken := int64(0) // none: a state never built from
	if !st.Taken.IsZero() {
		taken = st.Taken.UnixNano()
	}
	w.varint(taken)
	w.uvarint(uint64(len(st.Inputs)))
	for _, p := range sortedKeys(st.Inputs) {
		s := st.Inputs[p]
		w.path(p)
		w.varint(s.Size)
		w.varint(s.ModTime)
		w.sum(s.Sum)
	}
	w.uvarint(uint64(len(st.Units)))
	for _, name := range sortedKeys(st.Units) {
		u := st.Units[name]
		w.str(name)
		w.key(u.Key)
		w.str(u.Pack)
		w.str(string(u.Data))
		w.uvarint(uint64(len(u.Outputs)))
		w.prev = ""
		for _, p := range sortedKeys(u.Outputs) {
			o := u.Outputs[p]
			w.path(p)
			w.key(o.Key)
			w.sum(o.Sum)
			w.varint(o.Size)
		}
	}
	return w.b, nil
}

// sizeBound is at least the size of the state's file, so that its buffer
// is made once (growing it copied a large site's tens of megabytes over
// and over).
func (st *State) sizeBound() int {
	const num = 2 * binary.MaxVarintLen64 // a varint, or a shared length and a path's
	n := len(stateMagic) + 4*num + len(st.Build)
	for p := range st.Inputs {
		n += len(p) + 4*num + 8
	}
	for name, u := range st.Units {
		n += len(name) + len(u.Pack) + len(u.Data) + 5*num + len(Key{})
		for p := range u.Outputs {
			n += len(p) + 3*num + len(Key{}) + 8
		}
	}
	return n
}

// stateReader reads the parts of a state file. The first problem sticks:
// later reads return zeros, and err says the file is damaged.
type stateReader struct {
	b    []byte
	err  error
	prev string
}

func (r *stateReader) fail() { r.err, r.b = errDamagedState, nil }

func (r *stateReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *stateReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a count of items of at least min bytes each; one the rest
// of the file cannot hold is damage, not a reason to allocate.
func (r *stateReader) count(min int) int {
	n := r.uvarint()
	if n > uint64(len(r.b)/min) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *stateReader) take(n int) []byte {
	if n > len(r.b) {
		r.fail()
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *stateReader) str() string { return string(r.take(r.count(1))) }

func (r *stateReader) key() (k Key) {
	copy(k[:], r.take(len(k)))
	return k
}

func (r *stateReader) sum() Sum {
	b := r.take(8)
	if b == nil {
		return 0
	}
	return Sum(binary.LittleEndian.Uint64(b))
}

func (r *stateReader) path() string {
	n := r.uvarint()
	if n > uint64(len(r.prev)) {
		r.fail()
		return ""
	}
	p := r.prev[:n] + r.str()
	r.prev = p
	return p
}

// decodeState reads a state file's bytes.
func decodeState(data []byte) (*State, error) {
	if len(data) < len(stateMagic) || string(data[:len(stateMagic)]) != stateMagic {
		return nil, errDamagedState
	}
	r := &stateReader{b: data[len(stateMagic):]}
	st := &State{Format: int(r.uvarint()), Build: r.str(), Inputs: Stamps{}, Units: map[string]*Unit{}}
	if r.err != nil || st.Format != FormatVersion {
		return st, r.err // another version: the caller says so
	}
	if taken := r.varint(); taken != 0 {
		st.Taken = time.Unix(0, taken)
	}
	for range r.count(4) {
		p := r.path()
		st.Inputs[p] = Stamp{Size: r.varint(), ModTime: r.varint(), Sum: r.sum()}
	}
	for range r.count(len(Key{}) + 4) {
		name := r.str()
		u := &Unit{Key: r.key(), Pack: r.str()}
		if data := r.take(r.count(1)); len(data) > 0 {
			u.Data = slices.Clone(data)
		}
		n := r.count(len(Key{}) + 11)
		u.Outputs = make(map[string]Output, n)
		r.prev = ""
		for range n {
			p := r.path()
			u.Outputs[p] = Output{Key: r.key(), Sum: r.sum(), Size: r.varint()}
		}
		st.Units[name] = u
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail()
	}
	return st, r.err
}
