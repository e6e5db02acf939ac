package generator

import (
	"encoding/xml"
	"sort"
	"strings"
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
	Title      string      `xml:"title"`
	ID         string      `xml:"id"`
	Updated    string      `xml:"updated"`
	Published  string      `xml:"published"`
	Links      []atomLink  `xml:"link"`
	Categories []atomCat   `xml:"category"`
	Summary    string      `xml:"summary"`
	Content    atomContent `xml:"content"`
	Author     *atomPerson `xml:"author,omitempty"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// feed renders an Atom feed of notes; feedPath and pagePath are site paths.
func (r *renderer) feed(title, feedPath, pagePath string, notes []*Note) ([]byte, error) {
	s := r.site
	lang := s.Config.Languages[0]
	abs := func(p string) string { return s.Config.Absolute(r.link(lang, p)) }
	updated := s.AsOf.String() + "T00:00:00Z"
	if len(notes) > 0 {
		updated = notes[0].Date.String() + "T00:00:00Z"
	}
	f := atomFeed{Lang: lang, Title: title, ID: abs(feedPath), Updated: updated,
		Links:  []atomLink{{Rel: "self", Type: "application/atom+xml", Href: abs(feedPath)}, {Rel: "alternate", Type: "text/html", Href: abs(pagePath)}},
		Author: atomPerson{Name: s.Config.Title}}
	for i, n := range notes {
		if i == 100 {
			break // readers need recent changes, not the archive
		}
		d := n.Date.String() + "T00:00:00Z"
		var codes []string
		for _, m := range n.Measures {
			codes = append(codes, m.Code)
		}
		e := atomEntry{Title: noteTitle(n), ID: abs(n.Path), Updated: d, Published: d,
			Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: abs(n.Path)}},
			Categories: []atomCat{{Term: n.Status.Key}},
			Summary:    r.theme.text(lang, "state.reported") + ": " + n.Status.Key + " · " + strings.Join(codes, ", "),
			Content:    atomContent{Type: "html", Body: string(n.HTML)}}
		if n.Demo {
			e.Title = "[" + r.theme.text(lang, "demo.short") + "] " + e.Title
		}
		if n.Reporter != nil {
			e.Author = &atomPerson{Name: n.Reporter.Name}
		}
		f.Entries = append(f.Entries, e)
	}
	out, err := xml.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}

type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc string `xml:"loc"`
}

// extras renders what is not a page: open data, feeds, the sitemap, the
// search index.
func (r *renderer) extras() error {
	s := r.site
	data, err := r.dataFiles()
	if err != nil {
		return err
	}
	for _, p := range data.paths() {
		if err := r.emit(p, data[p]); err != nil {
			return err
		}
	}
	lang := s.Config.Languages[0]
	feed, err := r.feed(s.Config.Title, "/feed.xml", "/", s.Notes)
	if err != nil {
		return err
	}
	if err := r.emit("feed.xml", feed); err != nil {
		return err
	}
	for _, p := range s.Plans {
		b, err := r.feed(p.Title, p.Path+"feed.xml", p.Path+"notes/", p.Notes)
		if err != nil {
			return err
		}
		if err := r.emit(strings.TrimPrefix(p.Path, "/")+"feed.xml", b); err != nil {
			return err
		}
	}
	var sm sitemapURLSet
	r.mu.Lock()
	paths := append([]string(nil), r.paths...)
	r.mu.Unlock()
	sort.Strings(paths)
	for _, path := range paths {
		if strings.HasSuffix(path, "index.html") {
			sm.URLs = append(sm.URLs, sitemapURL{Loc: s.Config.Absolute(strings.TrimSuffix(s.Config.BasePath(), "/") + "/" + strings.TrimSuffix(path, "index.html"))})
		}
	}
	b, err := xml.MarshalIndent(sm, "", " ")
	if err != nil {
		return err
	}
	if err := r.emit("sitemap.xml", append([]byte(xml.Header), append(b, '\n')...)); err != nil {
		return err
	}
	return r.emit("robots.txt", []byte("User-agent: *\nAllow: /\nSitemap: "+s.Config.Absolute(r.link(lang, "/sitemap.xml"))+"\n"))
}
