package generator

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"

	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/term"
)

// Following measures, plans and executors: their Atom feeds must be valid
// (RFC 4287, read by a real feed parser) and hold every report and change
// of state; their calendars valid iCalendar (RFC 5545, read by a real
// parser) with one event per reporting period the term engine counts.

const followDate = "2026-11-24"

// followSite is the shipped site built in memory, with its model.
type followSite struct {
	files map[string][]byte
	site  *model.Site
	// executors are the registry's bodies by id, with their measures and
	// reports gathered from every plan.
	measures map[string][]*model.Measure
	reports  map[string][]*model.Note
}

// shippedFollow is the shipped site, built once for the tests that read it.
var shippedFollow struct {
	once sync.Once
	site *followSite
}

func shippedFollowSite(t *testing.T) *followSite {
	t.Helper()
	shippedFollow.once.Do(func() { shippedFollow.site = buildFollowSite(t, fixture.Root()) })
	if shippedFollow.site == nil {
		t.Fatal("the shipped site did not build")
	}
	return shippedFollow.site
}

func buildFollowSite(t *testing.T, root string) *followSite {
	t.Helper()
	res := generate(t, root, followDate)
	asm, err := New(WithRoot(root), WithDate(mustDate(t, followDate))).Assemble(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	fs := &followSite{files: res.Files, site: asm.Site, measures: map[string][]*model.Measure{}, reports: map[string][]*model.Note{}}
	for _, p := range asm.Site.Plans {
		for _, x := range p.Executors {
			if len(x.ByPlan) > 0 {
				fs.measures[x.ID] = append(fs.measures[x.ID], x.ByPlan[0].Measures...)
			}
			fs.reports[x.ID] = append(fs.reports[x.ID], x.Reports...)
		}
	}
	return fs
}

// file returns the built file an absolute link of the site names.
func (fs *followSite) file(t *testing.T, link string) ([]byte, bool) {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "https" || u.Host != "plans.example.org" {
		t.Errorf("link %q: not an absolute link into the site", link)
		return nil, false
	}
	p := strings.TrimPrefix(u.Path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	b, ok := fs.files[p]
	return b, ok
}

// langPrefix is a language's folder prefix on the shipped site.
func langPrefix(lang string) string {
	if lang == "uk" {
		return ""
	}
	return lang + "/"
}

// periods counts a measure's reporting periods with the term engine.
func periods(m *model.Measure) int {
	s, err := term.Parse(m.Term, model.TermContext(m.Plan))
	if err != nil {
		return 0
	}
	return len(s.Periods(term.Date{}))
}

func TestCalendars(t *testing.T) {
	fs := shippedFollowSite(t)
	total := 0
	for _, lang := range fs.site.Config.Languages {
		pre := langPrefix(lang)
		for _, p := range fs.site.Plans {
			want := 0
			for _, m := range p.Measures {
				n := periods(m)
				want += n
				checkCalendar(t, fs, pre+strings.TrimPrefix(m.Path, "/")+"calendar.ics", n, lang)
			}
			total += want
			checkCalendar(t, fs, pre+p.ID+"/calendar.ics", want, lang)
		}
		for id, ms := range fs.measures {
			want := 0
			for _, m := range ms {
				want += periods(m)
			}
			checkCalendar(t, fs, pre+"executors/"+id+"/calendar.ics", want, lang)
		}
	}
	t.Logf("%d events in the plans' calendars, in each of %d languages", total/len(fs.site.Config.Languages), len(fs.site.Config.Languages))
	if total < 100 {
		t.Errorf("%d events in the plans' calendars: the shipped plans have more deadlines than that", total)
	}
}

// checkCalendar parses the calendar at file and checks its lines, its
// events and that there are want of them.
func checkCalendar(t *testing.T, fs *followSite, file string, want int, lang string) *ics.Calendar {
	t.Helper()
	data, ok := fs.files[file]
	if !ok {
		t.Errorf("%s was not built", file)
		return nil
	}
	checkICSLines(t, file, data)
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: the parser refuses it: %v", file, err)
		return nil
	}
	for _, prop := range []string{"VERSION", "PRODID"} {
		n := 0
		for _, p := range cal.CalendarProperties {
			if p.IANAToken == prop {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d %s properties, want 1", file, n, prop)
		}
	}
	events := cal.Events()
	if len(events) != want {
		t.Errorf("%s: %d events, want %d (one per reporting period)", file, len(events), want)
	}
	uids := map[string]bool{}
	prev := ""
	for _, e := range events {
		uid := e.Id()
		if uid == "" || uids[uid] {
			t.Errorf("%s: UID %q empty or repeated", file, uid)
		}
		uids[uid] = true
		prop := func(name ics.ComponentProperty) string {
			if p := e.GetProperty(name); p != nil {
				return p.Value
			}
			return ""
		}
		start := e.GetProperty(ics.ComponentPropertyDtStart)
		if start == nil || len(start.ICalParameters["VALUE"]) != 1 || start.ICalParameters["VALUE"][0] != "DATE" {
			t.Errorf("%s %s: DTSTART %v is not an all-day date", file, uid, start)
			continue
		}
		day, err := e.GetAllDayStartAt()
		if err != nil {
			t.Errorf("%s %s: DTSTART: %v", file, uid, err)
		}
		if d := day.Format("20060102"); d < prev {
			t.Errorf("%s: events not in date order: %s after %s", file, d, prev)
		} else {
			prev = d
		}
		if _, err := time.Parse("20060102T150405Z", prop(ics.ComponentPropertyDtstamp)); err != nil {
			t.Errorf("%s %s: DTSTAMP %q: %v", file, uid, prop(ics.ComponentPropertyDtstamp), err)
		}
		link := prop(ics.ComponentPropertyUrl)
		if page, ok := fs.file(t, link); !ok || !bytes.Contains(page, []byte(`lang="`+lang+`"`)) {
			t.Errorf("%s %s: URL %q is no page of the site in %s", file, uid, link, lang)
		}
		desc := prop(ics.ComponentPropertyDescription)
		if !strings.HasSuffix(desc, "\n"+link) {
			t.Errorf("%s %s: DESCRIPTION does not end with the measure's link: %q", file, uid, desc)
		}
		summary := prop(ics.ComponentPropertySummary)
		code, _, _ := strings.Cut(summary, " ")
		if !strings.Contains(desc, " "+code+" ") {
			t.Errorf("%s %s: SUMMARY %q does not start with the measure's code", file, uid, summary)
		}
		if s := prop(ics.ComponentPropertyStatus); !slices.Contains([]string{"CONFIRMED", "TENTATIVE", "CANCELLED"}, s) {
			t.Errorf("%s %s: STATUS %q", file, uid, s)
		}
		if prop(ics.ComponentPropertyCategories) == "" || prop(ics.ComponentProperty("X-PLANSITE-REPORT")) == "" {
			t.Errorf("%s %s: no category or X-PLANSITE-REPORT for the period's reporting status", file, uid)
		}
	}
	return cal
}

// checkICSLines checks the physical lines of an iCalendar file: CRLF, at
// most 75 octets, whole characters.
func checkICSLines(t *testing.T, file string, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Errorf("%s does not end with CRLF", file)
	}
	for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > 75 || !utf8.Valid(line) || bytes.ContainsAny(line, "\r\n") {
			t.Errorf("%s line %d: %d octets, valid UTF-8 %v: %q", file, i+1, len(line), utf8.Valid(line), line)
			return
		}
	}
}

// TestCalendarHostileText builds a site whose measure text tries to end
// its line and start an event of its own.
func TestCalendarHostileText(t *testing.T) {
	root := copySiteAndTheme(t, "testdata/sites/small")
	evil := `Захід; з комою, крапкою з комою\\ і рядком\r\nBEGIN:VEVENT\r\nUID:evil@example.org\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:injected\r\nEND:VEVENT\nEND:VCALENDAR`
	plan := "content/plans/town-2020/plan.toml"
	writeFile(t, root, plan, strings.Replace(readFile(t, root, plan), `text = "Проведення засідань комітету"`, `text = "`+evil+`"`, 1))
	before := buildFollowSite(t, copySiteAndTheme(t, "testdata/sites/small"))
	fs := buildFollowSite(t, root)
	for _, lang := range fs.site.Config.Languages {
		for _, p := range fs.site.Plans {
			file := langPrefix(lang) + p.ID + "/calendar.ics"
			want := 0
			for _, m := range p.Measures {
				want += periods(m)
			}
			cal := checkCalendar(t, fs, file, want, lang)
			if cal == nil {
				continue
			}
			if len(cal.Events()) != strings.Count(string(before.files[file]), "BEGIN:VEVENT") {
				t.Errorf("%s: the hostile text changed the number of events", file)
			}
			found := false
			for _, e := range cal.Events() {
				if e.Id() == "evil@example.org" {
					t.Errorf("%s: the measure's text injected an event", file)
				}
				if d := e.GetProperty(ics.ComponentPropertyDescription); d != nil && strings.Contains(d.Value, "рядком\nBEGIN:VEVENT\nUID:evil@example.org") {
					found = true
				}
			}
			if want > 0 && !found {
				t.Errorf("%s: no event's DESCRIPTION holds the hostile text as text", file)
			}
		}
	}
}

// xmlFeed is a feed as RFC 4287 counts its elements.
type xmlFeed struct {
	Lang    string     `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	IDs     []string   `xml:"http://www.w3.org/2005/Atom id"`
	Titles  []string   `xml:"http://www.w3.org/2005/Atom title"`
	Updated []string   `xml:"http://www.w3.org/2005/Atom updated"`
	Authors []xmlName  `xml:"http://www.w3.org/2005/Atom author"`
	Links   []xmlLink  `xml:"http://www.w3.org/2005/Atom link"`
	Entries []xmlEntry `xml:"http://www.w3.org/2005/Atom entry"`
}

type xmlEntry struct {
	IDs       []string  `xml:"http://www.w3.org/2005/Atom id"`
	Titles    []string  `xml:"http://www.w3.org/2005/Atom title"`
	Updated   []string  `xml:"http://www.w3.org/2005/Atom updated"`
	Published []string  `xml:"http://www.w3.org/2005/Atom published"`
	Authors   []xmlName `xml:"http://www.w3.org/2005/Atom author"`
	Links     []xmlLink `xml:"http://www.w3.org/2005/Atom link"`
	Summaries []string  `xml:"http://www.w3.org/2005/Atom summary"`
	Contents  []struct {
		Type string `xml:"type,attr"`
		Src  string `xml:"src,attr"`
	} `xml:"http://www.w3.org/2005/Atom content"`
}

type xmlName struct {
	Names []string `xml:"http://www.w3.org/2005/Atom name"`
}

type xmlLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
	Href string `xml:"href,attr"`
}

// checkAtom checks a feed against the rules of RFC 4287 and reads it with
// a real feed parser; it returns the entries' ids.
func checkAtom(t *testing.T, fs *followSite, file string) []string {
	t.Helper()
	data, ok := fs.files[file]
	if !ok {
		t.Errorf("%s was not built", file)
		return nil
	}
	if ft := gofeed.DetectFeedType(bytes.NewReader(data)); ft != gofeed.FeedTypeAtom {
		t.Errorf("%s: detected as feed type %v, not Atom", file, ft)
	}
	parsed, err := (&atom.Parser{}).Parse(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: the feed parser refuses it: %v", file, err)
		return nil
	}
	var f xmlFeed
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Errorf("%s: %v", file, err)
		return nil
	}
	errf := func(format string, args ...any) { t.Errorf("%s: %s", file, fmt.Sprintf(format, args...)) }
	one := func(what string, vs []string) string {
		if len(vs) != 1 || strings.TrimSpace(vs[0]) == "" {
			errf("%s: %d elements, want exactly one, not empty (RFC 4287)", what, len(vs))
			return ""
		}
		return vs[0]
	}
	iri := func(what, s string) {
		if u, err := url.Parse(s); err != nil || u.Scheme == "" {
			errf("%s %q is not an absolute IRI", what, s)
		}
	}
	date := func(what, s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			errf("%s %q is not an RFC 3339 date-time", what, s)
		}
		return d
	}
	if f.Lang == "" {
		errf("no xml:lang")
	}
	iri("feed id", one("feed atom:id", f.IDs))
	one("feed atom:title", f.Titles)
	updated := date("feed updated", one("feed atom:updated", f.Updated))
	selfLinks := 0
	for _, l := range f.Links {
		if l.Rel == "self" {
			selfLinks++
			if l.Href != f.IDs[0] {
				errf("rel=self %q is not the feed's id", l.Href)
			}
		}
		if _, ok := fs.file(t, l.Href); !ok {
			errf("link %q leads nowhere", l.Href)
		}
	}
	if selfLinks != 1 {
		errf("%d rel=self links, want 1", selfLinks)
	}
	feedAuthor := len(f.Authors) > 0 && len(f.Authors[0].Names) == 1
	var ids []string
	var prev time.Time
	for i, e := range f.Entries {
		id := one("entry atom:id", e.IDs)
		iri("entry id", id)
		if slices.Contains(ids, id) {
			errf("entry id %q repeated", id)
		}
		ids = append(ids, id)
		one("entry atom:title", e.Titles)
		u := date("entry updated", one("entry atom:updated", e.Updated))
		if u.After(updated) {
			errf("entry %s updated %v after the feed %v", id, u, updated)
		}
		if i > 0 && u.After(prev) {
			errf("entries not newest first: %s", id)
		}
		prev = u
		if !feedAuthor && len(e.Authors) == 0 {
			errf("entry %s has no author, nor has the feed", id)
		}
		alternate := false
		for _, l := range e.Links {
			if l.Rel == "alternate" || l.Rel == "" {
				alternate = true
			}
			if _, ok := fs.file(t, l.Href); !ok {
				errf("entry %s: link %q leads nowhere", id, l.Href)
			}
		}
		if len(e.Contents) == 0 && !alternate {
			errf("entry %s has neither content nor an alternate link", id)
		}
		if len(e.Contents) > 1 || len(e.Summaries) > 1 {
			errf("entry %s: %d contents, %d summaries; at most one each", id, len(e.Contents), len(e.Summaries))
		}
	}
	if len(parsed.Entries) != len(f.Entries) || parsed.ID != f.IDs[0] {
		errf("the feed parser reads %d entries and id %q; the XML has %d and %q", len(parsed.Entries), parsed.ID, len(f.Entries), f.IDs[0])
	}
	return ids
}

func TestFeeds(t *testing.T) {
	fs := shippedFollowSite(t)
	for _, name := range slices.Sorted(maps.Keys(fs.files)) {
		if strings.HasSuffix(name, ".xml") && strings.Contains(name, "feed") {
			checkAtom(t, fs, name)
		}
	}
	abs := func(lang, p string) string {
		return "https://plans.example.org/" + langPrefix(lang) + strings.TrimPrefix(p, "/")
	}
	measureIDs := func(lang string, m *model.Measure) []string {
		var ids []string
		for _, n := range m.Notes {
			ids = append(ids, abs(lang, n.Path))
		}
		for i, c := range m.Progress.History {
			if i > 0 && c.Note == nil {
				ids = append(ids, abs(lang, m.Path)+"#"+c.Anchor())
			}
		}
		return ids
	}
	changes := 0
	for _, lang := range fs.site.Config.Languages {
		for _, p := range fs.site.Plans {
			for _, m := range p.Measures {
				want := measureIDs(lang, m)
				changes += len(want) - len(m.Notes)
				got := checkAtom(t, fs, langPrefix(lang)+strings.TrimPrefix(m.Path, "/")+"feed.xml")
				if !sameSet(got, want) {
					t.Errorf("%s feed of %s: entries %q, want its reports and changes of state %q", lang, m.FullID, got, want)
				}
			}
		}
		for id := range fs.reports {
			var want []string
			for _, m := range fs.measures[id] {
				want = append(want, measureIDs(lang, m)...)
			}
			for _, n := range fs.reports[id] {
				want = append(want, abs(lang, n.Path))
			}
			want = slices.Compact(slices.Sorted(slices.Values(want)))
			got := checkAtom(t, fs, langPrefix(lang)+"executors/"+id+"/feed.xml")
			if len(want) > model.LatestShown {
				if len(got) != model.LatestShown {
					t.Errorf("%s feed of executor %s: %d entries, want the newest %d", lang, id, len(got), model.LatestShown)
				}
				continue
			}
			if !sameSet(got, want) {
				t.Errorf("%s feed of executor %s: entries %q, want %q", lang, id, got, want)
			}
		}
	}
	t.Logf("%d changes of state made by the calendar in the measures' feeds", changes)
	if changes == 0 {
		t.Error("no feed shows a change of state the calendar made: the shipped plans have overdue measures")
	}
}

func sameSet(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Compact(slices.Sorted(slices.Values(b))))
}

// TestFollowLinks checks that plan, measure and executor pages link their
// feed and calendar in every language, in the head and visibly.
func TestFollowLinks(t *testing.T) {
	fs := buildFollowSite(t, "testdata/sites/small")
	pages := []string{"town-2020/", "town-2020/ii/1-1/", "executors/town-cssd/"}
	for _, lang := range fs.site.Config.Languages {
		for _, p := range pages {
			page := string(fs.files[langPrefix(lang)+p+"index.html"])
			base := "/" + langPrefix(lang) + p
			for _, want := range []string{
				`<link rel="alternate" type="application/atom+xml"`,
				`href="` + base + `feed.xml"`,
				`<link rel="alternate" type="text/calendar"`,
				`href="` + base + `calendar.ics"`,
				`<section class="follow" aria-labelledby="follow-h">`,
				`<a href="` + base + `feed.xml" type="application/atom+xml">`,
				`<a href="` + base + `calendar.ics" type="text/calendar">`,
			} {
				if !strings.Contains(page, want) {
					t.Errorf("%s%s: no %s", langPrefix(lang), p, want)
				}
			}
		}
	}
}
