// Command gencorpus writes a generated plansite site for benchmarks (see
// package generator/corpus and bench/README.md):
//
//	go run ./bench/gencorpus -plans 50 -notes 10 -out /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/plansite/plansite/generator/corpus"
)

func main() {
	source := flag.String("source", ".", "site folder with the seed plans (content/plans) and themes/")
	plans := flag.Int("plans", 50, "number of plans")
	notes := flag.Int("notes", 0, "progress notes per measure")
	seed := flag.Uint64("seed", 1, "random seed for the notes")
	out := flag.String("out", "", "folder to write (must not exist or be empty)")
	copyThemes := flag.Bool("copy-themes", false, "copy themes/ instead of linking it")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -out is required")
		os.Exit(2)
	}
	err := corpus.Write(*out, corpus.Options{Source: *source, Plans: *plans, NotesPerMeasure: *notes, Seed: *seed, CopyThemes: *copyThemes})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("gencorpus: %d plans, %d notes per measure → %s (build with --date %s)\n", *plans, *notes, *out, corpus.DefaultAsOf)
}
