package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/plansite/plansite/generator/diag"
)

// Save writes an imported plan into the content folder dir:
// dir/plans/<id>/plan.toml and, when the plan named bodies the registry
// did not know, dir/executors.toml with them appended. It never replaces an
// existing plan.toml unless force is set; the error is then a
// diag.Problem. Every file is written to a temporary file beside it and
// renamed into place, so that an interrupted import leaves no half-written
// file. It returns the plan's path.
func Save(dir string, r *Result, force bool) (string, error) {
	planPath := filepath.Join(dir, "plans", r.Plan.ID, "plan.toml")
	if _, err := os.Stat(planPath); err == nil && !force {
		return planPath, kindPlanExists.At(filepath.ToSlash(planPath), diag.Pos{})
	}
	if err := os.MkdirAll(filepath.Dir(planPath), 0o755); err != nil {
		return planPath, err
	}
	if len(r.NewExecutors) > 0 {
		regPath := filepath.Join(dir, "executors.toml")
		src, err := os.ReadFile(regPath)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return planPath, err
		}
		// The registry first: a plan must not refer to bodies that
		// are not there.
		if err := writeAtomic(regPath, AppendExecutors(src, r.NewExecutors, r.Plan.ID, r.File)); err != nil {
			return planPath, err
		}
	}
	return planPath, writeAtomic(planPath, Encode(r.Plan, r.File))
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
