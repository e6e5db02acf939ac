package engine

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestRemovedFiles: a file no unit makes any more is removed; one a unit
// reused whole still has, or that moved to another unit, stays.
func TestRemovedFiles(t *testing.T) {
	root, out := siteFolders(t)
	build := func(do func(s *Session)) []string {
		s, err := Open(context.Background(), out, root, false)
		if err != nil {
			t.Fatal(err)
		}
		s.Put("site", Marker, Key{}, []byte(s.Build()))
		do(s)
		if err := s.Finish(); err != nil {
			t.Fatal(err)
		}
		var removed []string
		for _, p := range s.Changed() {
			if _, err := os.Stat(filepath.Join(out, p)); os.IsNotExist(err) {
				removed = append(removed, p)
			}
		}
		return removed
	}
	build(func(s *Session) {
		s.Put("a", "a/1.html", Key{1}, []byte("1"))
		s.Put("a", "a/2.html", Key{2}, []byte("2"))
		s.Put("a", "moves.html", Key{3}, []byte("m"))
		s.Put("b", "b/1.html", Key{4}, []byte("b"))
		s.Done("b", Key{9}, nil, nil)
		s.Put("c", "c/1.html", Key{5}, []byte("c"))
	})
	got := build(func(s *Session) {
		s.Put("a", "a/1.html", Key{1}, []byte("1"))
		s.Put("c", "moves.html", Key{3}, []byte("m"))
		if _, ok := s.Reuse("b", Key{9}); !ok {
			t.Fatal("unit b was not reused")
		}
		// c no longer makes c/1.html.
	})
	if want := []string{"a/2.html", "c/1.html"}; !slices.Equal(got, want) {
		t.Errorf("removed %q, want %q", got, want)
	}
	for _, p := range []string{"a/1.html", "moves.html", "b/1.html"} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}
