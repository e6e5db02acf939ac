package generator

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/term"
)

// The comparison of communities on the shipped site: every figure its
// tables show is counted again here from the assembled model (measure by
// measure), the two plans' sections are where areas.toml puts them, and
// the English pages say the same in English.

// shippedDate is the build date of the comparison tests.
const shippedDate = "2026-11-24"

// cellFigures are the figures of measures counted afresh, as the tables
// show them: measures, per state, periods missed of those due.
type cellFigures struct {
	measures int
	counts   map[string]int
	due      int
	missed   int
}

// count counts the figures of measures as of asOf.
func count(ms []*model.Measure, asOf string) cellFigures {
	f := cellFigures{measures: len(ms), counts: map[string]int{}}
	for _, m := range ms {
		f.counts[m.Progress.State]++
		for _, per := range m.Progress.Ledger {
			if per.Due.String() > asOf {
				continue
			}
			f.due++
			if per.Status == term.Missing {
				f.missed++
			}
		}
	}
	return f
}

// cells are the texts a row should show after the plan (and sections)
// cells: measures, overdue share, verified, periods, one per state column.
func (f cellFigures) cells(states []string, lang string) []string {
	pct := strconv.Itoa((200*f.counts[model.StateOverdue] + f.measures) / (2 * f.measures))
	if lang == "uk" {
		pct += " %" // a no-break space, which the rows' texts fold into a space
	} else {
		pct += "%"
	}
	periods := "—"
	if f.due > 0 {
		periods = fmt.Sprintf(map[string]string{"uk": "%d з %d", "en": "%d of %d"}[lang], f.missed, f.due)
	}
	out := []string{strconv.Itoa(f.measures), pct, "—", periods}
	for _, s := range states {
		out = append(out, strconv.Itoa(f.counts[s]))
	}
	return out
}

func TestCompareShipped(t *testing.T) {
	b := New(WithRoot(fixture.Root()), WithDate(mustDate(t, shippedDate)))
	res, err := b.Generate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Problems {
		if p.Code == "unmapped-section" || p.Code == "unknown-area" || p.Code == "unknown-section" || p.Severity == diag.Error {
			t.Errorf("shipped content: %s", p.Line("en"))
		}
	}
	site, err := b.Assemble(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	plans := map[string]*model.Plan{}
	for _, p := range site.Site.Plans {
		plans[p.ID] = p
	}
	if len(plans) != 2 || len(plans["svatove-2019"].Measures) != 51 || len(plans["dubno-2021"].Measures) != 38 {
		t.Fatalf("the shipped plans changed: %d plans; update this test", len(plans))
	}
	// The tables' order: plans by the body that adopted them (Дубенська
	// before Сватівська), the states any measure is in.
	order := []string{"dubno-2021", "svatove-2019"}
	var states []string
	all := count(append(slices.Clone(plans["dubno-2021"].Measures), plans["svatove-2019"].Measures...), shippedDate)
	for _, s := range model.StateOrder {
		if all.counts[s] > 0 {
			states = append(states, s)
		}
	}

	for _, lang := range []string{"uk", "en"} {
		prefix := map[string]string{"uk": "", "en": "en/"}[lang]
		t.Run(lang, func(t *testing.T) {
			// The portal's table: every plan, whole.
			doc := page(t, res.Files, prefix+"compare/index.html")
			rows := tableRows(t, doc, "compare-plans")
			if len(rows) != len(order) {
				t.Fatalf("compare: %d rows, want %d", len(rows), len(order))
			}
			for i, id := range order {
				p := plans[id]
				want := append([]string{model.PlanLabel(p.Authority, p.Period.Start, p.Period.End)}, count(p.Measures, shippedDate).cells(states, lang)...)
				if !slices.Equal(rows[i].texts, want) {
					t.Errorf("compare: row %d\n got %q\nwant %q", i+1, rows[i].texts, want)
				}
				if rows[i].links[0] != "/"+prefix+id+"/" {
					t.Errorf("compare: row %d links %q", i+1, rows[i].links)
				}
			}
			// Every area of both strategies has its page, linked from the
			// portal's, with each plan's mapped sections side by side.
			for _, sid := range []string{"ns-2017", "family-2024"} {
				if !slices.Contains(hrefs(doc), "/"+prefix+"compare/"+sid+"/") {
					t.Errorf("compare: no link to the strategy %s", sid)
				}
			}
			for area, bySection := range shippedAreas {
				areaPage := prefix + "compare/" + area + "/index.html"
				doc := page(t, res.Files, areaPage)
				rows := tableRows(t, doc, "area-plans")
				if len(rows) != len(order) {
					t.Fatalf("%s: %d rows, want %d", areaPage, len(rows), len(order))
				}
				for i, id := range order {
					p := plans[id]
					var ms []*model.Measure
					var secLinks []string
					for _, sec := range p.Sections {
						if slices.Contains(bySection[id], sec.ID) {
							ms = append(ms, sec.Measures...)
							secLinks = append(secLinks, "/"+prefix+id+"/"+sec.ID+"/")
						}
					}
					want := []string{model.PlanLabel(p.Authority, p.Period.Start, p.Period.End)}
					if len(ms) == 0 {
						want = append(want, map[string]string{"uk": "немає розділу", "en": "no section"}[lang])
						for range len(states) + 4 {
							want = append(want, "—")
						}
					} else {
						var titles []string
						for _, sec := range p.Sections {
							if slices.Contains(bySection[id], sec.ID) {
								titles = append(titles, sec.Number+". "+sec.Title)
							}
						}
						want = append(want, strings.Join(strings.Fields(strings.Join(titles, " ")), " "))
						want = append(want, count(ms, shippedDate).cells(states, lang)...)
					}
					if !slices.Equal(rows[i].texts, want) {
						t.Errorf("%s: row %d\n got %q\nwant %q", areaPage, i+1, rows[i].texts, want)
					}
					if got := rows[i].links[1:]; !slices.Equal(got, secLinks) {
						t.Errorf("%s: row %d links sections %q, want %q", areaPage, i+1, got, secLinks)
					}
				}
			}
			// A section's page links the areas it serves.
			sec := page(t, res.Files, prefix+"svatove-2019/i/index.html")
			for _, area := range []string{"ns-2017/coordination", "family-2024/implementation"} {
				if !slices.Contains(hrefs(sec), "/"+prefix+"compare/"+area+"/") {
					t.Errorf("svatove-2019/i: no link to the area %s", area)
				}
			}
		})
	}

	// What the pages say in words: the strategies' acts as confirmed, an
	// unchecked wording marked as such, Ukrainian text marked on English
	// pages.
	for file, want := range map[string][]string{
		"compare/ns-2017/index.html":                           {"Розпорядження Кабінету Міністрів України", "9 серпня 2017", "526-р", "https://zakon.rada.gov.ua/laws/show/526-2017-%D1%80"},
		"compare/family-2024/index.html":                       {"26 листопада 2024", "1201-р", "адресу офіційного тексту ще не звірено", "iplex360.com.ua"},
		"en/compare/family-2024/index.html":                    {"Order of the Cabinet of Ministers of Ukraine</span> of 26 November 2024 No. <span lang=\"uk\">1201-р", `lang="uk">Стратегія забезпечення права кожної дитини`},
		"compare/ns-2017/transformation/index.html":            {"формулювання не звірено", "Назва розділу IV плану Дубна 2021"},
		"en/compare/ns-2017/transformation/index.html":         {"wording not checked", `<a href="/en/dubno-2021/" lang="uk">`},
		"compare/family-2024/war-affected-children/index.html": {"Робоча назва порталу"},
	} {
		text := string(res.Files[file])
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s does not say %q", file, w)
			}
		}
	}
}

// shippedAreas are the areas of content/strategy.toml with the sections
// each plan's areas.toml maps to them.
var shippedAreas = map[string]map[string][]string{
	"ns-2017/coordination":                    {"svatove-2019": {"i"}, "dubno-2021": {"i"}},
	"ns-2017/services":                        {"svatove-2019": {"ii"}, "dubno-2021": {"ii"}},
	"ns-2017/family-based-care":               {"svatove-2019": {"iii"}, "dubno-2021": {"iii"}},
	"ns-2017/transformation":                  {"dubno-2021": {"iv"}},
	"ns-2017/workforce":                       {"svatove-2019": {"iv"}},
	"ns-2017/awareness":                       {"svatove-2019": {"v"}},
	"ns-2017/monitoring":                      {"svatove-2019": {"vi"}},
	"family-2024/family-support":              {"svatove-2019": {"ii"}, "dubno-2021": {"ii"}},
	"family-2024/family-based-care":           {"svatove-2019": {"iii"}, "dubno-2021": {"iii"}},
	"family-2024/war-affected-children":       {},
	"family-2024/institutions-transformation": {"dubno-2021": {"iv"}},
	"family-2024/care-leavers":                {},
	"family-2024/implementation":              {"svatove-2019": {"i", "iv", "v", "vi"}, "dubno-2021": {"i"}},
}

func page(t *testing.T, files map[string][]byte, name string) *html.Node {
	t.Helper()
	data, ok := files[name]
	if !ok {
		t.Fatalf("%s was not made", name)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// row is a table row's cell texts and the links in it.
type row struct {
	texts, links []string
}

// tableRows returns the body rows of the table with id.
func tableRows(t *testing.T, doc *html.Node, id string) []row {
	t.Helper()
	table := find(doc, func(n *html.Node) bool { return n.Data == "table" && attr(n, "id") == id })
	if table == nil {
		t.Fatalf("no table #%s", id)
	}
	body := find(table, func(n *html.Node) bool { return n.Data == "tbody" })
	var out []row
	for tr := body.FirstChild; tr != nil; tr = tr.NextSibling {
		if tr.Type != html.ElementNode {
			continue
		}
		var r row
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				r.texts = append(r.texts, strings.Join(strings.Fields(textOf(c)), " "))
			}
		}
		r.links = hrefs(tr)
		out = append(out, r)
	}
	return out
}

func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
		b.WriteString(" ")
	}
	return b.String()
}

// hrefs lists the hrefs under n, in document order.
func hrefs(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			out = append(out, attr(n, "href"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}
