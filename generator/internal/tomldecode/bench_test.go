package tomldecode

import (
	"strconv"
	"strings"
	"testing"
)

// hostile returns the pathological shapes of TOML position indexing, each
// about n bytes: what a careless paste or an attacker can commit.
func hostile(n int) map[string]string {
	flat := "a = [" + strings.Repeat("1,", n/2) + "]\n"
	nested := "a = " + strings.Repeat("[", n/2) + strings.Repeat("]", n/2) + "\n"
	inline := "a = " + strings.Repeat("{b=", n/4) + "1" + strings.Repeat("}", n/4) + "\n"
	var keys strings.Builder
	for i := 0; keys.Len() < n; i++ {
		keys.WriteString("k" + strconv.Itoa(i) + " = \"значення\"\n")
	}
	var tables strings.Builder
	for tables.Len() < n {
		tables.WriteString("[[section]]\nid = \"i\"\n[[section.measure]]\nid = \"1\"\nexecutors = [\"a\", \"b\"]\n")
	}
	return map[string]string{
		"flat-line":     flat,
		"nested-arrays": nested,
		"nested-inline": inline,
		"dotted-key":    strings.Repeat("a.", n/2) + "b = 1\n",
		"many-keys":     keys.String(),
		"many-tables":   tables.String(),
	}
}

// BenchmarkParse measures position indexing alone, on hostile shapes of
// 16 KiB and 64 KiB: the time per byte must not grow with the size.
func BenchmarkParse(b *testing.B) {
	for _, n := range []int{16 << 10, 64 << 10} {
		for name, src := range hostile(n) {
			b.Run(name+"/"+strconv.Itoa(n>>10)+"KiB", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					Parse(src)
				}
			})
		}
	}
}
