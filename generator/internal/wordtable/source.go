package wordtable

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// decode checks that src is UTF-8 and splits it into lines. A byte order
// mark is dropped and CRLF or a lone CR ends a line like LF does, because
// Windows editors write them and they mean nothing here. A text export
// saved in Windows-1251, the likeliest mistake, is named as such.
func decode(file string, src []byte) ([]string, *diag.Problem) {
	text, bad := uktext.Normalize(src)
	if bad != nil {
		p := kindNotUTF8.At(file, diag.Pos{Line: bad.Line, Col: bad.Col, Len: 1}, bad.Byte)
		p.Source = bad.Text
		if bad.As1251 != "" {
			p = p.WithHint(diag.Text{UK: "схоже, файл збережено в кодуванні Windows-1251: тоді цей рядок читається як «" + bad.As1251 + "»",
				EN: "the file looks saved as Windows-1251: this line then reads " + strconv.Quote(bad.As1251)})
		}
		return nil, &p
	}
	s := strings.TrimSuffix(string(text), "\n")
	if s == "" {
		return nil, nil
	}
	return strings.Split(s, "\n"), nil
}
