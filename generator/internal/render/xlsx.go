package render

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/plansite/plansite/generator/content"
)

// Workbooks: the tables as an Excel workbook, a sheet per table, for
// spreadsheets in a Ukrainian locale, which read a comma-separated file as
// one column. The header row is frozen; a table's Table Schema types the
// cells: numbers are numbers, dates dates (shown in the reader's locale),
// true and false booleans. excelize makes the workbook and the frame of
// each sheet; the rows are written apart (xlsxrows.go), a plan's once, and
// joined into the sheets as the workbook is written (xlsxzip.go), so a
// portal's workbook is never held whole nor made again cell by cell. The
// same content gives the same bytes: the document's dates are the build
// date and the archive's entries are written in order (see sortedZip).

// workbook is a workbook being written.
type workbook struct {
	f      *excelize.File
	first  bool                  // the first sheet is the one a new file has
	bodies map[string]*sheetBody // each sheet's rows, by its entry's name
}

// newWorkbook starts a workbook with the document properties title and
// creator, dated asOf.
func newWorkbook(title, creator string, asOf content.Date) (*workbook, error) {
	f := excelize.NewFile()
	w := &workbook{f: f, first: true, bodies: map[string]*sheetBody{}}
	f.SetZipWriter(func(out io.Writer) excelize.ZipWriter { return newSortedZip(out, w.bodies) })
	stamp := asOf.Time().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Title: title, Creator: creator, LastModifiedBy: creator,
		Created: stamp, Modified: stamp, Language: "uk-UA"}); err != nil {
		return nil, err
	}
	header, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7EEF6"}}})
	if err != nil {
		return nil, err
	}
	// Format 14 is the locale's short date: 27.06.2019 in a Ukrainian
	// Excel, 6/27/2019 in an American one.
	date, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return nil, err
	}
	if header != headerStyle || date != dateStyle {
		return nil, fmt.Errorf("xlsx: styles numbered %d and %d, rows are written with %d and %d", header, date, headerStyle, dateStyle)
	}
	return w, nil
}

// sheet is a sheet being filled.
type sheet struct {
	fields []dataField
	body   *sheetBody
}

// addSheet starts a sheet with fields' header row, frozen, and column
// widths for their types.
func (w *workbook) addSheet(name string, fields []dataField) (*sheet, error) {
	if w.first {
		if err := w.f.SetSheetName("Sheet1", name); err != nil {
			return nil, err
		}
		w.first = false
	} else if _, err := w.f.NewSheet(name); err != nil {
		return nil, err
	}
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, f := range fields {
		if err := sw.SetColWidth(i+1, i+1, columnWidth(f)); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	// excelize names a sheet's part by its id; sortedZip fails the
	// workbook if no part of this name is written.
	s := &sheet{fields: fields, body: &sheetBody{}}
	w.bodies[fmt.Sprintf("xl/worksheets/sheet%d.xml", sw.SheetID)] = s.body
	return s, s.addRun(encodeRows(fields, nil, true))
}

// columnWidth is a column's width in characters: the field's own, or one
// for its type, never narrower than its name.
func columnWidth(f dataField) float64 {
	w := f.width
	if w == 0 {
		w = map[string]float64{"date": 12, "integer": 9, "number": 11, "year": 8, "boolean": 8}[f.Type]
	}
	if w == 0 {
		w = 16
	}
	return max(w, float64(len(f.Name))+2)
}

// addRows adds rows, cells as the CSV writes them, typed by the fields.
func (s *sheet) addRows(rows [][]string) error {
	return s.addRun(encodeRows(s.fields, rows, false))
}

// addRun adds rows written before.
func (s *sheet) addRun(run sheetRows) error {
	return s.body.add(func(dst []byte) ([]byte, error) { return run.appendTo(dst), nil })
}

// addKept adds rows kept elsewhere (a plan's pack), read as they are
// needed.
func (s *sheet) addKept(src rowsSource) error { return s.body.add(src) }

// bytes writes the workbook out and frees it.
func (w *workbook) bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := w.writeTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeTo writes the workbook to out and frees it.
func (w *workbook) writeTo(out io.Writer) error {
	defer w.f.Close()
	return w.f.Write(out)
}

// aboutFields are the columns of a workbook's first sheet, which says what
// the workbook is.
var aboutFields = []dataField{{Name: "about", Type: "string", width: 28}, {Name: "value", Type: "string", width: 90}}
