package tomldecode

import (
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// budget fails the fuzz input when it takes longer than a second or
// allocates more than 64 MiB plus 256 bytes for each byte of input: the
// fuzzers' inputs are small, so a blow-up shows as a budget overrun long
// before it would show as a crash.
func budget(t *testing.T, size int, fn func()) {
	t.Helper()
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	before := sample[0].Value.Uint64()
	start := time.Now()
	fn()
	took := time.Since(start)
	metrics.Read(sample)
	allocated := sample[0].Value.Uint64() - before
	if took > time.Second {
		t.Errorf("took %v for %d bytes of input", took, size)
	}
	if limit := uint64(64<<20 + 256*size); allocated > limit {
		t.Errorf("allocated %d MiB for %d bytes of input", allocated>>20, size)
	}
}

// seedShapes adds the pathological shapes: deep, wide and long inputs at
// the limits and past them.
func seedShapes(f *testing.F) {
	for _, s := range []string{
		"a = " + strings.Repeat("[", MaxDepth+5) + strings.Repeat("]", MaxDepth+5) + "\n",
		"a = " + strings.Repeat("[", MaxDepth-2) + "1" + strings.Repeat("]", MaxDepth-2) + "\n",
		"a = " + strings.Repeat("{b=", MaxDepth+5) + "1" + strings.Repeat("}", MaxDepth+5) + "\n",
		strings.Repeat("a.", MaxDepth+5) + "b = 1\n",
		"[" + strings.Repeat("a.", 20) + "b]\n" + strings.Repeat("c.", 20) + "d = 1\n",
		"a = [" + strings.Repeat("1,", 4000) + "]\n",
		"a = [" + strings.Repeat("\"x\",\n", 2000) + "]\n",
		strings.Repeat("[[s]]\nid = 1\n[[s.m]]\nid = 2\n", 500),
		"x = {y = 1, z.w = [1, {q = 2}]}\n\"quoted.key\" = 4\n'lit' = 5\n[t.u]\nv=[[1],[2]]\n",
		"a = \"\"\"\n[[[\n\"\"\"\nb = '''x''''\nc = 1 # [[[\n",
	} {
		f.Add(s)
	}
}

// FuzzParse wants Parse never to panic, to stay within budget, and every
// position it records to be a real place.
func FuzzParse(f *testing.F) {
	f.Add(doc)
	f.Add("a = [\n[1,2],\n{x=1}]\n[[b]]\n[b.c]\nd='''x\n'''")
	seedShapes(f)
	f.Fuzz(func(t *testing.T, s string) {
		var x *Index
		budget(t, len(s), func() { x = Parse(s) })
		for _, e := range x.entries {
			if e.Key.Line < 1 || e.Key.Col < 1 {
				t.Fatalf("bad position %+v", e)
			}
		}
	})
}

// FuzzPositions checks the index against BurntSushi/toml: for every key
// the parser reports (MetaData.Keys, in document order), the index holds a
// position whose marked text is that key as written. A wrong position is
// a failure here, not only a crash.
func FuzzPositions(f *testing.F) {
	f.Add(doc)
	seedShapes(f)
	for _, dir := range []string{"../../testdata/sites/small/content", "../../testdata/broken"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".toml") {
				if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
					f.Add(string(data))
				}
			}
			return nil
		})
	}
	f.Fuzz(func(t *testing.T, s string) {
		var md toml.MetaData
		var err error
		budget(t, len(s), func() {
			var raw map[string]any
			if len(CheckLimits("f.toml", s, 0)) == 0 {
				md, err = toml.Decode(s, &raw)
			} else {
				err = os.ErrInvalid
			}
		})
		if err != nil {
			return
		}
		x := Parse(s)
		used := map[string]int{} // plain path -> entries of Matching used
		for _, k := range md.Keys() {
			plain := strings.Join(k, ".")
			entries := x.Matching(plain)
			i := used[plain]
			for i < len(entries) && !marks(x, entries[i], k[len(k)-1]) {
				i++
			}
			if i == len(entries) {
				t.Fatalf("key %q (occurrence %d) has no position that marks it; index: %+v", plain, used[plain]+1, entries)
			}
			used[plain] = i + 1
		}
	})
}

// marks reports whether the text e's key position marks is key: a bare
// or quoted key (the last part of a dotted one), or a table header naming
// it. A quoted key with escapes, which the text does not show as the key
// reads, counts as marked when its quotes are there.
func marks(x *Index, e Entry, key string) bool {
	line := []rune(x.Line(e.Key.Line))
	if e.Key.Col < 1 || e.Key.Col-1+e.Key.Len > len(line) {
		return false
	}
	text := string(line[e.Key.Col-1 : e.Key.Col-1+e.Key.Len])
	if strings.HasPrefix(text, "[") {
		return strings.Contains(text, key) || strings.ContainsAny(text, `\`)
	}
	// The last part of the marked key: after the last dot outside quotes.
	last, q := 0, rune(0)
	for i, r := range text {
		switch {
		case q == 0 && (r == '"' || r == '\''):
			q = r
		case q != 0 && r == q:
			q = 0
		case q == 0 && r == '.':
			last = i + 1
		}
	}
	part := strings.TrimSpace(text[last:])
	switch {
	case part == key:
		return true
	case strings.HasPrefix(part, "'"):
		return strings.Trim(part, "'") == key
	case strings.HasPrefix(part, `"`):
		if u, err := strconv.Unquote(part); err == nil {
			return u == key
		}
		return strings.Contains(part, `\`)
	}
	return false
}
