package uktext

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Invalid says where a text file stops being UTF-8.
type Invalid struct {
	// Line and Col are 1-based; Col counts characters.
	Line, Col int
	// Byte is the first byte that is not UTF-8.
	Byte byte
	// Text is the line, with what is not UTF-8 shown as U+FFFD.
	Text string
	// As1251 is the line read as Windows-1251, when it reads as Ukrainian
	// that way: staff on Windows most often meet this with a file saved in
	// that code page, and the hint can then say so.
	As1251 string
}

// Normalize prepares a text file as staff save it for reading: a byte order
// mark is dropped and CRLF or a lone CR becomes LF, so that editors on any
// system work. It returns where the text is not UTF-8, if anywhere.
func Normalize(data []byte) ([]byte, *Invalid) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if bad := firstInvalid(data); bad >= 0 {
		return nil, invalidAt(data, bad)
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return data, nil
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

func invalidAt(data []byte, bad int) *Invalid {
	start := bytes.LastIndexByte(data[:bad], '\n') + 1
	end := bytes.IndexByte(data[start:], '\n')
	if end < 0 {
		end = len(data) - start
	}
	raw := bytes.TrimRight(data[start:start+end], "\r")
	inv := &Invalid{
		Line: 1 + bytes.Count(data[:bad], []byte("\n")),
		Col:  utf8.RuneCount(data[start:bad]) + 1,
		Byte: data[bad],
		Text: strings.ToValidUTF8(string(raw), "\uFFFD"),
	}
	if guess, ok := asWindows1251(raw); ok {
		inv.As1251 = guess
	}
	return inv
}

// asWindows1251 decodes line as Windows-1251 and reports whether the
// result looks like Ukrainian text: mostly Cyrillic letters, from a line
// that is mostly not UTF-8 (a UTF-8 line with a stray byte is not one).
func asWindows1251(line []byte) (string, bool) {
	valid, invalid := 0, 0
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRune(line[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
		case n > 1:
			valid++
		}
		i += n
	}
	if invalid <= valid {
		return "", false
	}
	text, err := charmap.Windows1251.NewDecoder().Bytes(line)
	if err != nil {
		return "", false
	}
	cyr, other := 0, 0
	for _, r := range string(text) {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case r >= 0x80:
			other++
		}
	}
	s := strings.TrimSpace(string(text))
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return s, cyr >= 3 && cyr > 4*other
}
