package wordtable

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/diag"
)

// decode checks that src is UTF-8 and splits it into lines. A byte order
// mark is dropped and CRLF or a lone CR ends a line like LF does, because
// Windows editors write them and they mean nothing here.
func decode(file string, src []byte) ([]string, *diag.Problem) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bad := firstInvalid(src); bad >= 0 {
		line := 1 + bytes.Count(src[:bad], []byte("\n"))
		start := bytes.LastIndexByte(src[:bad], '\n') + 1
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src) - start
		}
		p := kindNotUTF8.At(file, diag.Pos{Line: line, Col: utf8.RuneCount(src[start:bad]) + 1, Len: 1}, src[bad])
		p.Source = strings.ToValidUTF8(strings.TrimRight(string(src[start:start+end]), "\r"), "\uFFFD")
		return nil, &p
	}
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil, nil
	}
	return strings.Split(s, "\n"), nil
}

// firstInvalid returns the offset of the first byte that is not part of
// valid UTF-8, or -1.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
