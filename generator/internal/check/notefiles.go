package check

import (
	"path"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
)

// validateNoteFiles checks what the notes of a plan are read from: every
// file in its notes folders that is not read as a note is reported, for
// staff who put it there expect it published, and two notes of one name
// (in notes/ and demo/) are reported at both, for they would share one
// address.
func validateNoteFiles(s *source.Sources, ps *source.Plan) diag.List {
	dirs := []string{path.Join(s.ContentDir, "plans", ps.Dir, "notes")}
	if s.Config.Content.Demo {
		dirs = append(dirs, path.Join(s.ContentDir, "demo", ps.Dir))
	}
	var l diag.List
	for _, dir := range dirs {
		l.Add(source.StrayNotes(s.Root, dir)...)
	}
	first := map[string]string{} // slug -> file
	for _, group := range [][]*source.Note{ps.Notes, ps.Broken} {
		for _, n := range group {
			if other, dup := first[n.Slug]; dup {
				l.Add(problem.DuplicateNote.At(other, diag.Pos{}, n.Slug, n.Path), problem.DuplicateNote.At(n.Path, diag.Pos{}, n.Slug, other))
				continue
			}
			first[n.Slug] = n.Path
		}
	}
	return l
}
