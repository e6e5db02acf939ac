package render

import (
	"bytes"
	"html/template"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// The portal's pages span plans: the home page, the executors and their
// pages, the data page, the search page and its index, the 404 page, the
// portal's feed and tables. They are made from the plans' summaries and
// packs, never from the plans themselves, so that a build holds one plan
// in memory at a time and a plan that did not change is not loaded.

// Portal renders the pages and files that span plans. The portal-wide open
// data, the largest part after an edit, is made on the other core while
// the search index and the pages are.
func (r *Renderer) Portal(pt *model.Portal) error {
	data := make(chan error, 1)
	if r.keepIndexes {
		r.keepPortalIndexes()
		data <- nil
	} else {
		go func() { data <- r.portalData(pt.Plans, pt.Executors) }()
	}
	err := r.portalRest(pt)
	if derr := <-data; err == nil {
		err = derr
	}
	return err
}

// portalRest renders what spans plans besides the open data.
func (r *Renderer) portalRest(pt *model.Portal) error {
	if !r.keepIndexes {
		if err := r.portalSearch(pt); err != nil {
			return err
		}
	}
	var jobs []job
	for _, lang := range r.site.Config.Languages {
		for _, j := range r.portalJobs(lang, pt) {
			if j.kind != "search" || !r.keepIndexes {
				jobs = append(jobs, j)
			}
		}
		jobs = append(jobs, r.compareJobs(lang, pt)...)
	}
	if err := r.run(jobs); err != nil {
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(r.theme.assets)) {
		a := r.theme.assets[name]
		key := r.key("asset", name).Key(r.theme.key).Done()
		file := strings.TrimPrefix(a.path, "/")
		if r.out.Keep(SiteUnit, file, key) {
			continue
		}
		data := a.data
		if mt := map[string]string{".css": "text/css", ".js": "application/javascript"}[path.Ext(name)]; mt != "" {
			if m, err := r.min.Bytes(mt, data); err == nil {
				data = m
			}
		}
		if err := r.Emit(SiteUnit, file, key, data); err != nil {
			return err
		}
	}
	if err := r.icons(); err != nil {
		return err
	}
	if err := r.portalFeed(pt.Plans, pt.Latest); err != nil {
		return err
	}
	return r.executorFollow(pt)
}

// keepPortalIndexes keeps the previous build's search index and search
// pages and its portal-wide open data (the data page, which does not show
// them, is made as usual).
func (r *Renderer) keepPortalIndexes() {
	r.out.KeepAll(SiteUnit, r.searchFolder())
	for _, lang := range r.site.Config.Languages {
		r.out.KeepAll(SiteUnit, r.pageFile(lang, "/search/", "search"))
	}
	r.out.KeepAll(SiteUnit, "data/")
}

// portalJobs lists the pages that span plans in lang.
func (r *Renderer) portalJobs(lang string, pt *model.Portal) []job {
	t := func(key string) string { return r.theme.text(lang, key) }
	home := crumb{t("nav.home"), "/"}
	var jobs []job
	add := func(kind, sitePath, title string, crumbs []crumb, key *engine.Hasher, fill func(p *page)) {
		p := r.newPage(lang, kind, sitePath, title, crumbs)
		p.Portal = pt
		if fill != nil {
			fill(p)
		}
		jobs = append(jobs, job{unit: SiteUnit, file: r.pageFile(lang, sitePath, kind), kind: kind, key: key.Done(), page: p})
	}
	plans := engine.NewHasher("plans")
	for _, p := range pt.Plans {
		plans.Key(p.HomeKey)
	}
	plansKey := plans.Done()
	latest := pt.Latest
	if len(latest) > 10 {
		latest = latest[:10]
	}
	asOf := r.site.AsOf.String()
	add("home", "/", first(r.site.Config.SiteTitle(lang)), nil, model.RefsKey(r.key("home", lang).Key(plansKey).String(asOf), latest), nil)
	execs := r.key("executors", lang)
	for _, x := range pt.Executors {
		model.ExecutorViewKey(execs, x)
	}
	add("executors", "/executors/", t("executors.title"), []crumb{home}, execs, nil)
	add("search", "/search/", t("search.title"), []crumb{home}, r.key("search-page", lang).Key(plansKey).Key(r.searchKey), nil)
	add("data", "/data/", t("data.title"), []crumb{home}, r.key("data", lang).Key(plansKey).String(asOf), nil)
	add("404", "/404/", t("404.title"), []crumb{home}, r.key("404", lang), nil)
	// The statement shows only the config (its date and contact, in every
	// key) and the theme's words.
	add("accessibility", AccessibilityPath, t("a11y.title"), []crumb{home}, r.key("accessibility", lang), nil)
	// What changed in every plan, the latest months: made from the plans'
	// summaries, keyed on their months' counts.
	changes := model.PortalChanges(pt.Plans, PortalChangeMonths)
	add("changes", "/"+ChangesFolder, t("changes.title"), []crumb{home}, model.PortalChangesKey(r.key("portal-changes", lang), changes),
		func(p *page) { p.Extra = &changesView{Portal: changes} })
	for _, x := range pt.Executors {
		add("executor", x.Path, x.Name, []crumb{home, {t("executors.title"), "/executors/"}},
			model.ExecutorViewKey(r.key("executor", lang), x), func(p *page) { p.Executor = x })
	}
	return jobs
}

// packCards keeps, for each executor with measures in plan p, the cards of
// those measures in every language, under "cards/<executor>/<lang>": the
// executor's page shows them.
func (r *Renderer) packCards(p *model.Plan, pack *engine.PackWriter) error {
	for _, lang := range r.site.Config.Languages {
		for _, x := range p.Executors {
			if len(x.ByPlan) == 0 {
				continue
			}
			pg := r.newPage(lang, "executor", "/executors/"+x.ID+"/", "", nil)
			var buf bytes.Buffer
			for _, m := range x.ByPlan[0].Measures {
				card, err := r.card(pg, m)
				if err != nil {
					return err
				}
				buf.WriteString(string(card))
			}
			pack.Put("cards/"+x.ID+"/"+lang, buf.Bytes())
		}
	}
	return nil
}

// Cards returns the cards of an executor's measures in one plan.
func (p *page) Cards(x *model.ExecutorView, bp *model.ExecutorPlanView) (template.HTML, error) {
	b, err := p.r.section(bp.Plan.Dir, "cards/"+x.ID+"/"+p.Lang)
	return template.HTML(b), err // #nosec: cards are output of html/template
}
