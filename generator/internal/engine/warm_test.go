package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWarmState: a build reuses the state this process committed to the
// folder while the file is the one it wrote, and reads the file again once
// it is not.
func TestWarmState(t *testing.T) {
	root, out := siteFolders(t)
	build := func(body string) *State {
		s, err := Open(context.Background(), out, root, false)
		if err != nil {
			t.Fatal(err)
		}
		prev := s.prev
		s.Put("u", Marker, Key{}, []byte(s.Build()))
		s.Put("u", "index.html", Key{1}, []byte(body))
		if err := s.Finish(); err != nil {
			t.Fatal(err)
		}
		return prev
	}
	build("один")
	name := filepath.Join(StateDir(out), stateFile)
	fi, _ := os.Stat(name)
	disk, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	// The same size and time, other bytes: the kept state is used.
	garbage := make([]byte, len(disk))
	os.WriteFile(name, garbage, 0o600)
	os.Chtimes(name, fi.ModTime(), fi.ModTime())
	if prev := build("два"); prev == nil || prev.Units["u"].Outputs["index.html"].Size != int64(len("один")) {
		t.Fatalf("the kept state was not used: %+v", prev)
	}
	// Another writer's state (a new time): read from disk.
	os.WriteFile(name, garbage, 0o600)
	os.Chtimes(name, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
	if prev := build("три"); prev != nil {
		t.Error("a state file this process did not write was not read again")
	}
}
