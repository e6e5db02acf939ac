// Package generator builds a plansite portal from content.
//
// A build runs in named stages, one package or file each:
//
//	load      internal/source  read config.toml and every content file, decode with positions
//	validate  internal/check   check files against each other; report every problem at once
//	assemble  assemble*.go     join a plan's content into the model, compute states as of a date
//	render    internal/render  execute the theme's templates: pages, data, feeds, search index
//	write     write.go         hand the files to the output folder, atomically
//
// build.go drives the stages plan by plan, so that a build holds one plan in
// memory at a time, and through the engine (internal/engine), so that a plan
// or page whose inputs did not change since the last build of the same
// output folder is neither rendered nor written again. Nothing is written
// unless every plan passes the first three stages.
package generator

import (
	"context"
	"path/filepath"
	"time"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Option configures a Builder.
type Option func(*Builder)

// WithRoot sets the site folder (holding config.toml, content/, themes/).
func WithRoot(dir string) Option { return func(b *Builder) { b.root = dir } }

// WithDate sets the as-of date for everything date-dependent. Builds with
// the same content and date are byte-identical.
func WithDate(d content.Date) Option { return func(b *Builder) { b.date = d } }

// WithBaseURL overrides config.toml's base_url (plansite serve uses it to
// serve from its own address).
func WithBaseURL(u string) Option { return func(b *Builder) { b.baseURL = u } }

// WithRelative makes a site whose links between its own files are relative
// to each page, with folders linked by their index.html: it works opened
// from a folder over file:// (plansite build --relative, plansite pack).
func WithRelative() Option { return func(b *Builder) { b.relative = true } }

// Builder builds one site folder. A rebuild is quick because the engine
// keeps what the last build of the output folder made (see Build), not
// because the Builder keeps anything: it holds no content between builds.
// It is not safe for concurrent use.
type Builder struct {
	root    string
	date    content.Date
	baseURL string
	commit  string // WithCommit's id; see commit.go
	// relative: see WithRelative.
	relative bool
}

// New returns a Builder. The as-of date defaults to today in Kyiv.
func New(opts ...Option) *Builder {
	b := &Builder{root: "."}
	for _, o := range opts {
		o(b)
	}
	if b.date.IsZero() {
		b.date = Today()
	}
	return b
}

// Today returns the current date in Kyiv, where the plans are adopted.
func Today() content.Date {
	loc, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		loc = time.FixedZone("EET", 2*3600)
	}
	return content.DateOf(time.Now().In(loc))
}

// Site is the assembled model of a portal (see Builder.Assemble), and
// Measure one of its measures with everything known about it.
type (
	Site    = model.Site
	Measure = model.Measure
)

// Result is the outcome of a build, check or assembly.
type Result struct {
	// model.Site is the assembled model (Assemble only: a build holds one plan
	// at a time and keeps none).
	Site *Site
	// AsOf is the date everything date-dependent was computed for.
	AsOf content.Date
	// Files maps slash paths relative to the output folder to contents
	// (Generate only).
	Files map[string][]byte
	// Stats count the files made.
	Stats Stats
	// ContentDir is the content folder config.toml names, a slash path
	// relative to the site folder; empty when config.toml could not say.
	ContentDir string
	// Changed are the files a Build wrote or removed, as slash paths in the
	// output folder, sorted.
	Changed []string
	// Problems are all problems found, warnings included, sorted.
	Problems diag.List
	// Timings records how long each stage took; "opendata" is the open
	// data's share of "render".
	Timings map[string]time.Duration
}

// Check runs the load, validate and assemble stages (assemble finds the
// terms it cannot read) and returns every problem.
func (b *Builder) Check(ctx context.Context) diag.List {
	res, _ := b.run(ctx, modeCheck, nil, buildConfig{})
	return res.Problems
}

// Assemble runs the stages up to assemble and returns the whole model
// (plansite new uses it to look measures up). It holds every plan at once.
func (b *Builder) Assemble(ctx context.Context) (*Result, error) {
	return b.run(ctx, modeAssemble, nil, buildConfig{})
}

// Generate runs every stage and keeps the files in memory. When content
// has errors it returns them as a diag.ListError and no files.
func (b *Builder) Generate(ctx context.Context) (*Result, error) {
	mem := engine.NewMemory()
	res, err := b.run(ctx, modeRender, mem, buildConfig{})
	if err == nil {
		res.Files = mem.Files()
	}
	return res, err
}

// BuildOption configures one Build.
type BuildOption func(*buildConfig)

type buildConfig struct{ clean, pagesFirst bool }

// Clean makes a build start from nothing: it renders every file and
// replaces the output folder whole, whatever the previous build left.
func Clean() BuildOption { return func(c *buildConfig) { c.clean = true } }

// PagesFirst makes a build bring every page up to date but keep the
// previous build's portal-wide open data and search index as they were,
// for the next build without it to update: the two cost more than all of
// a one-note edit's pages, and no page shows them. plansite serve uses it
// to reload the open page sooner. Without a previous build it does
// nothing.
func PagesFirst() BuildOption { return func(c *buildConfig) { c.pagesFirst = true } }

// Build generates the site into the folder dir (relative to the site root
// unless absolute). It reuses the previous build of dir: only files whose
// inputs changed are rendered, and only files whose bytes changed are
// written. The engine's state lives beside dir (see engine.StateDir). On
// any error, or when ctx is cancelled, dir is left exactly as it was.
func (b *Builder) Build(ctx context.Context, dir string, opts ...BuildOption) (*Result, error) {
	var cfg buildConfig
	for _, o := range opts {
		o(&cfg)
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(b.root, dir)
	}
	out, err := b.openOutput(ctx, dir, cfg.clean)
	if err != nil {
		return &Result{}, err
	}
	res, err := b.run(ctx, modeRender, out, cfg)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		out.Abort()
		return res, err
	}
	t := time.Now()
	if err := out.Finish(); err != nil {
		return res, err
	}
	res.Stats = out.Stats()
	res.Changed = out.Changed()
	res.Timings["write"] += time.Since(t)
	return res, nil
}

// StateDir is the folder beside the output folder out where Build keeps
// what it needs to redo only what changed next time.
func StateDir(out string) string { return engine.StateDir(out) }

// done sorts the problems and turns errors among them into an error.
func (res *Result) done() (*Result, error) {
	res.Problems.Sort()
	if err := res.Problems.Err(); err != nil {
		res.Files = nil
		return res, err
	}
	return res, nil
}
