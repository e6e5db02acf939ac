package search

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// TestBuilderMatchesBuild: analyses that went through their binary form,
// added to a Builder that emits its files as they are done, give Build's
// files byte for byte, whether decoded first (Add) or not (AddBinary).
func TestBuilderMatchesBuild(t *testing.T) {
	docs := synthDocs(t, 4, 2)
	for _, tc := range []struct {
		opt    Options
		binary bool
	}{{Options{}, false}, {Options{}, true}, {Options{SnippetRunes: 320, ShardBytes: 4 << 10, ChunkBytes: 3 << 10}, false},
		{Options{SnippetRunes: 320, ShardBytes: 4 << 10, ChunkBytes: 3 << 10}, true}} {
		opt := tc.opt
		want, err := Build(docs, opt)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]byte{}
		var order []string
		opt.Emit = func(name string, content []byte) error {
			if got[name] != nil {
				return fmt.Errorf("%s emitted twice", name)
			}
			got[name] = content
			order = append(order, name)
			return nil
		}
		b := NewBuilder(opt)
		chunksDuringAdd := 0
		for i, d := range docs {
			a, err := Analyze(d, opt)
			if err != nil {
				t.Fatal(err)
			}
			data, err := a.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if tc.binary {
				err = b.AddBinary(data)
			} else {
				var back Analysis
				if err := back.UnmarshalBinary(data); err != nil {
					t.Fatalf("document %d: %v", i, err)
				}
				err = b.Add(back)
			}
			if err != nil {
				t.Fatal(err)
			}
			chunksDuringAdd = len(got)
		}
		idx, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		if idx.Files != nil || !bytes.Equal(idx.Manifest, want.Manifest) {
			t.Errorf("Finish with Emit: Files %d, manifest equal %v", len(idx.Files), bytes.Equal(idx.Manifest, want.Manifest))
		}
		if len(got) != len(want.Files) {
			t.Errorf("%d files emitted, Build wrote %d", len(got), len(want.Files))
		}
		for name, content := range want.Files {
			if !bytes.Equal(got[name], content) {
				t.Errorf("%s differs from Build's", name)
			}
		}
		// Chunks leave while documents arrive; the manifest is the last file.
		if chunksDuringAdd < 2 || order[len(order)-1] != ManifestFile {
			t.Errorf("%d files emitted while adding; order ends with %s", chunksDuringAdd, order[len(order)-1])
		}
	}
}

// TestAnalysisBinary: the binary form is deterministic (fresh maps, a
// round trip) and rejects what is not one, without panicking.
func TestAnalysisBinary(t *testing.T) {
	docs := planDocs(t)
	for _, d := range docs[:20] {
		a, err := Analyze(d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		d.Facets, d.Meta = cloneFacets(d.Facets), cloneMeta(d.Meta)
		again, _ := Analyze(d, Options{})
		b1, _ := a.MarshalBinary()
		b2, _ := again.MarshalBinary()
		var back Analysis
		if err := back.UnmarshalBinary(b1); err != nil {
			t.Fatal(err)
		}
		b3, _ := back.MarshalBinary()
		if !bytes.Equal(b1, b2) || !bytes.Equal(b1, b3) || back.ID() != d.ID {
			t.Fatalf("%s: binary form not deterministic", d.ID)
		}
	}
	a, _ := Analyze(docs[5], Options{})
	data, _ := a.MarshalBinary()
	for n := range len(data) {
		var x Analysis
		if err := x.UnmarshalBinary(data[:n]); err == nil {
			t.Errorf("%d of %d bytes decoded", n, len(data))
		}
	}
	var x Analysis
	if err := x.UnmarshalBinary(append(slices.Clone(data), 0)); err == nil {
		t.Error("trailing byte accepted")
	}
	old := slices.Clone(data)
	old[len(analysisMagic)+2]++ // "v1 …" → "w1 …": another format
	if err := x.UnmarshalBinary(old); !errors.Is(err, ErrAnalysisVersion) {
		t.Errorf("another version: %v", err)
	}
	if _, err := (Analysis{}).MarshalBinary(); err == nil {
		t.Error("zero Analysis encoded")
	}
}

func FuzzAnalysisUnmarshal(f *testing.F) {
	for _, d := range planDocs(f)[:6] {
		a, _ := Analyze(d, Options{})
		data, _ := a.MarshalBinary()
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Analysis
		if a.UnmarshalBinary(data) != nil {
			return
		}
		again, err := a.MarshalBinary()
		if err != nil || !bytes.Equal(again, data) {
			t.Errorf("decoded analysis does not encode back: %v", err)
		}
		b := NewBuilder(Options{})
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Finish(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestBuilderErrors(t *testing.T) {
	a, err := Analyze(Document{ID: "a", URL: "/a/", Body: "текст"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Options{})
	if err := b.Add(a); err != nil {
		t.Fatal(err)
	}
	if err := b.Add(a); err == nil {
		t.Error("duplicate ID added")
	}
	if _, err := b.Finish(); err == nil {
		t.Error("Finish after a failed Add succeeded")
	}
	if err := NewBuilder(Options{}).Add(Analysis{}); err == nil {
		t.Error("zero Analysis added")
	}

	boom := errors.New("disk full")
	b = NewBuilder(Options{Emit: func(string, []byte) error { return boom }})
	b.Add(a)
	if _, err := b.Finish(); !errors.Is(err, boom) {
		t.Errorf("Finish: %v, want the Emit error", err)
	}

	b = NewBuilder(Options{})
	b.Add(a)
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Finish(); err == nil {
		t.Error("second Finish succeeded")
	}

	for _, d := range []Document{{URL: "/x/"}, {ID: "x"}, {ID: "x", URL: "/x/", Boost: -1}} {
		if _, err := Analyze(d, Options{}); err == nil {
			t.Errorf("Analyze(%+v) succeeded", d)
		}
	}
}

// BenchmarkBuilder builds the index of a large synthetic corpus (50 plans
// with 20 notes per measure: about 48,000 documents) the way an engine
// does, holding no more than a plan's documents and emitting files as they
// are done. "cold" analyses every document as it comes; "warm" reads every
// analysis back from a file of their binary forms, as a rebuild does after
// an edit when all but the edited documents' analyses are kept. It reports
// the peak of live heap during the build. "Build" is search.Build over the
// documents held in memory, as the site's build calls it today.
func BenchmarkBuilder(b *testing.B) {
	const plans, notes = 50, 20
	opt := Options{SnippetRunes: 320}
	var files, size int
	opt.Emit = func(_ string, content []byte) error { files++; size += len(content); return nil }
	run := func(b *testing.B, each func(add func(Analysis))) {
		var peak uint64
		for b.Loop() {
			files, size = 0, 0
			runtime.GC()
			stop := sampleHeap()
			bl := NewBuilder(opt)
			each(func(a Analysis) {
				if err := bl.Add(a); err != nil {
					b.Fatal(err)
				}
			})
			if _, err := bl.Finish(); err != nil {
				b.Fatal(err)
			}
			peak = max(peak, stop())
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(size)/(1<<20), "index-MB")
		b.ReportMetric(float64(files), "files")
	}
	docs := 0
	b.Run("cold", func(b *testing.B) {
		run(b, func(add func(Analysis)) {
			docs = 0
			synthEach(b, plans, notes, func(d Document) {
				a, err := Analyze(d, opt)
				if err != nil {
					b.Fatal(err)
				}
				add(a)
				docs++
			})
		})
		b.ReportMetric(float64(docs), "docs")
	})
	b.Run("Build", func(b *testing.B) {
		docs := synthDocs(b, plans, notes)
		runtime.GC()
		held := heapNow()
		run(b, func(add func(Analysis)) {
			o := opt
			o.Emit = nil
			idx, err := Build(docs, o)
			if err != nil {
				b.Fatal(err)
			}
			for _, content := range idx.Files {
				opt.Emit("", content) // counted like the others' files
			}
		})
		b.ReportMetric(float64(held)/(1<<20), "docs-MB")
	})
	b.Run("warm", func(b *testing.B) {
		path := filepath.Join(b.TempDir(), "analyses")
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriter(f)
		synthEach(b, plans, notes, func(d Document) {
			a, _ := Analyze(d, opt)
			data, _ := a.MarshalBinary()
			w.Write(binary.AppendUvarint(nil, uint64(len(data))))
			w.Write(data)
		})
		if err := errors.Join(w.Flush(), f.Close()); err != nil {
			b.Fatal(err)
		}
		st, _ := os.Stat(path)
		run(b, func(add func(Analysis)) {
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			r := bufio.NewReader(f)
			var buf []byte
			for {
				n, err := binary.ReadUvarint(r)
				if err != nil {
					return
				}
				buf = slices.Grow(buf[:0], int(n))[:n]
				if _, err := io.ReadFull(r, buf); err != nil {
					b.Fatal(err)
				}
				var a Analysis
				if err := a.UnmarshalBinary(buf); err != nil {
					b.Fatal(err)
				}
				add(a)
			}
		})
		b.ReportMetric(float64(st.Size())/(1<<20), "analyses-MB")
	})
}

func heapNow() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap samples the live heap every 2 ms until the returned func is
// called, which returns the peak seen. runtime/metrics reads do not stop
// the world.
func sampleHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			if v := heapNow(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		return peak.Load()
	}
}

// TestAnalysisKey: the key changes with anything the analysis depends on
// and with nothing else.
func TestAnalysisKey(t *testing.T) {
	d := planDocs(t)[10]
	key := AnalysisKey(d, Options{})
	same := d
	same.Facets, same.Meta = cloneFacets(d.Facets), cloneMeta(d.Meta)
	if AnalysisKey(same, Options{ShardBytes: 1 << 20, Base: "/x/"}) != key {
		t.Error("the key changed with options that do not shape an analysis, or with fresh maps")
	}
	for name, change := range map[string]func(d *Document, o *Options){
		"title":         func(d *Document, o *Options) { d.Title += " " },
		"body":          func(d *Document, o *Options) { d.Body += "x" },
		"boost":         func(d *Document, o *Options) { d.Boost = 0.5 },
		"codes":         func(d *Document, o *Options) { d.Codes = append(slices.Clone(d.Codes), "X") },
		"facet value":   func(d *Document, o *Options) { d.Facets["status"] = []string{"інший"} },
		"meta":          func(d *Document, o *Options) { d.Meta["id"] += "!" },
		"URL":           func(d *Document, o *Options) { d.URL += "x/" },
		"snippet runes": func(d *Document, o *Options) { o.SnippetRunes = 100 },
		"search facets": func(d *Document, o *Options) { o.SearchFacets = []string{"plan", "executor"} },
	} {
		c := d
		c.Facets, c.Meta = cloneFacets(d.Facets), cloneMeta(d.Meta)
		var o Options
		change(&c, &o)
		if AnalysisKey(c, o) == key {
			t.Errorf("changing the %s kept the key", name)
		}
	}
}
