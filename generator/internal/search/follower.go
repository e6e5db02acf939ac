package search

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"math"
)

// A site's interface languages index the same documents: the same texts
// in the same order, with their own facet labels and display entries.
// One builder, the leader, inverts the texts into term shards; the others
// follow it, keeping only what differs (facets, document chunks) and
// taking its shards. A follower holds no postings, so a second language
// costs neither the postings' memory nor their building.

// ErrNotSameTexts is a follower's Finish when its documents' texts were
// not its leader's, in the same order; its index must then be built by a
// builder of its own.
var ErrNotSameTexts = errors.New("search: a follower's texts are not its leader's")

// NewFollower returns a builder of the index of leader's documents in
// another language. Add documents to both (in any interleaving, from
// different goroutines), then Finish the leader, then the follower. The
// follower writes the facets, chunks and manifest of its language; the
// term shards it names are the leader's files, which the leader writes.
// opt's weights and shard size must be the leader's, and the leader must
// not have a document yet.
func NewFollower(leader *Builder, opt Options) (*Builder, error) {
	f := NewBuilder(opt)
	switch {
	case leader.n > 0:
		return nil, errors.New("search: a follower must be made before its leader's first document")
	case leader.leader != nil:
		return nil, errors.New("search: a follower cannot lead")
	case f.opt.Weights != leader.opt.Weights || f.opt.ShardBytes != leader.opt.ShardBytes:
		return nil, errors.New("search: a follower's weights and shard size must be its leader's")
	}
	f.leader, f.texts = leader, sha256.New()
	f.terms, f.codes = nil, nil
	if leader.texts == nil {
		leader.texts = sha256.New()
	}
	return f, nil
}

// sumText adds a document's text, in its binary form, and boost to the
// digest a leader and its followers compare.
func sumText(h hash.Hash, text []byte, boost float64) {
	var n [binary.MaxVarintLen64 + 8]byte
	k := binary.PutUvarint(n[:], uint64(len(text)))
	binary.LittleEndian.PutUint64(n[k:], math.Float64bits(boost))
	h.Write(n[:k+8])
	h.Write(text)
}

// finishFollower ends a follower: its leader must have finished with the
// same texts.
func (b *Builder) finishFollower(m *manifest) error {
	l := b.leader
	switch {
	case l.shardList == nil:
		return errors.New("search: a follower finished before its leader")
	case l.n != b.n || !bytes.Equal(l.textSum, b.texts.Sum(nil)):
		return fmt.Errorf("%w (%d documents, the leader's %d)", ErrNotSameTexts, b.n, l.n)
	}
	m.Shards = l.shardList
	return nil
}
