package generator

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// write is the last stage. Files go into a new folder beside dir, and
// only a complete folder is swapped in, so a failed or interrupted build
// leaves the previous site as it was and readers never see half a site.
// Build streams rendered files into the new folder as they are made (see
// dirSink); write does the same for files already in memory.
func write(ctx context.Context, dir string, out output) error {
	tmp, err := prepare(dir)
	if err != nil {
		return err
	}
	ds := &dirSink{ctx: ctx, root: tmp, dirs: map[string]bool{}}
	for _, p := range out.paths() {
		if err := ds.put(p, out[p]); err != nil {
			os.RemoveAll(tmp)
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swap(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return nil
}

// prepare makes the new folder beside dir, after removing any that builds
// killed mid-write left behind.
func prepare(dir string) (string, error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	removeStale(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return "", err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return tmp, nil
}

// removeStale deletes folders left by builds that were killed mid-write.
func removeStale(parent, base string) {
	for _, pattern := range []string{"." + base + ".new-*", "." + base + ".old-*"} {
		stale, _ := filepath.Glob(filepath.Join(parent, pattern))
		for _, s := range stale {
			os.RemoveAll(s)
		}
	}
}

// dirSink writes each file into root as it comes.
type dirSink struct {
	ctx  context.Context
	root string
	mu   sync.Mutex
	dirs map[string]bool // folders made so far
}

func (d *dirSink) put(p string, data []byte) error {
	if err := d.ctx.Err(); err != nil {
		return err
	}
	if !localPath(p) {
		return fmt.Errorf("refusing to write %q: it leads outside the output folder", p)
	}
	full := filepath.Join(d.root, filepath.FromSlash(p))
	dir := filepath.Dir(full)
	d.mu.Lock()
	if !d.dirs[dir] {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			d.mu.Unlock()
			return err
		}
		d.dirs[dir] = true
	}
	d.mu.Unlock()
	return os.WriteFile(full, data, 0o644)
}

// localPath reports whether an output path stays inside the output folder.
// Ids are validated long before, this is the last line of defence.
func localPath(p string) bool {
	return filepath.IsLocal(filepath.FromSlash(p)) && !strings.Contains(p, "\\")
}

// swap puts the folder tmp in place of dir. Linux exchanges the two names
// in one atomic step; elsewhere dir is moved aside first.
func swap(tmp, dir string) error {
	if _, err := os.Lstat(dir); errors.Is(err, os.ErrNotExist) {
		return os.Rename(tmp, dir)
	}
	if err := exchange(tmp, dir); err == nil {
		return os.RemoveAll(tmp) // tmp now holds the previous site
	}
	old := tmp[:strings.LastIndex(tmp, ".new-")] + ".old-" + filepath.Base(tmp)[strings.LastIndex(filepath.Base(tmp), "-")+1:]
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir) // put the previous site back
		return err
	}
	return os.RemoveAll(old)
}
