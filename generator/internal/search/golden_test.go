package search

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestIndexGolden pins the index's bytes: every file of the index of the
// real plans and of a synthetic corpus, by SHA-256. A change of format or
// ranking shows here first; rewrite the files with -update after checking
// that the change is meant (and bump FormatVersion when the layout changes).
func TestIndexGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		docs []Document
		opt  Options
	}{
		{"plans", planDocs(t), Options{}},
		{"synth", synthDocs(t, 6, 3), Options{SnippetRunes: 320, ShardBytes: 8 << 10}},
	} {
		t.Run(c.name, func(t *testing.T) {
			idx, err := Build(c.docs, c.opt)
			if err != nil {
				t.Fatal(err)
			}
			got := fileHashes(idx.Files)
			path := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("index of %s differs from %s (go test -run TestIndexGolden -update rewrites it):\n%s", c.name, path, diffLines(string(want), got))
			}
		})
	}
}

// fileHashes lists "name sha256 size" for every file, sorted by name.
func fileHashes(files map[string][]byte) string {
	var b strings.Builder
	for _, name := range sortedKeys(files) {
		sum := sha256.Sum256(files[name])
		b.WriteString(name + " " + hex.EncodeToString(sum[:]) + " " + strconv.Itoa(len(files[name])) + "\n")
	}
	return b.String()
}

// diffLines shows the lines only in want (-) and only in got (+).
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
