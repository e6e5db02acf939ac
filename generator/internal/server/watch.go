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
	// After an edit the pages are built first; the portal-wide files
	// follow in a catch-up build in the background, which the next edit
	// cancels (a cancelled build leaves the site as it was).
	var timer, catchUp <-chan time.Time
	var bg catchUpBuild
	defer bg.stop()
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
			bg.stop()
			catchUp = nil
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
		case <-catchUp:
			catchUp = nil
			bg.start(ctx, s.Rebuild)
		case <-timer:
			timer = nil
			if first, _ := s.RebuildPagesFirst(ctx); first {
				catchUp = time.After(debounce)
			}
			if d := s.watchedContent(); d != contentDir {
				contentDir = d // config.toml moved the content
				addTree(w, filepath.Join(root, filepath.FromSlash(d)))
			}
		}
	}
}

// catchUpBuild is a build running in the background, cancelled by stop.
type catchUpBuild struct {
	cancel context.CancelFunc
	done   chan struct{}
}

func (b *catchUpBuild) start(ctx context.Context, build func(context.Context) error) {
	ctx, b.cancel = context.WithCancel(ctx)
	done := make(chan struct{})
	b.done = done
	go func() {
		defer close(done)
		build(ctx)
	}()
}

// stop cancels the build and waits for it to end.
func (b *catchUpBuild) stop() {
	if b.cancel != nil {
		b.cancel()
		<-b.done
		b.cancel, b.done = nil, nil
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
