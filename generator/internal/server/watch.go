package server

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce groups the burst of events one save makes (editors write a
// temporary file, rename it, touch the folder) into one rebuild.
const debounce = 40 * time.Millisecond

// Watch rebuilds whenever config.toml or anything under themes/ or the
// content folder (content/ unless config.toml's [content] dir says
// otherwise) in root changes, until ctx is done.
func (s *Server) Watch(ctx context.Context, root string) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(root); err != nil { // config.toml; new top folders
		return err
	}
	contentDir := s.watchedContent()
	for _, dir := range []string{contentDir, "themes"} {
		addTree(w, filepath.Join(root, filepath.FromSlash(dir)))
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
			if !relevant(root, contentDir, ev.Name) {
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
			if d := s.watchedContent(); d != contentDir {
				contentDir = d // config.toml moved the content
				addTree(w, filepath.Join(root, filepath.FromSlash(d)))
			}
		}
	}
}

// watchedContent is the content folder of the latest build that read
// config.toml.
func (s *Server) watchedContent() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.contentDir
}

// relevant filters out editor backups, swap files, the output folder and
// anything else outside config.toml, themes/ and contentDir.
func relevant(root, contentDir, name string) bool {
	rel, err := filepath.Rel(root, name)
	if err != nil {
		return false
	}
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".tmp") {
		return false
	}
	rel = filepath.ToSlash(rel)
	contentDir = path.Clean(strings.ReplaceAll(contentDir, "\\", "/"))
	if rel == contentDir || strings.HasPrefix(rel, contentDir+"/") {
		return true
	}
	top := strings.Split(rel, "/")[0]
	return top == "config.toml" || top == "themes"
}

func addTree(w *fsnotify.Watcher, dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			w.Add(p)
		}
		return nil
	})
}
