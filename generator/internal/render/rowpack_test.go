package render

import (
	"reflect"
	"testing"
)

func TestPackRows(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
	}{
		{"none", nil},
		{"one empty row", [][]string{{}}},
		{"empty cells", [][]string{{"", "", ""}}},
		{"text", [][]string{{"svatove-2019", "II.2.1", "Забезпечити сімʼї, що опинились у СЖО, «послугами»"}, {"2", "-5", "=1+1", "a\r\nb"}}},
		{"long cell", [][]string{{string(make([]byte, 300))}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := packRows(tc.rows)
			got, err := unpackRows(b)
			if err != nil {
				t.Fatal(err)
			}
			if len(tc.rows) == 0 && len(got) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.rows) {
				t.Errorf("got %q, want %q", got, tc.rows)
			}
			// A pack cut short, or with bytes after it, is damaged, not
			// read as fewer rows.
			for i := 1; i < len(b); i++ {
				if _, err := unpackRows(b[:i]); err == nil {
					t.Fatalf("the first %d of %d bytes decoded", i, len(b))
				}
			}
			if _, err := unpackRows(append(b, 0)); err == nil {
				t.Error("a trailing byte decoded")
			}
		})
	}
}

func TestUnpackRowsHostile(t *testing.T) {
	// Counts far beyond the section's size must fail, not allocate.
	for _, b := range [][]byte{
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
		{0x01, 0xff, 0xff, 0xff, 0xff, 0x0f},
		{0x01, 0x01, 0xff, 0xff, 0x03, 'a'},
	} {
		if _, err := unpackRows(b); err == nil {
			t.Errorf("% x decoded", b)
		}
	}
}
