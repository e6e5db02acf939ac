// Package linkcheck checks a built site as a reader's browser meets it:
// every internal link and resource resolves to a file, every #fragment to an
// id on the page it names, and no page repeats an id (a repeated id makes
// a screen reader announce the wrong element, and a fragment land on it).
//
// It reads every HTML page of the folder, and the links of the feeds, the
// calendars and the sitemap. Links to other sites are not followed; an absolute link that
// starts with the site's base URL is internal.
package linkcheck

import (
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/plansite/plansite/generator/internal/ical"
)

// Report is what a check found.
type Report struct {
	// Pages are the HTML pages read; Links the internal links checked.
	Pages, Links int
	// Broken are links that lead nowhere, as "page → link (why)".
	Broken []string
	// DuplicateIDs are ids a page holds more than once, as "page: id".
	DuplicateIDs []string
}

// OK reports whether nothing is broken and no id repeats.
func (r *Report) OK() bool { return len(r.Broken) == 0 && len(r.DuplicateIDs) == 0 }

// String sums the report up, with the first problems.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d pages, %d internal links: %d broken, %d repeated ids", r.Pages, r.Links, len(r.Broken), len(r.DuplicateIDs))
	for _, list := range [][]string{r.Broken, r.DuplicateIDs} {
		for i, s := range list {
			if i == 10 {
				fmt.Fprintf(&b, "\n  … %d more", len(list)-10)
				break
			}
			b.WriteString("\n  " + s)
		}
	}
	return b.String()
}

// page is one HTML file: its ids and its links.
type page struct {
	ids   map[string]int
	links []string
}

// Option changes what Check accepts.
type Option func(*checker)

// Offline checks a site made to be opened from a folder over file:// (a
// relative build): there a link must be relative to its page, since "/"
// is the disk's root, and must name a folder's index.html, since file://
// opens no folder's index; and a page's link to the published site (an
// absolute address under base) leaves the copy, which holds the same page.
// Feeds and the sitemap are addresses for the web, absolute by rule.
func Offline() Option { return func(c *checker) { c.offline = true } }

// Check checks the site in folder dir, published at base (e.g.
// "https://plans.example.org/" or "/"); base's path is the prefix of every
// root-relative link.
func Check(dir, base string, opts ...Option) (*Report, error) {
	b, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	c := &checker{dir: dir, base: b, prefix: strings.TrimSuffix(b.Path, "/"), pages: map[string]*page{}}
	for _, o := range opts {
		o(c)
	}
	if err := c.read(); err != nil {
		return nil, err
	}
	return c.check(), nil
}

type checker struct {
	dir     string
	base    *url.URL
	prefix  string
	offline bool
	pages   map[string]*page // slash path in dir → page
	others  map[string][]string
}

// read parses every page, and the links of every feed and sitemap.
func (c *checker) read() error {
	c.others = map[string][]string{}
	return filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(c.dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case strings.HasSuffix(rel, ".html"):
			pg, err := readPage(p)
			if err != nil {
				return fmt.Errorf("%s: %w", rel, err)
			}
			c.pages[rel] = pg
		case strings.HasSuffix(rel, ".xml"):
			links, err := readXMLLinks(p)
			if err != nil {
				return fmt.Errorf("%s: %w", rel, err)
			}
			c.others[rel] = links
		case strings.HasSuffix(rel, ".ics"):
			links, err := readICSLinks(p)
			if err != nil {
				return fmt.Errorf("%s: %w", rel, err)
			}
			c.others[rel] = links
		}
		return nil
	})
}

// linkAttrs are the attributes that link or load, per element.
var linkAttrs = map[string][]string{
	"a": {"href"}, "link": {"href"}, "script": {"src"}, "img": {"src"}, "iframe": {"src"},
	"source": {"src"}, "form": {"action"}, "area": {"href"}, "use": {"href"}, "image": {"href"},
}

func readPage(file string) (*page, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	pg := &page{ids: map[string]int{}}
	z := html.NewTokenizer(f)
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return pg, nil
			}
			return nil, z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			for _, a := range t.Attr {
				if a.Key == "id" && a.Val != "" {
					pg.ids[a.Val]++
				}
				for _, k := range linkAttrs[t.Data] {
					if a.Key == k && !(t.Data == "link" && external(t)) {
						pg.links = append(pg.links, a.Val)
					}
				}
			}
		}
	}
}

// external is a <link> that names this page elsewhere — canonical and
// hreflang alternates are absolute by rule and point at the published
// site, which the other checks cover.
func external(t html.Token) bool {
	for _, a := range t.Attr {
		if a.Key == "rel" && (a.Val == "canonical" || a.Val == "alternate" && hasAttr(t, "hreflang")) {
			return true
		}
	}
	return false
}

func hasAttr(t html.Token, key string) bool {
	for _, a := range t.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// readXMLLinks returns a feed's link hrefs and a sitemap's locs.
func readXMLLinks(file string) ([]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var links []string
	d := xml.NewDecoder(f)
	inLoc := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return links, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inLoc = t.Name.Local == "loc"
			if t.Name.Local == "link" {
				for _, a := range t.Attr {
					if a.Name.Local == "href" {
						links = append(links, a.Value)
					}
				}
			}
		case xml.CharData:
			if inLoc {
				links = append(links, strings.TrimSpace(string(t)))
			}
		case xml.EndElement:
			inLoc = false
		}
	}
}

// readICSLinks returns the URL and SOURCE values of a calendar: the pages
// its events link and its own address.
func readICSLinks(file string) ([]string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var links []string
	for _, line := range ical.Unfold(data) {
		for _, name := range []string{"URL", "SOURCE"} {
			if v, ok := ical.Value(line, name); ok {
				links = append(links, v)
			}
		}
	}
	return links, nil
}

func (c *checker) check() *Report {
	r := &Report{Pages: len(c.pages)}
	names := make([]string, 0, len(c.pages))
	for n := range c.pages {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		pg := c.pages[n]
		for id, k := range pg.ids {
			if k > 1 {
				r.DuplicateIDs = append(r.DuplicateIDs, fmt.Sprintf("%s: id %q ×%d", n, id, k))
			}
		}
		c.links(r, n, pg.links)
		if c.offline {
			c.offlineLinks(r, n, pg.links)
		}
	}
	others := make([]string, 0, len(c.others))
	for n := range c.others {
		others = append(others, n)
	}
	sort.Strings(others)
	for _, n := range others {
		c.links(r, n, c.others[n])
	}
	sort.Strings(r.DuplicateIDs)
	return r
}

func (c *checker) links(r *Report, from string, links []string) {
	for _, l := range links {
		target, frag, internal := c.resolve(from, l)
		if !internal {
			continue
		}
		r.Links++
		if why := c.missing(target, frag); why != "" {
			r.Broken = append(r.Broken, fmt.Sprintf("%s → %s (%s)", from, l, why))
		}
	}
}

// resolve turns a link on page from into a file of the site.
func (c *checker) resolve(from, link string) (target, frag string, internal bool) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return "", "", true // a malformed link is broken, whatever it meant
	}
	switch {
	case u.Scheme == "" && u.Host == "":
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host == c.base.Host:
	default:
		return "", "", false
	}
	p := u.Path
	switch {
	case p == "" && u.Scheme == "":
		p = "/" + from // a fragment of this page
		return strings.TrimPrefix(p, "/"), u.Fragment, true
	case strings.HasPrefix(p, "/"):
		if !strings.HasPrefix(p+"/", c.prefix+"/") {
			return p, u.Fragment, true // outside the base path: broken
		}
		p = strings.TrimPrefix(p, c.prefix)
	default:
		p = path.Join("/", path.Dir(from), p)
		if strings.HasSuffix(u.Path, "/") {
			p += "/"
		}
	}
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return strings.TrimPrefix(path.Clean(p), "/"), u.Fragment, true
}

// missing says why target#frag does not resolve, or "".
func (c *checker) missing(target, frag string) string {
	fi, err := os.Stat(filepath.Join(c.dir, filepath.FromSlash(target)))
	if err != nil || fi.IsDir() {
		return "no such file"
	}
	if frag == "" {
		return ""
	}
	pg := c.pages[target]
	if pg == nil {
		return "" // a fragment of a non-HTML file (a feed, a PDF) is the reader's business
	}
	if f, err := url.PathUnescape(frag); err == nil && pg.ids[f] > 0 {
		return ""
	}
	return "no id " + frag + " on the page"
}

// offlineLinks reports the links of page from that do not work opened from
// a folder (see Offline), whether or not their target exists.
func (c *checker) offlineLinks(r *Report, from string, links []string) {
	for _, l := range links {
		u, err := url.Parse(strings.TrimSpace(l))
		if err != nil {
			continue // reported as broken already
		}
		why := ""
		switch {
		case (u.Scheme == "http" || u.Scheme == "https") && u.Host == c.base.Host:
			why = "an address on the published site: the copy has the page; link it relatively"
		case u.Scheme != "" || u.Host != "":
		case strings.HasPrefix(u.Path, "/"):
			why = "root-relative: over file:// it starts at the disk's root"
		case u.Path != "" && (strings.HasSuffix(u.Path, "/") || path.Base(u.Path) == "." || path.Base(u.Path) == ".."):
			why = "a folder: file:// opens no index.html; link the folder's index.html"
		}
		if why != "" {
			r.Broken = append(r.Broken, fmt.Sprintf("%s → %s (%s)", from, l, why))
		}
	}
}
