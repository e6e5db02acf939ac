package generator

import (
	"html/template"
	"sort"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/internal/markdown"
	"github.com/plansite/plansite/generator/internal/search"
)

// The search index is built into the site at build time (package search
// says why we do not use Pagefind). Each interface language gets its own
// small index, because result links and labels are per language.

// buildSearch indexes the site for one language and keeps the manifest
// for the search page. Every language's index lives in the one /search/
// folder: the plan texts are the same in each, so most of their files are
// byte-identical and, named by their content hash, stored once.
func (r *renderer) buildSearch(lang string) error {
	docs := r.searchDocs(lang)
	base := r.searchBase()
	root := r.link(lang, "/")
	// Snippets of 320 characters show a measure's text and term; longer ones
	// mostly add executor names, at the cost of every reader's download.
	idx, err := search.Build(docs, search.Options{Base: base, Root: root, Cache: r.searchCache, SnippetRunes: 320})
	if err != nil {
		return err
	}
	prefix := strings.TrimPrefix(base, strings.TrimSuffix(r.site.Config.BasePath(), "/"))
	for _, name := range sortedNames(idx.Files) {
		if name == search.ManifestFile && lang != r.site.Config.Languages[0] {
			continue // one manifest.json; other languages' are in their pages
		}
		if !r.claim(prefix + name) {
			continue // the same file (by content hash) from another language
		}
		if err := r.emit(strings.TrimPrefix(prefix, "/")+name, idx.Files[name]); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.manifests[lang] = template.HTML(search.ManifestElement(idx.Manifest)) // #nosec: HTML-escaped JSON
	r.mu.Unlock()
	return nil
}

// claim reports whether name is emitted for the first time: index files
// are named by their content, so the languages' shared ones come once.
func (r *renderer) claim(name string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.claimed[name] {
		return false
	}
	r.claimed[name] = true
	return true
}

func sortedNames(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// searchBase is where the index files of every language are published.
func (r *renderer) searchBase() string { return r.link(r.site.Config.Languages[0], "/search/") }

// SearchBase is the address of the search index, for the search form.
func (p *page) SearchBase() string { return p.r.searchBase() }

// SearchManifest is the search page's embedded index manifest. Search
// pages render after indexing has finished, so no lock is needed to read.
func (p *page) SearchManifest() template.HTML { return p.r.manifests[p.Lang] }

// searchDocs turns the site into search documents, measures first so that
// they win ties.
func (r *renderer) searchDocs(lang string) []search.Document {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	var docs []search.Document
	for _, p := range r.site.Plans {
		label := planLabel(p)
		for _, m := range p.Measures {
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
			docs = append(docs, search.Document{
				ID: m.FullID, URL: m.Path, Kind: "measure", Title: m.Code + " " + m.Text,
				Body: body.String(), Boost: 1, Codes: []string{m.Code, m.FullID},
				Facets: map[string][]string{"plan": {label}, "section": {sectionFacet(label, sectionLabel)}, "executor": execShort(m.Executors),
					"status": {t("state." + m.Progress.State)}, "year": years},
				Meta: map[string]string{"plan": label, "section": sectionLabel, "executor": strings.Join(execShort(m.Executors), "; "),
					"status": t("state." + m.Progress.State), "id": m.Code},
			})
		}
		for _, n := range p.Notes {
			var codes []string
			for _, m := range n.Measures {
				codes = append(codes, m.Code)
			}
			status := t("status." + statusSlug(n.Status))
			if n.Demo {
				status += " · " + t("demo.short")
			}
			// Titles and bodies are the same in every language (labels go
			// in facets and meta), so the languages' indexes share files.
			docs = append(docs, search.Document{
				ID: p.ID + "/notes/" + n.Slug, URL: n.Path, Kind: "note", Title: noteTitle(n),
				Body: markdown.PlainText([]byte(n.Body)), Boost: 0.6,
				Facets: map[string][]string{"plan": {label}, "status": {t("status." + statusSlug(n.Status))}, "year": {strconv.Itoa(n.Date.Year)}},
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
				code := sec.Roman + "." + taskNumber(tk)
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
	for _, x := range r.site.Executors {
		var plans []string
		for _, ep := range x.ByPlan {
			plans = append(plans, planLabel(ep.Plan))
		}
		sort.Strings(plans)
		docs = append(docs, search.Document{
			ID: "executors/" + x.ID, URL: x.Path, Kind: "executor", Title: x.Name,
			Body: x.Short + "\n" + strings.Join(x.Aliases, "\n"), Boost: 0.9,
			Facets: map[string][]string{"plan": plans, "executor": {shortName(x)}},
			Meta:   map[string]string{"id": t("executor.total", strconv.Itoa(x.Count))},
		})
	}
	return docs
}

// sectionFacet is a section's value in the "section" filter: plans share
// section numbers and even titles ("III. Розвиток сімейних форм
// виховання"), so the value is grouped under its plan.
func sectionFacet(plan, section string) string { return plan + search.FacetGroup + section }

func shortName(x *Executor) string {
	if x.Short != "" {
		return x.Short
	}
	return x.Name
}

func execShort(xs []*Executor) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = shortName(x)
	}
	return out
}
