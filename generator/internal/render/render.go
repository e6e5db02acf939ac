package render

import (
	"bytes"
	"fmt"
	"html/template"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// render is the fourth stage: it turns a plan's model into its files (pages,
// open data, feed, search documents; see renderPlan), and the plans'
// summaries into the files that span plans (see portal.go). Every file is
// made from a key of what it shows: a file whose key the previous build
// recorded is kept as it is, not rendered.

// Renderer renders a site with one theme, plan by plan.
type Renderer struct {
	site   *model.Site
	theme  *Theme
	min    *minify.M
	out    Sink
	global engine.Key // config, theme, program: in every file's key
	// manifests are the search index manifests per language; searchKey
	// covers the index.
	manifests map[string]template.HTML
	searchKey engine.Key
	// expander adds abbreviations and their full forms to search texts.
	expander *expander
	// cards caches rendered measure cards by language and measure.
	cardsMu sync.Mutex
	cards   map[cardKey]template.HTML
	// dataTime is the time spent on open data (see DataTime).
	dataTime atomic.Int64
	// keepIndexes keeps the previous build's portal-wide open data and
	// search index (see KeepPortalIndexes).
	keepIndexes bool
}

// KeepPortalIndexes makes Portal keep the previous build's portal-wide
// open data files and search index (with the search pages, which embed
// its manifest) instead of making them anew: for a build that brings the
// pages up to date first and those files right after.
func (r *Renderer) KeepPortalIndexes() { r.keepIndexes = true }

// DataTime is how long the open data took so far, of the render stage's
// time: for build --timings.
func (r *Renderer) DataTime() time.Duration { return time.Duration(r.dataTime.Load()) }

// timeData adds the time since start to DataTime.
func (r *Renderer) timeData(start time.Time) { r.dataTime.Add(int64(time.Since(start))) }

type cardKey struct {
	lang    string
	depth   int // relative links differ with the page's depth
	measure *model.Measure
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

// New returns a renderer that hands its files to out; global is the key
// of what every file is made with (config, theme, program).
func New(site *model.Site, th *Theme, out Sink, global engine.Key) *Renderer {
	return &Renderer{site: site, theme: th, min: newMinifier(), out: out, global: global,
		manifests: map[string]template.HTML{}, cards: map[cardKey]template.HTML{},
		expander: newExpander(site.Glossary)}
}

// card renders a measure's card with the "measure-card" template, once per
// language. The card depends on the page only through its language (and,
// in a relative build, its depth).
func (r *Renderer) card(p *page, m *model.Measure) (template.HTML, error) {
	k := cardKey{lang: p.Lang, measure: m}
	if r.site.Config.Relative {
		k.depth = p.depth
	}
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

// forgetCards drops the cards of a plan once it is rendered.
func (r *Renderer) forgetCards() {
	r.cardsMu.Lock()
	r.cards = map[cardKey]template.HTML{}
	r.cardsMu.Unlock()
}

// link builds the address of a site path in a language on the published
// site: base path, language prefix for languages after the first, then the
// path. Feeds, the sitemap and absolute addresses are made from it; pages
// link with href.
func (r *Renderer) link(lang, sitePath string) string {
	base := strings.TrimSuffix(r.site.Config.BasePath(), "/")
	if lang != r.site.Config.Languages[0] {
		base += "/" + lang
	}
	return base + sitePath
}

// href builds the link from a page depth folders below the site's root to
// a site path in lang: link's address, or in a relative build (see
// model.Config.Relative) the path relative to the page, a folder's
// index.html named, since file:// opens no folder's index. Relative links
// climb to the root and down again ("../../plan/ii/index.html"), so that
// they depend on the page only through its depth: the measure cards every
// list shares are made once per depth.
func (r *Renderer) href(depth int, lang, sitePath string) string {
	if !r.site.Config.Relative {
		return r.link(lang, sitePath)
	}
	return r.relative(depth, lang, sitePath, true)
}

// relative is sitePath in lang relative to a page depth folders deep;
// index names a folder's index.html (a folder given as a base for other
// names, like the search index's, stays a folder).
func (r *Renderer) relative(depth int, lang, sitePath string, index bool) string {
	p, rest := sitePath, ""
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p, rest = p[:i], p[i:]
	}
	if lang != r.site.Config.Languages[0] {
		p = "/" + lang + p
	}
	p = strings.Repeat("../", depth) + strings.TrimPrefix(p, "/")
	if index && (p == "" || strings.HasSuffix(p, "/")) {
		p += "index.html"
	}
	if p == "" {
		p = "./"
	}
	return p + rest
}

// depthOf is how many folders below the site's root a file is.
func depthOf(file string) int { return strings.Count(file, "/") }

// key starts the key of a file: every file's key covers the config, the
// theme and the program.
func (r *Renderer) key(kind, lang string) *engine.Hasher {
	return engine.NewHasher(kind).Key(r.global).String(lang)
}

// Emit hands a file made from key to the sink.
func (r *Renderer) Emit(unit, path string, key engine.Key, data []byte) error {
	return r.out.Put(unit, path, key, data)
}

// job is one page to render.
type job struct {
	unit string
	file string
	kind string
	key  engine.Key
	page *page
}

// run renders the jobs whose files are not kept, on all cores.
func (r *Renderer) run(jobs []job) error {
	var todo []job
	for _, j := range jobs {
		if !r.out.Keep(j.unit, j.file, j.key) {
			todo = append(todo, j)
		}
	}
	return parallel(len(todo), func(i int, buf *bytes.Buffer) error { return r.renderPage(buf, todo[i]) })
}

// parallel runs do(0) … do(n-1) on all cores, each worker with a buffer
// of its own, and returns the first error. A couple of workers more than
// cores keep the CPUs busy while others wait for a write to the disk.
func parallel(n int, do func(i int, buf *bytes.Buffer) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)+2) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for i := range next {
				errs[i] = do(i, &buf)
			}
		}()
	}
	for i := range n {
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

func (r *Renderer) renderPage(buf *bytes.Buffer, j job) error {
	buf.Reset()
	t := r.theme.pages[j.kind]
	if t == nil {
		return fmt.Errorf("theme has no template for %s pages", j.kind)
	}
	root := "base.html"
	if t.Lookup("document") != nil {
		root = "document" // a page that is not laid out like the others
	}
	if err := t.ExecuteTemplate(buf, root, j.page); err != nil {
		return fmt.Errorf("rendering %s: %w", j.file, err)
	}
	data, err := r.min.Bytes("text/html", buf.Bytes())
	if err != nil {
		return fmt.Errorf("minifying %s: %w", j.file, err)
	}
	return r.Emit(j.unit, j.file, j.key, data)
}

// pageFile is the output file of a page at sitePath in lang.
func (r *Renderer) pageFile(lang, sitePath, kind string) string {
	prefix := ""
	if lang != r.site.Config.Languages[0] {
		prefix = lang + "/"
	}
	if kind == "404" {
		return prefix + "404.html"
	}
	return prefix + strings.TrimPrefix(sitePath, "/") + "index.html"
}

// newPage returns the page of kind at sitePath in lang.
func (r *Renderer) newPage(lang, kind, sitePath, title string, crumbs []crumb) *page {
	return &page{Site: r.site, Lang: lang, Kind: kind, Path: sitePath, Title: title, Crumbs: crumbs, r: r,
		depth: depthOf(r.pageFile(lang, sitePath, kind))}
}

// planLabel is a plan's short name for breadcrumbs and lists.
func planLabel(p *model.Plan) string {
	return model.PlanLabel(p.Authority, p.Period.Start, p.Period.End)
}

// templateFuncs are the functions every template may call.
var templateFuncs = template.FuncMap{
	"planLabel":  planLabel,
	"taskNumber": model.TaskNumber,
	"noteTitle":  model.NoteTitle,
	"lines":      func(s string) []string { return strings.Split(s, "\n") },
	"join":       strings.Join,
	"add":        func(a, b int) int { return a + b },
}

// Plan renders plan p's files — its pages in every language, its
// open data and feed — and returns what the files that span plans need of
// it: its summary, and its pack of cards, rows, feed entries and search
// documents.
func (r *Renderer) Plan(p *model.Plan) (*model.PlanSummary, *engine.PackWriter, error) {
	defer r.forgetCards()
	content := model.ContentKey(p)
	changes := model.PlanChanges(p, r.site.AsOf)
	months := model.ChangeMonths(changes)
	var jobs []job
	for _, lang := range r.site.Config.Languages {
		jobs = append(jobs, r.planJobs(lang, p, content)...)
		jobs = append(jobs, r.changesJobs(lang, p, months)...)
	}
	pack := engine.NewPackWriter()
	sum := model.Summarize(p, content, r.site.AsOf)
	sum.ChangeMonths = model.MonthCounts(months)
	// The open data (its workbook above all) is made beside the pages:
	// alone it would leave all cores but one idle.
	data := make(chan error, 1)
	go func() { data <- r.planData(p, sum, content, pack) }()
	err := r.run(jobs)
	if derr := <-data; err == nil {
		err = derr
	}
	if err != nil {
		return nil, nil, err
	}
	if err := r.planFeed(p); err != nil {
		return nil, nil, err
	}
	if err := r.changesData(p, changes); err != nil {
		return nil, nil, err
	}
	if err := r.planEvidence(p); err != nil {
		return nil, nil, err
	}
	if err := r.planCards(p); err != nil {
		return nil, nil, err
	}
	if err := r.planBadges(p); err != nil {
		return nil, nil, err
	}
	if err := r.packCards(p, pack); err != nil {
		return nil, nil, err
	}
	if err := r.packFeed(p, pack); err != nil {
		return nil, nil, err
	}
	if err := r.packSearch(p, pack); err != nil {
		return nil, nil, err
	}
	if err := r.planFollow(p, pack); err != nil {
		return nil, nil, err
	}
	return sum, pack, nil
}
