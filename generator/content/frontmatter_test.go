package content

import (
	"errors"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	long := strings.Repeat("# коментар, щоб шапка була довшою за 1 КіБ\n", 40)
	cases := []struct {
		name, in        string
		front, body     string
		frontLn, bodyLn int
		err             error
	}{
		{"plain", "+++\ndate = 2025-01-10\n+++\nТекст\n", "date = 2025-01-10\n", "Текст\n", 2, 4, nil},
		{"crlf", "+++\r\na = 1\r\n+++\r\nb\r\n", "a = 1\r\n", "b\r\n", 2, 4, nil},
		{"bom", "\uFEFF+++\na = 1\n+++\n", "a = 1\n", "", 2, 4, nil},
		{"trailing spaces on fences", "+++  \na = 1\n+++\t\nx", "a = 1\n", "x", 2, 4, nil},
		{"empty front matter", "+++\n+++\nbody", "", "body", 2, 3, nil},
		{"no body", "+++\na = 1\n+++", "a = 1\n", "", 2, 4, nil},
		{"over 1 KiB", "+++\n" + long + "a = 1\n+++\nbody\n", long + "a = 1\n", "body\n", 2, 44, nil},
		{"missing", "date = 2025-01-10\n", "", "", 0, 0, ErrNoFrontMatter},
		{"yaml fence", "---\na: 1\n---\n", "", "", 0, 0, ErrNoFrontMatter},
		{"empty file", "", "", "", 0, 0, ErrNoFrontMatter},
		{"unclosed", "+++\na = 1\nbody\n", "", "", 0, 0, ErrFrontUnclosed},
		{"only opening fence", "+++", "", "", 0, 0, ErrFrontUnclosed},
		{"fence inside a line is not a fence", "+++\na = '+++'\n+++\n", "a = '+++'\n", "", 2, 4, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := SplitNote([]byte(c.in))
			if !errors.Is(err, c.err) {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			if err != nil {
				return
			}
			if string(p.Front) != c.front || string(p.Body) != c.body || p.FrontLine != c.frontLn || p.BodyLine != c.bodyLn {
				t.Errorf("got front %q body %q lines %d/%d", p.Front, p.Body, p.FrontLine, p.BodyLine)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	f.Add([]byte("+++\ndate = 2025-01-10\n+++\nТекст\n"))
	f.Add([]byte("\uFEFF+++\r\n+++\r\n"))
	f.Add([]byte("+++\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := SplitNote(data)
		if err != nil {
			return
		}
		// The parts are pieces of the input, in order, and the body line
		// is past the front matter's lines.
		if len(p.Front)+len(p.Body) > len(data) {
			t.Fatalf("parts longer than input")
		}
		if p.BodyLine < p.FrontLine+1 {
			t.Fatalf("body line %d before front line %d", p.BodyLine, p.FrontLine)
		}
		if n := strings.Count(string(p.Front), "\n"); p.BodyLine != p.FrontLine+n+1 {
			t.Fatalf("body line %d, front has %d lines from %d", p.BodyLine, n, p.FrontLine)
		}
	})
}
