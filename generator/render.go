package generator

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/plansite/plansite/generator/internal/search"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// output is a rendered site: file paths (slash-separated, relative to the
// output folder) and their bytes.
type output map[string][]byte

// paths returns the output's paths, sorted.
func (o output) paths() []string {
	ps := make([]string, 0, len(o))
	for p := range o {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// sink receives rendered files as they are made: into memory (for serve
// and tests), or straight into the folder a build will swap in, so a large
// site is never held in memory whole and disk writes overlap rendering.
type sink interface {
	put(path string, data []byte) error
}

// memorySink keeps files in an output map.
type memorySink struct {
	mu  sync.Mutex
	out output
}

func (m *memorySink) put(p string, data []byte) error {
	m.mu.Lock()
	m.out[p] = data
	m.mu.Unlock()
	return nil
}

// Stats counts what a build made.
type Stats struct {
	// Files and Pages (index.html files) written, and their bytes.
	Files, Pages int
	Bytes        int64
}

// emit hands a file to the sink and remembers its path.
func (r *renderer) emit(p string, data []byte) error {
	r.mu.Lock()
	r.paths = append(r.paths, p)
	r.stats.Files++
	r.stats.Bytes += int64(len(data))
	if strings.HasSuffix(p, "index.html") {
		r.stats.Pages++
	}
	r.mu.Unlock()
	return r.sink.put(p, data)
}

// renderer renders one site with one theme.
type renderer struct {
	site  *Site
	theme *theme
	min   *minify.M
	sink  sink
	mu    sync.Mutex
	paths []string // every file emitted, for the sitemap
	stats Stats
	// claimed are the search index files already emitted.
	claimed map[string]bool
	// manifests are the search index manifests per language.
	manifests map[string]template.HTML
	// searchCache shares text analysis between the languages' indexes.
	searchCache *search.Cache
	// expander adds abbreviations and their full forms to search texts.
	expander *expander
	// cards caches rendered measure cards by language and measure.
	cardsMu sync.Mutex
	cards   map[cardKey]template.HTML
}

type cardKey struct {
	lang    string
	measure *Measure
}

// card renders a measure's card with the "measure-card" template, once per
// language. The card depends on the page only through its language.
func (r *renderer) card(p *page, m *Measure) (template.HTML, error) {
	k := cardKey{p.Lang, m}
	r.cardsMu.Lock()
	html, ok := r.cards[k]
	r.cardsMu.Unlock()
	if ok {
		return html, nil
	}
	var buf bytes.Buffer
	if err := r.theme.pages["measure"].ExecuteTemplate(&buf, "measure-card", map[string]any{"P": p, "M": m}); err != nil {
		return "", err
	}
	html = template.HTML(buf.String()) // #nosec: output of html/template
	r.cardsMu.Lock()
	r.cards[k] = html
	r.cardsMu.Unlock()
	return html, nil
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("application/xml", xml.Minify)
	return m
}

// newRenderer returns a renderer that emits into s, with empty caches.
func newRenderer(site *Site, th *theme, s sink) *renderer {
	return &renderer{site: site, theme: th, min: newMinifier(), sink: s, claimed: map[string]bool{},
		manifests: map[string]template.HTML{}, searchCache: search.NewCache(), cards: map[cardKey]template.HTML{},
		expander: newExpander(site.Glossary)}
}

// link builds the href of a site path in a language: base path, language
// prefix for languages after the first, then the path.
func (r *renderer) link(lang, sitePath string) string {
	base := strings.TrimSuffix(r.site.Config.BasePath(), "/")
	if lang != r.site.Config.Languages[0] {
		base += "/" + lang
	}
	return base + sitePath
}

// job is one page to render.
type job struct {
	file string
	kind string
	page *page
}

// render is the fourth stage: it turns the Site into files, handed to s.
func render(site *Site, th *theme, s sink) (Stats, error) {
	r := newRenderer(site, th, s)
	err := r.render()
	return r.stats, err
}

func (r *renderer) render() error {
	site, th := r.site, r.theme
	// The search index is built while the pages render; only the search
	// pages, which embed its manifest, wait for it.
	langs := site.Config.Languages
	searchErrs := make([]error, len(langs))
	var indexing sync.WaitGroup
	var jobs, searchJobs []job
	for i, lang := range langs {
		indexing.Add(1)
		go func() {
			defer indexing.Done()
			searchErrs[i] = r.buildSearch(lang)
		}()
		for _, j := range r.pageJobs(lang) {
			if j.kind == "search" {
				searchJobs = append(searchJobs, j)
			} else {
				jobs = append(jobs, j)
			}
		}
	}
	err := r.run(jobs)
	indexing.Wait()
	if err != nil {
		return err
	}
	for _, e := range searchErrs {
		if e != nil {
			return e
		}
	}
	if err := r.run(searchJobs); err != nil {
		return err
	}
	for name, a := range th.assets {
		data := a.data
		mt := map[string]string{".css": "text/css", ".js": "application/javascript"}[path.Ext(name)]
		if mt != "" {
			if m, err := r.min.Bytes(mt, data); err == nil {
				data = m
			}
		}
		if err := r.emit(strings.TrimPrefix(a.path, "/"), data); err != nil {
			return err
		}
	}
	return r.extras()
}

// run renders jobs on all cores. A couple of workers more than cores keep
// the CPUs busy while others wait for a write to the disk.
func (r *renderer) run(jobs []job) error {
	var wg sync.WaitGroup
	errs := make([]error, len(jobs))
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0)+2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for i := range next {
				errs[i] = r.renderPage(&buf, jobs[i])
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) renderPage(buf *bytes.Buffer, j job) error {
	buf.Reset()
	t := r.theme.pages[j.kind]
	if t == nil {
		return fmt.Errorf("theme has no template for %s pages", j.kind)
	}
	if err := t.ExecuteTemplate(buf, "base.html", j.page); err != nil {
		return fmt.Errorf("rendering %s: %w", j.file, err)
	}
	data, err := r.min.Bytes("text/html", buf.Bytes())
	if err != nil {
		return fmt.Errorf("minifying %s: %w", j.file, err)
	}
	return r.emit(j.file, data)
}

// pageJobs lists every page of the site in one language.
func (r *renderer) pageJobs(lang string) []job {
	s := r.site
	prefix := ""
	if lang != s.Config.Languages[0] {
		prefix = lang + "/"
	}
	var jobs []job
	add := func(kind, sitePath, title string, crumbs []crumb, fill func(p *page)) {
		p := &page{Site: s, Lang: lang, Kind: kind, Path: sitePath, Title: title, Crumbs: crumbs, r: r}
		if fill != nil {
			fill(p)
		}
		file := prefix + strings.TrimPrefix(sitePath, "/") + "index.html"
		if kind == "404" {
			file = prefix + "404.html"
		}
		jobs = append(jobs, job{file: file, kind: kind, page: p})
	}
	t := func(key string) string { return r.theme.text(lang, key) }
	home := crumb{t("nav.home"), "/"}

	add("home", "/", s.Config.Title, nil, nil)
	add("executors", "/executors/", t("executors.title"), []crumb{home}, nil)
	add("search", "/search/", t("search.title"), []crumb{home}, nil)
	add("data", "/data/", t("data.title"), []crumb{home}, nil)
	add("404", "/404/", t("404.title"), []crumb{home}, nil)
	for _, x := range s.Executors {
		add("executor", x.Path, x.Name, []crumb{home, {t("executors.title"), "/executors/"}}, func(p *page) { p.Executor = x })
	}
	for _, pl := range s.Plans {
		planCrumbs := []crumb{home, {planLabel(pl), pl.Path}}
		add("plan", pl.Path, pl.Title, []crumb{home}, func(p *page) { p.Plan = pl; p.Measures = pl.Measures })
		add("timeline", pl.Path+"timeline/", t("timeline.title"), planCrumbs, func(p *page) { p.Plan = pl; p.Measures = pl.Measures })
		add("indicators", pl.Path+"indicators/", t("indicators.title"), planCrumbs, func(p *page) { p.Plan = pl })
		add("notes", pl.Path+"notes/", t("notes.title"), planCrumbs, func(p *page) { p.Plan = pl })
		for _, n := range pl.Notes {
			add("note", n.Path, noteTitle(n), append(planCrumbs, crumb{t("notes.title"), pl.Path + "notes/"}), func(p *page) { p.Plan = pl; p.Note = n })
		}
		for _, sec := range pl.Sections {
			secCrumbs := append(append([]crumb(nil), planCrumbs...), crumb{sec.Number + ". " + sec.Title, sec.Path})
			add("section", sec.Path, sec.Number+". "+sec.Title, planCrumbs, func(p *page) { p.Plan = pl; p.Section = sec; p.Measures = sec.Measures })
			for _, tk := range sec.Tasks {
				add("task", tk.Path, t("task.title")+" "+tk.Task.Number, secCrumbs, func(p *page) { p.Plan = pl; p.Section = sec; p.Task = tk; p.Measures = tk.Measures })
			}
			for _, g := range sec.Groups {
				add("group", g.Path, g.Title, secCrumbs, func(p *page) { p.Plan = pl; p.Section = sec; p.Group = g; p.Measures = g.Measures })
			}
			for _, m := range sec.Measures {
				crumbs := secCrumbs
				switch {
				case m.Task != nil:
					crumbs = append(append([]crumb(nil), secCrumbs...), crumb{t("task.title") + " " + taskNumber(m.Task), m.Task.Path})
				case m.Group != nil:
					crumbs = append(append([]crumb(nil), secCrumbs...), crumb{m.Group.Title, m.Group.Path})
				}
				add("measure", m.Path, t("measure.title")+" "+m.Code, crumbs, func(p *page) { p.Plan = pl; p.Section = sec; p.Task = m.Task; p.Group = m.Group; p.Measure = m })
			}
		}
	}
	return jobs
}

// planLabel is a plan's short name for breadcrumbs and lists.
func planLabel(p *Plan) string {
	return fmt.Sprintf("%s, %d–%d", p.Authority, p.Period.Start, p.Period.End)
}

func taskNumber(t *Task) string {
	if n := strings.TrimRight(strings.TrimSpace(t.Task.Number), "."); n != "" {
		return n
	}
	return t.ID
}

func noteTitle(n *Note) string {
	if n.Title != "" {
		return n.Title
	}
	if len(n.Measures) > 0 {
		return n.Date.String() + " · " + n.Measures[0].Code
	}
	return n.Date.String()
}

// templateFuncs are the functions every template may call.
var templateFuncs = template.FuncMap{
	"planLabel":  planLabel,
	"taskNumber": taskNumber,
	"noteTitle":  noteTitle,
	"lines":      func(s string) []string { return strings.Split(s, "\n") },
	"join":       strings.Join,
	"add":        func(a, b int) int { return a + b },
}
