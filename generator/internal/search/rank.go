package search

import "math"

// Ranking is BM25F computed at build time. The corpus is static, so the
// whole score of a stem in a document (idf, saturation, field weights,
// length normalisation, document boost) is known when the index is built;
// a posting carries it as one small integer ("impact", 1–255) and the
// client only adds impacts up, plus an exact-form bonus and a discount
// for prefix expansions, both weighted by numbers in the manifest.

// Weights are the ranking parameters; they are written to the manifest.
type Weights struct {
	Title  float64 `json:"title"`  // BM25F weight of the title field
	Body   float64 `json:"body"`   // BM25F weight of the body field
	Facets float64 `json:"facets"` // BM25F weight of the facet values
	K1     float64 `json:"k1"`     // BM25 term-frequency saturation
	B      float64 `json:"b"`      // BM25 length normalisation
	Exact  float64 `json:"exact"`  // client: bonus share when the unstemmed word matches
	Prefix float64 `json:"prefix"` // client: factor for stems reached by prefix expansion
}

// DefaultWeights are used for zero fields of Options.Weights.
var DefaultWeights = Weights{Title: 3, Body: 1, Facets: 0.5, K1: 1.2, B: 0.75, Exact: 0.3, Prefix: 0.7}

func (w Weights) field(f int) float64 {
	return [numFields]float64{w.Title, w.Body, w.Facets}[f]
}

// maxImpact is the largest quantised impact; impacts fit in one byte.
const maxImpact = 255

// scorer computes BM25F scores from the corpus statistics.
type scorer struct {
	w      Weights
	n      int
	avgLen [numFields]float64
}

func newScorer(n int, sumLen [numFields]int, w Weights) scorer {
	s := scorer{w: w, n: n}
	for f := range numFields {
		if n > 0 {
			s.avgLen[f] = float64(sumLen[f]) / float64(n)
		}
	}
	return s
}

// score returns the BM25F score of a stem with the field frequencies tf
// and document frequency df in the document d.
func (s *scorer) score(tf [numFields]int, df int, d *docStats) float64 {
	var sat float64
	for f := range numFields {
		if tf[f] == 0 || s.avgLen[f] == 0 {
			continue
		}
		norm := 1 - s.w.B + s.w.B*float64(d.length[f])/s.avgLen[f]
		sat += s.w.field(f) * float64(tf[f]) / norm
	}
	idf := math.Log(1 + (float64(s.n)-float64(df)+0.5)/(float64(df)+0.5))
	return d.boost * idf * sat * (s.w.K1 + 1) / (sat + s.w.K1)
}

// quantize maps a score to 1..maxImpact relative to the largest score.
func quantize(score, max float64) int {
	if max <= 0 {
		return 1
	}
	q := int(math.Round(score / max * maxImpact))
	return min(max1(q), maxImpact)
}

func max1(q int) int {
	if q < 1 {
		return 1
	}
	return q
}
