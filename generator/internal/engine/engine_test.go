package engine

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestHasherParts(t *testing.T) {
	a := NewHasher("k").String("ab").String("c").Done()
	b := NewHasher("k").String("a").String("bc").Done()
	c := NewHasher("other").String("ab").String("c").Done()
	if a == b || a == c || a.IsZero() {
		t.Errorf("keys collide: %v %v %v", a, b, c)
	}
	if a != NewHasher("k").String("ab").String("c").Done() {
		t.Error("the same parts give different keys")
	}
	if NewHasher("k").Strings("a", "b").Done() == NewHasher("k").Strings("a").Strings("b").Done() {
		t.Error("Strings must count its parts")
	}
}

func TestStamper(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string, mod time.Time) {
		p := filepath.Join(root, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-time.Hour)
	write("a.md", "one", old)
	s := NewStamper(root, nil, time.Time{})
	first, err := s.Stamp("a.md", nil)
	if err != nil || first.Sum != SumOf([]byte("one")) {
		t.Fatalf("stamp %+v, %v", first, err)
	}
	// Same size and time, taken long ago: the sum is trusted, not re-read.
	prev := Stamps{"a.md": {Size: first.Size, ModTime: first.ModTime, Sum: 42}}
	s = NewStamper(root, prev, time.Now())
	if st, _ := s.Stamp("a.md", nil); st.Sum != 42 {
		t.Errorf("unchanged file re-read: %+v", st)
	}
	// A file written within the racy window of the previous build is read.
	recent := time.Now()
	write("b.md", "two", recent)
	st, _ := NewStamper(root, nil, time.Time{}).Stamp("b.md", nil)
	prev["b.md"] = Stamp{Size: st.Size, ModTime: st.ModTime, Sum: 42}
	s = NewStamper(root, prev, recent)
	if st, _ := s.Stamp("b.md", nil); st.Sum != SumOf([]byte("two")) {
		t.Errorf("racy file trusted: %+v", st)
	}
	if len(s.Stamps()) != 1 {
		t.Errorf("stamps %v", s.Stamps())
	}
	if _, err := s.Stamp("missing.md", nil); err == nil {
		t.Error("a missing file has no stamp")
	}
}

func TestPackRoundTrip(t *testing.T) {
	w := NewPackWriter()
	w.Put("b", []byte("second"))
	w.Put("a", []byte("first"))
	w.Put("empty", nil)
	name := filepath.Join(t.TempDir(), "x.pack")
	data := w.Bytes()
	if string(data) != string(w.Bytes()) {
		t.Fatal("pack bytes are not deterministic")
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := OpenPack(name)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	for name, want := range map[string]string{"a": "first", "b": "second", "empty": "", "none": ""} {
		got, err := p.Section(name)
		if err != nil || string(got) != want {
			t.Errorf("section %s = %q, %v", name, got, err)
		}
		if p.SectionSize(name) != len(want) {
			t.Errorf("section %s: size %d", name, p.SectionSize(name))
		}
		// Appended to a buffer with room, in place.
		buf := make([]byte, 2, 64)
		copy(buf, "<>")
		got, err = p.AppendSection(buf, name)
		if err != nil || string(got) != "<>"+want || &got[0] != &buf[0] {
			t.Errorf("append section %s = %q, %v", name, got, err)
		}
	}
	os.WriteFile(name, []byte("not a pack"), 0o644)
	if _, err := OpenPack(name); err == nil {
		t.Error("a damaged pack opened")
	}
}

// tree builds: listing returns every file under dir, slash paths to text.
func listing(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	return out
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestTreeFreshAndStaged(t *testing.T) {
	base := t.TempDir()
	out, stateDir := filepath.Join(base, "public"), StateDir(filepath.Join(base, "public"))
	st := NewState()
	tr, err := OpenFresh(out, stateDir)
	if err != nil {
		t.Fatal(err)
	}
	for p, d := range map[string]string{"index.html": "home", "a/index.html": "a", "a/b/index.html": "b", Marker: st.Build} {
		if err := tr.Write(p, []byte(d)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.Write("../escape", nil); err == nil {
		t.Error("a path outside the folder was written")
	}
	if err := tr.Commit(st); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(keys(listing(t, out)), " "); got != ".plansite-build a/b/index.html a/index.html index.html" {
		t.Errorf("fresh build wrote %s", got)
	}
	loaded, err := LoadState(stateDir)
	if err != nil || loaded.Build != st.Build {
		t.Fatalf("state %+v, %v", loaded, err)
	}

	// A staged build changes one file, adds one, removes one; aborted,
	// nothing changes.
	stage := func() *Tree {
		tr, err := OpenStaged(out, stateDir)
		if err != nil {
			t.Fatal(err)
		}
		tr.Write("index.html", []byte("home 2"))
		tr.Write("c/index.html", []byte("c"))
		tr.Remove("a/b/index.html")
		return tr
	}
	before := listing(t, out)
	stage().Abort()
	if after := listing(t, out); len(after) != len(before) || after["index.html"] != "home" {
		t.Errorf("an aborted build changed the folder: %v", after)
	}
	if err := stage().Commit(st); err != nil {
		t.Fatal(err)
	}
	got := listing(t, out)
	if got["index.html"] != "home 2" || got["c/index.html"] != "c" || got["a/index.html"] != "a" {
		t.Errorf("staged build: %v", got)
	}
	if _, err := os.Stat(filepath.Join(out, "a", "b")); !errors.Is(err, os.ErrNotExist) {
		t.Error("the emptied folder a/b was left behind")
	}
}

// TestRecover kills a staged commit right after its journal is written:
// the next build finishes the moves before doing anything else.
func TestRecover(t *testing.T) {
	base := t.TempDir()
	out, stateDir := filepath.Join(base, "public"), filepath.Join(base, ".public.plansite")
	st := NewState()
	tr, _ := OpenFresh(out, stateDir)
	tr.Write("index.html", []byte("v1"))
	tr.Write("gone.html", []byte("x"))
	if err := tr.Commit(st); err != nil {
		t.Fatal(err)
	}
	tr, _ = OpenStaged(out, stateDir)
	tr.Write("index.html", []byte("v2"))
	tr.Remove("gone.html")
	st.Units["u"] = &Unit{}
	data, _ := st.encode()
	newState := filepath.Join(stateDir, stateFile+".new")
	writeFileSync(newState, data)
	j := `{"Moves":[["` + tr.moves[0][0] + `","index.html"]],"Removes":["gone.html"],"State":"` + newState + `"}`
	os.WriteFile(filepath.Join(stateDir, journalFile), []byte(j), 0o644)
	// The "killed" build stops here. The next one recovers on opening.
	if listing(t, out)["index.html"] != "v1" {
		t.Fatal("moved before recovery")
	}
	if _, err := OpenStaged(out, stateDir); err != nil {
		t.Fatal(err)
	}
	got := listing(t, out)
	if got["index.html"] != "v2" || got["gone.html"] != "" {
		t.Errorf("after recovery: %v", got)
	}
	if loaded, _ := LoadState(stateDir); loaded == nil || loaded.Units["u"] == nil {
		t.Error("the journal's state was not put in place")
	}
	if _, err := os.Stat(filepath.Join(stateDir, journalFile)); !errors.Is(err, os.ErrNotExist) {
		t.Error("the journal was left")
	}
}

func TestLock(t *testing.T) {
	dir := t.TempDir()
	l, err := Acquire(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(dir)
	var locked *ErrLocked
	if !errors.As(err, &locked) || locked.PID != os.Getpid() {
		t.Fatalf("second lock: %v", err)
	}
	l.Release()
	l2, err := Acquire(dir)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	l2.Release()
}

func TestCheckOut(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"content/plans", "themes/default", "docs", "public", "empty", "old-site/search"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	os.WriteFile(filepath.Join(root, "config.toml"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(root, "docs", "a.md"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(root, "public", Marker), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(root, "public", "index.html"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(root, "old-site", "index.html"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(root, "old-site", "search", "manifest.json"), []byte("{}"), 0o644)
	os.Symlink(filepath.Join(root, "content"), filepath.Join(root, "link-to-content"))
	sources := []string{filepath.Join(root, "content"), filepath.Join(root, "themes")}
	cases := []struct {
		out string
		ok  bool
	}{
		{"public", true}, {"new", true}, {"empty", true}, {"old-site", true}, {"a/b/c", true},
		{".", false}, {"..", false}, {"content", false}, {"content/plans", false}, {"themes/x", false},
		{"docs", false}, {"config.toml", false}, {"link-to-content", false}, {"link-to-content/x", false},
	}
	for _, c := range cases {
		err := CheckOut(filepath.Join(root, c.out), root, sources...)
		if (err == nil) != c.ok {
			t.Errorf("CheckOut(%s) = %v, want ok=%v", c.out, err, c.ok)
		}
		var u *UnsafeOut
		if err != nil && !errors.As(err, &u) {
			t.Errorf("CheckOut(%s): %T %v", c.out, err, err)
		}
	}
}

func TestSumOfReader(t *testing.T) {
	for _, n := range []int{0, 1, 31, 32 << 10, 100001} {
		data := bytes.Repeat([]byte("план "), n)[:n]
		got, err := SumOfReader(bytes.NewReader(data))
		if err != nil || got != SumOf(data) {
			t.Errorf("%d bytes: %x, %v; want %x", n, got, err, SumOf(data))
		}
	}
}

// siteFolders makes a content folder and names an output folder beside it,
// for tests that open sessions.
func siteFolders(t *testing.T) (root, out string) {
	base := t.TempDir()
	root, out = filepath.Join(base, "site"), filepath.Join(base, "public")
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	return root, out
}
