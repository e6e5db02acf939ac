package render

import (
	"io"

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
	// PutStream hands over the file at path that unit made from key, as
	// write writes it: a large file need not be held in memory.
	PutStream(unit, path string, key engine.Key, write func(io.Writer) error) error
	// Pack returns unit's pack (see engine.Pack), or nil if it has none.
	Pack(unit string) (*engine.Pack, error)
	// PrevPack returns the pack the previous build kept of unit, or nil:
	// a unit made again takes from it what did not change.
	PrevPack(unit string) (*engine.Pack, error)
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

// writeSections writes section name of every plan's pack to w, in order,
// with sep between those not empty, between head and tail. The portal's
// files are tens of megabytes on a large site, hundreds on a national one:
// they go from the packs to the output folder without being held in
// memory.
func (r *Renderer) writeSections(w io.Writer, plans []*model.PlanSummary, name string, head, sep, tail []byte) error {
	if _, err := w.Write(head); err != nil {
		return err
	}
	first := true
	for _, p := range plans {
		pk, err := r.out.Pack(p.Dir)
		if err != nil {
			return err
		}
		if pk == nil || pk.SectionSize(name) == 0 {
			continue
		}
		if !first {
			if _, err := w.Write(sep); err != nil {
				return err
			}
		}
		first = false
		if err := pk.WriteSection(w, name); err != nil {
			return err
		}
	}
	_, err := w.Write(tail)
	return err
}

// anySection reports whether any plan's pack has a section name that is
// not empty.
func (r *Renderer) anySection(plans []*model.PlanSummary, name string) (bool, error) {
	for _, p := range plans {
		pk, err := r.out.Pack(p.Dir)
		if err != nil {
			return false, err
		}
		if pk != nil && pk.SectionSize(name) > 0 {
			return true, nil
		}
	}
	return false, nil
}
