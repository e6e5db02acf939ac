package search

import (
	"bytes"
	"errors"
	"maps"
	"strings"
	"testing"
)

// otherLanguage is docs as another interface language shows them: other
// addresses and facet labels, the same texts (the plan's name, a searched
// facet, stays).
func otherLanguage(docs []Document) []Document {
	out := make([]Document, len(docs))
	for i, d := range docs {
		d.URL = "/en" + d.URL
		d.Facets = cloneFacets(d.Facets)
		for name, vs := range d.Facets {
			if name != "plan" {
				for j := range vs {
					vs[j] = "en: " + vs[j]
				}
			}
		}
		out[i] = d
	}
	return out
}

// followerPair adds docs to a leader and other to its follower,
// interleaved, through the analyses' binary form or not.
func followerPair(t *testing.T, docs, other []Document, opt Options, binary bool) (leader, follower *Builder, files [2]map[string][]byte) {
	t.Helper()
	for i := range files {
		files[i] = map[string][]byte{}
	}
	lopt, fopt := opt, opt
	lopt.Emit = func(name string, b []byte) error { files[0][name] = b; return nil }
	fopt.Emit = func(name string, b []byte) error { files[1][name] = b; return nil }
	leader = NewBuilder(lopt)
	follower, err := NewFollower(leader, fopt)
	if err != nil {
		t.Fatal(err)
	}
	add := func(b *Builder, d Document) {
		a, err := Analyze(d, opt)
		if err != nil {
			t.Fatal(err)
		}
		if binary {
			data, _ := a.MarshalBinary()
			err = b.AddBinary(data)
		} else {
			err = b.Add(a)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := range docs {
		add(follower, other[i])
		add(leader, docs[i])
	}
	return leader, follower, files
}

// TestFollower: a leader and its follower write the files two builders of
// their own would, except that the follower writes no term shards: its
// manifest names the leader's, which are the same.
func TestFollower(t *testing.T) {
	docs := synthDocs(t, 3, 1)
	other := otherLanguage(docs)
	opt := Options{SnippetRunes: 320, ShardBytes: 4 << 10, ChunkBytes: 3 << 10}
	want := [2]*Index{}
	for i, ds := range [][]Document{docs, other} {
		var err error
		if want[i], err = Build(ds, opt); err != nil {
			t.Fatal(err)
		}
	}
	for _, binary := range []bool{false, true} {
		leader, follower, got := followerPair(t, docs, other, opt, binary)
		if _, err := leader.Finish(); err != nil {
			t.Fatal(err)
		}
		if _, err := follower.Finish(); err != nil {
			t.Fatal(err)
		}
		if !maps.EqualFunc(got[0], want[0].Files, bytes.Equal) {
			t.Errorf("binary %v: the leader's files differ from Build's", binary)
		}
		var shards []string
		for name, data := range want[1].Files {
			if strings.HasPrefix(name, "t") {
				shards = append(shards, name)
				if !bytes.Equal(got[0][name], data) {
					t.Errorf("binary %v: term shard %s is not the leader's", binary, name)
				}
			} else if !bytes.Equal(got[1][name], data) {
				t.Errorf("binary %v: the follower's %s differs from Build's", binary, name)
			}
		}
		if len(shards) < 2 || len(got[1]) != len(want[1].Files)-len(shards) {
			t.Errorf("binary %v: the follower wrote %d files; Build %d, %d of them shards", binary, len(got[1]), len(want[1].Files), len(shards))
		}
		if !bytes.Equal(got[1][ManifestFile], want[1].Files[ManifestFile]) {
			t.Errorf("binary %v: manifests differ:\n%s\n%s", binary, got[1][ManifestFile], want[1].Files[ManifestFile])
		}
	}
}

func TestFollowerErrors(t *testing.T) {
	docs := synthDocs(t, 1, 1)
	opt := Options{ShardBytes: 4 << 10}
	changed := otherLanguage(docs)
	changed[3].Body += " зовсім інший текст"
	reordered := otherLanguage(docs)
	reordered[1], reordered[2] = reordered[2], reordered[1]
	for name, other := range map[string][]Document{"changed text": changed, "other order": reordered} {
		leader, follower, _ := followerPair(t, docs, other, opt, true)
		if _, err := leader.Finish(); err != nil {
			t.Fatal(err)
		}
		if _, err := follower.Finish(); !errors.Is(err, ErrNotSameTexts) {
			t.Errorf("%s: Finish = %v, want ErrNotSameTexts", name, err)
		}
	}
	short := otherLanguage(docs[:len(docs)-1])
	leader, follower, _ := followerPair(t, docs[:len(docs)-1], short, opt, false)
	a, _ := Analyze(docs[len(docs)-1], opt)
	leader.Add(a) // one document more than the follower has
	leader.Finish()
	if _, err := follower.Finish(); !errors.Is(err, ErrNotSameTexts) {
		t.Errorf("fewer documents: Finish = %v, want ErrNotSameTexts", err)
	}

	_, follower, _ = followerPair(t, docs, otherLanguage(docs), opt, true)
	if _, err := follower.Finish(); err == nil {
		t.Error("a follower finished before its leader")
	}
	leader = NewBuilder(opt)
	leader.Add(a)
	if _, err := NewFollower(leader, opt); err == nil {
		t.Error("a follower was made after its leader's first document")
	}
	if _, err := NewFollower(NewBuilder(opt), Options{ShardBytes: 8 << 10}); err == nil {
		t.Error("a follower with another shard size was made")
	}
	l := NewBuilder(opt)
	f, _ := NewFollower(l, opt)
	if _, err := NewFollower(f, opt); err == nil {
		t.Error("a follower was made to lead")
	}
}
