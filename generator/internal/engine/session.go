package engine

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"
)

// The builds' sinks: where a renderer's files go (see render.Sink).

// Stats counts the files of a site and what a build did to make them.
type Stats struct {
	// Files and Pages (index.html files) of the site, and their bytes.
	Files, Pages int
	Bytes        int64
	// Rendered files were made this build; Written were new or changed
	// and written; Removed were dropped from the output folder.
	Rendered, Written, Removed int
}

// Memory keeps the files of one build in memory (Builder.Generate), with
// no state: every file is rendered.
type Memory struct {
	mu    sync.Mutex
	out   map[string][]byte
	packs map[string]*Pack
	st    Stats
}

func NewMemory() *Memory {
	return &Memory{out: map[string][]byte{}, packs: map[string]*Pack{}}
}

func (m *Memory) Keep(unit, path string, key Key) bool { return false }

func (m *Memory) KeepAll(unit, prefix string) {}

func (m *Memory) Put(unit, path string, key Key, data []byte) error {
	if !LocalPath(path) {
		return fmt.Errorf("refusing to write %q: it leads outside the output folder", path)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.out[path] = data
	m.st.Rendered++
	m.st.Written++
	return nil
}

// PutStream hands over the file write writes, kept in memory like Put's.
func (m *Memory) PutStream(unit, path string, key Key, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	return m.Put(unit, path, key, buf.Bytes())
}

func (m *Memory) Reuse(unit string, key Key) ([]byte, bool) { return nil, false }

func (m *Memory) Done(unit string, key Key, data []byte, pack *PackWriter) error {
	if pack == nil {
		return nil
	}
	p, err := ReadPack(bytes.NewReader(pack.Bytes()), unit)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.packs[unit] = p
	m.mu.Unlock()
	return nil
}

// Pack returns unit's pack, or nil if it has none.
func (m *Memory) Pack(unit string) (*Pack, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.packs[unit], nil
}

// PrevPack returns nil: a build in memory has no previous one.
func (m *Memory) PrevPack(unit string) (*Pack, error) { return nil, nil }

func (m *Memory) Paths() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return sortedKeys(m.out)
}

func (m *Memory) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.st
	for p, data := range m.out {
		countFile(&st, p, int64(len(data)))
	}
	return st
}

func countFile(st *Stats, path string, size int64) {
	st.Files++
	st.Bytes += size
	if strings.HasSuffix(path, "index.html") {
		st.Pages++
	}
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

// Session writes a build into an output folder through the
type Session struct {
	ctx      context.Context
	tree     *Tree
	stateDir string
	prev     *State // nil for a fresh build
	next     *State

	mu       sync.Mutex
	packs    map[string]*Pack
	oldPacks map[string]*Pack // the previous build's packs of units made again
	newPacks []string         // pack files written by this build
	st       Stats
	changed  []string // files written or removed
	lock     *Lock
	stamper  *Stamper
}

// unit returns the next state's record of unit, creating it.
func (e *Session) unit(name string) *Unit {
	u := e.next.Units[name]
	if u == nil {
		u = &Unit{Outputs: map[string]Output{}}
		e.next.Units[name] = u
	}
	return u
}

func (e *Session) prevOutput(unit, path string) (Output, bool) {
	if e.prev == nil || e.prev.Units[unit] == nil {
		return Output{}, false
	}
	o, ok := e.prev.Units[unit].Outputs[path]
	return o, ok
}

func (e *Session) Keep(unit, path string, key Key) bool {
	o, ok := e.prevOutput(unit, path)
	if !ok || o.Key != key || key.IsZero() {
		return false
	}
	e.mu.Lock()
	e.unit(unit).Outputs[path] = o
	e.mu.Unlock()
	return true
}

func (e *Session) KeepAll(unit, prefix string) {
	if e.prev == nil || e.prev.Units[unit] == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for p, o := range e.prev.Units[unit].Outputs {
		if strings.HasPrefix(p, prefix) {
			e.unit(unit).Outputs[p] = o
		}
	}
}

func (e *Session) Put(unit, path string, key Key, data []byte) error {
	if err := e.ctx.Err(); err != nil {
		return err
	}
	out := Output{Key: key, Sum: SumOf(data), Size: int64(len(data))}
	same := e.unchanged(unit, path, out)
	if !same {
		if err := e.tree.Write(path, data); err != nil {
			return err
		}
	}
	e.record(unit, path, out, same)
	return nil
}

// unchanged reports whether the previous build made the file at path with
// the same bytes as out.
func (e *Session) unchanged(unit, path string, out Output) bool {
	old, ok := e.prevOutput(unit, path)
	return ok && old.Sum == out.Sum && old.Size == out.Size
}

// record notes the file at path that unit made, written unless same.
func (e *Session) record(unit, path string, out Output, same bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.unit(unit).Outputs[path] = out
	e.st.Rendered++
	if !same {
		e.st.Written++
		e.changed = append(e.changed, path)
	}
}

// PutStream hands over the file at path that unit made from key, as
// write writes it, straight into the output folder: a file as large as
// the whole site's notes is never held in memory. Like Put, it leaves the
// folder's file as it was when the bytes are the same.
func (e *Session) PutStream(unit, path string, key Key, write func(io.Writer) error) error {
	if err := e.ctx.Err(); err != nil {
		return err
	}
	f, err := e.tree.Create(path)
	if err != nil {
		return err
	}
	h := xxhash.New()
	c := &countingWriter{w: io.MultiWriter(f, h)}
	bw := bufio.NewWriterSize(c, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		f.Close(false)
		return err
	}
	out := Output{Key: key, Sum: Sum(h.Sum64()), Size: c.n}
	same := e.unchanged(unit, path, out)
	if err := f.Close(!same); err != nil {
		return err
	}
	e.record(unit, path, out, same)
	return nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func (e *Session) Reuse(unit string, key Key) ([]byte, bool) {
	if e.prev == nil {
		return nil, false
	}
	u := e.prev.Units[unit]
	if u == nil || u.Key != key {
		return nil, false
	}
	e.mu.Lock()
	e.next.Units[unit] = u
	e.mu.Unlock()
	return u.Data, true
}

func (e *Session) Done(unit string, key Key, data []byte, pack *PackWriter) error {
	name := ""
	if pack != nil {
		if err := os.MkdirAll(filepath.Join(e.stateDir, "packs"), 0o755); err != nil {
			return err
		}
		f, err := os.CreateTemp(filepath.Join(e.stateDir, "packs"), "unit-*.pack")
		if err != nil {
			return err
		}
		bw := bufio.NewWriterSize(f, 256<<10) // a pack has thousands of small sections
		if _, err = pack.WriteTo(bw); err == nil {
			err = bw.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		name = filepath.Base(f.Name())
		e.mu.Lock()
		e.newPacks = append(e.newPacks, f.Name())
		e.mu.Unlock()
		if err != nil {
			return err
		}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	u := e.unit(unit)
	u.Key, u.Data, u.Pack = key, data, name
	return nil
}

// Pack returns unit's pack, opened on first use, or nil if it has none.
func (e *Session) Pack(unit string) (*Pack, error) {
	e.mu.Lock()
	u := e.next.Units[unit]
	e.mu.Unlock()
	if u == nil || u.Pack == "" {
		return nil, nil
	}
	return e.openPack(e.packs, unit, u.Pack)
}

// PrevPack returns the pack the previous build kept of unit, or nil: a
// unit made again can take from it what did not change. It stays readable
// until the build is committed.
func (e *Session) PrevPack(unit string) (*Pack, error) {
	if e.prev == nil || e.prev.Units[unit] == nil || e.prev.Units[unit].Pack == "" {
		return nil, nil
	}
	name := e.prev.Units[unit].Pack
	return e.openPack(e.oldPacks, name, name)
}

// openPack returns the pack file name of the packs folder, opened once and
// kept in open under key.
func (e *Session) openPack(open map[string]*Pack, key, name string) (*Pack, error) {
	e.mu.Lock()
	p := open[key]
	e.mu.Unlock()
	if p != nil {
		return p, nil
	}
	p, err := OpenPack(filepath.Join(e.stateDir, "packs", name))
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if q := open[key]; q != nil {
		p.Close() // another goroutine opened it first
		return q, nil
	}
	open[key] = p
	return p, nil
}

func (e *Session) Paths() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, u := range e.next.Units {
		for p := range u.Outputs {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

func (e *Session) Stats() Stats {
	e.mu.Lock()
	defer e.mu.Unlock()
	st := e.st
	for _, u := range e.next.Units {
		for p, o := range u.Outputs {
			countFile(&st, p, o.Size)
		}
	}
	return st
}

// finish removes the files of the previous build that this one did not
// make, and commits the tree and the state.
func (e *Session) finish() error {
	e.closePacks()
	if e.prev != nil && !e.tree.Fresh() {
		for _, p := range e.gone() {
			e.tree.Remove(p)
			e.st.Removed++
			e.changed = append(e.changed, p)
		}
	}
	if err := e.tree.Commit(e.next); err != nil {
		forgetWarm()
		e.dropNewPacks()
		return err
	}
	keepWarm(e.stateDir, e.next)
	e.dropOldPacks()
	return nil
}

// gone lists, sorted, the files the previous build made that this one did
// not. A unit reused whole made what it made before, and a unit's files are
// mostly made again by it: only the rest are looked for in the other units
// made this build (a file can move from one unit to another, which is then
// not reused). No set of every path is built: a national portal has 1.8
// million.
func (e *Session) gone() []string {
	var missing []string
	for name, pu := range e.prev.Units {
		nu := e.next.Units[name]
		if nu == pu {
			continue
		}
		for p := range pu.Outputs {
			if _, ok := nu.outputs()[p]; !ok {
				missing = append(missing, p)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	left := make(map[string]bool, len(missing))
	for _, p := range missing {
		left[p] = true
	}
	for name, u := range e.next.Units {
		if u == e.prev.Units[name] {
			continue
		}
		for p := range u.Outputs {
			delete(left, p)
		}
	}
	return slices.Sorted(maps.Keys(left))
}

// Abort throws the build away: the output folder and state stay as they
// were.
func (e *Session) Abort() {
	defer e.lock.Release()
	e.closePacks()
	e.tree.Abort()
	e.dropNewPacks()
}

func (e *Session) closePacks() {
	for _, p := range e.packs {
		p.Close()
	}
	for _, p := range e.oldPacks {
		p.Close()
	}
	e.packs, e.oldPacks = map[string]*Pack{}, map[string]*Pack{}
}

func (e *Session) dropNewPacks() {
	for _, p := range e.newPacks {
		os.Remove(p)
	}
}

// dropOldPacks deletes the pack files the committed state no longer names.
func (e *Session) dropOldPacks() {
	keep := map[string]bool{}
	for _, u := range e.next.Units {
		keep[u.Pack] = true
	}
	entries, _ := os.ReadDir(filepath.Join(e.stateDir, "packs"))
	for _, en := range entries {
		if !keep[en.Name()] {
			os.Remove(filepath.Join(e.stateDir, "packs", en.Name()))
		}
	}
}

// Open starts a build of the output folder out for the site in root. It
// refuses a folder the build must not replace (see CheckOut; sources are
// the site's source folders), takes the lock, finishes a commit a killed
// build left half done, and decides whether the build starts afresh (no
// usable state, a folder not made by the state's build, or clean) or
// changes the folder in place.
func Open(ctx context.Context, out, root string, clean bool, sources ...string) (*Session, error) {
	if err := CheckOut(out, root, sources...); err != nil {
		return nil, err
	}
	stateDir := StateDir(out)
	lock, err := Acquire(stateDir)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Session, error) {
		lock.Release()
		return nil, err
	}
	if err := Recover(stateDir, out); err != nil {
		return fail(err)
	}
	prev, err := LoadState(stateDir)
	if err != nil || clean || !markerIs(out, prev) {
		prev = nil // build afresh
	}
	next := NewState()
	next.Taken = time.Now()
	var tree *Tree
	var stamps Stamps
	var taken time.Time
	if prev != nil {
		next.Build = prev.Build
		stamps, taken = prev.Inputs, prev.Taken
		tree, err = OpenStaged(out, stateDir)
	} else {
		tree, err = OpenFresh(out, stateDir)
	}
	if err != nil {
		return fail(err)
	}
	return &Session{ctx: ctx, tree: tree, stateDir: stateDir, prev: prev, next: next, packs: map[string]*Pack{}, oldPacks: map[string]*Pack{},
		lock: lock, stamper: NewStamper(root, stamps, taken)}, nil
}

// markerIs reports whether the folder dir holds the build st describes.
func markerIs(dir string, st *State) bool {
	if st == nil {
		return false
	}
	data, err := os.ReadFile(filepath.Join(dir, Marker))
	return err == nil && strings.TrimSpace(string(data)) == st.Build
}

// Stamper stamps the input files the build reads.
func (e *Session) Stamper() *Stamper { return e.stamper }

// Build is the name of the build the folder holds (the marker's content).
func (e *Session) Build() string { return e.next.Build }

// Changed are the files written or removed, sorted.
func (e *Session) Changed() []string {
	out := append([]string(nil), e.changed...)
	sort.Strings(out)
	return out
}

// Finish commits the build, with the stamps of the inputs it read, and
// lets the next build of the folder in.
func (e *Session) Finish() error {
	defer e.lock.Release()
	e.next.Inputs = e.stamper.Stamps()
	return e.finish()
}

// Files returns the files of the build, by slash path.
func (m *Memory) Files() map[string][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.out
}
