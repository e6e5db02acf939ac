// Package docxtest writes small .docx documents for tests: paragraphs and
// tables with merged cells, in the WordprocessingML that Word writes, run
// boundaries inside words included. Tests build their fixtures with it
// instead of committing binary files, so that a fixture reads as what it
// holds.
package docxtest

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
)

// Doc is a document being written.
type Doc struct {
	body strings.Builder
}

// Table is a table to write.
type Table struct {
	// Grid is the number of grid columns; 0 counts the first row's.
	Grid int
	Rows []Row
}

// Row is a table row.
type Row struct {
	Cells []Cell
	// Header marks a row Word repeats at the top of every page.
	Header bool
	// Before and After are grid columns the row leaves out.
	Before, After int
}

// Cell is a table cell.
type Cell struct {
	// Paras are the cell's paragraphs; "\n" in one is a line break
	// (w:br) and "\t" a tab.
	Paras []string
	// Span is the number of grid columns the cell spans (w:gridSpan);
	// 0 is 1.
	Span int
	// Merge is "restart" for the first cell of a vertical merge,
	// "continue" for the cells below it, "" for none.
	Merge string
}

// C is a cell of one paragraph per argument.
func C(paras ...string) Cell { return Cell{Paras: paras} }

// Para writes a paragraph; "\n" in text is a line break, "\t" a tab.
func (d *Doc) Para(text string) { d.body.WriteString(paragraph(text)) }

// Raw writes body XML as it is, for what the helpers do not write.
func (d *Doc) Raw(xml string) { d.body.WriteString(xml) }

// Table writes a table.
func (d *Doc) Table(t Table) {
	grid := t.Grid
	if grid == 0 && len(t.Rows) > 0 {
		for _, c := range t.Rows[0].Cells {
			grid += max(c.Span, 1)
		}
	}
	b := &d.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
	for range grid {
		b.WriteString(`<w:gridCol w:w="1500"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range t.Rows {
		b.WriteString(`<w:tr>`)
		if r.Header || r.Before > 0 || r.After > 0 {
			b.WriteString(`<w:trPr>`)
			if r.Before > 0 {
				b.WriteString(`<w:gridBefore w:val="` + strconv.Itoa(r.Before) + `"/>`)
			}
			if r.After > 0 {
				b.WriteString(`<w:gridAfter w:val="` + strconv.Itoa(r.After) + `"/>`)
			}
			if r.Header {
				b.WriteString(`<w:tblHeader/>`)
			}
			b.WriteString(`</w:trPr>`)
		}
		for _, c := range r.Cells {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>`)
			if c.Span > 1 {
				b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(c.Span) + `"/>`)
			}
			switch c.Merge {
			case "restart":
				b.WriteString(`<w:vMerge w:val="restart"/>`)
			case "continue":
				b.WriteString(`<w:vMerge/>`)
			}
			b.WriteString(`</w:tcPr>`)
			paras := c.Paras
			if len(paras) == 0 {
				paras = []string{""} // Word ends every cell with a paragraph
			}
			for _, p := range paras {
				b.WriteString(paragraph(p))
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// paragraph writes text as Word does: runs of a few words each (Word
// splits runs wherever formatting, spelling marks or edits fall), line
// breaks and tabs as their own elements.
func paragraph(text string) string {
	var b strings.Builder
	b.WriteString(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>`)
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		for j, seg := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString(`<w:r><w:tab/></w:r>`)
			}
			for _, run := range runs(seg) {
				b.WriteString(`<w:r><w:rPr><w:lang w:val="uk-UA"/></w:rPr><w:t xml:space="preserve">` + escape(run) + `</w:t></w:r>`)
			}
		}
	}
	b.WriteString(`</w:p>`)
	return b.String()
}

// runs splits text into runs of up to three words, and splits a long word
// in two, as Word does around a spelling mark.
func runs(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	words := strings.SplitAfter(s, " ")
	for i := 0; i < len(words); i += 3 {
		run := strings.Join(words[i:min(i+3, len(words))], "")
		if r := []rune(run); len(r) > 12 {
			out = append(out, string(r[:5]), string(r[5:]))
			continue
		}
		out = append(out, run)
	}
	return out
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// DocumentXML returns the main document part.
func (d *Doc) DocumentXML() []byte {
	return []byte(xmlHeader + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"` +
		` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
		d.body.String() + `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`)
}

// Bytes returns the .docx file.
func (d *Doc) Bytes() []byte { return Package(d.DocumentXML()) }

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Package wraps a main document part into a .docx archive with the
// content types and relationships Word writes.
func Package(document []byte) []byte {
	return Zip(
		"[Content_Types].xml", []byte(xmlHeader+`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`+
			`<Default Extension="xml" ContentType="application/xml"/>`+
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
		"_rels/.rels", []byte(xmlHeader+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
		"word/document.xml", document,
	)
}

// Zip returns a ZIP archive of name, content pairs, deflated.
func Zip(pairs ...any) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(pairs); i += 2 {
		w, err := zw.Create(pairs[i].(string))
		if err != nil {
			panic(err)
		}
		if _, err := w.Write(pairs[i+1].([]byte)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
