package search

import (
	"slices"
	"strings"
	"testing"
)

func TestRankingOnPlans(t *testing.T) {
	idx, err := Build(planDocs(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(t, idx)
	for _, tc := range []struct {
		query string
		top   []string // must all be within the first len(top)+slack results
		slack int
		want  []string // must be among the results
		not   []string // must not be among the results
	}{
		{query: "патронатного ", top: []string{"svatove-2019/iii/1-3", "dubno-2021/iii/4"}, not: []string{"svatove-2019/ii/2-1"}},
		{query: "патронат", top: []string{"svatove-2019/iii/1-3", "dubno-2021/iii/4"}},
		{query: "сімʼї", want: []string{"dubno-2021/i/1", "svatove-2019/ii/2-1", "dubno-2021/ii/med-4"}},
		{query: "реабілітації дітей", top: []string{"svatove-2019/ii/3-1", "dubno-2021/ii/med-9", "svatove-2019/ii/2-5"}, slack: 4,
			not: []string{"svatove-2019/iii/1-3"}},
		{query: "РЦСССДМ", want: []string{"svatove-2019/ii/2-3", "svatove-2019/iii/1-2", "svatove-2019/iii/1-3"}},
		{query: "інклюзивн", top: []string{"svatove-2019/ii/1-1", "dubno-2021/ii/osv-6", "dubno-2021/ii/osv-7", "svatove-2019/iv/3"}, slack: 2},
		{query: "патронажного", top: []string{"svatove-2019/ii/2-1", "dubno-2021/ii/med-3"}, not: []string{"svatove-2019/iii/1-3"}},
		{query: "ДБСТ", top: []string{"svatove-2019/iii/1-2"}},
		{query: "реалібітаційних", top: []string{"dubno-2021/ii/med-6"}}, // the typo is searchable as written
		{query: "наставництва дубно", top: []string{"dubno-2021/ii/soc-6"}, not: []string{"svatove-2019/iii/1-4"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			hits, _ := r.search(tc.query)
			ids := hitIDs(hits)
			for _, id := range tc.top {
				i := slices.Index(ids, id)
				if i < 0 || i >= len(tc.top)+tc.slack {
					t.Errorf("%s at %d, want in the first %d of %v", id, i, len(tc.top)+tc.slack, head(ids, 8))
				}
			}
			for _, id := range tc.want {
				if !slices.Contains(ids, id) {
					t.Errorf("%s not found among %d results", id, len(ids))
				}
			}
			for _, id := range tc.not {
				if slices.Contains(ids, id) {
					t.Errorf("%s found, should not match", id)
				}
			}
		})
	}
}

func head(ids []string, n int) []string { return ids[:min(n, len(ids))] }

// TestApostrophesAgree: every apostrophe form and case finds the same documents.
func TestApostrophesAgree(t *testing.T) {
	idx, err := Build(planDocs(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(t, idx)
	base, _ := r.search("сім'ї")
	plans := map[string]bool{}
	for _, h := range base {
		plans[strings.SplitN(h.ID, "/", 2)[0]] = true
	}
	if len(plans) != 2 {
		t.Errorf("сім'ї found in %v, want both plans", plans)
	}
	for _, q := range []string{"сімʼї", "сім’ї", "СІМ‘Ї", "сім`ї", "сім′ї", "сім'ї "} {
		got, _ := r.search(q)
		if !slices.Equal(hitIDs(got), hitIDs(base)) {
			t.Errorf("%q: %d results, want the %d of сім'ї", q, len(got), len(base))
		}
	}
}

func TestRankingSignals(t *testing.T) {
	filler := " служба центр громада заклад послуга район область розвиток"
	for _, tc := range []struct {
		name  string
		docs  []Document
		query string
		first string
	}{
		{"title beats body", []Document{
			{ID: "body", URL: "/b/", Title: "Інший захід", Body: "патронат" + filler},
			{ID: "title", URL: "/t/", Title: "Патронат", Body: "інший" + filler},
		}, "патронат ", "title"},
		{"exact form beats another form", []Document{
			{ID: "other", URL: "/o/", Title: "x", Body: "патронату" + filler},
			{ID: "exact", URL: "/e/", Title: "x", Body: "патронатних" + filler},
		}, "патронатних ", "exact"},
		{"boost", []Document{
			{ID: "plain", URL: "/p/", Title: "x", Body: "патронат" + filler, Boost: 1},
			{ID: "boosted", URL: "/b/", Title: "x", Body: "патронат" + filler, Boost: 2},
		}, "патронат ", "boosted"},
		{"all words beat one repeated word", []Document{
			{ID: "one", URL: "/1/", Title: "реабілітація реабілітація", Body: "реабілітація реабілітації" + filler},
			{ID: "both", URL: "/2/", Title: "x", Body: "реабілітація дітей" + filler},
		}, "реабілітація дітей ", "both"},
		{"stem beats prefix expansion", []Document{
			{ID: "longer", URL: "/l/", Title: "x", Body: "патронатний" + filler},
			{ID: "stem", URL: "/s/", Title: "x", Body: "патрон" + filler},
		}, "патрон", "stem"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			idx, err := Build(tc.docs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			hits, _ := newReader(t, idx).search(tc.query)
			if len(hits) == 0 || hits[0].ID != tc.first {
				t.Errorf("results %v, want %s first", hits, tc.first)
			}
		})
	}
}

// TestColdQueryFetches: a one-word query reads one term shard.
func TestColdQueryFetches(t *testing.T) {
	idx, err := Build(planDocs(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"патронатного ", "РЦСССДМ ", "інклюзивн"} {
		r := newReader(t, idx)
		n := len(r.shardsFor(Stem(Tokenize(q)[0]), !strings.HasSuffix(q, " ")))
		if n != 1 {
			t.Errorf("%q fetches %d shards", q, n)
		}
	}
}
