package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// The namespaces read: WordprocessingML in its transitional and strict
// form, and markup compatibility, whose fallbacks repeat what the chosen
// branch holds.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

var (
	errTooDeep     = errors.New("too deeply nested")
	errTooMany     = errors.New("too many paragraphs and cells")
	errTooManyTags = errors.New("too many elements")
)

// Limits on the document's structure, lowered by tests.
var (
	// itemLimit bounds the paragraphs, line breaks, cells, rows and
	// tables, which cost memory out of proportion to their bytes (an
	// empty paragraph is six bytes of XML). A plan has a few thousand.
	itemLimit = 200_000
	// elementLimit bounds the elements read, which bounds the time:
	// encoding/xml reads some 400 000 elements a second here
	// (BenchmarkRead), and a plan has tens of thousands.
	elementLimit = 1_000_000
)

// document is the body of a document: paragraphs and tables in order.
type document struct {
	blocks []block
}

// block is a body-level paragraph or table; exactly one is set.
type block struct {
	para  *paragraph
	table *table
}

// paragraph is a w:p: its lines, split at line breaks (w:br, w:cr).
type paragraph struct {
	lines []string
	line  strings.Builder // the line being read
}

// breakLine ends the line being read.
func (p *paragraph) breakLine() {
	p.lines = append(p.lines, p.line.String())
	p.line.Reset()
}

// blank reports whether the paragraph holds no text.
func (p *paragraph) blank() bool {
	for _, l := range p.lines {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}

// table is a body-level w:tbl.
type table struct {
	grid int // the w:gridCol count
	rows []*row
}

// row is a w:tr: its cells and the grid columns it leaves out before and
// after them.
type row struct {
	before, after int
	cells         []*cell
}

// merge is a cell's part in a vertical merge.
type merge int

const (
	noMerge merge = iota
	mergeRestart
	mergeContinue
)

// cell is a w:tc. A table nested in a cell adds its paragraphs to the
// cell.
type cell struct {
	span  int
	merge merge
	paras []*paragraph
}

// skipped are the elements whose content is not the document's text:
// properties, deleted and moved-away text, field codes, and the fallback
// of a markup-compatibility choice.
var skipped = map[string]bool{
	"pPr": true, "rPr": true, "sectPr": true, "tblPr": true, "tblPrEx": true,
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"sdtPr": true, "sdtEndPr": true, "customXmlPr": true, "footnoteReference": true, "endnoteReference": true,
}

// parser turns the token stream of document.xml into a document.
type parser struct {
	doc    document
	tables []*table     // the body-level table being read, while one is
	cur    *cell        // the cell being read
	nested int          // tables open inside the current cell
	paras  []*paragraph // paragraphs being read (a text box nests them)
	inText bool
	items  int // paragraphs, breaks, cells, rows and tables so far
}

// parseDocument reads the main document part.
func parseDocument(r io.Reader) (*document, error) {
	d := xml.NewDecoder(r)
	p := &parser{}
	depth, elements := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return &p.doc, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				return nil, errTooDeep
			}
			if elements++; elements > elementLimit {
				return nil, errTooManyTags
			}
			if skip(t.Name) {
				if err := skipElement(d, depth, &elements); err != nil {
					return nil, err
				}
				depth--
				continue
			}
			if isW(t.Name.Space) {
				if p.start(t); p.items > itemLimit {
					return nil, errTooMany
				}
			}
		case xml.EndElement:
			depth--
			if isW(t.Name.Space) {
				p.end(t.Name.Local)
			}
		case xml.CharData:
			if p.inText {
				p.text(string(t))
			}
		}
	}
}

func isW(space string) bool { return space == nsW || space == nsWStrict }

func skip(n xml.Name) bool {
	return isW(n.Space) && skipped[n.Local] || n.Space == nsMC && n.Local == "Fallback"
}

// skipElement reads to the end of the element just started, bounding its
// depth and counting its elements as parseDocument does.
func skipElement(d *xml.Decoder, depth int, elements *int) error {
	for open := 1; open > 0; {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if open++; depth+open-1 > maxDepth {
				return errTooDeep
			}
			if *elements++; *elements > elementLimit {
				return errTooManyTags
			}
		case xml.EndElement:
			open--
		}
	}
	return nil
}

func (p *parser) start(t xml.StartElement) {
	switch t.Name.Local {
	case "tbl", "tr", "tc", "p", "br", "cr":
		p.items++
	}
	switch t.Name.Local {
	case "tbl":
		if p.cur != nil {
			p.nested++
		} else {
			p.tables = append(p.tables, &table{})
		}
	case "gridCol":
		if tb := p.table(); tb != nil {
			tb.grid++
		}
	case "tr":
		if tb := p.table(); tb != nil {
			tb.rows = append(tb.rows, &row{})
		}
	case "gridBefore", "gridAfter":
		if r := p.row(); r != nil {
			n := min(max(intAttr(t, "val", 0), 0), 64)
			if t.Name.Local == "gridBefore" {
				r.before = n
			} else {
				r.after = n
			}
		}
	case "tc":
		if r := p.row(); r != nil && p.nested == 0 {
			p.cur = &cell{span: 1}
			r.cells = append(r.cells, p.cur)
		}
	case "gridSpan":
		if p.cur != nil && p.nested == 0 {
			p.cur.span = min(max(intAttr(t, "val", 1), 1), 64)
		}
	case "vMerge":
		if p.cur != nil && p.nested == 0 {
			p.cur.merge = mergeContinue
			if attr(t, "val") == "restart" {
				p.cur.merge = mergeRestart
			}
		}
	case "p":
		p.paras = append(p.paras, &paragraph{})
	case "t":
		p.inText = true
	case "tab", "ptab":
		p.text("\t")
	case "br", "cr":
		if q := p.para(); q != nil {
			q.breakLine()
		}
	case "noBreakHyphen":
		p.text("-")
	case "sym":
		p.text(symbol(attr(t, "char")))
	}
}

func (p *parser) end(local string) {
	switch local {
	case "t":
		p.inText = false
	case "p":
		if len(p.paras) == 0 {
			return
		}
		q := p.paras[len(p.paras)-1]
		p.paras = p.paras[:len(p.paras)-1]
		q.breakLine()
		switch {
		case p.cur != nil:
			p.cur.paras = append(p.cur.paras, q)
		case len(p.tables) == 0:
			p.doc.blocks = append(p.doc.blocks, block{para: q})
		}
	case "tc":
		if p.nested == 0 {
			p.cur = nil
		}
	case "tbl":
		switch {
		case p.nested > 0:
			p.nested--
		case len(p.tables) > 0:
			tb := p.tables[len(p.tables)-1]
			p.tables = p.tables[:len(p.tables)-1]
			if len(p.tables) == 0 {
				p.doc.blocks = append(p.doc.blocks, block{table: tb})
			}
		}
	}
}

// table returns the body-level table being read, unless the reader is
// inside a table nested in one of its cells.
func (p *parser) table() *table {
	if len(p.tables) == 0 || p.nested > 0 {
		return nil
	}
	return p.tables[len(p.tables)-1]
}

func (p *parser) row() *row {
	tb := p.table()
	if tb == nil || len(tb.rows) == 0 {
		return nil
	}
	return tb.rows[len(tb.rows)-1]
}

func (p *parser) para() *paragraph {
	if len(p.paras) == 0 {
		return nil
	}
	return p.paras[len(p.paras)-1]
}

// text adds run text to the current line, with the typography that means
// nothing to the plan's text made plain.
func (p *parser) text(s string) {
	q := p.para()
	if q == nil {
		return
	}
	q.line.WriteString(plain.Replace(s))
}

// plain drops soft hyphens and makes no-break and narrow spaces plain
// spaces, which the importer's patterns ("від 12.03.2020", "3) …") and the
// site's line breaking expect.
var plain = strings.NewReplacer("\u00AD", "", "\u00A0", " ", "\u202F", " ", "\u2007", " ", "\u2011", "-")

// symbol returns the character of a w:sym. Symbol fonts put their
// characters at U+F000 plus their code; the printable ASCII range reads
// as itself, the rest (bullets, arrows of the font) is left out.
func symbol(code string) string {
	n, err := strconv.ParseUint(code, 16, 32)
	if err != nil {
		return ""
	}
	if n >= 0xF000 {
		n -= 0xF000
	}
	if n >= 0x20 && n < 0x7F {
		return string(rune(n))
	}
	return ""
}

// attr returns the value of the w: attribute named local ("" when absent).
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && (isW(a.Name.Space) || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

func intAttr(t xml.StartElement, local string, def int) int {
	n, err := strconv.Atoi(attr(t, local))
	if err != nil {
		return def
	}
	return n
}
