package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Stamp is what the engine remembers of an input file: its size and
// modification time, to see cheaply that it is unchanged, and the Sum of its
// bytes, to see that an edit changed nothing (a file saved twice).
type Stamp struct {
	Size    int64
	ModTime int64 // nanoseconds since 1970
	Sum     Sum
}

// Stamps maps an input file's slash path, relative to the site root, to its
// stamp.
type Stamps map[string]Stamp

// racyWindow is how close to the previous build a file's time may be and
// still be trusted. A file written during the second a build read it can
// change again without its time moving on coarse file systems, so its bytes
// are read again (git's "racy" entries, the same remedy).
const racyWindow = 2 * time.Second

// Stamper stamps input files, reading only those whose size or time changed
// since the previous build.
type Stamper struct {
	root  string
	prev  Stamps
	since int64 // when the previous stamps were taken
	mu    sync.Mutex
	cur   Stamps
}

// NewStamper returns a Stamper for files under root. prev are the previous
// build's stamps, taken at time taken; nil means there are none.
func NewStamper(root string, prev Stamps, taken time.Time) *Stamper {
	return &Stamper{root: root, prev: prev, since: taken.UnixNano(), cur: Stamps{}}
}

// Stamp returns the stamp of the file at rel (a slash path under the root).
// data, when not nil, is the file's content already read.
func (s *Stamper) Stamp(rel string, data []byte) (Stamp, error) {
	fi, err := os.Stat(filepath.Join(s.root, filepath.FromSlash(rel)))
	if err != nil {
		return Stamp{}, err
	}
	if !fi.Mode().IsRegular() {
		// A named pipe or device would block the read forever; the loader
		// reports what it is.
		return Stamp{}, fmt.Errorf("%s is not an ordinary file", rel)
	}
	st := Stamp{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	old, ok := s.prev[rel]
	switch {
	case data != nil:
		st.Sum = SumOf(data)
	case ok && old.Size == st.Size && old.ModTime == st.ModTime && st.ModTime < s.since-int64(racyWindow):
		st.Sum = old.Sum
	default:
		b, err := os.ReadFile(filepath.Join(s.root, filepath.FromSlash(rel)))
		if err != nil {
			return Stamp{}, err
		}
		st.Sum = SumOf(b)
	}
	s.mu.Lock()
	s.cur[rel] = st
	s.mu.Unlock()
	return st, nil
}

// Stamps returns every stamp taken so far.
func (s *Stamper) Stamps() Stamps {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(Stamps, len(s.cur))
	for k, v := range s.cur {
		out[k] = v
	}
	return out
}
