package generator

// Benchmarks of whole builds on generated corpora (package corpus): the
// figures behind the build-time targets live here and in bench/run.sh,
// never in timed unit tests.
//
//	go test ./generator -run '^$' -bench 'Build' -benchmem -count 3
//
// Each sub-benchmark writes its corpus once, outside the timed region, into
// a temporary folder. BenchmarkBuild times cold builds (--clean);
// BenchmarkRebuild the builds after them: nothing changed, one note
// edited, the date a day on. Metrics besides ns/op, B/op and allocs/op:
//
//	pages         HTML pages of the site (both languages)
//	ms/page       build time per page
//	rendered      files rendered by the build (rebuilds)
//	written       files written (rebuilds)
//	peak-heap-MB  high-water mark of heap objects, sampled every 2 ms
//	sys-MB        memory obtained from the OS (runtime.MemStats.Sys)

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/plansite/plansite/generator/corpus"
)

type benchSize struct {
	name         string
	plans, notes int
}

var buildSizes = []benchSize{
	{"plans=10", 10, 0},
	{"plans=20,notes=5", 20, 5},
	{"plans=50", 50, 0},
	{"plans=50,notes=10", 50, 10},
}

// benchCorpus writes the corpus for size under parent (not timed).
func benchCorpus(b *testing.B, parent string, s benchSize) string {
	b.Helper()
	dir := filepath.Join(parent, strings.NewReplacer("=", "", ",", "-").Replace(s.name))
	if _, err := os.Stat(filepath.Join(dir, "config.toml")); err == nil {
		return dir
	}
	if err := corpus.Write(dir, corpus.Options{Source: repoRoot(b), Plans: s.plans, NotesPerMeasure: s.notes}); err != nil {
		b.Fatal(err)
	}
	return dir
}

func BenchmarkBuild(b *testing.B) {
	parent := b.TempDir()
	for _, s := range buildSizes {
		b.Run(s.name, func(b *testing.B) {
			dir := benchCorpus(b, parent, s)
			out := filepath.Join(b.TempDir(), "public")
			ctx := context.Background()
			peak := sampleHeap()
			var res *Result
			b.ReportAllocs()
			for b.Loop() {
				var err error
				res, err = New(WithRoot(dir), WithDate(corpus.DefaultAsOf)).Build(ctx, out, Clean())
				if err != nil {
					b.Fatal(err)
				}
			}
			reportBuild(b, res, peak())
		})
	}
}

// BenchmarkRebuild times the builds that follow a build of the same folder.
func BenchmarkRebuild(b *testing.B) {
	parent := b.TempDir()
	for _, s := range buildSizes {
		b.Run(s.name, func(b *testing.B) { rebuilds(b, benchCorpus(b, parent, s)) })
	}
}

// rebuilds times each kind of change to the corpus in dir, each build
// following a build of the same folder.
func rebuilds(b *testing.B, dir string) {
	out := filepath.Join(b.TempDir(), "public")
	ctx := context.Background()
	build := func(b *testing.B, date string, opts ...BuildOption) *Result {
		res, err := New(WithRoot(dir), WithDate(mustDate(b, date))).Build(ctx, out, opts...)
		if err != nil {
			b.Fatal(err)
		}
		return res
	}
	build(b, corpus.DefaultAsOf.String())
	note := firstNote(dir)
	editNote := func(i int) string {
		f, err := os.OpenFile(note, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(f, "\nДоповнення %d.\n", i)
		f.Close()
		return corpus.DefaultAsOf.String()
	}
	for _, change := range []struct {
		name string
		make func(i int) string // changes the site, returns the build date
		opts []BuildOption
	}{
		{"nothing", func(int) string { return corpus.DefaultAsOf.String() }, nil},
		{"one-note", editNote, nil},
		// What plansite serve does before it reloads the page.
		{"one-note-pages-first", editNote, []BuildOption{PagesFirst()}},
		{"date+1", func(i int) string {
			return dayString(corpus.DefaultAsOf.Time().AddDate(0, 0, 1+i%2))
		}, nil},
	} {
		b.Run(change.name, func(b *testing.B) {
			if note == "" && strings.HasPrefix(change.name, "one-note") {
				b.Skip("the corpus has no notes")
			}
			build(b, change.make(-1)) // the state the change starts from
			peak := sampleHeap()
			var res *Result
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				date := change.make(i)
				i++
				b.StartTimer()
				res = build(b, date, change.opts...)
			}
			reportBuild(b, res, peak())
			b.ReportMetric(float64(res.Stats.Rendered), "rendered")
			b.ReportMetric(float64(res.Stats.Written), "written")
		})
	}
}

func dayString(t time.Time) string { return t.Format("2006-01-02") }

// firstNote is a note of the corpus to edit, "" when it has none.
func firstNote(dir string) string {
	notes, _ := filepath.Glob(filepath.Join(dir, "content", "plans", "*", "notes", "*.md"))
	if len(notes) == 0 {
		notes, _ = filepath.Glob(filepath.Join(dir, "content", "demo", "*", "*.md"))
	}
	if len(notes) == 0 {
		return ""
	}
	return notes[len(notes)/2]
}

func reportBuild(b *testing.B, res *Result, heap uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	perBuild := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(float64(res.Stats.Pages), "pages")
	b.ReportMetric(perBuild/1e6/float64(res.Stats.Pages), "ms/page")
	b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}

// sampleHeap samples the bytes in heap objects every 2 ms until the
// returned func is called, which returns the largest value seen.
// runtime/metrics reads do not stop the world, unlike ReadMemStats.
func sampleHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}
