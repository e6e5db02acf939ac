package engine

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// FormatVersion changes whenever the state's meaning changes; a state of
// another version is not used (the build is then a full one).
const FormatVersion = 2

// State is what the engine keeps between builds of one output folder, in
// its state folder (see StateDir).
type State struct {
	// Format is FormatVersion when the state was written.
	Format int
	// Build names the build the output folder holds; the folder's marker
	// file says the same (see Marker), so that a folder replaced or
	// emptied behind the engine's back is noticed.
	Build string
	// Taken is when the input stamps were taken.
	Taken time.Time
	// Inputs are the stamps of the input files read.
	Inputs Stamps
	// Units are the parts of the site built apart (a plan each, and the
	// pages that span plans), by name.
	Units map[string]*Unit
}

// Unit is one part of the site built apart: a plan, or the site-wide pages.
type Unit struct {
	// Key is over all the unit's inputs; when it is unchanged, so is
	// every output of the unit, and the unit is not built at all.
	Key Key
	// Outputs are the files the unit made, by slash path in the output
	// folder.
	Outputs map[string]Output
	// Data is what the generator keeps of the unit for the pages that span
	// units (a plan's summary); the engine does not read it.
	Data []byte
	// Pack names the unit's pack file in the state folder's packs/, or "".
	Pack string
}

// outputs are u's outputs; none when u is nil.
func (u *Unit) outputs() map[string]Output {
	if u == nil {
		return nil
	}
	return u.Outputs
}

// Output is one file made by a unit.
type Output struct {
	Key  Key
	Sum  Sum
	Size int64
}

// NewState returns the empty state of a first build, with a new build name.
func NewState() *State {
	var b [8]byte
	rand.Read(b[:])
	return &State{Format: FormatVersion, Build: hex.EncodeToString(b[:]), Inputs: Stamps{}, Units: map[string]*Unit{}}
}

// StateDir is the state folder of the output folder out: beside it, so that
// what is published holds only the site (".public.plansite" for "public").
func StateDir(out string) string {
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".plansite")
}

const stateFile = "state"

// legacyStateFile is where states of format 1 were kept (see commitFresh).
const legacyStateFile = "state.gob"

// LoadState reads the state in dir. A missing state is no error: it returns
// nil. A state of another format version, or one that cannot be read, is
// an error the caller reports before building from scratch.
func LoadState(dir string) (*State, error) {
	if st := warmState(dir); st != nil {
		return st, nil
	}
	data, err := os.ReadFile(filepath.Join(dir, stateFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	st, err := decodeState(data)
	if err != nil {
		return nil, fmt.Errorf("the build state %s cannot be read (%v)", filepath.Join(dir, stateFile), err)
	}
	if st.Format != FormatVersion {
		return nil, fmt.Errorf("the build state %s is of another version", filepath.Join(dir, stateFile))
	}
	return st, nil
}

// writeFileSync writes data to name through a temporary file that is synced
// and renamed, so that name holds either its old or its new bytes.
func writeFileSync(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp-")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
