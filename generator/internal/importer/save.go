package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
)

// Saved is what Write wrote, with what was there before, so that an
// import whose result fails the site's check can be undone.
type Saved struct {
	// Plan is the path of plan.toml.
	Plan    string
	files   []savedFile
	madeDir string // the plan's folder, when Write made it
}

type savedFile struct {
	path    string
	before  []byte
	existed bool
}

// Write writes an imported plan into the content folder dir:
// dir/plans/<id>/plan.toml and, when the plan named bodies the registry
// did not know, dir/executors.toml with them appended. It never replaces an
// existing plan.toml unless force is set, nor one that records amendments
// with a plan that records fewer (a plain re-import would erase their
// history); the error is then a diag.Problem. Every file is written to a
// temporary file beside it and renamed into place, so that an interrupted
// import leaves no half-written file. It returns what it wrote, with what
// was there before.
func Write(dir string, r *Result, force bool) (*Saved, error) {
	planPath := filepath.Join(dir, "plans", r.Plan.ID, "plan.toml")
	s := &Saved{Plan: planPath}
	before, err := os.ReadFile(planPath)
	existed := err == nil
	switch {
	case existed && !force:
		return s, kindPlanExists.At(filepath.ToSlash(planPath), diag.Pos{})
	case existed && recordedAmendments(before) > len(r.Plan.Amendments):
		return s, kindHasAmendments.At(filepath.ToSlash(planPath), diag.Pos{})
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return s, err
	}
	if _, err := os.Stat(filepath.Dir(planPath)); errors.Is(err, fs.ErrNotExist) {
		s.madeDir = filepath.Dir(planPath)
	}
	if err := os.MkdirAll(filepath.Dir(planPath), 0o755); err != nil {
		return s, err
	}
	if len(r.NewExecutors) > 0 {
		regPath := filepath.Join(dir, "executors.toml")
		src, err := os.ReadFile(regPath)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return s, err
		}
		// The registry first: a plan must not refer to bodies that
		// are not there.
		if err := writeAtomic(regPath, AppendExecutors(src, r.NewExecutors, r.Plan.ID, r.File)); err != nil {
			return s, err
		}
		s.files = append(s.files, savedFile{regPath, src, err == nil})
	}
	if err := writeAtomic(planPath, Encode(r.Plan, r.File)); err != nil {
		return s, err
	}
	s.files = append(s.files, savedFile{planPath, before, existed})
	return s, nil
}

// Undo puts back what was there before Write.
func (s *Saved) Undo() error {
	var first error
	for i := len(s.files) - 1; i >= 0; i-- {
		f := s.files[i]
		var err error
		if f.existed {
			err = writeAtomic(f.path, f.before)
		} else {
			err = os.Remove(f.path)
		}
		if first == nil {
			first = err
		}
	}
	if s.madeDir != "" {
		os.Remove(s.madeDir) // only if empty: notes may have come since
	}
	return first
}

// ReadPlan reads a plan.toml, for an amendment to match against.
func ReadPlan(path string) (*content.Plan, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var p content.Plan
	if _, err := toml.Decode(string(src), &p); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.ToSlash(path), err)
	}
	return &p, nil
}

// recordedAmendments counts the [[amendment]] records of a plan.toml.
func recordedAmendments(src []byte) int {
	var p struct {
		Amendments []struct{} `toml:"amendment"`
	}
	if _, err := toml.Decode(string(src), &p); err != nil {
		return 0
	}
	return len(p.Amendments)
}

// writeAtomic replaces the file name with data through a temporary file in
// the same folder and a rename. An existing file's permissions are kept.
func writeAtomic(name string, data []byte) error {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(name); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			os.Remove(tmp)
		}
	}()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, mode)
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	done = err == nil
	return err
}
