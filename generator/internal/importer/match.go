package importer

import (
	"sort"
	"strings"
)

// Thresholds of word similarity above which an item of the amended table
// is taken for an item of the plan as it stood: lower when it also stands
// in the same place (the same task or group and the same number), since
// an amendment may reword a measure much and still mean it.
const (
	sameSlotSimilarity  = 0.3
	movedItemSimilarity = 0.5
	sameSlotBonus       = 0.3
)

// item is a measure, task or group as the matching sees it.
type item struct {
	// slot is where it stands: its container's key and its number, "" when
	// it has none.
	container, number string
	flat              string   // the text, white space collapsed
	words             []string // the text's words
}

func newItem(container, number, text string) item {
	return item{container: container, number: number, flat: strings.Join(strings.Fields(text), " "), words: textWords(text)}
}

func (a item) sameSlot(b item) bool {
	return a.container == b.container && a.number != "" && a.number == b.number
}

// pairing is the outcome of matching: for each new item the index of the
// old item it continues, or -1 when it is new, and how alike their texts
// are.
type pairing struct {
	old        []int
	similarity []float64
}

// pairUp matches new items to old ones: first those whose text is the
// same (preferring the same slot), then, most alike first, those alike
// enough (sameSlotSimilarity in the same slot, movedItemSimilarity
// elsewhere). Each old item continues at most one new item. The result
// depends only on the order of the items, never on map order.
func pairUp(old, new []item) pairing {
	p := pairing{old: make([]int, len(new)), similarity: make([]float64, len(new))}
	taken := make([]bool, len(old))
	for i := range new {
		p.old[i] = -1
	}
	// Same text: the same slot first, then anywhere.
	for _, slotOnly := range []bool{true, false} {
		for i, n := range new {
			if p.old[i] >= 0 {
				continue
			}
			for j, o := range old {
				if !taken[j] && o.flat == n.flat && (!slotOnly || o.sameSlot(n)) {
					p.old[i], p.similarity[i], taken[j] = j, 1, true
					break
				}
			}
		}
	}
	type candidate struct {
		i, j  int
		sim   float64
		score float64
	}
	var cands []candidate
	for i, n := range new {
		if p.old[i] >= 0 {
			continue
		}
		for j, o := range old {
			if taken[j] {
				continue
			}
			sim := similarity(o.words, n.words)
			score := sim
			switch {
			case o.sameSlot(n) && sim >= sameSlotSimilarity:
				// A place kept counts, but not above a much closer text
				// elsewhere: measures move up when one before them goes.
				score += sameSlotBonus
			case sim >= movedItemSimilarity:
				if o.container == n.container {
					score += 0.05
				}
			default:
				continue
			}
			cands = append(cands, candidate{i, j, sim, score})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].score != cands[b].score {
			return cands[a].score > cands[b].score
		}
		if cands[a].i != cands[b].i {
			return cands[a].i < cands[b].i
		}
		return cands[a].j < cands[b].j
	})
	for _, c := range cands {
		if p.old[c.i] < 0 && !taken[c.j] {
			p.old[c.i], p.similarity[c.i], taken[c.j] = c.j, c.sim, true
		}
	}
	return p
}
