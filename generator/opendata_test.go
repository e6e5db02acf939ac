package generator

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/xuri/excelize/v2"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// The open data checked as a data portal, a validator and a spreadsheet
// would take it, on the shipped site and the small test site:
// datapackage.json against the official Tabular Data Package profile,
// every CSV row against its Table Schema (types, formats, allowed values,
// required fields, primary keys unique, foreign keys resolving), the JSON
// files against the JSON Schemas published beside them, the workbooks read
// back with typed cells, and the JSON-LD of the catalogue and the measure
// pages.

// openDataSites are the sites the open data is checked on, with their
// dates.
var openDataSites = []struct{ name, root, date string }{
	{"shipped", "", "2025-06-30"},
	{"small", "testdata/sites/small", "2021-07-01"},
}

// eachOpenDataSite runs check on the files of each site.
func eachOpenDataSite(t *testing.T, check func(t *testing.T, files map[string][]byte)) {
	for _, s := range openDataSites {
		t.Run(s.name, func(t *testing.T) {
			root := s.root
			if root == "" {
				root = fixture.Root()
			}
			check(t, generate(t, root, s.date).Files)
		})
	}
}

// dataPackageProfiles is the folder of the Data Package profiles (the
// JSON Schemas of specs.frictionlessdata.io, shipped in the npm package
// datapackage, which .ci/run unpacks); the test is skipped without it
// locally and fails without it in CI.
func dataPackageProfiles(t *testing.T) string {
	dir := os.Getenv("DATAPACKAGE_PROFILES")
	if dir == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DATAPACKAGE_PROFILES is not set: .ci/run unpacks the npm package datapackage and sets it")
		}
		t.Skip("DATAPACKAGE_PROFILES is not set (see .ci/run)")
	}
	return dir
}

func TestDataPackageProfile(t *testing.T) {
	dir := dataPackageProfiles(t)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(filepath.Join(dir, "tabular-data-package.json"))
	if err != nil {
		t.Fatal(err)
	}
	eachOpenDataSite(t, func(t *testing.T, files map[string][]byte) {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(files["data/datapackage.json"]))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(doc); err != nil {
			t.Errorf("datapackage.json is not a Tabular Data Package: %v", err)
		}
		// The profile is a real check: a resource without its schema, or
		// with a type the standard lacks, fails it.
		res := doc.(map[string]any)["resources"].([]any)
		delete(res[0].(map[string]any), "schema")
		if sch.Validate(doc) == nil {
			t.Error("a resource without a schema passes the profile")
		}
	})
}

// tablePackage is what the checker reads of datapackage.json.
type tablePackage struct {
	Profile   string
	Created   string
	Licenses  []struct{ Name, Path string }
	Resources []struct {
		Name, Path, Encoding string
		Schema               tableSchema
	}
}

type tableSchema struct {
	Fields []struct {
		Name, Type, Format string
		Constraints        struct {
			Required bool
			Enum     []string
		}
	}
	PrimaryKey  []string
	ForeignKeys []struct {
		Fields    []string
		Reference struct {
			Resource string
			Fields   []string
		}
	}
	MissingValues []string
}

// TestTablesMatchTheirSchemas checks every CSV file under /data/ against
// its resource in datapackage.json.
func TestTablesMatchTheirSchemas(t *testing.T) {
	eachOpenDataSite(t, func(t *testing.T, files map[string][]byte) {
		var dp tablePackage
		if err := json.Unmarshal(files["data/datapackage.json"], &dp); err != nil {
			t.Fatal(err)
		}
		if len(dp.Licenses) != 1 || dp.Licenses[0].Name != "CC-BY-4.0" {
			t.Errorf("licenses = %+v, want CC-BY-4.0 by default", dp.Licenses)
		}
		tables := map[string]*checkedTable{}
		described := map[string]bool{}
		for i := range dp.Resources {
			res := &dp.Resources[i]
			file := "data/" + res.Path
			described[file] = true
			data, ok := files[file]
			if !ok {
				t.Errorf("resource %s: %s was not generated", res.Name, res.Path)
				continue
			}
			tables[res.Name] = checkTable(t, res.Path, data, &res.Schema)
		}
		for f := range files {
			if strings.HasPrefix(f, "data/") && strings.HasSuffix(f, ".csv") && !described[f] {
				t.Errorf("%s is not a resource of datapackage.json", f)
			}
		}
		for i := range dp.Resources {
			res := &dp.Resources[i]
			if tb := tables[res.Name]; tb != nil {
				checkForeignKeys(t, res.Name, tb, &res.Schema, tables)
			}
		}
		if tables["measures"] == nil || len(tables["measures"].rows) == 0 {
			t.Error("measures.csv has no rows")
		}
	})
}

// checkedTable is a CSV file read as its schema says: a row's cells by
// field name, "" for a missing value.
type checkedTable struct {
	fields []string
	rows   [][]string
}

func (tb *checkedTable) key(row []string, names []string) (string, bool) {
	var parts []string
	all := true
	for _, n := range names {
		v := row[slices.Index(tb.fields, n)]
		all = all && v == ""
		parts = append(parts, v)
	}
	return strings.Join(parts, "\x00"), all
}

var (
	isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	isoYear = regexp.MustCompile(`^\d{4}$`)
	integer = regexp.MustCompile(`^[+-]?\d+$`)
)

// checkTable reads a CSV file and checks each cell's type, format,
// constraints, and the primary key.
func checkTable(t testing.TB, name string, data []byte, s *tableSchema) *checkedTable {
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Errorf("%s: no byte order mark", name)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	tb := &checkedTable{}
	for _, f := range s.Fields {
		tb.fields = append(tb.fields, f.Name)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], tb.fields) {
		t.Errorf("%s: header %q, schema %q", name, recs[0], tb.fields)
		return nil
	}
	if !slices.Equal(s.MissingValues, []string{""}) {
		t.Errorf("%s: missingValues %q, want [\"\"]", name, s.MissingValues)
	}
	seen := map[string]int{}
	errs := 0
	report := func(line int, format string, args ...any) {
		if errs++; errs <= 10 {
			t.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
		}
	}
	for i, row := range recs[1:] {
		line := i + 2
		for j, f := range s.Fields {
			v := row[j]
			if v == "" {
				if f.Constraints.Required {
					report(line, "%s is required", f.Name)
				}
				continue
			}
			if msg := checkCell(f.Type, f.Format, v); msg != "" {
				report(line, "%s = %q: %s", f.Name, v, msg)
			}
			if len(f.Constraints.Enum) > 0 && !slices.Contains(f.Constraints.Enum, v) {
				report(line, "%s = %q is not one of %q", f.Name, v, f.Constraints.Enum)
			}
		}
		if len(s.PrimaryKey) > 0 {
			k, _ := tb.key(row, s.PrimaryKey)
			if prev, dup := seen[k]; dup {
				report(line, "primary key %q repeats line %d", strings.ReplaceAll(k, "\x00", ", "), prev)
			}
			seen[k] = line
			for _, n := range s.PrimaryKey {
				if row[slices.Index(tb.fields, n)] == "" {
					report(line, "primary key field %s is empty", n)
				}
			}
		}
		tb.rows = append(tb.rows, row)
	}
	return tb
}

// checkCell says what is wrong with a cell of a type and format, "" if
// nothing.
func checkCell(typ, format, v string) string {
	switch typ {
	case "string":
		if format == "uri" {
			if u, err := url.Parse(v); err != nil || u.Scheme == "" || u.Host == "" && u.Scheme != "mailto" {
				return "not an absolute URI"
			}
		}
		return ""
	case "integer":
		if !integer.MatchString(v) {
			return "not an integer"
		}
	case "number":
		if _, err := strconv.ParseFloat(v, 64); err != nil || strings.ContainsAny(v, "eEInfa") {
			return "not a number"
		}
	case "boolean":
		if v != "true" && v != "false" {
			return "not a boolean"
		}
	case "date":
		if _, err := content.ParseDate(v); err != nil || !isoDate.MatchString(v) {
			return "not a date"
		}
	case "year":
		if !isoYear.MatchString(v) {
			return "not a year"
		}
	default:
		return "a type the checker does not know: " + typ
	}
	return ""
}

// checkForeignKeys checks that every reference of a table names a row of
// the table it refers to; a reference whose fields are all empty names
// nothing.
func checkForeignKeys(t testing.TB, name string, tb *checkedTable, s *tableSchema, tables map[string]*checkedTable) {
	for _, fk := range s.ForeignKeys {
		ref := tables[fk.Reference.Resource]
		if fk.Reference.Resource == "" {
			ref = tb
		}
		if ref == nil {
			t.Errorf("%s: a foreign key refers to %q, which is no resource", name, fk.Reference.Resource)
			continue
		}
		keys := map[string]bool{}
		for _, row := range ref.rows {
			k, _ := ref.key(row, fk.Reference.Fields)
			keys[k] = true
		}
		missing := 0
		for i, row := range tb.rows {
			k, none := tb.key(row, fk.Fields)
			if !none && !keys[k] {
				if missing++; missing <= 5 {
					t.Errorf("%s:%d: %v = %q names no row of %s", name, i+2, fk.Fields, strings.ReplaceAll(k, "\x00", ", "), fk.Reference.Resource)
				}
			}
		}
	}
}

// TestJSONMatchesItsSchemas validates the JSON files under /data/ against
// the JSON Schemas published in /data/schema/.
func TestJSONMatchesItsSchemas(t *testing.T) {
	eachOpenDataSite(t, func(t *testing.T, files map[string][]byte) {
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		schemas := map[string]*jsonschema.Schema{}
		for _, name := range []string{"plans", "plan", "notes", "indicator-results", "quality"} {
			data := files["data/schema/"+name+".schema.json"]
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s.schema.json: %v", name, err)
			}
			id := "file:///" + name + ".schema.json"
			if m, ok := doc.(map[string]any); ok && m["$id"] != nil {
				id = m["$id"].(string)
			}
			if err := c.AddResource(id, doc); err != nil {
				t.Fatal(err)
			}
			if schemas[name], err = c.Compile(id); err != nil {
				t.Fatalf("%s.schema.json: %v", name, err)
			}
		}
		checked := 0
		for f, data := range files {
			var name string
			switch {
			case path.Base(f) == "quality.json" && !strings.HasPrefix(f, "data/") && strings.Count(f, "/") == 1:
				name = "quality" // <plan>/quality.json
			case !strings.HasPrefix(f, "data/") || strings.HasPrefix(f, "data/schema/") || !strings.HasSuffix(f, ".json") || f == "data/datapackage.json":
				continue
			case f == "data/plans.json":
				name = "plans"
			case path.Base(f) == "notes.json":
				name = "notes"
			case path.Base(f) == "indicator-results.json":
				name = "indicator-results"
			default:
				name = "plan"
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			if err := schemas[name].Validate(doc); err != nil {
				t.Errorf("%s does not match %s.schema.json: %v", f, name, err)
			}
			checked++
		}
		if checked < 7 {
			t.Errorf("only %d JSON files checked", checked)
		}
	})
}

// TestWorkbooksReadBack opens each workbook with excelize and checks that
// every sheet holds its CSV's rows with typed cells: numbers as numbers,
// dates as dates, booleans as booleans, the header frozen.
func TestWorkbooksReadBack(t *testing.T) {
	eachOpenDataSite(t, func(t *testing.T, files map[string][]byte) {
		var dp tablePackage
		if err := json.Unmarshal(files["data/datapackage.json"], &dp); err != nil {
			t.Fatal(err)
		}
		var plans []string
		for f := range files {
			if m := regexp.MustCompile(`^data/([a-z0-9-]+)\.xlsx$`).FindStringSubmatch(f); m != nil && m[1] != "all-plans" {
				plans = append(plans, m[1])
			}
		}
		if len(plans) == 0 {
			t.Fatal("no plan workbook")
		}
		checkWorkbook(t, files, "data/all-plans.xlsx", "", &dp)
		for _, p := range plans {
			checkWorkbook(t, files, "data/"+p+".xlsx", p, &dp)
		}
	})
}

// checkWorkbook checks a workbook against the CSV files: the rows of
// plan only, or all rows when plan is "".
func checkWorkbook(t *testing.T, files map[string][]byte, name, plan string, dp *tablePackage) {
	f, err := excelize.OpenReader(bytes.NewReader(files[name]))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer f.Close()
	props, err := f.GetDocProps()
	if err != nil || !isoDate.MatchString(props.Created[:min(10, len(props.Created))]) || props.Creator == "xuri" {
		t.Errorf("%s: document properties %+v (%v)", name, props, err)
	}
	want := []string{"about"}
	for _, res := range dp.Resources {
		if !isPlanResource(files, res.Name) {
			want = append(want, res.Name)
		}
	}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("%s: sheets %q, want %q", name, got, want)
	}
	for _, res := range dp.Resources {
		if isPlanResource(files, res.Name) {
			continue
		}
		sheet := res.Name
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s %s: the header row is not frozen (%+v, %v)", name, sheet, panes, err)
		}
		if sheet == "executors" && plan != "" {
			continue // a plan's own executors, counted in the plan
		}
		rows := sheetCSVRows(files, res.Path, sheet, plan)
		got, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(rows) {
			t.Errorf("%s %s: %d rows, the CSV has %d", name, sheet, len(got), len(rows))
			continue
		}
		for i := 1; i < len(rows); i++ {
			for j, fld := range res.Schema.Fields {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				checkXLSXCell(t, f, name, sheet, cell, fld.Type, unsafeCell(rows[i][j]))
			}
		}
	}
}

// sheetCSVRows are the rows a workbook's sheet should hold: the header
// and the rows of the table's CSV file, those of plan only unless plan is
// "".
func sheetCSVRows(files map[string][]byte, csvPath, sheet, plan string) [][]string {
	recs, _ := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(files["data/"+csvPath], []byte("\uFEFF")))).ReadAll()
	rows := [][]string{recs[0]}
	planCol := slices.Index(recs[0], "plan")
	for _, r := range recs[1:] {
		if plan == "" || planCol >= 0 && r[planCol] == plan || sheet == "plans" && r[0] == plan {
			rows = append(rows, r)
		}
	}
	return rows
}

// isPlanResource reports whether a resource is a plan's own CSV file,
// <plan>-measures.csv, rather than a table of all plans.
func isPlanResource(files map[string][]byte, name string) bool {
	id, ok := strings.CutSuffix(name, "-measures")
	return ok && files["data/"+id+".json"] != nil
}

// unsafeCell undoes safeCell's apostrophe: the workbook holds the text.
func unsafeCell(v string) string {
	if len(v) > 1 && v[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(v[1])) {
		return v[1:]
	}
	return v
}

func checkXLSXCell(t *testing.T, f *excelize.File, name, sheet, cell, typ, want string) {
	t.Helper()
	ct, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	fail := func(what string) {
		t.Errorf("%s %s!%s: %s (type %v, value %q, CSV %q)", name, sheet, cell, what, ct, raw, want)
	}
	if want == "" {
		if raw != "" {
			fail("should be empty")
		}
		return
	}
	switch typ {
	case "integer", "year", "number":
		w, _ := strconv.ParseFloat(want, 64)
		if g, err := strconv.ParseFloat(raw, 64); ct != excelize.CellTypeUnset && ct != excelize.CellTypeNumber || err != nil || g != w {
			fail("not the number")
		}
	case "boolean":
		if ct != excelize.CellTypeBool || (raw == "1") != (want == "true") {
			fail("not the boolean")
		}
	case "date":
		serial, err := strconv.ParseFloat(raw, 64)
		d, _ := excelize.ExcelDateToTime(serial, false)
		style, _ := f.GetCellStyle(sheet, cell)
		st, _ := f.GetStyle(style)
		if err != nil || d.Format("2006-01-02") != want || st == nil || st.NumFmt != 14 {
			fail("not the date")
		}
	default:
		if ct != excelize.CellTypeInlineString || raw != want {
			fail("not the text")
		}
	}
}

// TestCatalogAndMeasureJSONLD checks the DCAT-AP catalogue and a measure
// page's schema.org description: JSON-LD that parses, with the types
// harvesters look for, and distributions that are files of the site.
func TestCatalogAndMeasureJSONLD(t *testing.T) {
	res := generate(t, "testdata/sites/small", "2021-07-01")
	var cat map[string]any
	if err := json.Unmarshal(res.Files["data/catalog.jsonld"], &cat); err != nil {
		t.Fatal(err)
	}
	ctx, _ := cat["@context"].(map[string]any)
	expand := func(v any) string {
		s, _ := v.(string)
		prefix, local, ok := strings.Cut(s, ":")
		if ns, known := ctx[prefix].(string); ok && known {
			return ns + local
		}
		return s
	}
	const dcat, dct = "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"
	if expand(cat["@type"]) != dcat+"Catalog" {
		t.Errorf("the catalogue's @type is %v", cat["@type"])
	}
	if expand("dct:modified") != dct+"modified" || cat["dct:modified"] != "2021-07-01" {
		t.Errorf("modified = %v, want the build date", cat["dct:modified"])
	}
	datasets, _ := cat["dcat:dataset"].([]any)
	if len(datasets) != 2 {
		t.Fatalf("%d datasets, want the portal's and the plan's", len(datasets))
	}
	for _, d := range datasets {
		ds := d.(map[string]any)
		if expand(ds["@type"]) != dcat+"Dataset" || ds["dct:title"] == nil || ds["dct:description"] == nil || ds["dct:publisher"] == nil {
			t.Errorf("dataset %v lacks what DCAT-AP requires", ds["@id"])
		}
		for _, x := range ds["dcat:distribution"].([]any) {
			dist := x.(map[string]any)
			u := dist["dcat:downloadURL"].(map[string]any)["@id"].(string)
			file := strings.TrimPrefix(u, "https://plans.example.org/")
			if expand(dist["@type"]) != dcat+"Distribution" || res.Files[file] == nil {
				t.Errorf("distribution %s: type %v, file %s generated: %v", u, dist["@type"], file, res.Files[file] != nil)
			}
			if !strings.HasPrefix(dist["dcat:mediaType"].(map[string]any)["@id"].(string), "https://www.iana.org/assignments/media-types/") {
				t.Errorf("distribution %s: media type %v", u, dist["dcat:mediaType"])
			}
		}
	}

	page := string(res.Files["town-2020/ii/1-1/index.html"])
	m := regexp.MustCompile(`<script type="?application/ld\+json"?>(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("the measure page has no JSON-LD")
	}
	var action map[string]any
	if err := json.Unmarshal([]byte(m[1]), &action); err != nil {
		t.Fatalf("the measure page's JSON-LD: %v", err)
	}
	if action["@context"] != "https://schema.org" || action["@type"] != "Action" ||
		!strings.HasPrefix(action["actionStatus"].(string), "https://schema.org/") || action["agent"] == nil {
		t.Errorf("the measure page's JSON-LD: %v", action)
	}
	obs, _ := action["result"].([]any)
	if len(obs) == 0 || obs[0].(map[string]any)["@type"] != "Observation" || obs[0].(map[string]any)["value"] != 55.5 {
		t.Errorf("the measure's indicator values are not Observations: %v", action["result"])
	}
}

// recorder collects what a check reports, for the tests of the checker.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Helper() {}

// TestTableCheckerCatches shows the checker failing each kind of bad
// table: the test above passes because the tables are right, not because
// the checker looks away.
func TestTableCheckerCatches(t *testing.T) {
	var s tableSchema
	if err := json.Unmarshal([]byte(`{"fields": [
		{"name": "id", "type": "string", "constraints": {"required": true}},
		{"name": "n", "type": "integer"}, {"name": "x", "type": "number"}, {"name": "d", "type": "date"},
		{"name": "b", "type": "boolean"}, {"name": "y", "type": "year"}, {"name": "u", "type": "string", "format": "uri"},
		{"name": "e", "type": "string", "constraints": {"enum": ["a", "b"]}}, {"name": "ref", "type": "string"}],
		"primaryKey": ["id"], "foreignKeys": [{"fields": ["ref"], "reference": {"resource": "", "fields": ["id"]}}],
		"missingValues": [""]}`), &s); err != nil {
		t.Fatal(err)
	}
	const header = "\uFEFFid,n,x,d,b,y,u,e,ref\r\n"
	good := "k1,1,-2.5,2021-07-01,true,2021,https://example.org/,a,\r\nk2,,,,,,,,k1\r\n"
	for name, tc := range map[string]struct{ rows, want string }{
		"good":        {good, ""},
		"integer":     {"k1,1.5,,,,,,,\r\n", "not an integer"},
		"number":      {"k1,,1e5,,,,,,\r\n", "not a number"},
		"date":        {"k1,,,01.07.2021,,,,,\r\n", "not a date"},
		"boolean":     {"k1,,,,yes,,,,\r\n", "not a boolean"},
		"year":        {"k1,,,,,21,,,\r\n", "not a year"},
		"uri":         {"k1,,,,,,/relative/,,\r\n", "not an absolute URI"},
		"enum":        {"k1,,,,,,,c,\r\n", "is not one of"},
		"required":    {",,,,,,,,\r\n", "is required"},
		"primary key": {"k1,,,,,,,,\r\nk1,,,,,,,,\r\n", "repeats line"},
		"foreign key": {"k1,,,,,,,,k9\r\n", "names no row"},
	} {
		t.Run(name, func(t *testing.T) {
			r := &recorder{TB: t}
			if tb := checkTable(r, "t.csv", []byte(header+tc.rows), &s); tb != nil {
				checkForeignKeys(r, "t.csv", tb, &s, map[string]*checkedTable{})
			}
			got := strings.Join(r.errs, "\n")
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("reported %q, want %q", got, tc.want)
			}
		})
	}
}

// sheetJS is the folder of SheetJS (npm's xlsx, a test tool), a second
// reader of the workbooks, written apart from excelize: $SHEETJS. The test
// is skipped without it locally and fails without it in CI.
func sheetJS(t *testing.T) (node, module string) {
	module = os.Getenv("SHEETJS")
	node, err := exec.LookPath("node")
	if module == "" || err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("SheetJS or node missing: .ci/run installs npm's xlsx and sets SHEETJS")
		}
		t.Skip("SHEETJS is not set or node is missing (see .ci/run)")
	}
	return node, module
}

// sheetJSCell is a cell as SheetJS reads it: its type (n, b, s), value and
// number format.
type sheetJSCell struct {
	T string
	V any
	Z string
}

// TestWorkbooksSheetJS reads every workbook with SheetJS, as a spreadsheet
// program would, and checks each sheet against its CSV file: the same
// rows and columns, numbers as numbers, booleans as booleans, dates as
// dates in a date format, text as text. plansite writes the rows' XML
// itself (render/xlsxrows.go); excelize reading them back is not enough.
func TestWorkbooksSheetJS(t *testing.T) {
	node, module := sheetJS(t)
	eachOpenDataSite(t, func(t *testing.T, files map[string][]byte) {
		var dp tablePackage
		if err := json.Unmarshal(files["data/datapackage.json"], &dp); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		plans := map[string]string{} // file → plan, "" for the portal's
		var paths []string
		for f, data := range files {
			if m := regexp.MustCompile(`^data/([a-z0-9-]+)\.xlsx$`).FindStringSubmatch(f); m != nil {
				p := filepath.Join(dir, m[1]+".xlsx")
				if err := os.WriteFile(p, data, 0o644); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
				plans[p] = strings.TrimSuffix(m[1], "all-plans")
			}
		}
		slices.Sort(paths)
		out, err := exec.Command(node, append([]string{"testdata/sheetjs/read.js", module}, paths...)...).Output()
		if err != nil {
			t.Fatalf("node: %v", err)
		}
		var books map[string]map[string][][]*sheetJSCell
		if err := json.Unmarshal(out, &books); err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			for _, res := range dp.Resources {
				if isPlanResource(files, res.Name) || res.Name == "executors" && plans[p] != "" {
					continue
				}
				checkSheetJS(t, filepath.Base(p)+" "+res.Name, books[p][res.Name], sheetCSVRows(files, res.Path, res.Name, plans[p]), res.Schema)
			}
		}
	})
}

// checkSheetJS checks a sheet as SheetJS read it against its CSV rows.
func checkSheetJS(t *testing.T, name string, got [][]*sheetJSCell, want [][]string, schema tableSchema) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, the CSV has %d", name, len(got), len(want))
		return
	}
	for i, row := range want {
		if len(got[i]) > len(row) {
			t.Errorf("%s row %d: %d columns, the CSV has %d", name, i+1, len(got[i]), len(row))
			return
		}
		for j, v := range row {
			var c *sheetJSCell
			if j < len(got[i]) {
				c = got[i][j]
			}
			typ := "string"
			if i > 0 {
				typ = schema.Fields[j].Type
			}
			if !sheetJSCellIs(c, typ, unsafeCell(v)) {
				t.Errorf("%s row %d column %d (%s): %+v, CSV %q", name, i+1, j+1, typ, c, v)
			}
		}
	}
}

// sheetJSCellIs reports whether c holds the CSV value want of type typ.
func sheetJSCellIs(c *sheetJSCell, typ, want string) bool {
	if want == "" {
		return c == nil || c.V == ""
	}
	if c == nil {
		return false
	}
	switch typ {
	case "integer", "year", "number":
		w, err := strconv.ParseFloat(want, 64)
		return err == nil && c.T == "n" && c.V == w
	case "boolean":
		return c.T == "b" && c.V == (want == "true")
	case "date":
		serial, ok := c.V.(float64)
		d, err := excelize.ExcelDateToTime(serial, false)
		return ok && err == nil && c.T == "n" && strings.Contains(c.Z, "d") && d.Format("2006-01-02") == want
	}
	return c.T == "s" && c.V == want
}
