package render

import (
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"hash/crc32"
	"math"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"

	"github.com/plansite/plansite/generator/content"
)

// A workbook's rows are written here, not by excelize: a plan's rows are
// made once, when the plan is built, deflated on their own and kept in its
// pack, and every workbook that shows them — the plan's and the portal's —
// joins the kept runs (see sortedZip). excelize writes rows only through
// its StreamWriter, whole sheets at a time, so a portal's workbook was made
// again, cell by cell, for an edit to one note (a third of the rebuild).
//
// The rows carry no row or cell references (r="…"): both are optional in
// SpreadsheetML (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4), a row without
// one follows the row before it and a cell the cell before it, so a plan's
// rows are the same bytes wherever in a sheet they fall. An empty cell is
// written as <c/> to keep the cells after it in their columns.

// Cell styles: newWorkbook makes them in this order and checks that
// excelize numbered them so.
const (
	headerStyle = 1 // the header row: bold on a pale fill
	dateStyle   = 2 // number format 14, the reader's short date
)

// maxCellChars is the most characters a cell holds (Excel's limit); longer
// text is cut, as excelize cuts it.
const maxCellChars = 32767

// sheetRows are rows of a sheet as SpreadsheetML, deflated on their own
// and ended with a sync flush, so that runs of rows, one after another,
// are one deflate stream.
type sheetRows struct {
	crc  uint32 // CRC-32 of the XML
	size uint64 // the XML's length
	data []byte // the XML deflated, ending on a byte boundary, not final
}

// rowsHeader is the length of sheetRows' head in a pack: the CRC and the
// size.
const rowsHeader = 12

// encodeRows writes rows as SpreadsheetML, cells typed by fields, and
// deflates them. head makes the first row the header (fields' names).
func encodeRows(fields []dataField, rows [][]string, head bool) sheetRows {
	buf := xmlBuffers.Get().(*bytes.Buffer)
	defer xmlBuffers.Put(buf)
	buf.Reset()
	if head {
		buf.WriteString("<row>")
		for _, f := range fields {
			writeTextCell(buf, f.Name, headerStyle)
		}
		buf.WriteString("</row>")
	}
	for _, row := range rows {
		writeRow(buf, fields, row)
	}
	return deflateXML(buf.Bytes(), false)
}

// xmlBuffers are the buffers rows are written into before they are
// deflated; a plan's rows of one table are at most a few megabytes.
var xmlBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// writeRow writes a row, its cells typed by fields as the CSV files'
// Table Schema types them: a cell the type does not read is kept as text.
func writeRow(buf *bytes.Buffer, fields []dataField, row []string) {
	buf.WriteString("<row>")
	last := len(row)
	for last > 0 && row[last-1] == "" {
		last-- // trailing empty cells are left out
	}
	for i, v := range row[:last] {
		typ := "string"
		if i < len(fields) {
			typ = fields[i].Type
		}
		writeCell(buf, typ, v)
	}
	buf.WriteString("</row>")
}

// writeCell writes one cell of type typ.
func writeCell(buf *bytes.Buffer, typ, v string) {
	if v == "" {
		buf.WriteString("<c/>")
		return
	}
	switch typ {
	case "integer", "year":
		if n, err := strconv.Atoi(v); err == nil {
			writeNumber(buf, strconv.Itoa(n), 0)
			return
		}
	case "number":
		if n, err := strconv.ParseFloat(v, 64); err == nil && !math.IsInf(n, 0) && !math.IsNaN(n) {
			writeNumber(buf, strconv.FormatFloat(n, 'f', -1, 64), 0)
			return
		}
	case "boolean":
		if b, err := strconv.ParseBool(v); err == nil {
			buf.WriteString(`<c t="b"><v>`)
			buf.WriteByte("01"[btoi(b)])
			buf.WriteString(`</v></c>`)
			return
		}
	case "date":
		if d, err := content.ParseDate(v); err == nil {
			writeNumber(buf, strconv.Itoa(excelDay(d)), dateStyle)
			return
		}
	}
	writeTextCell(buf, v, 0)
}

// writeNumber writes a number cell, styled when style is not 0.
func writeNumber(buf *bytes.Buffer, v string, style int) {
	buf.WriteString("<c")
	writeStyle(buf, style)
	buf.WriteString("><v>")
	buf.WriteString(v)
	buf.WriteString("</v></c>")
}

// writeTextCell writes text as an inline string, escaped for XML (a
// character XML cannot hold becomes U+FFFD), its spaces kept.
func writeTextCell(buf *bytes.Buffer, v string, style int) {
	if utf8.RuneCountInString(v) > maxCellChars {
		v = string([]rune(v)[:maxCellChars])
	}
	buf.WriteString("<c")
	writeStyle(buf, style)
	buf.WriteString(` t="inlineStr"><is><t`)
	if v != "" && (isSpace(v[0]) || isSpace(v[len(v)-1])) {
		buf.WriteString(` xml:space="preserve"`)
	}
	buf.WriteString(">")
	_ = xml.EscapeText(buf, []byte(v)) // a bytes.Buffer does not fail
	buf.WriteString("</t></is></c>")
}

func writeStyle(buf *bytes.Buffer, style int) {
	if style != 0 {
		buf.WriteString(` s="`)
		buf.WriteString(strconv.Itoa(style))
		buf.WriteString(`"`)
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// excelEpoch is day 0 of Excel's 1900 date system as it counts days from
// March 1900 on (it counts a 29 February 1900 that never was); a plan's
// dates are from content.MinYear on.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDay is a date as Excel's serial day number.
func excelDay(d content.Date) int {
	return int(d.Time().Sub(excelEpoch) / (24 * time.Hour))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// deflateXML deflates xml into a run: ended by a sync flush, on a byte
// boundary and not the last block, so that what follows it continues the
// stream; or, when final, as the stream's last block.
func deflateXML(xml []byte, final bool) sheetRows {
	out := sheetRows{crc: crc32.ChecksumIEEE(xml), size: uint64(len(xml))}
	if len(xml) == 0 && !final {
		return out
	}
	var data bytes.Buffer
	fw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(fw)
	fw.Reset(&data)
	// Writes to a bytes.Buffer do not fail.
	_, _ = fw.Write(xml)
	if final {
		_ = fw.Close()
	} else {
		_ = fw.Flush()
	}
	out.data = data.Bytes()
	return out
}

// deflaters are the workbooks' compressors: of runs of rows and of the
// archives' other entries (a compressor is a few hundred kilobytes of
// tables; a portal makes one run per plan and table). The default level:
// the fastest makes workbooks half as big again (measured on a 10-plan
// corpus), and they are downloaded on phones. klauspost/compress's deflate
// at that level takes a third of the standard library's time for 4 % more
// bytes (the portal workbook of 20 plans × 10 notes: 83 against 277 ms,
// 2.46 against 2.35 MB).
var deflaters = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(nil, flate.DefaultCompression) // a valid level cannot fail
	return fw
}}

// appendTo appends the run as a pack keeps it: the CRC and size, then the
// deflated rows.
func (s sheetRows) appendTo(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, s.crc)
	b = binary.LittleEndian.AppendUint64(b, s.size)
	return append(b, s.data...)
}

// errRows is a kept run of rows that is cut short.
var errRows = errors.New("rows of a workbook sheet cut short")

// parseRows reads what appendTo wrote; the run shares b. No bytes are no
// rows (a plan without a pack).
func parseRows(b []byte) (sheetRows, error) {
	if len(b) == 0 {
		return sheetRows{}, nil
	}
	if len(b) < rowsHeader {
		return sheetRows{}, errRows
	}
	s := sheetRows{crc: binary.LittleEndian.Uint32(b), size: binary.LittleEndian.Uint64(b[4:]), data: b[rowsHeader:]}
	if s.size > 0 && len(s.data) == 0 {
		return sheetRows{}, errRows
	}
	return s, nil
}
