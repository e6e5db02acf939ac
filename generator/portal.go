package generator

import (
	"bytes"
	"html/template"
	"path"
	"sort"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
)

// The portal's pages span plans: the home page, the executors and their
// pages, the data page, the search page and its index, the 404 page, the
// portal's feed and tables. They are made from the plans' summaries and
// packs, never from the plans themselves, so that a build holds one plan
// in memory at a time and a plan that did not change is not loaded.

// Portal is what the pages that span plans show.
type Portal struct {
	// Plans in the order of their ids.
	Plans []*PlanSummary
	// Executors in the registry, sorted by name.
	Executors []*ExecutorView
	// Latest are the newest notes of all plans, newest first.
	Latest []NoteRef
}

// ExecutorView is a body of the registry with its part in every plan.
type ExecutorView struct {
	*content.Executor
	Path string
	// Count is the number of its measures in all plans.
	Count  int
	ByPlan []*ExecutorPlanView
	// Reports are the notes it filed, newest first.
	Reports []NoteRef
	Key     engine.Key
}

// ExecutorPlanView is an executor's part in one plan.
type ExecutorPlanView struct {
	Plan *PlanSummary
	ExecutorShare
}

// Label is the plan's short name for lists.
func (p *PlanSummary) Label() string { return planLabelOf(p.Authority, p.Period.Start, p.Period.End) }

// newPortal puts the plans' summaries together.
func newPortal(plans []*PlanSummary, registry []*content.Executor) *Portal {
	sort.Slice(plans, func(i, j int) bool { return plans[i].ID < plans[j].ID })
	pt := &Portal{Plans: plans}
	byID := map[string]*ExecutorView{}
	for _, e := range registry {
		x := &ExecutorView{Executor: e, Path: "/executors/" + e.ID + "/", Key: executorKey(e)}
		byID[e.ID] = x
		pt.Executors = append(pt.Executors, x)
	}
	for _, p := range plans {
		for _, sh := range p.Executors {
			x := byID[sh.ID]
			if x == nil {
				continue
			}
			if sh.Measures > 0 {
				x.ByPlan = append(x.ByPlan, &ExecutorPlanView{Plan: p, ExecutorShare: sh})
				x.Count += sh.Measures
			}
			x.Reports = append(x.Reports, sh.Reports...)
		}
		pt.Latest = append(pt.Latest, p.Latest...)
	}
	for _, x := range pt.Executors {
		sortRefs(x.Reports)
	}
	sortRefs(pt.Latest)
	if len(pt.Latest) > latestShown {
		pt.Latest = pt.Latest[:latestShown]
	}
	return pt
}

// sortRefs orders notes newest first; same-day notes by plan and file.
func sortRefs(ns []NoteRef) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i], ns[j]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c > 0
		}
		if a.Plan != b.Plan {
			return a.Plan < b.Plan
		}
		return a.Slug < b.Slug
	})
}

// refsKey covers a list of notes.
func refsKey(h *engine.Hasher, ns []NoteRef) *engine.Hasher {
	for _, n := range ns {
		h.Key(n.Key)
	}
	return h.Int(int64(len(ns)))
}

// executorViewKey covers an executor's page: its entry and its parts.
func executorViewKey(h *engine.Hasher, x *ExecutorView) *engine.Hasher {
	h.Key(x.Key).Int(int64(x.Count))
	for _, bp := range x.ByPlan {
		h.Key(bp.Plan.HomeKey).Key(bp.Key)
	}
	return refsKey(h, x.Reports)
}

// renderPortal renders the pages and files that span plans.
func (r *renderer) renderPortal(pt *Portal) error {
	if err := r.portalSearch(pt); err != nil {
		return err
	}
	var jobs []job
	for _, lang := range r.site.Config.Languages {
		jobs = append(jobs, r.portalJobs(lang, pt)...)
	}
	if err := r.run(jobs); err != nil {
		return err
	}
	for _, name := range sortedKeys(r.theme.assets) {
		a := r.theme.assets[name]
		key := r.key("asset", name).Key(r.theme.key).Done()
		file := strings.TrimPrefix(a.path, "/")
		if r.out.keep(siteUnit, file, key) {
			continue
		}
		data := a.data
		if mt := map[string]string{".css": "text/css", ".js": "application/javascript"}[path.Ext(name)]; mt != "" {
			if m, err := r.min.Bytes(mt, data); err == nil {
				data = m
			}
		}
		if err := r.emit(siteUnit, file, key, data); err != nil {
			return err
		}
	}
	if err := r.portalData(pt.Plans, pt.Executors); err != nil {
		return err
	}
	return r.portalFeed(pt.Plans, pt.Latest)
}

// portalJobs lists the pages that span plans in lang.
func (r *renderer) portalJobs(lang string, pt *Portal) []job {
	t := func(key string) string { return r.theme.text(lang, key) }
	home := crumb{t("nav.home"), "/"}
	var jobs []job
	add := func(kind, sitePath, title string, crumbs []crumb, key *engine.Hasher, fill func(p *page)) {
		p := r.newPage(lang, kind, sitePath, title, crumbs)
		p.Portal = pt
		if fill != nil {
			fill(p)
		}
		jobs = append(jobs, job{unit: siteUnit, file: r.pageFile(lang, sitePath, kind), kind: kind, key: key.Done(), page: p})
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
	add("home", "/", r.site.Config.Title, nil, refsKey(r.key("home", lang).Key(plansKey).String(asOf), latest), nil)
	execs := r.key("executors", lang)
	for _, x := range pt.Executors {
		executorViewKey(execs, x)
	}
	add("executors", "/executors/", t("executors.title"), []crumb{home}, execs, nil)
	add("search", "/search/", t("search.title"), []crumb{home}, r.key("search-page", lang).Key(plansKey).Key(r.searchKey), nil)
	add("data", "/data/", t("data.title"), []crumb{home}, r.key("data", lang).Key(plansKey).String(asOf), nil)
	add("404", "/404/", t("404.title"), []crumb{home}, r.key("404", lang), nil)
	for _, x := range pt.Executors {
		add("executor", x.Path, x.Name, []crumb{home, {t("executors.title"), "/executors/"}},
			executorViewKey(r.key("executor", lang), x), func(p *page) { p.Executor = x })
	}
	return jobs
}

// packCards keeps, for each executor with measures in plan p, the cards of
// those measures in every language, under "cards/<executor>/<lang>": the
// executor's page shows them.
func (r *renderer) packCards(p *Plan, pack *engine.PackWriter) error {
	for _, lang := range r.site.Config.Languages {
		pg := r.newPage(lang, "executor", "/", "", nil)
		for _, x := range p.Executors {
			if len(x.ByPlan) == 0 {
				continue
			}
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
func (p *page) Cards(x *ExecutorView, bp *ExecutorPlanView) (template.HTML, error) {
	b, err := p.r.out.section(bp.Plan.Dir, "cards/"+x.ID+"/"+p.Lang)
	return template.HTML(b), err // #nosec: cards are output of html/template
}
