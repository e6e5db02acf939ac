package search

import (
	"strings"
	"testing"
)

// TestShardSelection builds the real corpus into many small shards and
// checks that every stem is found in the shard the manifest points to,
// and that every prefix of every stem fetches all shards holding stems
// with that prefix (and nothing else is needed).
func TestShardSelection(t *testing.T) {
	for _, size := range []int{256, 1 << 10, 4 << 10, 0} {
		idx, err := Build(planDocs(t), Options{ShardBytes: size})
		if err != nil {
			t.Fatal(err)
		}
		r := newReader(t, idx)
		stems := map[string]int{} // stem -> shard
		var all []string
		for i := range r.m.Shards {
			for _, e := range r.shard(i) {
				if len(all) > 0 && !lessUTF16(all[len(all)-1], e.stem) {
					t.Fatalf("stems out of order: %q then %q", all[len(all)-1], e.stem)
				}
				stems[e.stem] = i
				all = append(all, e.stem)
			}
		}
		if size == 256 && len(r.m.Shards) < 20 {
			t.Errorf("ShardBytes 256 gave only %d shards", len(r.m.Shards))
		}
		for s, i := range stems {
			if got := shardFor(r.froms, s); got != i {
				t.Fatalf("shardFor(%q) = %d, stem is in %d", s, got, i)
			}
			rs := []rune(s)
			for n := 1; n <= len(rs); n++ {
				p := string(rs[:n])
				fetch := map[int]bool{}
				for _, k := range r.shardsFor(p, true) {
					fetch[k] = true
				}
				for _, o := range all {
					if strings.HasPrefix(o, p) && !fetch[stems[o]] {
						t.Fatalf("ShardBytes %d: prefix %q misses %q in shard %d (fetches %v)", size, p, o, stems[o], fetch)
					}
				}
			}
		}
	}
}

func TestSeparator(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"абв", "аг", "аг"},
		{"аб", "в", "в"},
		{"а", "аб", "аб"},
		{"патронаж", "патронат", "патронат"},
		{"дит", "ді", "ді"},
	} {
		if !lessUTF16(tc.a, tc.b) {
			// separator requires a < b; skip mis-ordered cases
			tc.a, tc.b = tc.b, tc.a
		}
		got := separator(tc.a, tc.b)
		if !lessUTF16(tc.a, got) || !strings.HasPrefix(tc.b, got) {
			t.Errorf("separator(%q, %q) = %q: not a prefix of b after a", tc.a, tc.b, got)
		}
	}
}

func TestShardCountFollowsCorpus(t *testing.T) {
	docs := planDocs(t)
	small, _ := Build(docs[:10], Options{})
	big, _ := Build(docs, Options{})
	ns, nb := len(newReader(t, small).m.Shards), len(newReader(t, big).m.Shards)
	if ns > nb || nb < 2 {
		t.Errorf("shards: %d for 10 documents, %d for %d", ns, nb, len(docs))
	}
}
