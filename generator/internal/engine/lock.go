package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Lock is held by the one build of an output folder that may run at a
// time: two builds writing one folder would each leave half of theirs.
type Lock struct {
	f *os.File
}

// ErrLocked is returned when another build holds the lock.
type ErrLocked struct {
	Dir string
	PID int // the other build's process, when known
}

func (e *ErrLocked) Error() string {
	who := "another build"
	if e.PID > 0 {
		who += " (process " + strconv.Itoa(e.PID) + ")"
	}
	return fmt.Sprintf("%s is writing this output folder now (lock %s); wait for it to finish", who, filepath.Join(e.Dir, "lock"))
}

// Acquire takes the lock of the state folder dir, creating the folder. It
// does not wait: a second build fails at once with ErrLocked.
func Acquire(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	name := filepath.Join(dir, "lock")
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := lockFile(f); err != nil {
		data, _ := os.ReadFile(name)
		pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		f.Close()
		return nil, &ErrLocked{Dir: dir, PID: pid}
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return &Lock{f: f}, nil
}

// Release lets the next build in.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	l.f.Truncate(0)
	unlockFile(l.f)
	l.f.Close()
	l.f = nil
}
