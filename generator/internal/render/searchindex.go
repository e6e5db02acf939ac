package render

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"html/template"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/markdown"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/search"
)

// The search index is built into the site at build time (package search
// says why we do not use Pagefind). Each interface language gets its own
// small index, because result links and labels are per language.

// portalSearch builds every language's index from the analyses of the
// plans' documents, kept in their packs, and the executors' — unless
// nothing in it changed, when the previous build's index files are kept.
// A plan is analysed once, when it is built; the index then takes its
// analyses in document order, holding the postings but no text. The search
// pages wait for it: they embed its manifest.
func (r *Renderer) portalSearch(pt *model.Portal) error {
	key := r.key("search", "")
	for _, p := range pt.Plans {
		key.Key(p.ContentKey)
	}
	for _, x := range pt.Executors {
		model.ExecutorViewKey(key, x)
	}
	r.searchKey = key.Done()
	if r.out.Keep(SiteUnit, "search/"+search.ManifestFile, r.searchKey) {
		r.out.KeepAll(SiteUnit, "search/")
		return nil
	}
	var mu sync.Mutex
	claimed := map[string]bool{}
	claim := func(name string) bool {
		mu.Lock()
		defer mu.Unlock()
		first := !claimed[name]
		claimed[name] = true
		return first
	}
	// The languages index the same texts (labels differ, in facets and
	// entries): the first language's builder inverts them, the others
	// follow it and take its term shards. Each adds its documents on a
	// core of its own.
	langs := r.site.Config.Languages
	builders := make([]*search.Builder, len(langs))
	for i, lang := range langs {
		var err error
		if i == 0 {
			builders[i] = search.NewBuilder(r.indexOptions(lang, claim))
		} else if builders[i], err = search.NewFollower(builders[0], r.indexOptions(lang, claim)); err != nil {
			return err
		}
	}
	errs := make([]error, len(langs))
	parallel(len(langs), func(i int, _ *bytes.Buffer) error {
		errs[i] = r.fillIndex(langs[i], builders[i], pt)
		return nil
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for i, lang := range langs { // the leader first
		m, err := finishIndex(builders[i])
		if errors.Is(err, search.ErrNotSameTexts) {
			// A theme whose languages index other texts: this one
			// needs a builder of its own.
			b := search.NewBuilder(r.indexOptions(lang, claim))
			if err = r.fillIndex(lang, b, pt); err == nil {
				m, err = finishIndex(b)
			}
		}
		if err != nil {
			return err
		}
		r.manifests[lang] = m
	}
	return nil
}

// searchOptions are the index options of a language; Analyze and the
// Builder must see the same.
func (r *Renderer) searchOptions(lang string) search.Options {
	base, root := r.searchBase(), r.link(lang, "/")
	if r.site.Config.Relative {
		// The manifest is read on the search page, and result links
		// are made from it there.
		depth := depthOf(r.pageFile(lang, "/search/", "search"))
		base = r.relative(depth, r.site.Config.Languages[0], "/search/", false)
		root = r.relative(depth, lang, "/", false)
	}
	// Snippets of 320 characters show a measure's text and term; longer ones
	// mostly add executor names, at the cost of every reader's download.
	return search.Options{Base: base, Root: root, SnippetRunes: 320,
		FacetOrder: []string{"plan", "section", "executor", "status", "verification", "reporting", "money", "year"}}
}

// searchFolder is the output folder of the index files, e.g. "search/".
func (r *Renderer) searchFolder() string {
	return strings.TrimPrefix(strings.TrimPrefix(r.searchBase(), strings.TrimSuffix(r.site.Config.BasePath(), "/")), "/")
}

// indexOptions are a language's index options. Every language's index
// lives in the one /search/ folder: the plan texts are the same in each,
// so most of their files are byte-identical and, named by their content
// hash, stored once: claim tells whether a file is the first of its name.
func (r *Renderer) indexOptions(lang string, claim func(name string) bool) search.Options {
	prefix := r.searchFolder()
	opts := r.searchOptions(lang)
	opts.Emit = func(name string, data []byte) error {
		if name == search.ManifestFile && lang != r.site.Config.Languages[0] {
			return nil // one manifest.json; other languages' are in their pages
		}
		if !claim(name) {
			return nil
		}
		key := r.searchKey
		if name != search.ManifestFile {
			key = engine.NewHasher("search-file").Bytes(data).Done()
		}
		return r.Emit(SiteUnit, prefix+name, key, data)
	}
	return opts
}

// fillIndex adds a language's documents to its index builder: the plans'
// analyses, kept in their packs, then the executors'.
func (r *Renderer) fillIndex(lang string, b *search.Builder, pt *model.Portal) error {
	var packed []byte // reused: the builder keeps none of it
	for _, p := range pt.Plans {
		var err error
		if packed, err = r.appendSection(packed[:0], p.Dir, "search/"+lang); err != nil {
			return err
		}
		if err := addAnalyses(b, packed); err != nil {
			return fmt.Errorf("search analyses of %s: %w", p.ID, err)
		}
	}
	opts := r.searchOptions(lang)
	for _, d := range r.executorDocs(lang, pt) {
		a, err := search.Analyze(d, opts)
		if err == nil {
			err = b.Add(a)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// finishIndex finishes an index and returns its manifest, for the search
// page.
func finishIndex(b *search.Builder) (template.HTML, error) {
	idx, err := b.Finish()
	if err != nil {
		return "", err
	}
	return template.HTML(search.ManifestElement(idx.Manifest)), nil // #nosec: HTML-escaped JSON
}

// packSearch keeps the analyses of plan p's search documents in every
// language, each as its length and its binary form, with their keys
// (search.AnalysisKey). A document whose key the plan's previous pack has
// is not analysed again: most of a plan's documents are the same when one
// note changes or the date moves on.
func (r *Renderer) packSearch(p *model.Plan, pack *engine.PackWriter) error {
	cache := search.NewCache() // the languages share the stemming of the plan's texts
	for _, lang := range r.site.Config.Languages {
		opts := r.searchOptions(lang)
		opts.Cache = cache
		known, err := r.keptAnalyses(p.Dir, lang)
		if err != nil {
			return err
		}
		var buf, keys []byte
		for _, d := range r.planDocs(lang, p) {
			k := search.AnalysisKey(d, opts)
			bin, ok := known[k]
			if !ok {
				a, err := search.Analyze(d, opts)
				if err != nil {
					return err
				}
				if bin, err = a.MarshalBinary(); err != nil {
					return err
				}
			}
			buf = binary.AppendUvarint(buf, uint64(len(bin)))
			buf = append(buf, bin...)
			keys = append(keys, k[:]...)
		}
		pack.Put("search/"+lang, buf)
		pack.Put("search-keys/"+lang, keys)
	}
	return nil
}

// keptAnalyses are the analyses of a plan's documents in lang that its
// previous pack kept, by key; none when there is no such pack or it does
// not hold them as packSearch puts them.
func (r *Renderer) keptAnalyses(unit, lang string) (map[[32]byte][]byte, error) {
	pk, err := r.out.PrevPack(unit)
	if pk == nil || err != nil {
		return nil, err
	}
	keys, err := pk.Section("search-keys/" + lang)
	if err != nil || len(keys)%32 != 0 {
		return nil, err
	}
	packed, err := pk.Section("search/" + lang)
	if err != nil {
		return nil, err
	}
	var list [][]byte
	for len(packed) > 0 {
		n, k := binary.Uvarint(packed)
		if k <= 0 || uint64(len(packed)-k) < n {
			return nil, nil // damaged: analyse afresh
		}
		list = append(list, packed[k:k+int(n)])
		packed = packed[k+int(n):]
	}
	if len(list) != len(keys)/32 {
		return nil, nil // keys that do not pair with the analyses
	}
	known := make(map[[32]byte][]byte, len(list))
	for i, bin := range list {
		known[[32]byte(keys[32*i:])] = bin
	}
	return known, nil
}

// addAnalyses feeds a plan's packed analyses to b, in their order.
func addAnalyses(b *search.Builder, packed []byte) error {
	for len(packed) > 0 {
		n, k := binary.Uvarint(packed)
		if k <= 0 || uint64(len(packed)-k) < n {
			return errors.New("damaged analyses")
		}
		if err := b.AddBinary(packed[k : k+int(n)]); err != nil {
			return err
		}
		packed = packed[k+int(n):]
	}
	return nil
}

// searchBase is where the index files of every language are published.
func (r *Renderer) searchBase() string { return r.link(r.site.Config.Languages[0], "/search/") }

// SearchBase is the address of the search index, for the search form.
func (p *page) SearchBase() string {
	if p.Site.Config.Relative {
		return p.r.relative(p.depth, p.Site.Config.Languages[0], "/search/", false)
	}
	return p.r.searchBase()
}

// SearchManifest is the search page's embedded index manifest. Search
// pages render after indexing has finished, so no lock is needed to read.
func (p *page) SearchManifest() template.HTML { return p.r.manifests[p.Lang] }

// planDocs turns a plan into search documents, measures first so that
// they win ties.
func (r *Renderer) planDocs(lang string, p *model.Plan) []search.Document {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	var docs []search.Document
	{
		label := planLabel(p)
		for _, m := range p.All {
			// The executors as written and their short names (for searches
			// like «РЦСССДМ»); full registry names and aliases would repeat
			// words like «сімʼї» and rank a measure by its executor's name.
			var body strings.Builder
			for _, s := range []string{m.Text, m.Term, m.ExecutorsText, strings.Join(execShort(m.Executors), "; "), strings.Join(m.IndicatorTexts(), "; ")} {
				body.WriteString(s)
				body.WriteString("\n")
			}
			body.WriteString(r.expander.expand(body.String()))
			years := make([]string, len(m.Progress.Years))
			for i, y := range m.Progress.Years {
				years[i] = strconv.Itoa(y)
			}
			sectionLabel := m.Section.Roman + ". " + m.Section.Title
			// A removed measure is found by its words and its address, not
			// by its number, which a measure in force may have now.
			boost, codes := 1.0, []string{m.Code, m.FullID}
			if m.IsRemoved() {
				boost, codes = 0.5, []string{m.FullID}
			}
			facets := map[string][]string{"plan": {label}, "section": {sectionFacet(label, sectionLabel)}, "executor": execShort(m.Executors),
				"status": {t("state." + m.Progress.State)}, "year": years}
			r.accountabilityFacets(lang, facets, m)
			docs = append(docs, search.Document{
				ID: m.FullID, URL: m.Path, Kind: "measure", Title: m.Code + " " + m.Text,
				Body: body.String(), Boost: boost, Codes: codes,
				Facets: facets,
				Meta: map[string]string{"plan": label, "section": sectionLabel, "executor": strings.Join(execShort(m.Executors), "; "),
					"status": t("state." + m.Progress.State), "id": m.Code},
			})
		}
		for _, n := range p.Notes {
			var codes []string
			for _, m := range n.Measures {
				codes = append(codes, m.Code)
			}
			status := t("status." + model.StatusSlug(n.Status))
			if n.Demo {
				status += " · " + t("demo.short")
			}
			// Titles and bodies are the same in every language (labels go
			// in facets and meta), so the languages' indexes share files.
			docs = append(docs, search.Document{
				ID: p.ID + "/notes/" + n.Slug, URL: n.Path, Kind: "note", Title: model.NoteTitle(n),
				Body: markdown.PlainText([]byte(n.Body)), Boost: 0.6,
				Facets: noteFacets(map[string][]string{"plan": {label}, "status": {t("status." + model.StatusSlug(n.Status))}, "year": {strconv.Itoa(n.Date.Year)}}, n, t),
				Meta:   map[string]string{"plan": label, "id": strings.Join(codes, ", "), "status": status},
			})
		}
		for _, sec := range p.Sections {
			sectionLabel := sec.Roman + ". " + sec.Title
			docs = append(docs, search.Document{
				ID: p.ID + "/" + sec.ID, URL: sec.Path, Kind: "section", Title: sec.Number + ". " + sec.Title,
				Body: strings.Join(sec.Goals, "\n"), Boost: 0.8, Codes: []string{sec.Roman, p.ID + "/" + sec.ID},
				Facets: map[string][]string{"plan": {label}, "section": {sectionFacet(label, sectionLabel)}},
				Meta:   map[string]string{"plan": label},
			})
			for _, tk := range sec.Tasks {
				code := sec.Roman + "." + model.TaskNumber(tk)
				docs = append(docs, search.Document{
					ID: p.ID + "/" + sec.ID + "/" + tk.ID, URL: tk.Path, Kind: "task",
					Title: code + " " + tk.Title, Boost: 0.7, Codes: []string{code, p.ID + "/" + sec.ID + "/" + tk.ID},
					Facets: map[string][]string{"plan": {label}, "section": {sectionFacet(label, sectionLabel)}},
					Meta:   map[string]string{"plan": label, "section": sectionLabel},
				})
			}
		}
		docs = append(docs, search.Document{
			ID: p.ID, URL: p.Path, Kind: "plan", Title: p.Title,
			Body: p.Authority + "\n" + p.MainGoal + "\n" + p.Approval.Text, Boost: 0.8, Codes: []string{p.ID},
			Facets: map[string][]string{"plan": {label}},
			Meta:   map[string]string{"plan": label},
		})
	}
	return docs
}

// executorDocs are the search documents of the registry's bodies.
func (r *Renderer) executorDocs(lang string, pt *model.Portal) []search.Document {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	var docs []search.Document
	for _, x := range pt.Executors {
		var plans []string
		for _, ep := range x.ByPlan {
			plans = append(plans, ep.Plan.Label())
		}
		sort.Strings(plans)
		docs = append(docs, search.Document{
			ID: "executors/" + x.ID, URL: x.Path, Kind: "executor", Title: x.Name,
			Body: x.Short + "\n" + strings.Join(x.Aliases, "\n"), Boost: 0.9,
			Facets: map[string][]string{"plan": plans, "executor": {shortName(x.Executor)}},
			Meta:   map[string]string{"id": t("executor.total", strconv.Itoa(x.Count))},
		})
	}
	return docs
}

// sectionFacet is a section's value in the "section" filter: plans share
// section numbers and even titles ("III. Розвиток сімейних форм
// виховання"), so the value is grouped under its plan.
func sectionFacet(plan, section string) string { return plan + search.FacetGroup + section }

func shortName(x *content.Executor) string {
	if x.Short != "" {
		return x.Short
	}
	return x.Name
}

func execShort(xs []*model.Executor) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = shortName(x.Executor)
	}
	return out
}

// accountabilityFacets adds a measure's search filters of accountability:
// how its latest report is verified, whether reports due are missing,
// whether money was reported spent.
func (r *Renderer) accountabilityFacets(lang string, facets map[string][]string, m *model.Measure) {
	t := func(key string) string { return r.theme.text(lang, key) }
	if n := m.Progress.Reported; n != nil {
		facets["verification"] = []string{t("verify." + n.Level())}
	}
	if rep := m.Progress.Reporting; rep.Due > 0 {
		if rep.Missing > 0 {
			facets["reporting"] = []string{t("facet.reporting.missing")}
		} else {
			facets["reporting"] = []string{t("facet.reporting.complete")}
		}
	}
	if len(m.Money.Spent) > 0 {
		facets["money"] = []string{t("facet.money.spent")}
	}
}

// noteFacets adds a note's search filters of accountability: how it is
// verified, whether it reports money spent.
func noteFacets(facets map[string][]string, n *model.Note, t func(string, ...any) string) map[string][]string {
	facets["verification"] = []string{t("verify." + n.Level())}
	if len(n.Spent) > 0 {
		facets["money"] = []string{t("facet.money.spent")}
	}
	return facets
}
