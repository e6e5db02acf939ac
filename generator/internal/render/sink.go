package render

import "github.com/plansite/plansite/generator/internal/engine"

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
	// Section returns a section of unit's pack (see engine.Pack).
	Section(unit, name string) ([]byte, error)
	// Paths returns every file of the site, made or kept, sorted.
	Paths() []string
}

// SiteUnit is the unit of the pages that span plans.
const SiteUnit = "@site"
