package textdiff

import (
	"strings"
	"testing"
)

// show writes ops as "kept [-struck-] {+put in+}".
func show(ops []Op) string {
	var parts []string
	for _, o := range ops {
		switch o.Kind {
		case Equal:
			parts = append(parts, o.Text)
		case Delete:
			parts = append(parts, "[-"+o.Text+"-]")
		case Insert:
			parts = append(parts, "{+"+o.Text+"+}")
		}
	}
	return strings.Join(parts, " ")
}

func TestWords(t *testing.T) {
	cases := []struct{ old, new, want string }{
		{"", "", ""},
		{"a b c", "a b c", "a b c"},
		{"", "нова дія", "{+нова дія+}"},
		{"стара дія", "", "[-стара дія-]"},
		// The seed amendment's two rewordings.
		{"функціонування консультаційного пункту Сватівського  РЦСССДМ при жіночій консультації",
			"функціонування консультаційного пункту Сватівського  РЦСССДМ при жіночій консультації та в амбулаторіях громад",
			"функціонування консультаційного пункту Сватівського РЦСССДМ при жіночій консультації {+та в амбулаторіях громад+}"},
		{"формування міждисциплінарних команд раннього втручання  реабілітації дітей з інвалідністю",
			"формування міждисциплінарних команд раннього втручання та реабілітації дітей з інвалідністю в кожній громаді",
			"формування міждисциплінарних команд раннього втручання {+та+} реабілітації дітей з інвалідністю {+в кожній громаді+}"},
		// A replaced word: struck out first, then put in.
		{"2019-2026 роки постійно", "2019-2026 роки", "2019-2026 роки [-постійно-]"},
		{"щороку до 10 січня", "щороку до 15 січня", "щороку до [-10-] {+15+} січня"},
		{"a b c d", "a x c y", "a [-b-] {+x+} c [-d-] {+y+}"},
		// Apostrophes are part of the word as written.
		{"сім'ї", "сімʼї", "[-сім'ї-] {+сімʼї+}"},
		// Whitespace is no change.
		{"a\n\nb", "a b", "a b"},
	}
	for _, c := range cases {
		if got := show(Words(c.old, c.new)); got != c.want {
			t.Errorf("Words(%q, %q)\n got %s\nwant %s", c.old, c.new, got, c.want)
		}
	}
}

// TestWordsRebuild checks the edit's promise on texts made to differ in
// many ways: the kept and deleted words are the old text, the kept and
// inserted the new, and the kept words are as many as can be.
func TestWordsRebuild(t *testing.T) {
	words := strings.Fields("а б в г ґ д е є ж з и і ї й к л")
	for seed := 1; seed < 200; seed++ {
		var a, b []string
		x := uint32(seed)
		for range 12 {
			x = x*1664525 + 1013904223
			a = append(a, words[x>>28])
			x = x*1664525 + 1013904223
			b = append(b, words[x>>28])
		}
		ops := Words(strings.Join(a, " "), strings.Join(b, " "))
		var old, new []string
		kept := 0
		for i, o := range ops {
			if i > 0 && ops[i-1].Kind == o.Kind {
				t.Fatalf("two runs of one kind in a row: %v", ops)
			}
			if o.Kind != Insert {
				old = append(old, o.Text)
			}
			if o.Kind != Delete {
				new = append(new, o.Text)
			}
			if o.Kind == Equal {
				kept += len(strings.Fields(o.Text))
			}
		}
		if strings.Join(old, " ") != strings.Join(a, " ") || strings.Join(new, " ") != strings.Join(b, " ") {
			t.Fatalf("%v → %v: the ops %v do not rebuild the texts", a, b, ops)
		}
		if want := lcsLen(a, b); kept != want {
			t.Fatalf("%v → %v: %d words kept, the longest common subsequence has %d", a, b, kept, want)
		}
	}
}

// lcsLen is the textbook recursion, memoised.
func lcsLen(a, b []string) int {
	memo := map[[2]int]int{}
	var f func(i, j int) int
	f = func(i, j int) int {
		if i == len(a) || j == len(b) {
			return 0
		}
		if v, ok := memo[[2]int{i, j}]; ok {
			return v
		}
		v := max(f(i+1, j), f(i, j+1))
		if a[i] == b[j] {
			v = max(v, 1+f(i+1, j+1))
		}
		memo[[2]int{i, j}] = v
		return v
	}
	return f(0, 0)
}

func TestWordsTooLong(t *testing.T) {
	a := strings.Repeat("x ", 2000) + "a"
	b := strings.Repeat("y ", 2000) + "a"
	ops := Words(a, b)
	if len(ops) != 3 || ops[0].Kind != Delete || ops[1].Kind != Insert || ops[2].Text != "a" {
		t.Errorf("a text beyond the table's bound: %d ops, want struck out whole, put in whole, the last word kept", len(ops))
	}
}

func TestChanged(t *testing.T) {
	if Changed("a  b", "a\nb") || !Changed("a b", "a c") {
		t.Error("Changed compares words")
	}
}

func BenchmarkWords(b *testing.B) {
	old := strings.Repeat("забезпечення патронажного сестринського спостереження за новонародженими ", 8)
	new := strings.Repeat("забезпечення патронажного спостереження за дітьми раннього віку ", 8)
	for b.Loop() {
		Words(old, new)
	}
}
