package generator

import (
	"context"
	"path/filepath"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/render"
	"github.com/plansite/plansite/generator/internal/source"
)

// write is the last stage. Rendered files go to a sink as they are made:
// into memory (Generate), or through the engine into the output folder
// (Build). Nothing reaches the folder before the build has succeeded: a
// fresh build writes a new folder that is swapped in at the end, an
// incremental one stages its changed files and moves them into place at
// the end (see engine.Tree), so a failed or interrupted build leaves the
// previous site as it was and readers never see half a site.

// sink receives a build's files (see render.Sink), and keeps what the
// build needs of each unit for the next: engine.Memory or engine.Session.
type sink interface {
	render.Sink
	// Reuse returns what the previous build kept of unit when unit's key
	// is unchanged: the unit's files are then all kept, and its data and
	// pack are those of the previous build.
	Reuse(unit string, key engine.Key) (data []byte, ok bool)
	// Done records a built unit's key, data and pack.
	Done(unit string, key engine.Key, data []byte, pack *engine.PackWriter) error
	// Stats counts the files of the site and what this build did.
	Stats() Stats
}

// Stats counts the files of a site and what a build did to make them.
type Stats = engine.Stats

// openOutput starts a build of the output folder dir (see engine.Open):
// the site folder itself and its sources are never written to.
func (b *Builder) openOutput(ctx context.Context, dir string, clean bool) (*engine.Session, error) {
	s, _, ok := source.LoadGlobals(b.root)
	sources := []string{filepath.Join(b.root, "themes")}
	if ok {
		sources = append(sources, filepath.Join(b.root, filepath.FromSlash(s.ContentDir)))
	}
	return engine.Open(ctx, dir, b.root, clean, sources...)
}
