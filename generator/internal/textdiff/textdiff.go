// Package textdiff compares two wordings of a text word by word, as the
// pages of a plan's amendments show them: the words kept, the words the
// amendment struck out and the words it put in.
//
// Words are what strings.Fields finds; they are compared exactly, so a
// changed apostrophe or a corrected typo is a change (the official text is
// quoted as adopted). The edit is a longest common subsequence of words,
// which for the texts of a plan (a few dozen words) is small work.
package textdiff

import "strings"

// Kind is what an Op does.
type Kind int

// The kinds of Op.
const (
	// Equal words are in both texts.
	Equal Kind = iota
	// Delete words are in the old text only.
	Delete
	// Insert words are in the new text only.
	Insert
)

// Op is a run of words, one space between them, that the edit keeps,
// deletes or inserts.
type Op struct {
	Kind Kind
	Text string
}

// maxCells bounds the table of the longest common subsequence, and so
// the time and memory of one diff (256 KiB, a fraction of a millisecond):
// texts so long that it would be larger (about 250 words each) are shown
// as replaced whole, which is true, if less helpful. A measure's text, a
// few dozen words, is far below it; a hostile plan.toml of long texts
// changed many times costs no more than its size.
const maxCells = 1 << 16

// Words returns the edit that turns old into new, in order: each run of
// deleted words before the run of words inserted in its place. Joining
// the Equal and Insert texts with spaces gives new's words, the Equal and
// Delete texts old's.
func Words(old, new string) []Op {
	a, b := strings.Fields(old), strings.Fields(new)
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []Op
	ops = appendRun(ops, Equal, a[:pre])
	ops = appendMiddle(ops, a[pre:len(a)-suf], b[pre:len(b)-suf])
	return appendRun(ops, Equal, a[len(a)-suf:])
}

// Changed reports whether old and new differ in their words.
func Changed(old, new string) bool {
	return strings.Join(strings.Fields(old), " ") != strings.Join(strings.Fields(new), " ")
}

// appendMiddle adds the edit of a into b, which share neither their first
// nor their last word.
func appendMiddle(ops []Op, a, b []string) []Op {
	if len(a) == 0 || len(b) == 0 || (len(a)+1)*(len(b)+1) > maxCells {
		ops = appendRun(ops, Delete, a)
		return appendRun(ops, Insert, b)
	}
	// Words become numbers, so that the table compares integers.
	ids := map[string]int32{}
	num := func(ws []string) []int32 {
		out := make([]int32, len(ws))
		for i, w := range ws {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
			}
			out[i] = id
		}
		return out
	}
	na, nb := num(a), num(b)
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:], in one slice.
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			switch {
			case na[i] == nb[j]:
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
				lcs[i*w+j] = lcs[(i+1)*w+j]
			default:
				lcs[i*w+j] = lcs[i*w+j+1]
			}
		}
	}
	// Walk forward, gathering the deletions and insertions between two
	// kept words, so that each change reads "struck out, then put in".
	var del, ins []string
	flush := func() {
		ops = appendRun(ops, Delete, del)
		ops = appendRun(ops, Insert, ins)
		del, ins = del[:0], ins[:0]
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case na[i] == nb[j]:
			flush()
			ops = appendRun(ops, Equal, a[i:i+1])
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			del = append(del, a[i])
			i++
		default:
			ins = append(ins, b[j])
			j++
		}
	}
	del = append(del, a[i:]...)
	ins = append(ins, b[j:]...)
	flush()
	return ops
}

// appendRun adds words as a run of kind k, joining it to the last run
// when that is of the same kind.
func appendRun(ops []Op, k Kind, words []string) []Op {
	if len(words) == 0 {
		return ops
	}
	text := strings.Join(words, " ")
	if n := len(ops); n > 0 && ops[n-1].Kind == k {
		ops[n-1].Text += " " + text
		return ops
	}
	return append(ops, Op{Kind: k, Text: text})
}
