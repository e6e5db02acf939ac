package generator

import (
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"image/png"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/plansite/plansite/generator/internal/model"
)

// Tests of what citizens meet beside the plan's own pages: the printable
// plan, the favicon, the "report a problem" link of each measure and the
// accessibility statement, on the small site in both languages.

const printAsOf = "2021-07-01"

// parsePage parses a built page, failing the test when it is missing.
func parsePage(t *testing.T, files map[string][]byte, p string) *html.Node {
	t.Helper()
	data, ok := files[p]
	if !ok {
		t.Fatalf("%s was not built", p)
	}
	n, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return n
}

// elements returns the elements under n for which keep holds, in document order.
func elements(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func byID(n *html.Node, id string) *html.Node {
	if f := elements(n, func(e *html.Node) bool { return attr(e, "id") == id }); len(f) > 0 {
		return f[0]
	}
	return nil
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestPrintablePlan: /<plan>/print/ shows every section, task, group and
// measure in force, each measure with its official text, term, executors,
// indicators, state and latest report; the plan's page links it and shows
// progress before the act's metadata.
func TestPrintablePlan(t *testing.T) {
	root := "testdata/sites/small"
	res := generate(t, root, printAsOf)
	site := assembled(t, root, printAsOf)
	for _, lang := range []string{"", "en/"} {
		for _, pl := range site.Plans {
			page := parsePage(t, res.Files, lang+pl.ID+"/print/index.html")
			for _, sec := range pl.Sections {
				h := byID(page, "ps-"+sec.ID)
				if h == nil || !strings.Contains(text(h), squash(sec.Title)) {
					t.Errorf("%sprint: no heading of section %s", lang, sec.ID)
				}
				for _, tk := range sec.Tasks {
					if len(tk.Measures) > 0 && byID(page, "ps-"+sec.ID+"-t-"+tk.ID) == nil {
						t.Errorf("%sprint: no heading of task %s/%s", lang, sec.ID, tk.ID)
					}
				}
				for _, g := range sec.Groups {
					if len(g.Measures) > 0 && byID(page, "ps-"+sec.ID+"-g-"+g.ID) == nil {
						t.Errorf("%sprint: no heading of group %s/%s", lang, sec.ID, g.ID)
					}
				}
			}
			n := 0
			for _, m := range pl.Measures {
				art := byID(page, "pm-"+m.Section.ID+"-"+m.ID)
				if art == nil {
					t.Errorf("%sprint: measure %s missing", lang, m.Ref)
					continue
				}
				n++
				checkPrintedMeasure(t, lang, art, m)
			}
			if got := len(elements(page, func(e *html.Node) bool { return strings.Contains(attr(e, "class"), "print-measure") })); got != n {
				t.Errorf("%sprint: %d measures printed, want the %d in force", lang, got, n)
			}
			plan := parsePage(t, res.Files, lang+pl.ID+"/index.html")
			links := elements(plan, func(e *html.Node) bool { return e.Data == "a" && attr(e, "href") == "/"+lang+pl.ID+"/print/" })
			if len(links) == 0 {
				t.Errorf("%s%s: the plan's page does not link its printable version", lang, pl.ID)
			}
			data := string(res.Files[lang+pl.ID+"/index.html"])
			dash, doc := strings.Index(data, `id="dash-h"`), strings.Index(data, `id="document-h"`)
			if dash < 0 || doc < 0 || dash > doc {
				t.Errorf("%s%s: progress (at %d) must come before the act's metadata (at %d)", lang, pl.ID, dash, doc)
			}
			if a := strings.Index(data, `class="approval`); a >= 0 && a < dash {
				t.Errorf("%s%s: the approval text comes before progress", lang, pl.ID)
			}
		}
	}
}

// checkPrintedMeasure checks one measure's block on the printable plan.
func checkPrintedMeasure(t *testing.T, lang string, art *html.Node, m *model.Measure) {
	t.Helper()
	got := text(art)
	want := []string{m.Code, squash(m.Text), squash(m.ExecutorsText), squash(m.Term), "https://plans.example.org/" + lang + strings.TrimPrefix(m.Path, "/")}
	for _, ind := range m.Indicators {
		want = append(want, squash(ind.Text))
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%sprint %s: %q is not shown", lang, m.Ref, w)
		}
	}
	if len(elements(art, func(e *html.Node) bool { return strings.Contains(attr(e, "class"), "tag-"+m.Progress.State) })) != 1 {
		t.Errorf("%sprint %s: no tag of state %s", lang, m.Ref, m.Progress.State)
	}
	times := elements(art, func(e *html.Node) bool { return e.Data == "time" })
	switch {
	case len(m.Notes) == 0 && len(times) != 0:
		t.Errorf("%sprint %s: a report date shown, but there are no reports", lang, m.Ref)
	case len(m.Notes) > 0 && (len(times) != 1 || attr(times[0], "datetime") != m.Notes[0].Date.String()):
		t.Errorf("%sprint %s: latest report date not %s", lang, m.Ref, m.Notes[0].Date)
	}
}

// TestFavicon: /favicon.ico is an ICO of 16, 32 and 48 px PNG images — a
// tick on blue, clear at the corners — and /favicon.svg an SVG, and every
// page names both.
func TestFavicon(t *testing.T) {
	res := generate(t, "testdata/sites/small", printAsOf)
	ico := res.Files["favicon.ico"]
	le := binary.LittleEndian
	if len(ico) < 6 || le.Uint16(ico[0:]) != 0 || le.Uint16(ico[2:]) != 1 {
		t.Fatalf("favicon.ico: not an ICO header: % x", ico[:min(len(ico), 6)])
	}
	count := int(le.Uint16(ico[4:]))
	if count != 3 {
		t.Errorf("favicon.ico holds %d images, want 3", count)
	}
	for i := range count {
		e := ico[6+16*i:]
		size, length, offset := int(e[0]), int(le.Uint32(e[8:])), int(le.Uint32(e[12:]))
		if offset+length > len(ico) {
			t.Fatalf("image %d runs past the file's end", i)
		}
		img, err := png.Decode(bytes.NewReader(ico[offset : offset+length]))
		if err != nil {
			t.Fatalf("image %d: %v", i, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size || int(e[1]) != size {
			t.Errorf("image %d: %v, the directory says %d×%d", i, b, e[0], e[1])
		}
		if _, _, _, a := img.At(0, 0).RGBA(); a > 0x0800 { // antialiasing may tint it faintly
			t.Errorf("image %d: corner not clear (alpha %d)", i, a)
		}
		if r, g, b, _ := img.At(size/2, size/8).RGBA(); b>>8 < 0x90 || r>>8 > 0x40 || g>>8 > 0x80 {
			t.Errorf("image %d: top middle is not the accent blue: %d %d %d", i, r>>8, g>>8, b>>8)
		}
		if r, g, b, _ := img.At(size*13/32, size*20/32).RGBA(); r>>8 < 0xe0 || g>>8 < 0xe0 || b>>8 < 0xe0 {
			t.Errorf("image %d: the tick is not white: %d %d %d", i, r>>8, g>>8, b>>8)
		}
	}
	var svg struct {
		XMLName xml.Name
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(res.Files["favicon.svg"], &svg); err != nil || svg.XMLName.Local != "svg" || svg.ViewBox != "0 0 32 32" {
		t.Errorf("favicon.svg: %v, root %q viewBox %q", err, svg.XMLName.Local, svg.ViewBox)
	}
	for p, data := range res.Files {
		if !strings.HasSuffix(p, "index.html") || strings.Contains(p, "/embed/") {
			continue
		}
		if !bytes.Contains(data, []byte(`<link rel="icon" href="/favicon.svg" type="image/svg+xml">`)) || !bytes.Contains(data, []byte(`<link rel="icon" href="/favicon.ico"`)) {
			t.Errorf("%s does not name the icons", p)
		}
	}
}

// TestReportLink: each measure's page has a "report a problem" link: a
// mailto: to [contact] email whose subject names the measure's code and
// its permanent address, in the page's language.
func TestReportLink(t *testing.T) {
	root := "testdata/sites/small"
	res := generate(t, root, printAsOf)
	site := assembled(t, root, printAsOf)
	for _, lang := range []string{"", "en/"} {
		for _, m := range site.Plans[0].Measures {
			page := parsePage(t, res.Files, lang+strings.TrimPrefix(m.Path, "/")+"index.html")
			mails := elements(page, func(e *html.Node) bool { return e.Data == "a" && strings.HasPrefix(attr(e, "href"), "mailto:plans@") })
			if len(mails) == 0 {
				t.Errorf("%s%s: no report link", lang, m.Ref)
				continue
			}
			for _, a := range mails {
				u, err := url.Parse(attr(a, "href"))
				if err != nil {
					t.Fatal(err)
				}
				q := u.Query()
				abs := "https://plans.example.org/" + lang + strings.TrimPrefix(m.Path, "/")
				if u.Opaque != "plans@example.org" || !strings.Contains(q.Get("subject"), m.Code) || !strings.Contains(q.Get("subject"), abs) ||
					!strings.Contains(q.Get("body"), abs+"\r\n") || strings.Contains(attr(a, "href"), "+") {
					t.Errorf("%s%s: report link %s: to %q, subject %q, body %q", lang, m.Ref, attr(a, "href"), u.Opaque, q.Get("subject"), q.Get("body"))
				}
				wantWord := map[string]string{"": "Помилка", "en/": "Problem"}[lang]
				if !strings.Contains(q.Get("subject"), wantWord) {
					t.Errorf("%s%s: subject %q is not in the page's language", lang, m.Ref, q.Get("subject"))
				}
			}
		}
	}
}

// TestExecutorContacts: an executor's public e-mail and telephone from
// the registry are on its page and on the pages of its measures, as
// mailto: and tel: links.
func TestExecutorContacts(t *testing.T) {
	root := "testdata/sites/small"
	res := generate(t, root, printAsOf)
	site := assembled(t, root, printAsOf)
	links := func(p string) map[string]bool {
		got := map[string]bool{}
		for _, a := range elements(parsePage(t, res.Files, p), func(e *html.Node) bool { return e.Data == "a" }) {
			got[attr(a, "href")] = true
		}
		return got
	}
	want := []string{"mailto:cssd@example.org", "tel:+380441234567"}
	for _, lang := range []string{"", "en/"} {
		got := links(lang + "executors/town-cssd/index.html")
		for _, w := range want {
			if !got[w] {
				t.Errorf("%sexecutors/town-cssd: no link %s", lang, w)
			}
		}
		n := 0
		for _, m := range site.Plans[0].Measures {
			has := false
			for _, x := range m.Executors {
				has = has || x.ID == "town-cssd"
			}
			got := links(lang + strings.TrimPrefix(m.Path, "/") + "index.html")
			for _, w := range want {
				if got[w] != has {
					t.Errorf("%s%s: link %s shown %v, want %v (the measure's executors: %v)", lang, m.Ref, w, got[w], has, m.ExecutorsText)
				}
			}
			if has {
				n++
			}
		}
		if n == 0 {
			t.Fatal("no measure of town-cssd in the small site: the test needs one")
		}
	}
}

// TestAccessibilityStatement: /accessibility/ in both languages names the
// standard, what is tested, the limitations, the contact and the
// statement's date from config.toml; every page's footer links it.
func TestAccessibilityStatement(t *testing.T) {
	res := generate(t, "testdata/sites/small", printAsOf)
	for lang, want := range map[string][]string{
		"":    {"ДСТУ EN 301 549", "WCAG 2.1", "axe-core", "390 px", "1280 px", "Без JavaScript", "Відомі обмеження", "plans@example.org", "https://example.org/feedback", "15 червня 2021"},
		"en/": {"DSTU EN 301 549", "WCAG 2.1", "axe-core", "390 px", "1280 px", "Without JavaScript", "Known limitations", "plans@example.org", "https://example.org/feedback", "15 June 2021"},
	} {
		page := parsePage(t, res.Files, lang+"accessibility/index.html")
		main := elements(page, func(e *html.Node) bool { return e.Data == "main" })[0]
		got := text(main)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%saccessibility: %q is not said", lang, w)
			}
		}
	}
	for p, data := range res.Files {
		if !strings.HasSuffix(p, ".html") || strings.Contains(p, "/embed/") {
			continue
		}
		page := parsePage(t, res.Files, p)
		want := "/accessibility/"
		if strings.HasPrefix(p, "en/") {
			want = "/en/accessibility/"
		}
		if len(elements(page, func(e *html.Node) bool {
			return e.Data == "a" && attr(e, "href") == want && e.Parent != nil && len(elements(page, func(f *html.Node) bool { return f.Data == "footer" && encloses(f, e) })) > 0
		})) == 0 {
			t.Errorf("%s: the footer does not link %s", p, want)
		}
		_ = data
	}
}

// encloses reports whether n is an ancestor of d.
func encloses(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

// TestDemoBanner: the demonstration banner is inside the header landmark.
func TestDemoBanner(t *testing.T) {
	res := generate(t, "testdata/sites/small", printAsOf)
	for _, p := range []string{"index.html", "en/town-2020/ii/1-1/index.html", "town-2020/print/index.html"} {
		page := parsePage(t, res.Files, p)
		banners := elements(page, func(e *html.Node) bool { return strings.Contains(attr(e, "class"), "demo-banner") })
		if len(banners) != 1 {
			t.Fatalf("%s: %d demo banners", p, len(banners))
		}
		in := ""
		for a := banners[0].Parent; a != nil; a = a.Parent {
			if a.Type == html.ElementNode && (a.Data == "header" || a.Data == "main" || a.Data == "footer" || a.Data == "nav" || a.Data == "aside") {
				in = a.Data
				break
			}
		}
		if in != "header" && in != "main" {
			t.Errorf("%s: the demo banner is outside the header and main landmarks (in %q)", p, in)
		}
	}
}
