package generator

import (
	"bytes"
	"context"
	"encoding/csv"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/plansite/plansite/generator/internal/model"
)

// The test site of an amended plan (testdata/sites/amended, made by
// importer.TestAmendedSiteFixture): the Svatove plan with amendment 1,
// which rewords ІІ.2.3) and ІІ.2.6) (renumbered 5)), drops ІІ.2.4),
// renumbers ІІ.2.5) to 4), adds ІІ.2.6) and ІІ.3.3), and changes the term
// of ІІ.2.1). A note reports on the dropped measure before it was dropped,
// another on an added one.
const (
	amendedSite = "testdata/sites/amended"
	amendedDate = "2023-01-01"
)

// TestAmendedVersionsPages checks that the plan's versions and the page of
// its amendment show exactly the amendment's changes, in both languages.
func TestAmendedVersionsPages(t *testing.T) {
	res := generate(t, amendedSite, amendedDate)
	doc := func(p string) *html.Node {
		t.Helper()
		data, ok := res.Files[p]
		if !ok {
			t.Fatalf("%s was not generated", p)
		}
		n, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	versions := doc("svatove-2019/versions/index.html")
	wantCounts := []string{"додано: 2", "вилучено: 1", "змінено формулювання: 2", "змінено термін: 1", "змінено виконавців: 0", "змінено номер: 2"}
	if got := texts(findAll(versions, hasClass("change-counts"), "li")); !reflect.DeepEqual(got, wantCounts) {
		t.Errorf("versions page counts\n got %q\nwant %q", got, wantCounts)
	}
	for _, want := range []string{"Як ухвалено", "51 захід", "Зміна 1 до плану", "Після зміни — 52 заходи."} {
		if !strings.Contains(text(versions), want) {
			t.Errorf("versions page lacks %q", want)
		}
	}
	if got := links(versions, "/svatove-2019/versions/1/"); got != 1 {
		t.Errorf("versions page links the amendment %d times, want 1", got)
	}

	page := doc("svatove-2019/versions/1/index.html")
	if got := texts(findAll(page, hasClass("change-counts"), "li")); !reflect.DeepEqual(got, wantCounts) {
		t.Errorf("amendment page counts\n got %q\nwant %q", got, wantCounts)
	}
	for id, want := range map[string][]string{
		"added-h":   {"/svatove-2019/ii/2-7/", "/svatove-2019/ii/3-3/"},
		"removed-h": {"/svatove-2019/ii/2-4/"},
		"changed-h": {"/svatove-2019/ii/2-1/", "/svatove-2019/ii/2-3/", "/svatove-2019/ii/2-5/", "/svatove-2019/ii/2-6/"},
	} {
		sec := sectionOf(t, page, id)
		var got []string
		for _, h := range findAll(sec, func(n *html.Node) bool { return n.Data == "h3" }, "a") {
			got = append(got, attr(h, "href"))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s lists %q, want %q", id, got, want)
		}
	}
	// Each change, as its marks: "-words" struck out, "+words" put in.
	wantMarks := []string{
		"change-ii-2-1 Термін виконання: -постійно",
		"change-ii-2-3 Формулювання: +та в амбулаторіях громад",
		"change-ii-2-5 Номер: -5) +4)",
		"change-ii-2-6 Номер: -6) +5)",
		"change-ii-2-6 Формулювання: +та +в кожній громаді",
	}
	if got := changeMarks(sectionOf(t, page, "changed-h")); !reflect.DeepEqual(got, wantMarks) {
		t.Errorf("changes\n got %q\nwant %q", got, wantMarks)
	}
	// A diff keeps the official text: the words kept and put in are the
	// new wording, the words kept and struck out the old one.
	for _, dd := range findAll(page, hasClass("diff"), "dd") {
		if attr(dd, "lang") != "uk" {
			t.Errorf("a diff of official text without lang=uk: %s", text(dd))
		}
	}
	dd := findAll(sectionOf(t, page, "changed-h"), hasClass("diff"), "dd")[1] // ІІ.2.3)'s wording
	if got, want := visibleText(dd, "del"), "функціонування консультаційного пункту Сватівського РЦСССДМ при жіночій консультації та в амбулаторіях громад"; got != want {
		t.Errorf("the new wording read from the diff: %q, want %q", got, want)
	}
	if got, want := visibleText(dd, "ins"), "функціонування консультаційного пункту Сватівського РЦСССДМ при жіночій консультації"; got != want {
		t.Errorf("the old wording read from the diff: %q, want %q", got, want)
	}

	// English: the same changes, Ukrainian text marked, the words for
	// screen readers in English.
	en := doc("en/svatove-2019/versions/1/index.html")
	if got := changeMarks(sectionOf(t, en, "changed-h")); len(got) != len(wantMarks) {
		t.Errorf("English amendment page: %q", got)
	}
	hidden := findAll(en, hasClass("visually-hidden"), "span")
	if len(hidden) == 0 || attr(hidden[0], "lang") != "en" || !strings.Contains(text(en), "[deleted: ") {
		t.Error("English amendment page: the diff's words for screen readers are not marked English")
	}
}

// TestAmendedRemovedMeasure checks a removed measure: its page stays and
// says so, it is counted nowhere, and it is listed apart.
func TestAmendedRemovedMeasure(t *testing.T) {
	res := generate(t, amendedSite, amendedDate)
	page := string(res.Files["svatove-2019/ii/2-4/index.html"])
	for _, want := range []string{`class="tag tag-removed"`, `class="notice notice-removed"`, "Захід вилучено з плану.",
		`href="/svatove-2019/versions/1/"`, `id="wording-removed"`, `id="state-2022-03-14"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the removed measure's page lacks %s", want)
		}
	}
	added := string(res.Files["svatove-2019/ii/2-7/index.html"])
	if !strings.Contains(added, "Захід додано до плану зміною 1") {
		t.Error("the added measure's page does not say which amendment added it")
	}

	// The section lists it apart, under "Вилучені заходи", and only there.
	section := string(res.Files["svatove-2019/ii/index.html"])
	removedAt := strings.Index(section, `id="removed-h"`)
	if removedAt < 0 || strings.Count(section, `id="m-svatove-2019-ii-2-4"`) != 1 || strings.Index(section, `id="m-svatove-2019-ii-2-4"`) < removedAt {
		t.Error("the section page does not list the removed measure apart")
	}

	// The model: in no count, list of what is due, or executor's list.
	b := New(WithRoot(amendedSite), WithDate(mustDate(t, amendedDate)))
	ar, err := b.Assemble(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	p := ar.Site.Plans[0]
	if len(p.All) != 53 || len(p.Measures) != 52 || len(p.Removed) != 1 || p.Removed[0].Ref != "ii/2-4" {
		t.Fatalf("%d measures, %d in force, %d removed", len(p.All), len(p.Measures), len(p.Removed))
	}
	m := p.Removed[0]
	if m.Progress.State != model.StateRemoved || m.Progress.Next != nil || m.Progress.Missed != nil || m.Progress.Since.String() != "2022-03-14" {
		t.Errorf("the removed measure's progress: %+v", m.Progress)
	}
	if p.Counts.Total() != 52 || p.Counts[model.StateRemoved] != 0 || p.Sections[1].Counts.Total() != len(p.Sections[1].Measures) {
		t.Errorf("counts %v", p.Counts)
	}
	for _, x := range p.Executors {
		for _, bp := range x.ByPlan {
			for _, em := range bp.Measures {
				if em.IsRemoved() {
					t.Errorf("executor %s lists the removed measure", x.ID)
				}
			}
		}
	}
	// Its history: as its term and report made it, then removed.
	var hist []string
	for _, c := range m.Progress.History {
		hist = append(hist, c.Date.String()+" "+c.State)
	}
	if want := []string{"2019-01-01 no-report", "2021-06-30 ongoing", "2022-03-14 removed"}; !reflect.DeepEqual(hist, want) {
		t.Errorf("history %q, want %q", hist, want)
	}
	// An added measure's history starts on the day it was added.
	if h := p.Sections[1].Tasks[1].Measures[5].Progress.History; h[0].Date.String() != "2022-03-14" {
		t.Errorf("the added measure's history starts %s", h[0].Date)
	}

	// Open data: every measure, with the amendment that added or removed it.
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(res.Files["data/svatove-2019-measures.csv"], []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	addedCol, removedCol := slices.Index(head, "added_by"), slices.Index(head, "removed_by")
	if len(rows) != 54 || addedCol < 0 || removedCol < 0 {
		t.Fatalf("%d rows, header %q", len(rows), head)
	}
	var traced []string
	for _, r := range rows[1:] {
		if a, rm := r[addedCol], r[removedCol]; a != "" || rm != "" {
			traced = append(traced, r[1]+" "+a+"/"+rm+" "+r[15])
		}
	}
	if want := []string{"ii/2-4 /1 removed", "ii/2-7 1/ ongoing", "ii/3-3 1/ overdue"}; !reflect.DeepEqual(traced, want) {
		t.Errorf("CSV rows with amendments %q, want %q", traced, want)
	}
}

// ---- reading the pages ----

// findAll returns the elements named tag inside the nodes match finds.
func findAll(root *html.Node, match func(*html.Node) bool, tag string) []*html.Node {
	var out []*html.Node
	var inside func(n *html.Node)
	inside = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == tag {
				out = append(out, c)
			}
			inside(c)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			if n.Data == tag {
				out = append(out, n)
			}
			inside(n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

func hasClass(class string) func(*html.Node) bool {
	return func(n *html.Node) bool { return strings.Contains(" "+attr(n, "class")+" ", " "+class+" ") }
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is an element's whole text, spaces collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// visibleText is an element's text as a sighted reader sees it, without
// the words for screen readers only, and without the elements named skip.
func visibleText(n *html.Node, skip string) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == skip || hasClass("visually-hidden")(n)) {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func texts(ns []*html.Node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = text(n)
	}
	return out
}

// links counts the links to href.
func links(root *html.Node, href string) int {
	return len(findAll(root, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "a" && attr(n, "href") == href }, "a"))
}

// sectionOf returns the <section> whose heading has id.
func sectionOf(t *testing.T, root *html.Node, id string) *html.Node {
	t.Helper()
	hs := findAll(root, func(n *html.Node) bool { return attr(n, "id") == id }, "h2")
	if len(hs) != 1 || hs[0].Parent.Data != "section" {
		t.Fatalf("no section headed #%s", id)
	}
	return hs[0].Parent
}

// changeMarks writes each field of each changed measure as "li-id field:
// -struck +put-in", the marks without the words for screen readers.
func changeMarks(sec *html.Node) []string {
	var out []string
	for _, li := range findAll(sec, hasClass("amend-list"), "li") {
		for _, div := range findAll(li, hasClass("wording-change"), "div") {
			dt := findAll(div, func(n *html.Node) bool { return n.Data == "div" }, "dt")
			s := attr(li, "id") + " " + text(dt[0]) + ":"
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode && (n.Data == "del" || n.Data == "ins") {
					sign := map[string]string{"del": "-", "ins": "+"}[n.Data]
					s += " " + sign + visibleText(n, "")
					return
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(div)
			out = append(out, s)
		}
	}
	return out
}

// TestAmendedContainers amends the test site's plan further by hand: task
// ІІ.3 removed, section VI renamed. The amendment's page lists both, the
// section page marks the task, the plan's page the section's new title.
func TestAmendedContainers(t *testing.T) {
	root := copySite(t, amendedSite)
	const rel = "content/plans/svatove-2019/plan.toml"
	data := readFile(t, root, rel)
	for _, e := range []struct{ old, new string }{
		{"title = \"Забезпечення надання якісних реабілітаційних послуг\"\n",
			"title = \"Забезпечення надання якісних реабілітаційних послуг\"\nremoved_by = \"1\"\n"},
		{"title = \"Моніторинг та оцінка виконання районного плану заходів\"\n",
			"title = \"Моніторинг та оцінка виконання районного плану заходів\"\n\n[[section.previous]]\namendment = \"1\"\ntitle = \"Моніторинг виконання плану заходів\"\n"},
	} {
		if !strings.Contains(data, e.old) {
			t.Fatalf("the plan lacks %q", e.old)
		}
		data = strings.Replace(data, e.old, e.new, 1)
	}
	writeFile(t, root, rel, data)
	res := generate(t, root, amendedDate)
	n, err := html.Parse(bytes.NewReader(res.Files["svatove-2019/versions/1/index.html"]))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, li := range findAll(sectionOf(t, n, "containers-h"), hasClass("amend-list"), "li") {
		got = append(got, visibleText(li, "del"))
	}
	want := []string{
		"Вилучено завдання 3. Забезпечення надання якісних реабілітаційних послуг",
		"Змінено назву розділу: УІ. Моніторинг та оцінка виконання районного плану заходів",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("containers\n got %q\nwant %q", got, want)
	}
	if section := string(res.Files["svatove-2019/ii/index.html"]); !strings.Contains(section, "Завдання вилучено зміною 1.") {
		t.Error("the section page does not mark the removed task")
	}
}
