package generator

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// write is the last stage. It writes the site into a new folder beside
// dir and only then swaps it in, so a failed or interrupted build leaves the
// previous site as it was and readers never see half a site.
func write(ctx context.Context, dir string, out output) error {
	dir = filepath.Clean(dir)
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	removeStale(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := writeFiles(ctx, tmp, out); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := swap(tmp, dir); err != nil {
		return err
	}
	ok = true
	return nil
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

func writeFiles(ctx context.Context, root string, out output) error {
	paths := out.paths()
	dirs := map[string]bool{}
	for _, p := range paths {
		if !localPath(p) {
			return fmt.Errorf("refusing to write %q: it leads outside the output folder", p)
		}
		dirs[filepath.Dir(filepath.Join(root, filepath.FromSlash(p)))] = true
	}
	for d := range dirs {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	next := make(chan string)
	for w := 0; w < runtime.GOMAXPROCS(0)*2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), out[p], 0o644); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		next <- p
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
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
