// Package docx reads the plan table of a Word document (.docx,
// WordprocessingML) into a wordtable.Table, the form the importer reads,
// so that staff can import the document the council adopted without
// saving it as text first.
//
// It reads word/document.xml from the ZIP archive with encoding/xml: the
// paragraphs above the first table of three or more columns are the
// preamble (the approval block and the title), that table and the tables
// of the same shape that follow it (a table that was split across pages)
// are the plan's table, and what follows is the epilogue (the signature).
// Merged cells are taken as Word shows them: a cell spanning the row
// (w:gridSpan) is one cell spanning the table, a vertically merged cell
// (w:vMerge) holds its text in its first row and marks the rows it
// continues into (wordtable.Cell.Merged). Text is taken as typed, with
// these exceptions, all of them typography that Word's own text export
// makes plain too: a non-breaking space is a space, a soft hyphen is
// dropped, a non-breaking hyphen is a hyphen. Deleted text of tracked
// changes is left out, inserted text kept.
//
// No LibreOffice, no network: a .docx is a ZIP of XML parts, and only the
// main document part is read. The archive and the part are size-limited,
// so that a ZIP bomb or a huge XML file is refused with a clear problem.
//
// A document has no lines, so problems name places: the reader numbers
// the paragraphs (and the line breaks in them) in document order as the
// table's lines and gives the table a Locator that names a line's place,
// "таблиця 1, рядок 5, стовпець 3" or "абзац 2 над таблицею"; see
// wordtable.Table.Localize.
package docx

import (
	"bytes"
	"strings"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// Limits on what Read accepts. A plan's document is a few hundred
// kilobytes; these are far above any real plan and far below what would
// exhaust memory.
const (
	// MaxFileSize bounds the .docx file itself.
	MaxFileSize = 64 << 20
	// MaxPartSize bounds the unpacked main document part
	// (word/document.xml) and the relationships part that names it.
	MaxPartSize = 32 << 20
	// maxDepth bounds the nesting of XML elements; Word nests a few
	// dozen deep at most.
	maxDepth = 256
)

var (
	zipMagic = []byte("PK\x03\x04")
	// oleMagic opens a compound file: a Word 97–2003 .doc, or a .docx
	// encrypted with a password.
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Is reports whether src is for this reader rather than the text reader:
// a ZIP archive, a Word 97–2003 compound file, or a file named .docx,
// .docm or .doc (so that a damaged one is reported as such).
func Is(file string, src []byte) bool {
	if bytes.HasPrefix(src, zipMagic) || bytes.HasPrefix(src, oleMagic) {
		return true
	}
	ext := strings.ToLower(file[strings.LastIndexByte(file, '.')+1:])
	return strings.Contains(file, ".") && (ext == "docx" || ext == "docm" || ext == "doc")
}

// Read reads the plan table of the .docx document src; file names it in
// problems. The table is nil when there is nothing to read (not a .docx,
// damaged, too big, no table); the problems then say why.
func Read(file string, src []byte) (*wordtable.Table, diag.List) {
	switch {
	case bytes.HasPrefix(src, oleMagic):
		return nil, diag.List{kindOldDoc.At(file, diag.Pos{})}
	case len(src) > MaxFileSize:
		return nil, diag.List{kindTooBig.At(file, diag.Pos{}, file, len(src)>>20, MaxFileSize>>20)}
	}
	part, p := mainPart(file, src)
	if p != nil {
		return nil, diag.List{*p}
	}
	doc, err := parseDocument(part)
	part.Close()
	if err != nil {
		return nil, diag.List{partProblem(file, part.name, err)}
	}
	return lay(file, doc)
}
