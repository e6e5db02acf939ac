package render

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestWriteCell(t *testing.T) {
	long := strings.Repeat("ї", maxCellChars+5)
	for _, c := range []struct{ typ, v, want string }{
		{"string", "", `<c/>`},
		{"string", "текст", `<c t="inlineStr"><is><t>текст</t></is></c>`},
		{"string", "<a & 'b'>", `<c t="inlineStr"><is><t>&lt;a &amp; &#39;b&#39;&gt;</t></is></c>`},
		{"string", " край\n", `<c t="inlineStr"><is><t xml:space="preserve"> край&#xA;</t></is></c>`},
		{"string", "bell\x07", `<c t="inlineStr"><is><t>bell` + "\uFFFD" + `</t></is></c>`},
		{"string", "bad\xffutf", `<c t="inlineStr"><is><t>bad` + "\uFFFD" + `utf</t></is></c>`},
		{"string", long, `<c t="inlineStr"><is><t>` + long[:2*maxCellChars] + `</t></is></c>`},
		{"integer", "42", `<c><v>42</v></c>`},
		{"integer", "-7", `<c><v>-7</v></c>`},
		{"integer", "4.2", `<c t="inlineStr"><is><t>4.2</t></is></c>`},
		{"year", "2026", `<c><v>2026</v></c>`},
		{"number", "186400.50", `<c><v>186400.5</v></c>`},
		{"number", "NaN", `<c t="inlineStr"><is><t>NaN</t></is></c>`},
		{"number", "Inf", `<c t="inlineStr"><is><t>Inf</t></is></c>`},
		{"number", "1e400", `<c t="inlineStr"><is><t>1e400</t></is></c>`},
		{"boolean", "true", `<c t="b"><v>1</v></c>`},
		{"boolean", "false", `<c t="b"><v>0</v></c>`},
		{"boolean", "так", `<c t="inlineStr"><is><t>так</t></is></c>`},
		{"date", "2019-06-27", `<c s="2"><v>43643</v></c>`},
		{"date", "1990-01-01", `<c s="2"><v>32874</v></c>`},
		{"date", "2019-02-30", `<c t="inlineStr"><is><t>2019-02-30</t></is></c>`},
		{"date", "=cmd()", `<c t="inlineStr"><is><t>=cmd()</t></is></c>`},
	} {
		var buf bytes.Buffer
		writeCell(&buf, c.typ, c.v)
		if got := buf.String(); got != c.want {
			t.Errorf("%s %.40q:\n got %.200s\nwant %.200s", c.typ, c.v, got, c.want)
		}
	}
}

func TestWriteRow(t *testing.T) {
	fields := []dataField{{Name: "a", Type: "integer"}, {Name: "b", Type: "string"}, {Name: "c", Type: "boolean"}}
	for _, c := range []struct {
		row  []string
		want string
	}{
		{[]string{"1", "x", "true"}, `<row><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c><c t="b"><v>1</v></c></row>`},
		{[]string{"", "", "true"}, `<row><c/><c/><c t="b"><v>1</v></c></row>`},
		{[]string{"1", "", ""}, `<row><c><v>1</v></c></row>`},
		{[]string{}, `<row></row>`},
		{[]string{"1", "x", "true", "extra"}, `<row><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c><c t="b"><v>1</v></c><c t="inlineStr"><is><t>extra</t></is></c></row>`},
	} {
		var buf bytes.Buffer
		writeRow(&buf, fields, c.row)
		if got := buf.String(); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.row, got, c.want)
		}
	}
}

func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		b := make([]byte, rng.IntN(5000))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		cut := 0
		if len(b) > 0 {
			cut = rng.IntN(len(b) + 1)
		}
		got := crc32Combine(crc32.ChecksumIEEE(b[:cut]), crc32.ChecksumIEEE(b[cut:]), uint64(len(b)-cut))
		if want := crc32.ChecksumIEEE(b); got != want {
			t.Fatalf("len %d cut %d: %08x, want %08x", len(b), cut, got, want)
		}
	}
}

// TestSheetJoinsRuns writes a sheet of several runs, some empty, into an
// archive and reads it back with archive/zip, which checks the CRC and
// sizes: the entry is the frame with the runs' XML inside its sheetData.
func TestSheetJoinsRuns(t *testing.T) {
	fields := []dataField{{Name: "n", Type: "integer"}, {Name: "text", Type: "string"}}
	body := &sheetBody{}
	var want strings.Builder
	for i := range 6 {
		var rows [][]string
		for j := range i * 300 { // run 0 is empty
			rows = append(rows, []string{string(rune('0' + j%10)), strings.Repeat("рядок ", j%7)})
		}
		run := encodeRows(fields, rows, i == 1)
		var xml bytes.Buffer
		if i == 1 { // a header row
			xml.WriteString("<row>")
			writeTextCell(&xml, "n", headerStyle)
			writeTextCell(&xml, "text", headerStyle)
			xml.WriteString("</row>")
		}
		for _, r := range rows {
			writeRow(&xml, fields, r)
		}
		want.Write(xml.Bytes())
		if err := body.add(func(dst []byte) ([]byte, error) { return run.appendTo(dst), nil }); err != nil {
			t.Fatal(err)
		}
	}
	frame := `<?xml version="1.0"?><worksheet><sheetData></sheetData><pageMargins/></worksheet>`
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	e := &zipEntry{name: "xl/worksheets/sheet1.xml"}
	e.data.WriteString(frame)
	if err := writeSheet(zw, e, body); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(f) // fails on a wrong CRC or size
	if err != nil {
		t.Fatal(err)
	}
	wantDoc := strings.Replace(frame, "</sheetData>", want.String()+"</sheetData>", 1)
	if string(got) != wantDoc {
		t.Errorf("entry is %d bytes, want %d", len(got), len(wantDoc))
	}
}

func TestSheetWithoutSheetData(t *testing.T) {
	zw := zip.NewWriter(io.Discard)
	e := &zipEntry{name: "xl/worksheets/sheet1.xml"}
	e.data.WriteString(`<worksheet/>`)
	if err := writeSheet(zw, e, &sheetBody{}); err == nil {
		t.Error("a frame with no sheetData was written")
	}
}

func TestParseRowsCut(t *testing.T) {
	run := encodeRows([]dataField{{Name: "a", Type: "string"}}, [][]string{{"x"}, {"y"}}, false)
	b := run.appendTo(nil)
	if got, err := parseRows(b); err != nil || got.crc != run.crc || got.size != run.size || !bytes.Equal(got.data, run.data) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for n := 1; n <= rowsHeader; n++ {
		if _, err := parseRows(b[:n]); err == nil {
			t.Errorf("a run cut to %d bytes was read", n)
		}
	}
	if got, err := parseRows(nil); err != nil || got.size != 0 {
		t.Errorf("no bytes: %+v, %v; want no rows", got, err)
	}
}

// TestRunChangedWhileWriting: a run that reads differently when the
// workbook is written than when it was added fails the workbook.
func TestRunChangedWhileWriting(t *testing.T) {
	fields := []dataField{{Name: "a", Type: "string"}}
	runs := []sheetRows{encodeRows(fields, [][]string{{"x"}}, false), encodeRows(fields, [][]string{{"yy"}}, false)}
	n := 0
	body := &sheetBody{}
	if err := body.add(func(dst []byte) ([]byte, error) { n++; return runs[min(n-1, 1)].appendTo(dst), nil }); err != nil {
		t.Fatal(err)
	}
	if err := body.writeTo(io.Discard); err == nil {
		t.Error("a changed run was written")
	}
}
