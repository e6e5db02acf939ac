package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/corpus"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// BenchmarkServeReload measures what a staff member waits for under
// plansite serve: from saving a note to the open page being told to
// reload, on a generated portal (PLANSITE_BENCH_PLANS plans, default 20,
// with PLANSITE_BENCH_NOTES notes per measure, default 10). Each iteration
// appends a line to one note and waits for the reload event the page's
// script listens to; it reports the median as ms/reload. The cold build
// before the timer is not counted.
func BenchmarkServeReload(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "site")
	opts := corpus.Options{Source: fixture.Root(), Plans: envInt("PLANSITE_BENCH_PLANS", 20), NotesPerMeasure: envInt("PLANSITE_BENCH_NOTES", 10)}
	if err := corpus.Write(dir, opts); err != nil {
		b.Fatal(err)
	}
	s := New(generator.New(generator.WithRoot(dir), generator.WithDate(corpus.DefaultAsOf), generator.WithBaseURL("http://127.0.0.1/")),
		WithLogger(log.New(io.Discard, "", 0)), WithOutput(filepath.Join(b.TempDir(), "out")))
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	if err := s.Rebuild(ctx); err != nil {
		b.Fatal(err)
	}
	go s.Watch(ctx, dir)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	defer cancel() // first: the stream ends, then the server closes
	reloads := streamReloads(b, ctx, srv.URL+"/__plansite/events")
	note := firstNote(b, dir)
	time.Sleep(200 * time.Millisecond) // the watcher is set up

	page := notePage(note)
	var took []time.Duration
	b.ResetTimer()
	for i := range b.N {
		f, err := os.OpenFile(note, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		fmt.Fprintf(f, "\nДоповнення %d.\n", i)
		f.Close()
		// The note's page reloads after the pages-first build; the
		// catch-up build's message (open data, search) follows.
		waitReload(b, reloads, page)
		took = append(took, time.Since(start))
		b.StopTimer()
		waitReload(b, reloads, "data/")
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ms/reload")
}

// streamReloads opens the live-reload stream and sends on the channel for
// each reload event.
// streamReloads opens the live-reload stream and sends each reload
// event's data (the changed paths, one per line) on the channel.
func streamReloads(tb testing.TB, ctx context.Context, url string) <-chan string {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	out := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<24)
		events := 0
		var data []string
		for sc.Scan() {
			if os.Getenv("PLANSITE_BENCH_DEBUG") != "" {
				fmt.Fprintln(os.Stderr, "stream:", sc.Text())
			}
			// An event is data lines and a blank line; the first answers
			// the hello, each later one is a reload.
			switch line := sc.Text(); {
			case strings.HasPrefix(line, "data:"):
				data = append(data, strings.TrimSpace(strings.TrimPrefix(line, "data:")))
			case line == "" && data != nil:
				if events++; events > 1 {
					out <- strings.Join(data, "\n")
				}
				data = nil
			}
		}
	}()
	return out
}

// waitReload waits up to a minute for a reload event naming a path that
// contains want.
func waitReload(tb testing.TB, reloads <-chan string, want string) string {
	tb.Helper()
	deadline := time.After(time.Minute)
	for {
		select {
		case msg := <-reloads:
			if strings.Contains(msg, want) {
				return msg
			}
		case <-deadline:
			tb.Fatalf("no reload naming %q within a minute", want)
			return ""
		}
	}
}

// notePage is the site path of a corpus note's page.
func notePage(note string) string {
	plan := filepath.Base(filepath.Dir(filepath.Dir(note)))
	return "/" + plan + "/notes/" + strings.TrimSuffix(filepath.Base(note), ".md") + "/"
}

// firstNote is a note of the corpus's first plan.
func firstNote(b *testing.B, dir string) string {
	notes, _ := filepath.Glob(filepath.Join(dir, "content", "plans", "*", "notes", "*.md"))
	if len(notes) == 0 {
		b.Fatal("the corpus has no notes")
	}
	slices.Sort(notes)
	return notes[0]
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}
