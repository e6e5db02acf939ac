package engine

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPutStream: a streamed file is written like Put's: kept as it was
// when its bytes are the same, replaced when not, and nothing is left
// behind when writing it fails.
func TestPutStream(t *testing.T) {
	root, out := siteFolders(t)
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error {
			for range 1000 { // larger than the stream's buffer
				if _, err := io.WriteString(w, s); err != nil {
					return err
				}
			}
			return nil
		}
	}
	build := func(body string, fail bool) (Stats, error) {
		s, err := Open(context.Background(), out, root, false)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Put("u", Marker, Key{}, []byte(s.Build())); err != nil {
			t.Fatal(err)
		}
		err = s.PutStream("u", "data/notes.json", Key{1}, write(body))
		if fail {
			err = s.PutStream("u", "data/other.json", Key{2}, func(w io.Writer) error {
				io.WriteString(w, strings.Repeat("half ", 20000))
				return errors.New("the disk is full")
			})
		}
		if err != nil {
			s.Abort()
			return Stats{}, err
		}
		st := s.Stats()
		return st, s.Finish()
	}
	read := func() string {
		b, _ := os.ReadFile(filepath.Join(out, "data", "notes.json"))
		return string(b)
	}
	if _, err := build("перший ", false); err != nil || read() != strings.Repeat("перший ", 1000) {
		t.Fatalf("fresh build: %v, %d bytes", err, len(read()))
	}
	before, _ := os.Stat(filepath.Join(out, "data", "notes.json"))
	st, err := build("перший ", false)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(filepath.Join(out, "data", "notes.json"))
	if st.Written != 0 || !os.SameFile(before, after) {
		t.Errorf("the same bytes: %d files written, file replaced %v", st.Written, !os.SameFile(before, after))
	}
	if _, err := build("другий ", true); err == nil {
		t.Fatal("a failed stream did not fail the build")
	}
	if read() != strings.Repeat("перший ", 1000) {
		t.Error("a failed build changed the folder")
	}
	if left, _ := os.ReadDir(filepath.Join(StateDir(out), "staging")); len(left) != 0 {
		t.Errorf("%d staged files left", len(left))
	}
	if _, err := build("другий ", false); err != nil || read() != strings.Repeat("другий ", 1000) {
		t.Errorf("changed bytes: %v, %q…", err, read()[:20])
	}
}

func TestMemoryPutStream(t *testing.T) {
	m := NewMemory()
	if err := m.PutStream("u", "a.csv", Key{}, func(w io.Writer) error { _, err := io.WriteString(w, "a,b\r\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if got := string(m.Files()["a.csv"]); got != "a,b\r\n" {
		t.Errorf("got %q", got)
	}
	if err := m.PutStream("u", "../x", Key{}, func(io.Writer) error { return nil }); err == nil {
		t.Error("a path outside the folder was taken")
	}
}
