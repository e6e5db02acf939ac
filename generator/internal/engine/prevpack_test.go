package engine

import (
	"context"
	"testing"
)

// TestPrevPack: while a unit is made again, its previous pack is readable
// (PrevPack) beside the pack being made (Pack); a first build has none.
func TestPrevPack(t *testing.T) {
	root, out := siteFolders(t)
	build := func(body string, check func(s *Session)) {
		s, err := Open(context.Background(), out, root, false)
		if err != nil {
			t.Fatal(err)
		}
		check(s)
		s.Put("site", Marker, Key{}, []byte(s.Build()))
		pack := NewPackWriter()
		pack.Put("analyses", []byte(body))
		if err := s.Done("plan", Key{byte(len(body))}, nil, pack); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Pack("plan"); err != nil || got == nil {
			t.Fatalf("the pack just made: %v, %v", got, err)
		} else if sec, _ := got.Section("analyses"); string(sec) != body {
			t.Errorf("Pack gives %q, want the new %q", sec, body)
		}
		if err := s.Finish(); err != nil {
			t.Fatal(err)
		}
	}
	build("один", func(s *Session) {
		if p, err := s.PrevPack("plan"); p != nil || err != nil {
			t.Errorf("a first build has a previous pack: %v, %v", p, err)
		}
	})
	build("два", func(s *Session) {
		p, err := s.PrevPack("plan")
		if err != nil || p == nil {
			t.Fatalf("no previous pack: %v", err)
		}
		if sec, _ := p.Section("analyses"); string(sec) != "один" {
			t.Errorf("PrevPack gives %q, want the previous build's", sec)
		}
		if p, _ := s.PrevPack("other"); p != nil {
			t.Error("a unit the previous build did not make has a previous pack")
		}
	})
}
