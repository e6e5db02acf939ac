package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"sort"
	"syscall"
	"time"
	_ "time/tzdata" // Kyiv time without the system's zone database

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
)

// siteFlags are the options every command that builds shares.
type siteFlags struct {
	root   string
	date   string
	lang   string
	commit string
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.root, "root", ".", "site folder with config.toml, content/ and themes/")
	fs.StringVar(&f.date, "date", "", "as-of date YYYY-MM-DD for anything date-dependent (default: today in Kyiv)")
	fs.StringVar(&f.lang, "lang", "uk", "language of messages: uk or en")
	fs.StringVar(&f.commit, "commit", "", "git commit the site is built from, as citations name it; \"none\" names none (default: read from the checkout at --root)")
}

// parse parses args with fs (which has f registered) and turns the site
// flags into builder options; false means the usage or the problem has
// been printed and the command should exit with status 2.
func (f *siteFlags) parse(fs *flag.FlagSet, args []string, stderr io.Writer) ([]generator.Option, bool) {
	if err := fs.Parse(args); err != nil {
		return nil, false
	}
	opts, err := f.options()
	if err != nil {
		fmt.Fprintf(stderr, "plansite %s: %v\n", fs.Name(), err)
		return nil, false
	}
	return opts, true
}

func (f *siteFlags) options() ([]generator.Option, error) {
	opts := []generator.Option{generator.WithRoot(f.root)}
	if f.date != "" {
		d, err := content.ParseDate(f.date)
		if err != nil {
			return nil, fmt.Errorf("--date: %v", err)
		}
		opts = append(opts, generator.WithDate(d))
	}
	if f.commit != "" {
		if err := generator.CheckCommit(f.commit); err != nil {
			return nil, fmt.Errorf("--commit: %v", err)
		}
		opts = append(opts, generator.WithCommit(f.commit))
	}
	return opts, nil
}

// interruptible returns a context cancelled by Ctrl-C or SIGTERM, so an
// interrupted build stops cleanly and leaves the previous site in place.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf siteFlags
	sf.register(fs)
	out := fs.String("out", "public", "output folder (relative to --root unless absolute)")
	clean := fs.Bool("clean", false, "build every file afresh, ignoring the previous build's state")
	relative := fs.Bool("relative", false, "link pages and files relative to each page, so that the site works opened from a folder (file://)")
	timings := fs.Bool("timings", false, "print how long each stage took")
	opts, ok := sf.parse(fs, args, stderr)
	if !ok {
		return 2
	}
	ctx, stop := interruptible()
	defer stop()
	if prof := os.Getenv("PLANSITE_CPUPROFILE"); prof != "" {
		// A profile of the build, for the engineers who make it faster.
		if f, err := os.Create(prof); err == nil {
			pprof.StartCPUProfile(f)
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	if *relative {
		opts = append(opts, generator.WithRelative())
	}
	start := time.Now()
	var bopts []generator.BuildOption
	if *clean {
		bopts = append(bopts, generator.Clean())
	}
	res, err := generator.New(opts...).Build(ctx, *out, bopts...)
	if reportBuild(stderr, "plansite build", sf.lang, res, err) {
		return 1
	}
	st := res.Stats
	fmt.Fprintf(stdout, "plansite: %d сторінок, %d файлів, %.1f МБ → %s за %v (стан на %s); зроблено %d, записано %d, видалено %d\n",
		st.Pages, st.Files, float64(st.Bytes)/1e6, *out, time.Since(start).Round(time.Millisecond), res.AsOf, st.Rendered, st.Written, st.Removed)
	if *timings {
		names := make([]string, 0, len(res.Timings))
		for n := range res.Timings {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(stdout, "  %-9s %v\n", n, res.Timings[n].Round(time.Microsecond))
		}
	}
	return 0
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf siteFlags
	sf.register(fs)
	format := fs.String("format", "text", "output format: text, json (for tools) or github (Actions annotations)")
	opts, ok := sf.parse(fs, args, stderr)
	if !ok {
		return 2
	}
	problems := generator.New(opts...).Check(context.Background())
	switch *format {
	case "json":
		if err := problems.JSON(stdout, sf.lang); err != nil {
			fmt.Fprintln(stderr, "plansite check:", err)
			return 2
		}
	case "github":
		problems.GitHub(stdout, sf.lang)
		problems.Pretty(stderr, sf.lang)
	case "text":
		problems.Pretty(stdout, sf.lang)
	default:
		fmt.Fprintf(stderr, "plansite check: unknown --format %q (text, json, github)\n", *format)
		return 2
	}
	if problems.HasErrors() {
		return 1
	}
	return 0
}

// reportBuild prints a build's problems, or its error after cmd, and
// reports whether it failed.
func reportBuild(stderr io.Writer, cmd, lang string, res *generator.Result, err error) bool {
	if res != nil && len(res.Problems) > 0 {
		res.Problems.Pretty(stderr, lang)
	}
	var list diag.ListError
	if err != nil && !errors.As(err, &list) {
		fmt.Fprintln(stderr, cmd+":", err)
	}
	return err != nil
}
