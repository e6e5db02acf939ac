package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/plansite/plansite/generator/diag"
)

// defaultPart is where Word keeps the main document part; the package
// relationships (_rels/.rels) may name another.
const defaultPart = "word/document.xml"

// officeDocument is the relationship type of the main document part, in
// the transitional and the strict form of OOXML.
var officeDocument = []string{
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
	"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
}

// errTooBig is returned by a part's reader past MaxPartSize.
var errTooBig = errors.New("part too big")

// part is an open part of the archive, limited to MaxPartSize.
type part struct {
	name string
	rc   io.ReadCloser
	left int64
}

func (p *part) Read(b []byte) (int, error) {
	// One byte past the limit tells a part of exactly the limit's size
	// from a bigger one.
	if int64(len(b)) > p.left+1 {
		b = b[:p.left+1]
	}
	n, err := p.rc.Read(b)
	if p.left -= int64(n); p.left < 0 {
		return 0, errTooBig
	}
	return n, err
}

func (p *part) Close() error { return p.rc.Close() }

// mainPart opens the main document part of the archive src.
func mainPart(file string, src []byte) (*part, *diag.Problem) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		p := kindNotDocx.At(file, diag.Pos{}, err.Error())
		return nil, &p
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		// Part names are case-insensitive (ECMA-376 part 2, 9.1.1.1).
		files[strings.ToLower(f.Name)] = f
	}
	name := defaultPart
	if target := mainTarget(files); target != "" {
		name = target
	}
	f := files[strings.ToLower(name)]
	if f == nil {
		p := kindNoDocument.At(file, diag.Pos{}, name)
		return nil, &p
	}
	pt, err := open(f)
	if err != nil {
		p := partProblem(file, f.Name, err)
		return nil, &p
	}
	return pt, nil
}

// partLimit is MaxPartSize, lowered by tests.
var partLimit int64 = MaxPartSize

func open(f *zip.File) (*part, error) {
	if f.UncompressedSize64 > uint64(partLimit) {
		return nil, errTooBig
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return &part{name: f.Name, rc: rc, left: partLimit}, nil
}

// mainTarget reads the package relationships for the main document part's
// name; "" when they do not say.
func mainTarget(files map[string]*zip.File) string {
	f := files["_rels/.rels"]
	if f == nil {
		return ""
	}
	pt, err := open(f)
	if err != nil {
		return ""
	}
	defer pt.Close()
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(pt).Decode(&rels) != nil {
		return ""
	}
	for _, r := range rels.Rel {
		for _, t := range officeDocument {
			if r.Type == t {
				return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
			}
		}
	}
	return ""
}

// partProblem explains an error reading a part.
func partProblem(file, name string, err error) diag.Problem {
	var syn *xml.SyntaxError
	switch {
	case errors.Is(err, errTooBig):
		return kindPartTooBig.At(file, diag.Pos{}, name, max(partLimit>>20, 1))
	case errors.Is(err, errTooMany):
		return kindBadXML.At(file, diag.Pos{}, name, fmt.Sprintf("more than %d paragraphs and cells", itemLimit))
	case errors.Is(err, errTooManyTags):
		return kindBadXML.At(file, diag.Pos{}, name, fmt.Sprintf("more than %d elements", elementLimit))
	case errors.Is(err, errTooDeep):
		return kindBadXML.At(file, diag.Pos{}, name, fmt.Sprintf("elements nested deeper than %d", maxDepth))
	case errors.As(err, &syn):
		return kindBadXML.At(file, diag.Pos{}, name, fmt.Sprintf("line %d: %s", syn.Line, syn.Msg))
	}
	return kindBadXML.At(file, diag.Pos{}, name, err.Error())
}
