package generator

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/plansite/plansite/generator/internal/engine"
)

// write is the last stage. Rendered files go to a sink as they are made:
// into memory (Generate), or through the engine into the output folder
// (Build). Nothing reaches the folder before the build has succeeded: a
// fresh build writes a new folder that is swapped in at the end, an
// incremental one stages its changed files and moves them into place at
// the end (see engine.Tree), so a failed or interrupted build leaves the
// previous site as it was and readers never see half a site.

// sink receives a build's files, unit by unit. A unit is a plan, or the
// site-wide pages (siteUnit).
type sink interface {
	// keep reports whether the file at path, which unit makes, was made
	// from key by the previous build: it is then kept as it is, neither
	// rendered nor written.
	keep(unit, path string, key engine.Key) bool
	// keepAll keeps every file of the previous build that unit made under
	// the folder prefix.
	keepAll(unit, prefix string)
	// put hands over the file at path that unit made from key.
	put(unit, path string, key engine.Key, data []byte) error
	// reuse returns what the previous build kept of unit when unit's key
	// is unchanged: the unit's files are then all kept, and its data and
	// pack are those of the previous build.
	reuse(unit string, key engine.Key) (data []byte, ok bool)
	// done records a built unit's key, data and pack.
	done(unit string, key engine.Key, data []byte, pack *engine.PackWriter) error
	// section returns a section of unit's pack.
	section(unit, name string) ([]byte, error)
	// paths returns every file of the site, sorted.
	paths() []string
	// stats counts the files of the site and what this build did.
	stats() Stats
}

// Stats counts the files of a site and what a build did to make them.
type Stats struct {
	// Files and Pages (index.html files) of the site, and their bytes.
	Files, Pages int
	Bytes        int64
	// Rendered files were made this build; Written were new or changed
	// and written; Removed were dropped from the output folder.
	Rendered, Written, Removed int
}

// siteUnit is the unit of the pages that span plans.
const siteUnit = "@site"

// memorySink keeps the files of one build in memory.
type memorySink struct {
	mu    sync.Mutex
	out   map[string][]byte
	packs map[string]*engine.Pack
	st    Stats
}

func newMemorySink() *memorySink {
	return &memorySink{out: map[string][]byte{}, packs: map[string]*engine.Pack{}}
}

func (m *memorySink) keep(unit, path string, key engine.Key) bool { return false }

func (m *memorySink) keepAll(unit, prefix string) {}

func (m *memorySink) put(unit, path string, key engine.Key, data []byte) error {
	if !engine.LocalPath(path) {
		return fmt.Errorf("refusing to write %q: it leads outside the output folder", path)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.out[path] = data
	m.st.Rendered++
	m.st.Written++
	return nil
}

func (m *memorySink) reuse(unit string, key engine.Key) ([]byte, bool) { return nil, false }

func (m *memorySink) done(unit string, key engine.Key, data []byte, pack *engine.PackWriter) error {
	if pack == nil {
		return nil
	}
	p, err := engine.ReadPack(bytes.NewReader(pack.Bytes()), unit)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.packs[unit] = p
	m.mu.Unlock()
	return nil
}

func (m *memorySink) section(unit, name string) ([]byte, error) {
	m.mu.Lock()
	p := m.packs[unit]
	m.mu.Unlock()
	if p == nil {
		return nil, nil
	}
	return p.Section(name)
}

func (m *memorySink) paths() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return sortedKeys(m.out)
}

func (m *memorySink) stats() Stats {
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
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// engineSink writes a build into an output folder through the engine.
type engineSink struct {
	ctx      context.Context
	tree     *engine.Tree
	stateDir string
	prev     *engine.State // nil for a fresh build
	next     *engine.State

	mu       sync.Mutex
	packs    map[string]*engine.Pack
	newPacks []string // pack files written by this build
	st       Stats
	changed  []string // files written or removed
}

// unit returns the next state's record of unit, creating it.
func (e *engineSink) unit(name string) *engine.Unit {
	u := e.next.Units[name]
	if u == nil {
		u = &engine.Unit{Outputs: map[string]engine.Output{}}
		e.next.Units[name] = u
	}
	return u
}

func (e *engineSink) prevOutput(unit, path string) (engine.Output, bool) {
	if e.prev == nil || e.prev.Units[unit] == nil {
		return engine.Output{}, false
	}
	o, ok := e.prev.Units[unit].Outputs[path]
	return o, ok
}

func (e *engineSink) keep(unit, path string, key engine.Key) bool {
	o, ok := e.prevOutput(unit, path)
	if !ok || o.Key != key || key.IsZero() {
		return false
	}
	e.mu.Lock()
	e.unit(unit).Outputs[path] = o
	e.mu.Unlock()
	return true
}

func (e *engineSink) keepAll(unit, prefix string) {
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

func (e *engineSink) put(unit, path string, key engine.Key, data []byte) error {
	if err := e.ctx.Err(); err != nil {
		return err
	}
	out := engine.Output{Key: key, Sum: engine.SumOf(data), Size: int64(len(data))}
	old, ok := e.prevOutput(unit, path)
	same := ok && old.Sum == out.Sum && old.Size == out.Size
	if !same {
		if err := e.tree.Write(path, data); err != nil {
			return err
		}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.unit(unit).Outputs[path] = out
	e.st.Rendered++
	if !same {
		e.st.Written++
		e.changed = append(e.changed, path)
	}
	return nil
}

func (e *engineSink) reuse(unit string, key engine.Key) ([]byte, bool) {
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

func (e *engineSink) done(unit string, key engine.Key, data []byte, pack *engine.PackWriter) error {
	name := ""
	if pack != nil {
		if err := os.MkdirAll(filepath.Join(e.stateDir, "packs"), 0o755); err != nil {
			return err
		}
		f, err := os.CreateTemp(filepath.Join(e.stateDir, "packs"), "unit-*.pack")
		if err != nil {
			return err
		}
		_, err = f.Write(pack.Bytes())
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

func (e *engineSink) section(unit, name string) ([]byte, error) {
	e.mu.Lock()
	p := e.packs[unit]
	u := e.next.Units[unit]
	e.mu.Unlock()
	if p == nil {
		if u == nil || u.Pack == "" {
			return nil, nil
		}
		var err error
		if p, err = engine.OpenPack(filepath.Join(e.stateDir, "packs", u.Pack)); err != nil {
			return nil, err
		}
		e.mu.Lock()
		e.packs[unit] = p
		e.mu.Unlock()
	}
	return p.Section(name)
}

func (e *engineSink) paths() []string {
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

func (e *engineSink) stats() Stats {
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
func (e *engineSink) finish() error {
	e.closePacks()
	if e.prev != nil && !e.tree.Fresh() {
		made := map[string]bool{}
		for _, u := range e.next.Units {
			for p := range u.Outputs {
				made[p] = true
			}
		}
		for _, u := range e.prev.Units {
			for p := range u.Outputs {
				if !made[p] {
					e.tree.Remove(p)
					e.st.Removed++
					e.changed = append(e.changed, p)
				}
			}
		}
	}
	if err := e.tree.Commit(e.next); err != nil {
		e.dropNewPacks()
		return err
	}
	e.dropOldPacks()
	return nil
}

// abort throws the build away: the output folder and state stay as they
// were.
func (e *engineSink) abort() {
	e.closePacks()
	e.tree.Abort()
	e.dropNewPacks()
}

func (e *engineSink) closePacks() {
	for _, p := range e.packs {
		p.Close()
	}
	e.packs = map[string]*engine.Pack{}
}

func (e *engineSink) dropNewPacks() {
	for _, p := range e.newPacks {
		os.Remove(p)
	}
}

// dropOldPacks deletes the pack files the committed state no longer names.
func (e *engineSink) dropOldPacks() {
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

// engineOutput is the output folder of a Build, with its lock and the
// stamps of the inputs read.
type engineOutput struct {
	*engineSink
	lock    *engine.Lock
	stamper *engine.Stamper
}

// openOutput takes the output folder dir for a build: it refuses a folder
// the build must not replace, takes the lock, finishes a commit a killed
// build left half done, and decides whether the build starts afresh (no
// usable state, a folder not made by the state's build, or clean) or
// changes the folder in place.
func (b *Builder) openOutput(ctx context.Context, dir string, clean bool) (*engineOutput, error) {
	if err := b.guard(dir); err != nil {
		return nil, err
	}
	stateDir := engine.StateDir(dir)
	lock, err := engine.Acquire(stateDir)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*engineOutput, error) {
		lock.Release()
		return nil, err
	}
	if err := engine.Recover(stateDir, dir); err != nil {
		return fail(err)
	}
	prev, err := engine.LoadState(stateDir)
	if err != nil || clean || !markerIs(dir, prev) {
		prev = nil // build afresh
	}
	next := engine.NewState()
	next.Taken = time.Now()
	var tree *engine.Tree
	var stamps engine.Stamps
	var taken time.Time
	if prev != nil {
		next.Build = prev.Build
		stamps, taken = prev.Inputs, prev.Taken
		tree, err = engine.OpenStaged(dir, stateDir)
	} else {
		tree, err = engine.OpenFresh(dir, stateDir)
	}
	if err != nil {
		return fail(err)
	}
	sink := &engineSink{ctx: ctx, tree: tree, stateDir: stateDir, prev: prev, next: next, packs: map[string]*engine.Pack{}}
	return &engineOutput{engineSink: sink, lock: lock, stamper: engine.NewStamper(b.root, stamps, taken)}, nil
}

// markerIs reports whether the folder dir holds the build st describes.
func markerIs(dir string, st *engine.State) bool {
	if st == nil {
		return false
	}
	data, err := os.ReadFile(filepath.Join(dir, engine.Marker))
	return err == nil && strings.TrimSpace(string(data)) == st.Build
}

// prevStamps are the stamps of the previous build, nil for a fresh one.
func (e *engineOutput) prevStamps() engine.Stamps {
	if e.prev == nil {
		return nil
	}
	return e.prev.Inputs
}

// finish commits the build, with the stamps of the inputs it read.
func (e *engineOutput) finish() error {
	e.next.Inputs = e.stamper.Stamps()
	return e.engineSink.finish()
}
