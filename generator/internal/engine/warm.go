package engine

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

// A process that builds the same folder again and again (plansite serve
// rebuilds on every save) keeps the state its last build committed, so
// that the next build need not read and decode it: on a large site that is
// a good part of what a one-note rebuild costs, and it grows with the site.
// The kept state is used only while the file on disk is the one this
// process wrote — same size and modification time — so a state written by
// another process, or put in place by a recovered commit, is read again.
//
// A committed state is never changed afterwards: a build reads its
// previous state and fills a new one.
var warm struct {
	mu   sync.Mutex
	dir  string
	st   *State
	size int64
	mod  time.Time
}

// keepWarm remembers st, just committed to the state folder dir.
func keepWarm(dir string, st *State) {
	fi, err := os.Stat(filepath.Join(dir, stateFile))
	warm.mu.Lock()
	defer warm.mu.Unlock()
	if err != nil {
		warm.st = nil
		return
	}
	warm.dir, warm.st, warm.size, warm.mod = dir, st, fi.Size(), fi.ModTime()
}

// warmState returns the state this process committed to dir, if the file
// there is still that one.
func warmState(dir string) *State {
	fi, err := os.Stat(filepath.Join(dir, stateFile))
	warm.mu.Lock()
	defer warm.mu.Unlock()
	if err != nil || warm.st == nil || warm.dir != dir || fi.Size() != warm.size || !fi.ModTime().Equal(warm.mod) {
		return nil
	}
	return warm.st
}

// forgetWarm drops the kept state: a build of dir failed after the state
// on disk may have changed.
func forgetWarm() {
	warm.mu.Lock()
	warm.st = nil
	warm.mu.Unlock()
}
