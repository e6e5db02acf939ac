package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Open data: the tables of datatables.go as CSV (UTF-8 with a byte order
// mark, comma-separated: the standard every tool reads) and as Excel
// workbooks, the plans and notes as JSON, indicator results in IATI's
// shape, the data package that describes the CSV files, a DCAT-AP
// catalogue and JSON Schemas of the JSON. A plan's files are made with the
// plan; the files that span plans are put together from each plan's rows
// and JSON, kept in its pack, so that an unchanged plan is not loaded.
//
// Files under /data/:
//
//	<plan>.json, <plan>-measures.csv, <plan>.xlsx      a plan
//	<plan>/notes.json, <plan>/indicator-results.json   a plan's notes and results
//	plans.json, notes.json, indicator-results.json      all plans
//	<table>.csv for each of dataTables, all-plans.xlsx  all plans' tables
//	datapackage.json, catalog.jsonld, schema/*.json     what the files are

// portalWorkbook is the workbook of all plans' tables.
const portalWorkbook = "data/all-plans.xlsx"

// planData writes plan p's open-data files and keeps its rows and JSON
// in its pack for the files that span plans (see portalData).
func (r *Renderer) planData(p *model.Plan, sum *model.PlanSummary, content engine.Key, pack *engine.PackWriter) error {
	defer r.timeData(time.Now())
	rows, runs := map[string][][]string{}, map[string]sheetRows{}
	for _, t := range planTables() {
		rows[t.Name] = t.rows(r, p)
		runs[t.Name] = encodeRows(t.Schema.Fields, rows[t.Name], false)
		pack.Put("csv/"+t.Name, csvRows(rows[t.Name]))
		pack.Put("xlsx/"+t.Name, runs[t.Name].appendTo(nil))
	}
	notes, err := jsonElements(r.planNotes(p))
	if err != nil {
		return err
	}
	results, err := jsonElements(r.planResults(p))
	if err != nil {
		return err
	}
	if err := r.qualityData(p, content); err != nil {
		return err
	}
	pack.Put("json/notes", notes)
	pack.Put("json/results", results)

	file := func(name string) string { return "data/" + p.ID + name }
	key := func(kind string) engine.Key { return r.key(kind, "").Key(content).Done() }
	if k := key("data-plan-json"); !r.out.Keep(p.Dir, file(".json"), k) {
		data, err := jsonBytes(r.planJSON(p))
		if err != nil {
			return err
		}
		if err := r.Emit(p.Dir, file(".json"), k, data); err != nil {
			return err
		}
	}
	if err := r.Emit(p.Dir, file("-measures.csv"), key("data-plan-csv"), tableCSV(measuresTable, rows[measuresTable.Name])); err != nil {
		return err
	}
	head := `"plan": ` + jsonString(p.ID)
	if err := r.Emit(p.Dir, file("/notes.json"), key("data-plan-notes"), jsonDoc(head, "notes", notes)); err != nil {
		return err
	}
	if err := r.Emit(p.Dir, file("/indicator-results.json"), key("data-plan-results"), jsonDoc(head, "indicators", results)); err != nil {
		return err
	}
	if k := key("data-plan-xlsx"); !r.out.Keep(p.Dir, file(".xlsx"), k) {
		data, err := r.planWorkbook(p, sum, runs)
		if err != nil {
			return err
		}
		return r.Emit(p.Dir, file(".xlsx"), k, data)
	}
	return nil
}

// planWorkbook is a plan's tables as a workbook, with the rows written for
// its pack.
func (r *Renderer) planWorkbook(p *model.Plan, sum *model.PlanSummary, runs map[string]sheetRows) ([]byte, error) {
	w, err := newWorkbook(p.Title, r.site.Config.Data.Publisher, planDate(p))
	if err != nil {
		return nil, err
	}
	if err := r.aboutSheet(w, p.Title+" ("+p.ID+")"); err != nil {
		return nil, err
	}
	own := map[*dataTable][][]string{plansTable: {r.planRow(sum)}, executorsTable: r.planExecutorRows(p)}
	for _, t := range dataTables {
		s, err := w.addSheet(t.Name, t.Schema.Fields)
		if err == nil {
			if rows, ok := own[t]; ok {
				err = s.addRows(rows)
			} else {
				err = s.addRun(runs[t.Name])
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return w.bytes()
}

// planDate dates a plan's workbook: its latest note, or the day it was
// adopted, or the first day of its period — a date of its content, so that
// the workbook changes only when its content does.
func planDate(p *model.Plan) content.Date {
	d := content.Date{Year: p.Period.Start, Month: 1, Day: 1}
	if p.Approval.Date != nil {
		d = *p.Approval.Date
	}
	if len(p.Notes) > 0 && p.Notes[0].Date.After(d) {
		d = p.Notes[0].Date
	}
	return d
}

// aboutSheet writes a workbook's first sheet: what it holds, as of when,
// under which licence.
func (r *Renderer) aboutSheet(w *workbook, what string) error {
	c := r.site.Config
	s, err := w.addSheet("about", aboutFields)
	if err != nil {
		return err
	}
	return s.addRows([][]string{
		{"Дані / Data", what},
		{"Портал / Portal", c.Title},
		{"Видавець / Publisher", c.Data.Publisher},
		{"Ліцензія / Licence", licenceOf(c.Data.Licence).Title + " (" + c.Data.Licence + ")"},
		{"Джерело / Source", r.pageURL("/data/")},
		{"Опис таблиць / Tables", r.pageURL("/data/datapackage.json")},
		{"Аркуші / Sheets", "Один аркуш — одна таблиця, стовпці як у файлах CSV. / One sheet per table, columns as in the CSV files."},
	})
}

// portalData writes the open-data files that span plans.
func (r *Renderer) portalData(plans []*model.PlanSummary, execs []*model.ExecutorView) error {
	defer r.timeData(time.Now())
	asOf := r.site.AsOf.String()
	homes, all := engine.NewHasher("plans"), engine.NewHasher("plans-content")
	for _, p := range plans {
		homes.Key(p.HomeKey)
		all.Key(p.HomeKey).Key(p.ContentKey)
	}
	execKey := r.key("executors", "")
	for _, x := range execs {
		model.ExecutorViewKey(execKey, x)
	}
	homeKey, contentKey, executors := homes.Done(), all.Done(), execKey.Done()

	if k := r.key("data-plans-json", "").Key(homeKey).String(asOf).Done(); !r.out.Keep(SiteUnit, "data/plans.json", k) {
		data, err := jsonBytes(r.plansJSON(plans))
		if err != nil {
			return err
		}
		if err := r.Emit(SiteUnit, "data/plans.json", k, data); err != nil {
			return err
		}
	}
	// The workbook, the largest of these files to make, is made beside
	// the others.
	book := make(chan error, 1)
	go func() { book <- r.portalWorkbook(plans, execs, contentKey, executors) }()
	err := r.portalCSVs(plans, execs, contentKey, executors)
	if berr := <-book; err == nil {
		err = berr
	}
	if err != nil {
		return err
	}
	for _, j := range []struct{ file, section, list string }{
		{"data/notes.json", "json/notes", "notes"}, {"data/indicator-results.json", "json/results", "indicators"},
	} {
		if err := r.concatJSON(plans, j.file, j.section, j.list, contentKey); err != nil {
			return err
		}
	}
	if err := r.dataPackage(plans, homeKey); err != nil {
		return err
	}
	if err := r.catalog(plans, homeKey); err != nil {
		return err
	}
	return r.dataSchemas()
}

// portalCSVs writes each table of all plans as CSV.
func (r *Renderer) portalCSVs(plans []*model.PlanSummary, execs []*model.ExecutorView, contentKey, executors engine.Key) error {
	for _, t := range dataTables {
		file := "data/" + t.Name + ".csv"
		k := r.key("data-table", t.Name).Key(contentKey)
		if t == executorsTable {
			k.Key(executors)
		}
		if key := k.Done(); !r.out.Keep(SiteUnit, file, key) {
			err := r.out.PutStream(SiteUnit, file, key, func(w io.Writer) error { return r.portalCSV(w, t, plans, execs) })
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// portalWorkbook writes all plans' tables as the portal's workbook, a
// sheet per table, from the rows each plan keeps in its pack.
func (r *Renderer) portalWorkbook(plans []*model.PlanSummary, execs []*model.ExecutorView, contentKey, executors engine.Key) error {
	key := r.key("data-portal-xlsx", "").Key(contentKey).Key(executors).Done()
	if r.out.Keep(SiteUnit, portalWorkbook, key) {
		return nil
	}
	wb, err := newWorkbook(r.site.Config.Title, r.site.Config.Data.Publisher, portalDate(plans))
	if err != nil {
		return err
	}
	if err := r.aboutSheet(wb, r.site.Config.Title); err != nil {
		return err
	}
	for _, t := range dataTables {
		sh, err := wb.addSheet(t.Name, t.Schema.Fields)
		if err == nil {
			err = r.portalSheet(sh, t, plans, execs)
		}
		if err != nil {
			return err
		}
	}
	return r.out.PutStream(SiteUnit, portalWorkbook, key, wb.writeTo)
}

// portalCSV writes table t of all plans as CSV: a plan's lines are copied
// from its pack.
func (r *Renderer) portalCSV(w io.Writer, t *dataTable, plans []*model.PlanSummary, execs []*model.ExecutorView) error {
	switch t {
	case plansTable, executorsTable:
		_, err := w.Write(tableCSV(t, r.portalRows(t, plans, execs)))
		return err
	}
	return r.writeSections(w, plans, "csv/"+t.Name, csvBytes([][]string{t.header()}), nil, nil)
}

// portalRows are the rows of the tables made of the portal's summaries
// rather than kept by each plan.
func (r *Renderer) portalRows(t *dataTable, plans []*model.PlanSummary, execs []*model.ExecutorView) [][]string {
	if t == executorsTable {
		return r.executorRows(execs)
	}
	rows := make([][]string, len(plans))
	for i, p := range plans {
		rows[i] = r.planRow(p)
	}
	return rows
}

// portalSheet fills table t's sheet with all plans' rows: those each plan
// keeps in its pack, read when the workbook is written.
func (r *Renderer) portalSheet(sh *sheet, t *dataTable, plans []*model.PlanSummary, execs []*model.ExecutorView) error {
	switch t {
	case plansTable, executorsTable:
		return sh.addRows(r.portalRows(t, plans, execs))
	}
	for _, p := range plans {
		err := sh.addKept(func(dst []byte) ([]byte, error) { return r.appendSection(dst, p.Dir, "xlsx/"+t.Name) })
		if err != nil {
			return fmt.Errorf("%s rows of %s: %w", t.Name, p.ID, err)
		}
	}
	return nil
}

// portalDate dates the portal's workbook: its latest note, or the first
// day of its first plan — a date of its content (see planDate).
func portalDate(plans []*model.PlanSummary) content.Date {
	var d content.Date
	for _, p := range plans {
		if start := (content.Date{Year: p.Period.Start, Month: 1, Day: 1}); d.IsZero() || start.Before(d) {
			d = start
		}
	}
	for _, p := range plans {
		if len(p.Latest) > 0 && p.Latest[0].Date.After(d) {
			d = p.Latest[0].Date
		}
	}
	if d.IsZero() {
		d = content.Date{Year: content.MinYear, Month: 1, Day: 1}
	}
	return d
}

// concatJSON writes a JSON file of all plans from the elements each plan
// keeps in its pack (see jsonDoc), without holding it in memory.
func (r *Renderer) concatJSON(plans []*model.PlanSummary, file, section, list string, contentKey engine.Key) error {
	k := r.key("data-json", file).Key(contentKey).Done()
	if r.out.Keep(SiteUnit, file, k) {
		return nil
	}
	some, err := r.anySection(plans, section)
	if err != nil {
		return err
	}
	head, tail := jsonDocEnds("", list, some)
	return r.out.PutStream(SiteUnit, file, k, func(w io.Writer) error {
		return r.writeSections(w, plans, section, head, []byte(",\n"), tail)
	})
}

// jsonElements encodes the elements of a list as jsonDoc lists them,
// separated by commas.
func jsonElements[T any](xs []T) ([]byte, error) {
	var out, buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", " ")
	for i, x := range xs {
		buf.Reset()
		if err := enc.Encode(x); err != nil {
			return nil, err
		}
		if i > 0 {
			out.WriteString(",\n")
		}
		out.WriteString("  ")
		out.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	return out.Bytes(), nil
}

// jsonDoc is a JSON object of head's members (if any) and a list of
// elements (see jsonElements) named list.
func jsonDoc(head, list string, elems []byte) []byte {
	start, end := jsonDocEnds(head, list, len(elems) > 0)
	b := make([]byte, 0, len(start)+len(elems)+len(end))
	return append(append(append(b, start...), elems...), end...)
}

// jsonDocEnds are what jsonDoc puts before and after the elements.
func jsonDocEnds(head, list string, elems bool) (start, end []byte) {
	var b bytes.Buffer
	b.WriteString("{\n")
	if head != "" {
		b.WriteString(" " + head + ",\n")
	}
	b.WriteString(" " + jsonString(list) + ": [")
	if !elems {
		return b.Bytes(), []byte("]\n}\n")
	}
	b.WriteString("\n")
	return b.Bytes(), []byte("\n ]\n}\n")
}

func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

func jsonBytes(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// tableCSV is a table's CSV file: header and rows.
func tableCSV(t *dataTable, rows [][]string) []byte {
	return csvBytes(append([][]string{t.header()}, rows...))
}

// csvBytes writes a table as CSV for Excel: it starts with a UTF-8 byte
// order mark (without it Excel guesses a legacy code page and shows
// Cyrillic as mojibake) and ends lines with CRLF.
func csvBytes(rows [][]string) []byte {
	return append([]byte("\uFEFF"), csvRows(rows)...)
}

// csvRows writes rows as CSV without the byte order mark.
func csvRows(rows [][]string) []byte {
	var buf bytes.Buffer
	writeCSV(&buf, rows)
	return buf.Bytes()
}

// writeCSV appends rows as CSV to buf. It is the one CSV writer: every
// cell goes through safeCell.
func writeCSV(buf *bytes.Buffer, rows [][]string) {
	w := csv.NewWriter(buf)
	w.UseCRLF = true
	var safe []string
	for _, row := range rows {
		safe = safe[:0]
		for _, c := range row {
			safe = append(safe, safeCell(c))
		}
		_ = w.Write(safe) // writing to memory cannot fail
	}
	w.Flush()
}

// plainNumber matches a number as the data files write it.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// safeCell keeps a spreadsheet from reading a cell as a formula: a cell
// that starts with = + - @ (or a tab or carriage return, which Excel skips
// before one) gets a leading apostrophe, the mark spreadsheets themselves
// use for "text, not a formula" (OWASP's advice against CSV injection).
// Numbers the files write themselves, such as -5, stay numbers.
func safeCell(c string) string {
	if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) || plainNumber.MatchString(c) {
		return c
	}
	return "'" + c
}
