package search

import (
	"slices"
	"strings"
	"testing"
)

func TestCodeSegment(t *testing.T) {
	for _, tc := range []struct {
		tok, key string
		like     bool
	}{
		{"ii", "II", true}, {"іі", "II", true}, {"іу", "IV", true}, {"уі", "VI", true}, {"iv", "IV", true},
		{"м", "M", true}, {"m", "M", true}, {"с", "C", true}, {"о", "o", true}, {"o", "o", true},
		{"007", "7", true}, {"0", "0", true}, {"2019", "2019", true},
		{"iiii", "iiii", false}, {"svatove", "svatove", false}, {"медичні", "meдичhi", false},
	} {
		key, like := codeSegment(tc.tok)
		if key != tc.key || like != tc.like {
			t.Errorf("codeSegment(%q) = %q, %v; want %q, %v", tc.tok, key, like, tc.key, tc.like)
		}
	}
}

func TestCodeTerms(t *testing.T) {
	got := codeTerms([]string{"ІІ.2.1", "svatove-2019/ii/2-1"})
	want := []codeTerm{{"2.1", codeSuffix}, {"II.2.1", codeWhole}, {"svatove.2019.II.2.1", codeWhole}}
	if !slices.Equal(got, want) {
		t.Errorf("codeTerms = %v\nwant %v", got, want)
	}
	// Only codes of code-like segments have tails: no "medychni.3".
	got = codeTerms([]string{"II.М.3", "dubno-2021/ii/medychni-3"})
	want = []codeTerm{{"II.M.3", codeWhole}, {"M.3", codeSuffix}, {"dubno.2021.II.medychni.3", codeWhole}}
	if !slices.Equal(got, want) {
		t.Errorf("codeTerms = %v\nwant %v", got, want)
	}
}

// TestCodesRankFirst: a citation code in any script and spacing, or a full
// id, finds its document first, ahead of word matches.
func TestCodesRankFirst(t *testing.T) {
	idx, err := Build(planDocs(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(t, idx)
	for _, tc := range []struct {
		query string
		first []string // the first results, in order
		only  bool     // and nothing else
	}{
		{"II.2.1", []string{"svatove-2019/ii/2-1"}, true},
		{"ІІ.2.1", []string{"svatove-2019/ii/2-1"}, true}, // Cyrillic І, as the plans write it
		{"ii 2 1", []string{"svatove-2019/ii/2-1"}, true},
		{"ІІ. 2. 1.", []string{"svatove-2019/ii/2-1"}, true},
		{"2.2.1", []string{"svatove-2019/ii/2-1"}, true}, // the section as a number
		{"svatove-2019/ii/2-1", []string{"svatove-2019/ii/2-1"}, true},
		{"svatove-2019/ii/2-1/", []string{"svatove-2019/ii/2-1"}, true},
		{"II.M.3", []string{"dubno-2021/ii/med-3"}, true}, // Latin M for Cyrillic М
		{"ІІ.М.3", []string{"dubno-2021/ii/med-3"}, true},
		{"ii.o.3", []string{"dubno-2021/ii/osv-3"}, true},
		{"IV.2", []string{"svatove-2019/iv/2", "dubno-2021/iv/2"}, true}, // Svatove writes ІУ, Dubno IV
		{"ІУ.2", []string{"svatove-2019/iv/2", "dubno-2021/iv/2"}, true},
		{"ІІІ", []string{"svatove-2019/iii", "dubno-2021/iii"}, true},
		{"dubno-2021", []string{"dubno-2021"}, true},
		{"захід II.2.1", []string{"svatove-2019/ii/2-1"}, false},
		{"II.2.1 патронажного", []string{"svatove-2019/ii/2-1"}, false},
	} {
		t.Run(tc.query, func(t *testing.T) {
			hits, _ := r.search(tc.query)
			ids := hitIDs(hits)
			if !slices.Equal(head(ids, len(tc.first)), tc.first) || tc.only && len(ids) != len(tc.first) {
				t.Errorf("results %v, want %v first%s", head(ids, 8), tc.first, map[bool]string{true: " and only"}[tc.only])
			}
		})
	}

	// "1.1", cited within a section: every measure numbered 1.1 in some
	// section, and those first.
	hits, _ := r.search("1.1")
	ids := hitIDs(hits)
	var tails []string
	for _, d := range planDocs(t) {
		if d.Kind == "measure" && strings.HasSuffix(d.ID, "/1-1") {
			tails = append(tails, d.ID)
		}
	}
	if len(tails) < 2 {
		t.Fatalf("measures numbered 1.1: %v", tails)
	}
	for i, id := range head(ids, len(tails)) {
		if !slices.Contains(tails, id) {
			t.Errorf("«1.1»: result %d is %s, want one of %v first", i, id, tails)
		}
	}

	// "II.2" is typed on the way to "II.2.1": the measures of task II.2.
	hits, _ = r.search("II.2")
	for i, id := range head(hitIDs(hits), 3) {
		if !strings.HasPrefix(id, "svatove-2019/ii/2-") {
			t.Errorf("«II.2»: result %d is %s", i, id)
		}
	}

	// Words that are no code are searched as before.
	for _, q := range []string{"2019", "реабілітації дітей", "сімʼї"} {
		plain, _ := Build(withoutCodes(planDocs(t)), Options{})
		want, _ := newReader(t, plain).search(q)
		got, _ := r.search(q)
		if !slices.Equal(hitIDs(got), hitIDs(want)) {
			t.Errorf("«%s»: %v, without codes %v", q, head(hitIDs(got), 8), head(hitIDs(want), 8))
		}
	}
}

func withoutCodes(docs []Document) []Document {
	out := slices.Clone(docs)
	for i := range out {
		out[i].Codes = nil
	}
	return out
}
