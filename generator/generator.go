// Package generator builds a plansite portal from content.
//
// A build runs in named stages, one file each:
//
//	load      read config.toml and every content file, decode with positions
//	validate  check files against each other; report every problem at once
//	assemble  join content into the Site model, compute states as of a date
//	render    execute the theme's templates; data, feeds, search index
//	write     write into a new folder and swap it in atomically
//
// Nothing is written unless the first four stages succeed.
package generator

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
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

// Builder builds one site folder. It keeps decoded files between builds,
// so that rebuilding after a small change is quick; it is not safe for
// concurrent use.
type Builder struct {
	root    string
	date    content.Date
	baseURL string
	cache   *fileCache
}

// New returns a Builder. The as-of date defaults to today in Kyiv.
func New(opts ...Option) *Builder {
	b := &Builder{root: ".", cache: newFileCache()}
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

// Result is a generated site in memory.
type Result struct {
	Site *Site
	// Files maps slash paths relative to the output folder to contents;
	// Generate fills it, Build writes the files instead.
	Files map[string][]byte
	// Stats count the files made.
	Stats Stats
	// Problems are all problems found, warnings included, sorted.
	Problems diag.List
	// Timings records how long each stage took.
	Timings map[string]time.Duration
}

// Check runs the load and validate stages (and assemble, which finds the
// terms it cannot read) and returns every problem.
func (b *Builder) Check(ctx context.Context) diag.List {
	res, _ := b.generate(ctx, nil)
	return res.Problems
}

// Assemble runs the stages up to assemble and returns the Site model
// without rendering it (plansite new uses it to look measures up).
func (b *Builder) Assemble(ctx context.Context) (*Result, error) {
	res, _ := b.generate(ctx, nil)
	res.Problems.Sort()
	return res, res.Problems.Err()
}

// Generate runs every stage but write. When content has errors it returns
// them as a diag.ListError and no files.
func (b *Builder) Generate(ctx context.Context) (*Result, error) {
	mem := &memorySink{out: output{}}
	res, err := b.generate(ctx, func() (sink, error) { return mem, nil })
	if err == nil {
		res.Files = mem.out
	}
	return res, err
}

// generate runs the stages. open gives the sink to render into; it is
// called only once the content has passed every check, and a nil open
// stops before rendering.
func (b *Builder) generate(ctx context.Context, open func() (sink, error)) (*Result, error) {
	res := &Result{Timings: map[string]time.Duration{}}
	stage := func(name string, start time.Time) { res.Timings[name] += time.Since(start) }

	t := time.Now()
	src, problems := load(b.root, b.cache)
	if b.baseURL != "" {
		src.config.setBaseURL(b.baseURL)
	}
	stage("load", t)
	res.Problems = problems
	if problems.HasErrors() && len(src.plans) == 0 {
		return b.done(res)
	}

	t = time.Now()
	cat, p := validate(src)
	res.Problems.Add(p...)
	stage("validate", t)

	t = time.Now()
	site, p := assemble(src, cat, b.date)
	res.Problems.Add(p...)
	res.Site = site
	stage("assemble", t)
	if res.Problems.HasErrors() || open == nil {
		return b.done(res)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}

	t = time.Now()
	th, p := loadTheme(b.root, src.config.Theme)
	res.Problems.Add(p...)
	if res.Problems.HasErrors() {
		return b.done(res)
	}
	out, err := open()
	if err != nil {
		return res, err
	}
	res.Stats, err = render(site, th, out)
	stage("render", t)
	if err != nil {
		return res, err
	}
	return b.done(res)
}

func (b *Builder) done(res *Result) (*Result, error) {
	res.Problems.Sort()
	if err := res.Problems.Err(); err != nil {
		res.Files = nil
		return res, err
	}
	return res, nil
}

// Build generates the site and writes it to dir (relative to the site
// root unless absolute). Files go into a new folder beside dir as they
// are rendered, and the folder is swapped in at the end; on any error,
// or when ctx is cancelled, dir is left as it was and the new folder
// removed.
func (b *Builder) Build(ctx context.Context, dir string) (*Result, error) {
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(b.root, dir)
	}
	var tmp string
	res, err := b.generate(ctx, func() (sink, error) {
		var err error
		tmp, err = prepare(dir)
		return &dirSink{ctx: ctx, root: tmp, dirs: map[string]bool{}}, err
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		if tmp != "" {
			os.RemoveAll(tmp)
		}
		return res, err
	}
	t := time.Now()
	if err := swap(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return res, err
	}
	res.Timings["swap"] = time.Since(t)
	return res, nil
}
