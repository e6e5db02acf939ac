package server

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce groups the burst of events one save makes (editors write a
// temporary file, rename it, touch the folder) into one rebuild.
const debounce = 40 * time.Millisecond

// Watch rebuilds whenever config.toml or anything under content/ or
// themes/ in root changes, until ctx is done.
func (s *Server) Watch(ctx context.Context, root string) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(root); err != nil { // config.toml; new top folders
		return err
	}
	for _, dir := range []string{"content", "themes"} {
		addTree(w, filepath.Join(root, dir))
	}
	var timer <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if !relevant(root, ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					addTree(w, ev.Name) // new folders need watching too
				}
			}
			timer = time.After(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			s.logf("спостереження за файлами (watch): %v", err)
		case <-timer:
			timer = nil
			s.Rebuild(ctx)
		}
	}
}

// relevant filters out editor backups, swap files and the output folder.
func relevant(root, name string) bool {
	rel, err := filepath.Rel(root, name)
	if err != nil {
		return false
	}
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".tmp") {
		return false
	}
	top := strings.Split(filepath.ToSlash(rel), "/")[0]
	return top == "config.toml" || top == "content" || top == "themes"
}

func addTree(w *fsnotify.Watcher, dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			w.Add(p)
		}
		return nil
	})
}
