package generator

// Benchmarks of whole builds on generated corpora (package corpus): the
// figures behind "faster than Hugo" and the build-time targets live here
// and in bench/run.sh, never in timed unit tests.
//
//	go test ./generator -run '^$' -bench 'Build|SearchIndex' -benchmem -count 3
//
// Each sub-benchmark writes its corpus once, outside the timed region, into
// a temporary folder. Metrics besides ns/op, B/op and allocs/op:
//
//	pages         HTML pages written (both languages)
//	ms/page       build time per page
//	index-ms      searchDocs + search.Build for every language, timed on
//	              its own after the build (median of up to 3 runs)
//	index-%       index-ms as a share of the whole build's time: what
//	              indexing costs. It is what indexing adds to the wall time
//	              when it runs before rendering; when it overlaps rendering
//	              on another core, the wall time it adds is at most this.
//	peak-heap-MB  high-water mark of heap objects, sampled every 2 ms
//	sys-MB        memory obtained from the OS (runtime.MemStats.Sys) after
//	              the last build
//
// The search-index share is timed with the renderer's own buildSearch, so
// nothing in production code exists for the benchmark's sake.

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/plansite/plansite/generator/corpus"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/search"
)

type benchSize struct {
	name         string
	plans, notes int
}

var buildSizes = []benchSize{
	{"plans=10", 10, 0},
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
				res, err = New(WithRoot(dir), WithDate(corpus.DefaultAsOf)).Build(ctx, out)
				if err != nil {
					b.Fatal(err)
				}
			}
			heap := peak()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			perBuild := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			pages := res.Stats.Pages
			index := timeIndex(b, dir, res.Site)
			b.ReportMetric(float64(pages), "pages")
			b.ReportMetric(perBuild/1e6/float64(pages), "ms/page")
			b.ReportMetric(float64(index.Milliseconds()), "index-ms")
			b.ReportMetric(100*float64(index.Nanoseconds())/perBuild, "index-%")
			b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
		})
	}
}

// BenchmarkSearchIndex times search.Build alone, for the Ukrainian
// interface language, on documents prepared outside the timed region.
func BenchmarkSearchIndex(b *testing.B) {
	parent := b.TempDir()
	for _, s := range []benchSize{{"plans=2", 2, 0}, {"plans=50", 50, 0}, {"plans=50,notes=10", 50, 10}} {
		b.Run(s.name, func(b *testing.B) {
			dir := benchCorpus(b, parent, s)
			res, err := New(WithRoot(dir), WithDate(corpus.DefaultAsOf)).Assemble(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			r := benchRenderer(b, dir, res.Site)
			lang := res.Site.Config.Languages[0]
			docs := siteDocs(r, res.Site, lang)
			opts := search.Options{Base: r.link(lang, "/search/"), Root: r.link(lang, "/")}
			var idx *search.Index
			b.ReportAllocs()
			for b.Loop() {
				opts.Cache = search.NewCache() // as a build starts with an empty one
				idx, err = search.Build(docs, opts)
				if err != nil {
					b.Fatal(err)
				}
			}
			var size int
			for _, data := range idx.Files {
				size += len(data)
			}
			b.ReportMetric(float64(len(docs)), "docs")
			b.ReportMetric(float64(len(idx.Files)), "files")
			b.ReportMetric(float64(size)/1e3, "index-kB")
		})
	}
}

// benchRenderer is a renderer as render makes one, without output yet.
func benchRenderer(b *testing.B, dir string, site *Site) *renderer {
	b.Helper()
	th, problems := loadTheme(dir, site.Config.Theme)
	if problems.HasErrors() {
		b.Fatal(problems.Err())
	}
	return newRenderer(site, th, newMemorySink(), engine.Key{})
}

// siteDocs are the search documents of every plan of an assembled site.
func siteDocs(r *renderer, site *Site, lang string) []search.Document {
	var docs []search.Document
	for _, p := range site.Plans {
		docs = append(docs, r.planDocs(lang, p)...)
	}
	return docs
}

// timeIndex is the median time of building the search index of every
// language (documents and index, as render does), over up to 3 runs.
func timeIndex(b *testing.B, dir string, site *Site) time.Duration {
	b.Helper()
	var runs []time.Duration
	var spent time.Duration
	for len(runs) < 3 && (len(runs) == 0 || spent < 3*time.Second) {
		r := benchRenderer(b, dir, site)
		start := time.Now()
		claimed := map[string]bool{}
		for _, lang := range site.Config.Languages {
			if err := r.buildSearch(lang, siteDocs(r, site, lang), claimed); err != nil {
				b.Fatal(err)
			}
		}
		d := time.Since(start)
		runs = append(runs, d)
		spent += d
	}
	slices.Sort(runs)
	return runs[len(runs)/2]
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
