package engine

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"

	"github.com/cespare/xxhash/v2"
)

// Key identifies the inputs an output was made from. Two outputs with the
// same key have the same bytes.
type Key [16]byte

// String returns the key in hex.
func (k Key) String() string { return hex.EncodeToString(k[:]) }

// IsZero reports whether k is the zero key, which no Hasher returns.
func (k Key) IsZero() bool { return k == Key{} }

// Hasher builds a Key from parts. Each part is written with its length, so
// that ("ab", "c") and ("a", "bc") give different keys. Keys are SHA-256,
// cut to 128 bits: they guard against a stale page, so a collision must be
// out of the question, and the inputs hashed are small.
type Hasher struct {
	h   hash.Hash
	buf [binary.MaxVarintLen64]byte
}

// NewHasher returns a Hasher for keys of one kind (a page kind, a file
// family); keys of different kinds never meet.
func NewHasher(kind string) *Hasher {
	h := &Hasher{h: sha256.New()}
	return h.String(kind)
}

// String adds s.
func (h *Hasher) String(s string) *Hasher {
	h.Int(int64(len(s)))
	h.h.Write([]byte(s))
	return h
}

// Strings adds each of ss, and their number.
func (h *Hasher) Strings(ss ...string) *Hasher {
	h.Int(int64(len(ss)))
	for _, s := range ss {
		h.String(s)
	}
	return h
}

// Bytes adds b.
func (h *Hasher) Bytes(b []byte) *Hasher {
	h.Int(int64(len(b)))
	h.h.Write(b)
	return h
}

// Int adds n.
func (h *Hasher) Int(n int64) *Hasher {
	k := binary.PutVarint(h.buf[:], n)
	h.h.Write(h.buf[:k])
	return h
}

// Bool adds b.
func (h *Hasher) Bool(b bool) *Hasher {
	if b {
		return h.Int(1)
	}
	return h.Int(0)
}

// Key adds another key.
func (h *Hasher) Key(k Key) *Hasher {
	h.h.Write(k[:])
	return h
}

// Sum adds a content sum.
func (h *Hasher) Sum(s Sum) *Hasher { return h.Int(int64(s)) }

// Done returns the key of everything added.
func (h *Hasher) Done() Key {
	var k Key
	copy(k[:], h.h.Sum(nil))
	return k
}

// Sum is a checksum of a file's bytes: xxHash64, fast enough to run over
// every byte a build writes. It only tells whether bytes changed.
type Sum uint64

// SumOf returns the Sum of b.
func SumOf(b []byte) Sum { return Sum(xxhash.Sum64(b)) }

// SumOfReader returns the Sum of what r reads, through a small buffer: a
// large file read whole costs its size in fresh memory.
func SumOfReader(r io.Reader) (Sum, error) {
	d := xxhash.New()
	_, err := io.Copy(d, r)
	return Sum(d.Sum64()), err
}
