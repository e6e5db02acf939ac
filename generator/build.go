package generator

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/check"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/render"
	"github.com/plansite/plansite/generator/internal/source"
)

// The build drives the stages: first what every plan is checked with
// (config.toml, the registry, the glossary, the theme), then each plan in
// turn — load, validate, assemble, render — and last the pages that span
// plans, from the plans' summaries. A plan whose inputs did not change since
// the previous build of the same folder is not even loaded: its files stay,
// and its summary comes from the engine's state.

type runMode int

const (
	modeCheck    runMode = iota // stages up to assemble; nothing kept
	modeAssemble                // stages up to assemble; every plan kept
	modeRender                  // every stage, plan by plan
)

// run is one build, check or assembly.
type run struct {
	b    *Builder
	ctx  context.Context
	mode runMode
	out  sink
	res  *Result
	// pagesFirst keeps the portal-wide open data and search index of the
	// previous build (see PagesFirst).
	pagesFirst bool

	src     *source.Sources
	cat     *check.Catalog
	site    *model.Site
	r       *render.Renderer
	owners  map[string]string // plan id → the folder that holds it
	global  engine.Key        // config, theme, glossary, program
	inputs  engine.Key        // the registry: what plans are checked with
	stamper *engine.Stamper
	plans   []*model.PlanSummary
	// themeErr is why the theme could not be used (its problems are
	// reported too).
	themeErr error
}

// run runs the stages in mode; out receives the files in modeRender.
func (b *Builder) run(ctx context.Context, mode runMode, out sink, cfg buildConfig) (*Result, error) {
	r := &run{b: b, ctx: ctx, mode: mode, out: out, pagesFirst: cfg.pagesFirst,
		res: &Result{AsOf: b.date, Timings: map[string]time.Duration{}}}
	if es, ok := out.(*engine.Session); ok {
		r.stamper = es.Stamper()
	}
	if r.globals(); r.src == nil {
		return r.res.done()
	}
	dirs, p := source.PlanDirs(r.src)
	r.res.Problems.Add(p...)
	r.res.Problems.Add(source.StrayFolders(r.src, dirs)...)
	r.owners = check.ClaimIDs(r.src, dirs)
	r.site = newSite(r.src, b.date, source.HasDemoNotes(r.src, dirs))
	r.site.Commit = b.commitOf()
	if mode == modeAssemble {
		r.res.Site = r.site
	}
	r.rendering() // loads the theme, whose key is in every plan's
	units := r.planUnits(dirs)
	for _, u := range units {
		if err := ctx.Err(); err != nil {
			return r.res, err
		}
		if err := r.plan(u); err != nil {
			return r.res, err
		}
	}
	if !r.rendering() {
		return r.finishEarly(nil)
	}
	if err := r.portal(); err != nil {
		return r.res, err
	}
	return r.res.done()
}

func (r *run) finishEarly(err error) (*Result, error) {
	if err != nil {
		return r.res, err
	}
	if r.mode == modeAssemble {
		sort.Slice(r.site.Plans, func(i, j int) bool { return r.site.Plans[i].ID < r.site.Plans[j].ID })
		for _, p := range r.site.Plans {
			r.site.Notes = append(r.site.Notes, p.Notes...)
		}
		model.SortNotes(r.site.Notes)
	}
	return r.res.done()
}

// rendering reports whether files are still to be made: in modeRender,
// while no error was found (then the rest is only checked). The theme is
// loaded when first needed.
func (r *run) rendering() bool {
	if r.mode != modeRender || r.res.Problems.HasErrors() || r.themeErr != nil {
		return false
	}
	if r.r == nil {
		r.themeErr = r.theme()
	}
	return r.r != nil
}

// stage adds the time since start to the named stage.
func (r *run) stage(name string, start time.Time) { r.res.Timings[name] += time.Since(start) }

// globals loads and checks what every plan is checked and built with;
// r.src stays nil when nothing more can be read.
func (r *run) globals() {
	t := time.Now()
	defer r.stage("load", t)
	src, problems, ok := source.LoadGlobals(r.b.root)
	problems.Add(check.Config(src)...)
	if r.b.baseURL != "" {
		src.Config.SetBaseURL(r.b.baseURL)
	}
	src.Config.Relative = r.b.relative
	r.res.Problems.Add(problems...)
	if !ok {
		return
	}
	r.src = src
	r.res.ContentDir = src.ContentDir
	r.cat = check.NewCatalog()
	r.res.Problems.Add(check.Registry(src, r.cat)...)
	r.res.Problems.Add(check.Glossary(src)...)
	r.res.Problems.Add(check.Strategies(src, r.cat)...)
	// A plan is checked against the strategies' areas, and its sections'
	// pages name them: both files are among every plan's inputs.
	h := model.HashJSON(engine.NewHasher("registry"), src.Registry.Data)
	r.inputs = model.HashJSON(h, src.Strategy.Data).Done()
}

// theme loads the theme and, when it has no problems, makes the renderer.
func (r *run) theme() error {
	th, p := render.LoadTheme(r.b.root, r.src.Config.Theme)
	r.res.Problems.Add(p...)
	if p.HasErrors() {
		return errors.New("the theme has problems")
	}
	prog, err := programKey()
	if err != nil {
		return err
	}
	h := model.HashJSON(engine.NewHasher("global").Int(engine.FormatVersion).Key(prog).Key(th.Key()), r.src.Config)
	model.HashJSON(h, r.src.Glossary.Data)
	r.global = h.String(r.src.Config.BaseURL).Bool(r.site.Demo).Done()
	r.r = render.New(r.site, th, r.out, r.global)
	if r.pagesFirst {
		r.r.KeepPortalIndexes()
	}
	return nil
}

// plan runs the stages for the plan in folder dir.
// planUnit is a plan's folder and the key of everything it is made from.
type planUnit struct {
	dir string
	key engine.Key
}

// planUnits keys the plans in dirs on all cores: keying stats (or, the
// first time, reads) every file of every plan, and most plans of a build
// are only keyed, their files kept.
func (r *run) planUnits(dirs []string) []planUnit {
	units := make([]planUnit, len(dirs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(len(dirs), runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				units[i] = planUnit{dirs[i], r.planKey(dirs[i], source.PlanFiles(r.src, dirs[i]))}
			}
		})
	}
	for i := range dirs {
		next <- i
	}
	close(next)
	wg.Wait()
	return units
}

func (r *run) plan(u planUnit) error {
	dir, key := u.dir, u.key
	if r.rendering() {
		if data, ok := r.out.Reuse(dir, key); ok {
			if sum, err := model.DecodeSummary(data); err == nil {
				r.res.Problems.Add(sum.Problems...)
				r.plans = append(r.plans, sum)
				return nil
			}
		}
	}
	t := time.Now()
	ps, problems := source.LoadPlan(r.src, dir)
	r.stage("load", t)
	t = time.Now()
	problems.Add(check.PlanSource(r.src, ps, r.cat, r.owners)...)
	r.stage("validate", t)
	var p *model.Plan
	if ps.Plan.Found && r.cat.Indexed(ps.Plan.Data.ID) {
		t = time.Now()
		var ap diag.List
		p, ap = assemblePlan(r.site, ps, r.cat, r.b.date)
		problems.Add(ap...)
		r.stage("assemble", t)
		defer r.cat.Forget(ps.Plan.Data.ID)
	}
	r.res.Problems.Add(problems...)
	switch {
	case p == nil:
		return nil
	case r.mode == modeAssemble:
		r.site.Plans = append(r.site.Plans, p)
		return nil
	case !r.rendering():
		return nil
	}
	t = time.Now()
	defer r.stage("render", t)
	sum, pack, err := r.r.Plan(p)
	if err != nil {
		return err
	}
	sum.Problems = problems
	data, err := model.EncodeSummary(sum)
	if err != nil {
		return err
	}
	r.plans = append(r.plans, sum)
	return r.out.Done(dir, key, data, pack)
}

// planKey covers everything a plan's files are made from: its input files,
// what every plan is checked and built with, the folders that claim its id
// and the as-of date.
func (r *run) planKey(dir string, files []string) engine.Key {
	// The commit is shown on measure pages only: it is in their keys, and
	// in the plan's, so that a new commit loads the plan again to see them.
	h := engine.NewHasher("plan-unit").Key(r.global).Key(r.inputs).String(r.b.date.String()).String(r.site.Commit).String(dir)
	id := ""
	for i, f := range files {
		if r.stamper == nil {
			h.String(f)
			continue
		}
		st, err := r.stamper.Stamp(f, nil)
		if err != nil {
			// Loading the file reports why; the plan is built again.
			h.String(f).String(err.Error()).String(time.Now().String())
			continue
		}
		h.String(f).Sum(st.Sum)
		if i == 0 {
			id = check.QuickID(r.src.Root, f)
		}
	}
	// Every name in the notes folders: a file that is no note (x.MD) is
	// reported, and appears or goes without changing any note.
	for _, folder := range noteFolders(r.src, dir) {
		h.Strings(source.FolderNames(r.src.Root, folder)...)
	}
	return h.String(id).String(r.owners[id]).Done()
}

// noteFolders are the folders the notes of the plan in folder dir are read
// from.
func noteFolders(s *source.Sources, dir string) []string {
	folders := []string{path.Join(s.ContentDir, "plans", dir, "notes")}
	if s.Config.Content.Demo {
		folders = append(folders, path.Join(s.ContentDir, "demo", dir))
	}
	return folders
}

// portal renders the pages that span plans.
func (r *run) portal() error {
	t := time.Now()
	defer r.stage("render", t)
	pt := model.NewPortal(r.plans, registryOrder(r.src, r.cat))
	pt.Compare = model.Compare(pt.Plans, r.cat.Strategies())
	if err := r.r.Portal(pt); err != nil {
		return err
	}
	// Open data's share of the render stage, reported apart.
	r.res.Timings["opendata"] = r.r.DataTime()
	if es, ok := r.out.(*engine.Session); ok {
		if err := r.r.Emit(render.SiteUnit, engine.Marker, engine.NewHasher("marker").String(es.Build()).Done(), []byte(es.Build()+"\n")); err != nil {
			return err
		}
	}
	return r.r.Sitemap()
}

// programKey identifies the running program by its bytes, so that a new
// version of plansite renders every page again.
var programKey = sync.OnceValues(func() (engine.Key, error) {
	exe, err := os.Executable()
	if err != nil {
		return engine.Key{}, err
	}
	f, err := os.Open(exe)
	if err == nil {
		defer f.Close()
		var sum engine.Sum
		if sum, err = engine.SumOfReader(f); err == nil {
			return engine.NewHasher("program").Sum(sum).Done(), nil
		}
	}
	return engine.Key{}, fmt.Errorf("reading the program to key the build: %w", err)
})
