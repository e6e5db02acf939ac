package chart

import (
	"encoding/xml"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	update  = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")
	preview = flag.String("preview", "", "write an HTML page per golden chart (and all.html) into this directory, for a browser screenshot")
)

const (
	templatePath = "../../../themes/default/templates/chart.html"
	cssPath      = "../../../themes/default/assets/chart.css"
)

// loadTemplates parses the real template file, as the site's renderer does.
func loadTemplates(t *testing.T) *template.Template {
	t.Helper()
	tpl, err := template.New("chart.html").Funcs(Funcs).ParseFiles(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

func render(t *testing.T, tpl *template.Template, f Figure) string {
	t.Helper()
	out, err := Render(tpl, f)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestGolden renders each kind through the real chart.html and compares the
// bytes with testdata/NAME.golden. After an intended change:
//
//	go test ./generator/chart -update                       # rewrite the goldens
//	go test ./generator/chart -run Golden -preview=/tmp/p   # pages to screenshot
func TestGolden(t *testing.T) {
	tpl := loadTemplates(t)
	var page strings.Builder
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			got := render(t, tpl, c.fig) + "\n"
			page.WriteString(got)
			if *preview != "" {
				writePreview(t, c.name, got)
			}
			path := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (run go test -update and review the diff)\n%s", path, firstDiff(got, string(want)))
			}
		})
	}
	if *preview != "" {
		writePreview(t, "all", page.String())
	}
}

// writePreview writes body into a page that links chart.css the way the
// site does (inlined here so the file opens on its own).
func writePreview(t *testing.T, name, body string) {
	t.Helper()
	css, err := os.ReadFile(cssPath)
	if err != nil {
		t.Fatal(err)
	}
	html := "<!doctype html><html lang=\"uk\"><meta charset=\"utf-8\"><title>" + name + "</title><style>body{font-family:system-ui,sans-serif;margin:1rem;background:#f6f7f9}\n" +
		string(css) + "</style><body>" + body + "</body></html>"
	if err := os.WriteFile(filepath.Join(*preview, name+".html"), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
}

// firstDiff shows where two outputs part, so a failure is readable.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + "\n got: " + al[i] + "\nwant: " + bl[i]
		}
	}
	return "lengths differ"
}

// TestMarkup checks what every figure must be: well-formed XML, no style
// attributes or inline style/script (strict CSP), ids unique on a page that
// holds them all, and every id reference pointing at an id that exists.
func TestMarkup(t *testing.T) {
	tpl := loadTemplates(t)
	var page strings.Builder
	page.WriteString("<div>")
	for _, c := range goldenCases() {
		page.WriteString(render(t, tpl, c.fig))
	}
	var edges strings.Builder
	for _, f := range edgeFigures() {
		edges.WriteString(render(t, tpl, f))
	}
	page.WriteString(edges.String())
	page.WriteString("</div>")
	out := page.String()
	if *preview != "" {
		writePreview(t, "edges", edges.String())
	}

	for _, bad := range []string{"style=", "<style", "<script"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	if regexp.MustCompile(`\son[a-z]+=`).MatchString(out) {
		t.Errorf("event handler attribute in output")
	}

	ids := map[string]int{}
	var refs []string
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "id":
				ids[a.Value]++
			case "aria-labelledby", "aria-describedby":
				refs = append(refs, strings.Fields(a.Value)...)
			case "href":
				if se.Name.Local == "use" && strings.HasPrefix(a.Value, "#") {
					refs = append(refs, a.Value[1:])
				}
			case "fill":
				if m := regexp.MustCompile(`^url\(#(.+)\)$`).FindStringSubmatch(a.Value); m != nil {
					refs = append(refs, m[1])
				}
			}
		}
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	for _, r := range refs {
		if ids[r] == 0 {
			t.Errorf("reference to missing id %q", r)
		}
	}
	if len(ids) == 0 || len(refs) == 0 {
		t.Fatal("no ids or references found: the check itself is broken")
	}
}

// TestFigureStructure checks the accessible structure of every kind: an
// indicator or status chart is a wide and a narrow image, each named by its
// title and description; a timeline is a list of links to the measures,
// each saying its term, with the strips hidden from assistive technology.
func TestFigureStructure(t *testing.T) {
	tpl := loadTemplates(t)
	for _, c := range goldenCases() {
		out := render(t, tpl, c.fig)
		want := []string{
			`<figure class="chart chart-` + string(c.fig.Kind) + `" id="` + c.fig.ID + `">`,
			`<figcaption class="chart-caption">`,
			"<details class=\"chart-data\">\n<summary>", "<caption>", `<th scope="col"`, `<th scope="row">`,
		}
		for _, v := range c.fig.Views {
			want = append(want,
				`<svg class="chart-svg chart-view-`+v.Name+`"`,
				`role="img" aria-labelledby="`+v.ID+`-title `+v.ID+`-desc"`,
				`<title id="`+v.ID+`-title">`, `<desc id="`+v.ID+`-desc">`, `viewBox="0 0 `+v.Width.String()+" ")
		}
		if c.fig.Timeline != nil {
			want = append(want, `<p class="chart-sr" id="`+c.fig.ID+`-desc">`, `<a class="chart-tl-label" href="`,
				`<svg class="chart-strip" aria-hidden="true" focusable="false"`, `<span class="chart-sr">: `)
			if strings.Contains(out, `role="img"`) {
				t.Errorf("%s: a timeline is links, not an image", c.name)
			}
		} else if len(c.fig.Views) != 2 {
			t.Errorf("%s: %d views, want wide and narrow", c.name, len(c.fig.Views))
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: missing %q", c.name, w)
			}
		}
		if c.fig.Desc == "" || strings.Contains(c.fig.Desc, "!") {
			t.Errorf("%s: bad description %q", c.name, c.fig.Desc)
		}
	}
}

// wellFormed reports whether s parses as XML (inside one root element).
func wellFormed(s string) error {
	dec := xml.NewDecoder(strings.NewReader("<div>" + s + "</div>"))
	dec.Strict = true
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %w", err)
		}
	}
}
