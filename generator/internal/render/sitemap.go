package render

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
)

// The sitemap lists every page for search engines (but the measures'
// cards to embed, parts of other sites' pages), and robots.txt points
// to it. A sitemap file holds at most 50,000 addresses (sitemaps.org), so a
// larger portal gets numbered files and a sitemap index.

const sitemapMax = 50000

type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc string `xml:"loc"`
}

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

// Sitemap writes sitemap.xml (an index of sitemap-N.xml files when the
// pages are too many for one) and robots.txt. It comes last: it lists the
// pages of every unit, made or kept.
func (r *Renderer) Sitemap() error {
	s := r.site
	var pages []string
	for _, p := range r.out.Paths() {
		if strings.HasSuffix(p, "index.html") && !strings.HasSuffix(p, "/"+EmbedFolder+"index.html") {
			pages = append(pages, p)
		}
	}
	abs := func(p string) string { return s.Config.Absolute(r.link(s.Config.Languages[0], p)) }
	robots := func() error {
		return r.Emit(SiteUnit, "robots.txt", engine.Key{}, []byte("User-agent: *\nAllow: /\nSitemap: "+abs("/sitemap.xml")+"\n"))
	}
	// The sitemap shows the site's addresses, made of its pages' paths and
	// the config (in every key): when the pages are the same, its files are
	// kept, and not even their addresses are made (encoding a large site's
	// took longer than the rest of a build with nothing to do).
	key := r.key("sitemap", "").Strings(pages...).Done()
	kept := r.out.Keep(SiteUnit, "sitemap.xml", key)
	for i := 0; len(pages) > sitemapMax && i*sitemapMax < len(pages); i++ {
		kept = r.out.Keep(SiteUnit, "sitemap-"+strconv.Itoa(i+1)+".xml", key) && kept
	}
	if kept {
		return robots()
	}
	urls := make([]sitemapURL, len(pages))
	for i, p := range pages {
		urls[i] = sitemapURL{Loc: s.Config.Absolute(strings.TrimSuffix(s.Config.BasePath(), "/") + "/" + strings.TrimSuffix(p, "index.html"))}
	}
	if len(urls) <= sitemapMax {
		if err := r.emitXML("sitemap.xml", key, sitemapURLSet{URLs: urls}); err != nil {
			return err
		}
	} else {
		var index sitemapIndex
		for i := 0; i*sitemapMax < len(urls); i++ {
			name := "sitemap-" + strconv.Itoa(i+1) + ".xml"
			part := urls[i*sitemapMax : min(len(urls), (i+1)*sitemapMax)]
			if err := r.emitXML(name, key, sitemapURLSet{URLs: part}); err != nil {
				return err
			}
			index.Sitemaps = append(index.Sitemaps, sitemapURL{Loc: abs("/" + name)})
		}
		if err := r.emitXML("sitemap.xml", key, index); err != nil {
			return err
		}
	}
	return robots()
}

// emitXML writes v as the XML file, unless the previous build made it
// from key.
func (r *Renderer) emitXML(file string, key engine.Key, v any) error {
	if r.out.Keep(SiteUnit, file, key) {
		return nil
	}
	b, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	buf.Write(b)
	buf.WriteByte('\n')
	return r.Emit(SiteUnit, file, key, buf.Bytes())
}
