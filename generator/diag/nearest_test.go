package diag

import (
	"reflect"
	"testing"
)

func TestNearest(t *testing.T) {
	keys := []string{"achieved", "comment", "date", "indicator", "value", "title", "term", "executors", "reporter", "name"}
	for _, c := range []struct {
		word string
		want []string
	}{
		{"titel", []string{"title"}}, // two letters swapped: one edit
		{"termin", []string{"term"}}, // a Ukrainian ending
		{"executor", []string{"executors"}},
		{"reportr", []string{"reporter"}},
		{"nmae", []string{"name"}},
		{"note", nil}, // two edits from "date": no wild guess
		{"colour", nil},
	} {
		if got := Nearest(c.word, keys, 1); !reflect.DeepEqual(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("Nearest(%q) = %v, want %v", c.word, got, c.want)
		}
	}
	if d := distance("сімʼї", "сімїʼ"); d != 1 {
		t.Errorf("a transposition of Cyrillic letters costs %d, want 1", d)
	}
}
