package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Marker is the file every build writes at the top of its output folder,
// holding the build's name: it tells a folder plansite made (which a build
// may replace) from any other (which it must not touch), and ties the
// folder to the state beside it.
const Marker = ".plansite-build"

// Tree writes one build's files into an output folder, atomically: a
// failed or interrupted build leaves the folder exactly as it was.
//
// A fresh tree writes every file into a new folder beside the output and
// swaps it in at Commit. A staged tree changes the existing folder: files
// go to the state folder's staging area as they are made, and Commit moves
// them into place after writing down, in a journal, what it is about to do;
// a build killed in the middle of the moves finishes them next time.
type Tree struct {
	out      string
	stateDir string
	fresh    bool
	tmp      string // fresh: the new folder

	mu      sync.Mutex
	dirs    map[string]bool
	moves   [][2]string // staged: staging file, target (slash path)
	removes []string    // staged: slash paths to delete
	next    int
}

// OpenFresh starts a tree that writes the whole site into a new folder
// beside out. Folders left by builds killed mid-write are removed first.
func OpenFresh(out, stateDir string) (*Tree, error) {
	out = filepath.Clean(out)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	removeStale(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err == nil {
		err = os.Chmod(tmp, 0o755)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &Tree{out: out, stateDir: stateDir, fresh: true, tmp: tmp, dirs: map[string]bool{}}, nil
}

// OpenStaged starts a tree that changes the output folder out in place.
// A journal left by a build killed while committing is finished first.
func OpenStaged(out, stateDir string) (*Tree, error) {
	t := &Tree{out: filepath.Clean(out), stateDir: stateDir, dirs: map[string]bool{}}
	if err := Recover(stateDir, out); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(t.staging()); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(t.staging(), 0o755); err != nil {
		return nil, err
	}
	return t, nil
}

// Fresh reports whether the tree writes a whole new folder.
func (t *Tree) Fresh() bool { return t.fresh }

func (t *Tree) staging() string { return filepath.Join(t.stateDir, "staging") }

// Write writes data as the file at slash path p of the output folder.
func (t *Tree) Write(p string, data []byte) error {
	if !LocalPath(p) {
		return fmt.Errorf("refusing to write %q: it leads outside the output folder", p)
	}
	if t.fresh {
		full := filepath.Join(t.tmp, filepath.FromSlash(p))
		if err := t.mkdir(filepath.Dir(full)); err != nil {
			return err
		}
		return os.WriteFile(full, data, 0o644)
	}
	t.mu.Lock()
	name := filepath.Join(t.staging(), strconv.Itoa(t.next))
	t.next++
	t.moves = append(t.moves, [2]string{name, p})
	t.mu.Unlock()
	return os.WriteFile(name, data, 0o644)
}

// Create starts the file at slash path p, to be written piece by piece:
// a large file is never held in memory. The file takes its place only if
// kept (TreeFile.Close).
func (t *Tree) Create(p string) (*TreeFile, error) {
	if !LocalPath(p) {
		return nil, fmt.Errorf("refusing to write %q: it leads outside the output folder", p)
	}
	name := filepath.Join(t.tmp, filepath.FromSlash(p))
	if t.fresh {
		if err := t.mkdir(filepath.Dir(name)); err != nil {
			return nil, err
		}
	} else {
		t.mu.Lock()
		name = filepath.Join(t.staging(), strconv.Itoa(t.next))
		t.next++
		t.mu.Unlock()
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	return &TreeFile{File: f, t: t, p: p}, nil
}

// TreeFile is a file of the tree being written (see Tree.Create).
type TreeFile struct {
	*os.File
	t *Tree
	p string
}

// Close closes the file and, if keep, puts it in the tree; otherwise it
// is thrown away and the folder keeps the file it had at its path. A fresh
// tree, which has no older files, keeps every file it is given.
func (f *TreeFile) Close(keep bool) error {
	err := f.File.Close()
	if f.t.fresh {
		return err
	}
	if !keep || err != nil {
		os.Remove(f.Name())
		return err
	}
	f.t.mu.Lock()
	f.t.moves = append(f.t.moves, [2]string{f.Name(), f.p})
	f.t.mu.Unlock()
	return nil
}

// Remove deletes the file at slash path p at Commit. A fresh tree never
// holds files it was not given, so there it does nothing.
func (t *Tree) Remove(p string) {
	if t.fresh || !LocalPath(p) {
		return
	}
	t.mu.Lock()
	t.removes = append(t.removes, p)
	t.mu.Unlock()
}

func (t *Tree) mkdir(dir string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.dirs[dir] {
		return nil
	}
	// Most folders are a page's, in a folder made just before: one mkdir
	// then, where MkdirAll would first look at every folder above it.
	var err error
	if t.dirs[filepath.Dir(dir)] {
		if err = os.Mkdir(dir, 0o755); errors.Is(err, fs.ErrExist) {
			err = nil
		}
	} else {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	t.dirs[dir] = true
	return nil
}

// Abort throws the tree's files away; the output folder is as it was.
func (t *Tree) Abort() {
	if t.fresh {
		os.RemoveAll(t.tmp)
		return
	}
	os.RemoveAll(t.staging())
}

// Commit puts the tree's files in place and the new state beside them.
func (t *Tree) Commit(st *State) error {
	data, err := st.encode()
	if err != nil {
		t.Abort()
		return err
	}
	if err := os.MkdirAll(t.stateDir, 0o755); err != nil {
		t.Abort()
		return err
	}
	if t.fresh {
		return t.commitFresh(data)
	}
	return t.commitStaged(data)
}

// commitFresh swaps the new folder in, then the new state. Killed between
// the two, the folder's marker no longer matches the state, and the next
// build starts afresh.
func (t *Tree) commitFresh(state []byte) error {
	if err := swap(t.tmp, t.out); err != nil {
		os.RemoveAll(t.tmp)
		return err
	}
	os.Remove(filepath.Join(t.stateDir, legacyStateFile)) // a fresh build follows a state of another format
	return writeFileSync(filepath.Join(t.stateDir, stateFile), state)
}

// journal is what a staged commit is about to do.
type journal struct {
	Moves   [][2]string
	Removes []string
	State   string // the new state file, renamed last
}

const journalFile = "journal.json"

func (t *Tree) commitStaged(state []byte) error {
	newState := filepath.Join(t.stateDir, stateFile+".new")
	if err := writeFileSync(newState, state); err != nil {
		t.Abort()
		return err
	}
	j := journal{Moves: t.moves, Removes: t.removes, State: newState}
	data, err := json.Marshal(j)
	if err == nil {
		err = syncDir(t.staging())
	}
	if err == nil {
		err = writeFileSync(filepath.Join(t.stateDir, journalFile), data)
	}
	if err != nil {
		os.Remove(newState)
		t.Abort()
		return err
	}
	return Recover(t.stateDir, t.out)
}

// Recover finishes a staged commit that a killed build left half done: the
// journal, once written, is carried out to the end.
func Recover(stateDir, out string) error {
	name := filepath.Join(stateDir, journalFile)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var j journal
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("the build journal %s is damaged (%v): delete %s and build with --clean", name, err, stateDir)
	}
	for _, m := range j.Moves {
		if !LocalPath(m[1]) {
			continue
		}
		target := filepath.Join(out, filepath.FromSlash(m[1]))
		if _, err := os.Stat(m[0]); err != nil {
			continue // moved before the build was killed
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.Rename(m[0], target); err != nil {
			return err
		}
	}
	for _, p := range j.Removes {
		if LocalPath(p) {
			removeFile(out, p)
		}
	}
	if _, err := os.Stat(j.State); err == nil {
		if err := os.Rename(j.State, filepath.Join(stateDir, stateFile)); err != nil {
			return err
		}
	}
	os.RemoveAll(filepath.Join(stateDir, "staging"))
	return os.Remove(name)
}

// removeFile deletes the file at p under out, and the folders it leaves
// empty.
func removeFile(out, p string) {
	full := filepath.Join(out, filepath.FromSlash(p))
	if err := os.Remove(full); err != nil {
		return
	}
	for dir := filepath.Dir(full); dir != out && strings.HasPrefix(dir, out); dir = filepath.Dir(dir) {
		if os.Remove(dir) != nil {
			return // not empty
		}
	}
}

// syncDir flushes a folder's entries to disk.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// LocalPath reports whether a slash path stays inside the output folder.
// Ids are validated long before; this is the last line of defence.
func LocalPath(p string) bool {
	return p != "" && filepath.IsLocal(filepath.FromSlash(p)) && !strings.Contains(p, "\\")
}

// removeStale deletes folders left by fresh builds killed mid-write.
func removeStale(parent, base string) {
	for _, pattern := range []string{"." + base + ".new-*", "." + base + ".old-*"} {
		stale, _ := filepath.Glob(filepath.Join(parent, pattern))
		for _, s := range stale {
			os.RemoveAll(s)
		}
	}
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
	old := filepath.Join(filepath.Dir(tmp), strings.Replace(filepath.Base(tmp), ".new-", ".old-", 1))
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir) // put the previous site back
		return err
	}
	return os.RemoveAll(old)
}
