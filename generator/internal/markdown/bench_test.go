package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// hostileBodies are the shapes goldmark is slowest on, each MaxBody long
// and within the limits (lines under MaxLine, nesting at MaxDepth, tables
// at MaxCells), and the same shapes past the limits, which Check refuses
// without parsing.
func hostileBodies() map[string][]byte {
	fill := func(unit string, line int) []byte {
		l := strings.Repeat(unit, (line-1)/len(unit)) + "\n"
		return []byte(strings.Repeat(l, MaxBody/len(l)))
	}
	deep := strings.Repeat("> - ", MaxDepth/2) + "x\n"
	// Tables up to MaxCells, then text that would be rows of the last.
	table := "|" + strings.Repeat("a|", MaxColumns) + "\n|" + strings.Repeat("-|", MaxColumns) + "\n" +
		strings.Repeat("|\n", MaxCells/MaxColumns-2) + "\n" + strings.Repeat("ab\n\n", (MaxBody-5000)/4)
	var refs strings.Builder
	for i := 0; refs.Len() < MaxBody-10000; i++ {
		fmt.Fprintf(&refs, "[r%d]: /u\n", i)
	}
	refs.WriteString(strings.Repeat(strings.Repeat("[x][r1] ", 100)+"\n", 10))
	return map[string][]byte{
		"brackets":           fill("[", MaxLine),
		"unclosed-links":     fill("[a](", MaxLine),
		"images":             fill("![", MaxLine),
		"emphasis":           fill("*a", MaxLine),
		"nested-at-limit":    []byte(strings.Repeat(deep, MaxBody/len(deep))),
		"tables-at-limit":    []byte(table),
		"reference-defs":     []byte(refs.String()),
		"past-quotes-100k":   []byte(strings.Repeat(">", 100000)),
		"past-table-columns": []byte("|" + strings.Repeat("a|", 5000) + "\n|" + strings.Repeat("-|", 5000) + "\n" + strings.Repeat("|\n", 30000)),
		"past-size":          []byte(strings.Repeat("[", 1<<20)),
	}
}

// BenchmarkCheckHostile measures Check, the one parse of a note body that
// plansite check makes, on hostile bodies.
func BenchmarkCheckHostile(b *testing.B) {
	for name, src := range hostileBodies() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Check(src)
			}
		})
	}
}
