package render

import (
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Sink receives the files a renderer makes, unit by unit: a unit is a plan
// (by its folder), or the site-wide pages (SiteUnit). The build gives one
// that writes through the engine, or keeps the files in memory.
type Sink interface {
	// Keep reports whether the file at path, which unit makes, was made
	// from key by the previous build: it is then kept as it is, neither
	// rendered nor written. A zero key is never kept.
	Keep(unit, path string, key engine.Key) bool
	// KeepAll keeps every file of the previous build that unit made
	// under the folder prefix.
	KeepAll(unit, prefix string)
	// Put hands over the file at path that unit made from key.
	Put(unit, path string, key engine.Key, data []byte) error
	// Pack returns unit's pack (see engine.Pack), or nil if it has none.
	Pack(unit string) (*engine.Pack, error)
	// Paths returns every file of the site, made or kept, sorted.
	Paths() []string
}

// SiteUnit is the unit of the pages that span plans.
const SiteUnit = "@site"

// section returns section name of unit's pack; nil when there is none.
func (r *Renderer) section(unit, name string) ([]byte, error) {
	return r.appendSection(nil, unit, name)
}

// appendSection appends section name of unit's pack to dst.
func (r *Renderer) appendSection(dst []byte, unit, name string) ([]byte, error) {
	p, err := r.out.Pack(unit)
	if p == nil || err != nil {
		return dst, err
	}
	return p.AppendSection(dst, name)
}

// joinSections is section name of every plan's pack, in order, with sep
// between those not empty, between head and tail: read straight into one
// buffer of the size they make. The portal's files are tens of megabytes
// on a large site; reading each plan's part first, then copying, took
// their size twice in fresh memory.
func (r *Renderer) joinSections(plans []*model.PlanSummary, name string, head, sep, tail []byte) ([]byte, error) {
	packs := make([]*engine.Pack, len(plans))
	size := len(head) + len(tail)
	for i, p := range plans {
		pk, err := r.out.Pack(p.Dir)
		if err != nil {
			return nil, err
		}
		if pk != nil && pk.SectionSize(name) > 0 {
			packs[i] = pk
			size += pk.SectionSize(name) + len(sep)
		}
	}
	out := make([]byte, 0, size)
	out = append(out, head...)
	first := true
	for _, pk := range packs {
		if pk == nil {
			continue
		}
		if !first {
			out = append(out, sep...)
		}
		first = false
		var err error
		if out, err = pk.AppendSection(out, name); err != nil {
			return nil, err
		}
	}
	return append(out, tail...), nil
}
