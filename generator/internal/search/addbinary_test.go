package search

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"testing"
)

// buildBinary builds an index from analyses' binary forms by AddBinary,
// or, with decode, by UnmarshalBinary and Add; it returns the files, or
// the first error.
func buildBinary(forms [][]byte, opt Options, decode bool) (map[string][]byte, error) {
	b := NewBuilder(opt)
	for _, data := range forms {
		var err error
		if decode {
			var a Analysis
			if err = a.UnmarshalBinary(data); err == nil {
				err = b.Add(a)
			}
		} else {
			err = b.AddBinary(data)
		}
		if err != nil {
			return nil, err
		}
	}
	idx, err := b.Finish()
	if err != nil {
		return nil, err
	}
	return idx.Files, nil
}

func binaryForms(t testing.TB, docs []Document, opt Options) [][]byte {
	var forms [][]byte
	for _, d := range docs {
		a, err := Analyze(d, opt)
		if err != nil {
			t.Fatal(err)
		}
		data, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		forms = append(forms, data)
	}
	return forms
}

// TestAddBinaryRejects: whatever UnmarshalBinary rejects, AddBinary
// rejects, and the builder reports it from then on.
func TestAddBinaryRejects(t *testing.T) {
	forms := binaryForms(t, planDocs(t)[:8], Options{})
	data := forms[5]
	for n := range len(data) {
		if err := NewBuilder(Options{}).AddBinary(data[:n]); err == nil {
			t.Fatalf("%d of %d bytes added", n, len(data))
		}
	}
	old := slices.Clone(data)
	old[len(analysisMagic)+2]++
	if err := NewBuilder(Options{}).AddBinary(old); !errors.Is(err, ErrAnalysisVersion) {
		t.Errorf("another version: %v", err)
	}
	b := NewBuilder(Options{})
	if err := b.AddBinary(append(slices.Clone(data), 0)); err == nil {
		t.Error("trailing byte accepted")
	}
	if err := b.AddBinary(forms[0]); err == nil {
		t.Error("a builder that failed took another document")
	}
	b = NewBuilder(Options{})
	b.AddBinary(forms[1])
	if err := b.AddBinary(forms[1]); err == nil {
		t.Error("duplicate ID added")
	}
}

// TestAddBinaryAllocations: a document whose stems and forms the index
// already holds is added without copying them: AddBinary allocates a
// fraction of what decoding the analysis and adding it does.
func TestAddBinaryAllocations(t *testing.T) {
	docs := planDocs(t)[:40]
	forms := binaryForms(t, docs, Options{})
	var again [][]byte // the same texts under new IDs
	for _, d := range docs {
		d.ID += "-again"
		again = append(again, binaryForms(t, []Document{d}, Options{})[0])
	}
	measure := func(add func(b *Builder, data []byte) error) float64 {
		b := NewBuilder(Options{})
		for _, data := range forms {
			if err := add(b, data); err != nil {
				t.Fatal(err)
			}
		}
		i := 0
		return testing.AllocsPerRun(len(again)-1, func() {
			if err := add(b, again[i]); err != nil {
				t.Fatal(err)
			}
			i++
		})
	}
	direct := measure((*Builder).AddBinary)
	decoded := measure(func(b *Builder, data []byte) error {
		var a Analysis
		if err := a.UnmarshalBinary(data); err != nil {
			return err
		}
		return b.Add(a)
	})
	if direct > decoded/2 {
		t.Errorf("AddBinary: %.0f allocations per document; decoding and Add: %.0f", direct, decoded)
	}
	t.Logf("AddBinary: %.0f allocations per document; decoding and Add: %.0f", direct, decoded)
}

// TestAddBinaryShares: with a Cache, builders of the same texts in the
// same order invert them once, and still write their own files.
func TestAddBinaryShares(t *testing.T) {
	docs := synthDocs(t, 2, 1)
	cache := NewCache()
	forms := binaryForms(t, docs, Options{})
	first, err := buildBinary(forms, Options{Cache: cache}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(cache.shards) != 1 {
		t.Fatalf("%d inversions cached", len(cache.shards))
	}
	second, err := buildBinary(forms, Options{Cache: cache}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(cache.shards) != 1 || !maps.EqualFunc(first, second, bytes.Equal) {
		t.Errorf("the same texts: %d inversions, files equal %v", len(cache.shards), maps.EqualFunc(first, second, bytes.Equal))
	}
	// One text changed: its own inversion.
	docs[3].Body += " патронат"
	if _, err := buildBinary(binaryForms(t, docs, Options{}), Options{Cache: cache}, false); err != nil {
		t.Fatal(err)
	}
	if len(cache.shards) != 2 {
		t.Errorf("a changed text shared the inversion (%d)", len(cache.shards))
	}
}

// FuzzAddBinary: AddBinary takes exactly what UnmarshalBinary and Add
// take, and makes the same index of it.
func FuzzAddBinary(f *testing.F) {
	forms := binaryForms(f, planDocs(f)[:6], Options{})
	for _, data := range forms {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		set := [][]byte{forms[0], data}
		want, werr := buildBinary(set, Options{}, true)
		got, gerr := buildBinary(set, Options{}, false)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("decoded: %v; AddBinary: %v", werr, gerr)
		}
		if werr == nil && !maps.EqualFunc(want, got, bytes.Equal) {
			t.Error("AddBinary made another index")
		}
	})
}
