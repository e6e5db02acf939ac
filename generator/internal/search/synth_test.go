package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// synthDocs returns a large corpus made from the two real plans: plans
// clones of them (alternating), each with its own ids, URLs and plan label,
// and notesPerMeasure progress notes per measure whose bodies are sentences
// of words drawn from the plans (seeded, so the corpus is the same on every
// run). It stands in for generator/corpus where the search package must not
// depend on the generator: tests of the builder's output and benchmarks of
// its memory.
func synthDocs(t testing.TB, plans, notesPerMeasure int) []Document {
	var docs []Document
	synthEach(t, plans, notesPerMeasure, func(d Document) { docs = append(docs, d) })
	return docs
}

// synthEach calls yield with each document of synthDocs in turn, holding
// no more than one plan's documents, so that a benchmark can measure what
// the index build holds rather than what the corpus does.
func synthEach(t testing.TB, plans, notesPerMeasure int, yield func(Document)) {
	seeds := map[string][]Document{}
	var vocab []string
	for _, p := range planSpecs {
		ds := splitPlan(p, string(fixture.ReadSeed(t, p.slug)))
		seeds[p.slug] = ds
		for _, d := range ds {
			vocab = append(vocab, strings.Fields(d.Body)...)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for c := range plans {
		spec := planSpecs[c%len(planSpecs)]
		id := fmt.Sprintf("%s-c%03d", spec.slug, c+1)
		label := fmt.Sprintf("%s, громада %d", spec.name, c+1)
		var notes []Document
		for _, d := range seeds[spec.slug] {
			d.ID = id + strings.TrimPrefix(d.ID, spec.slug)
			d.Codes = append(slices.Clone(d.Codes[:len(d.Codes)-1]), d.ID)
			d.URL = "/" + id + strings.TrimPrefix(d.URL, "/"+spec.slug)
			d.Facets = cloneFacets(d.Facets)
			d.Facets["plan"] = []string{label}
			d.Meta = cloneMeta(d.Meta)
			d.Meta["plan"] = label
			if d.Kind == "plan" {
				d.Title = label
			}
			yield(d)
			if d.Kind != "measure" {
				continue
			}
			for n := range notesPerMeasure {
				year := 2019 + rng.IntN(7)
				var body strings.Builder
				for range 2 + rng.IntN(4) {
					for w := range 8 + rng.IntN(12) {
						if w > 0 {
							body.WriteByte(' ')
						}
						body.WriteString(vocab[rng.IntN(len(vocab))])
					}
					body.WriteString(". ")
				}
				notes = append(notes, Document{
					ID: id + "/notes/" + strconv.Itoa(len(notes)+1), URL: "/" + id + "/notes/" + strconv.Itoa(len(notes)+1) + "/",
					Kind: "note", Title: fmt.Sprintf("%s: звіт %d за %d рік", d.Meta["id"], n+1, year),
					Body: body.String(), Boost: 0.6,
					Facets: map[string][]string{"plan": {label}, "status": {[]string{"виконується", "виконано", "не розпочато"}[rng.IntN(3)]},
						"year": {strconv.Itoa(year)}},
					Meta: map[string]string{"plan": label, "id": d.Meta["id"]},
				})
			}
		}
		for _, n := range notes {
			yield(n)
		}
	}
}
