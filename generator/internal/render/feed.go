package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Atom feeds of progress notes: one for the whole portal, one per plan, so
// journalists can follow changes in a feed reader.

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	XMLName    xml.Name     `xml:"entry"`
	Title      string       `xml:"title"`
	ID         string       `xml:"id"`
	Updated    string       `xml:"updated"`
	Published  string       `xml:"published"`
	Links      []atomLink   `xml:"link"`
	Categories []atomCat    `xml:"category"`
	Summary    string       `xml:"summary"`
	Content    *atomContent `xml:"content,omitempty"`
	Author     *atomPerson  `xml:"author,omitempty"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// A feed is put together from entries marshalled one by one, so that the
// portal's feed takes the entries plans keep in their packs instead of
// loading the plans.

// feedEntry marshals note n as an Atom entry of a feed in lang, indented
// for its place in the feed.
func (r *Renderer) feedEntry(lang string, n *model.Note) ([]byte, error) {
	abs := func(p string) string { return r.site.Config.Absolute(r.link(lang, p)) }
	d := n.Date.String() + "T00:00:00Z"
	var codes []string
	for _, m := range n.Measures {
		codes = append(codes, m.Code)
	}
	e := atomEntry{Title: model.NoteTitle(n), ID: abs(n.Path), Updated: d, Published: d,
		Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: abs(n.Path)}},
		Categories: []atomCat{{Term: n.Status.Key}},
		Summary:    r.theme.text(lang, "state.reported") + ": " + r.theme.text(lang, "status."+model.StatusSlug(n.Status)) + " · " + strings.Join(codes, ", "),
		Content:    &atomContent{Type: "html", Body: string(n.HTML)}}
	if n.Demo {
		e.Title = "[" + r.theme.text(lang, "demo.short") + "] " + e.Title
	}
	if n.Reporter != nil {
		e.Author = &atomPerson{Name: n.Reporter.Name}
	}
	return xml.MarshalIndent(e, " ", " ")
}

// feed puts an Atom feed in lang together from its entries, newest first;
// feedPath and pagePath are site paths. updated is the newest entry's
// date, or the date the feed's subject began when it has none.
func (r *Renderer) feed(lang, title, feedPath, pagePath, updated string, entries [][]byte) ([]byte, error) {
	s := r.site
	abs := func(p string) string { return s.Config.Absolute(r.link(lang, p)) }
	f := atomFeed{Lang: lang, Title: title, ID: abs(feedPath), Updated: updated + "T00:00:00Z",
		Links:  []atomLink{{Rel: "self", Type: "application/atom+xml", Href: abs(feedPath)}, {Rel: "alternate", Type: "text/html", Href: abs(pagePath)}},
		Author: atomPerson{Name: first(s.Config.SiteTitle(lang))}}
	out, err := xml.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	head, tail, _ := bytes.Cut(out, []byte("\n</feed>"))
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	buf.Write(head)
	for _, e := range entries {
		buf.WriteByte('\n')
		buf.Write(e)
	}
	buf.WriteString("\n</feed>")
	buf.Write(tail)
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// feedStart is the date a feed without entries is updated: the plan's
// adoption, or the start of its period.
func feedStart(p *model.Plan) string { return startOf(p.Approval, p.Period) }

// startOf is the day a plan adopted on a and running over per began.
func startOf(a content.Approval, per content.Period) string {
	if a.Date != nil {
		return a.Date.String()
	}
	return fmt.Sprintf("%04d-01-01", per.Start)
}

// feedFile is the output file of a feed at sitePath in lang.
func (r *Renderer) feedFile(lang, sitePath string) string {
	return strings.TrimPrefix(r.link(lang, sitePath), strings.TrimSuffix(r.site.Config.BasePath(), "/")+"/")
}

// planFeed writes plan p's feed of its newest notes in every language.
func (r *Renderer) planFeed(p *model.Plan) error {
	notes := p.Notes[:min(len(p.Notes), model.LatestShown)]
	for _, lang := range r.site.Config.Languages {
		key := r.key("feed-plan", lang).Key(p.HeaderKey)
		for _, n := range notes {
			key.Key(n.Key)
		}
		k := key.Done()
		file := r.feedFile(lang, p.Path+"feed.xml")
		if r.out.Keep(p.Dir, file, k) {
			continue
		}
		updated := feedStart(p)
		if len(notes) > 0 {
			updated = notes[0].Date.String()
		}
		var entries [][]byte
		for _, n := range notes {
			e, err := r.feedEntry(lang, n)
			if err != nil {
				return err
			}
			entries = append(entries, e)
		}
		data, err := r.feed(lang, p.Title, p.Path+"feed.xml", p.Path+"notes/", updated, entries)
		if err != nil {
			return err
		}
		if err := r.Emit(p.Dir, file, k, data); err != nil {
			return err
		}
	}
	return nil
}

// packFeed keeps the entries of plan p's newest notes for the portal's
// feeds, each under "feed/<lang>/<slug>".
func (r *Renderer) packFeed(p *model.Plan, pack *engine.PackWriter) error {
	for _, lang := range r.site.Config.Languages {
		for _, n := range p.Notes[:min(len(p.Notes), model.LatestShown)] {
			e, err := r.feedEntry(lang, n)
			if err != nil {
				return err
			}
			pack.Put("feed/"+lang+"/"+n.Slug, e)
		}
	}
	return nil
}

// portalFeed writes the portal's feed of the newest notes of all plans, in
// every language.
func (r *Renderer) portalFeed(plans []*model.PlanSummary, latest []model.NoteRef) error {
	s := r.site
	dirs := map[string]string{}
	for _, p := range plans {
		dirs[p.ID] = p.Dir
	}
	for _, lang := range s.Config.Languages {
		key := r.key("feed-portal", lang)
		for _, n := range latest {
			key.Key(n.Key)
		}
		k := key.Done()
		file := r.feedFile(lang, "/feed.xml")
		if r.out.Keep(SiteUnit, file, k) {
			continue
		}
		var entries [][]byte
		for _, n := range latest {
			e, err := r.section(dirs[n.Plan], "feed/"+lang+"/"+n.Slug)
			if err != nil {
				return err
			}
			entries = append(entries, e)
		}
		updated := s.AsOf.String()
		if len(latest) > 0 {
			updated = latest[0].Date.String()
		}
		data, err := r.feed(lang, first(s.Config.SiteTitle(lang)), "/feed.xml", "/", updated, entries)
		if err != nil {
			return err
		}
		if err := r.Emit(SiteUnit, file, k, data); err != nil {
			return err
		}
	}
	return nil
}
