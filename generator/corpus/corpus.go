// Package corpus writes large, realistic plansite sites for benchmarks.
//
// Write clones the seed plans of an existing site (normally the two real
// plans in the repository's content/plans) into a new site folder of any
// size, and adds generated progress notes, so that the build, the search
// index and the comparisons with Hugo and Pagefind (see bench/) can be
// measured on hundreds of plans and tens of thousands of notes:
//
//	err := corpus.Write(dir, corpus.Options{Source: repoRoot, Plans: 50, NotesPerMeasure: 10})
//
// What it writes:
//
//   - config.toml (languages uk and en, no demonstration notes);
//   - content/plans/<seed>-cNNN/plan.toml: the seed's plan.toml as
//     imported, comments and all, with a new id, an authority and title
//     that name a (generated) community, and executor ids of its own;
//     sections, tasks, groups, measures, terms and indicators are the
//     seed's, byte for byte;
//   - content/plans/<seed>-cNNN/indicators.toml and areas.toml: the seed's,
//     if it has them, and content/strategy.toml, the source's, which the
//     areas refer to;
//   - content/executors.toml: for every clone a copy of each seed executor
//     scoped to that clone, so executor pages multiply as they would with
//     real communities, each with its own services;
//   - content/plans/<id>/notes/*.md: NotesPerMeasure notes per measure
//     with a valid status, a date within the plan period (and not after
//     Options.AsOf), a reporter from the measure's executors, values for
//     the seed's numeric indicators (between baseline and target) and
//     achieved = true/false for some qualitative ones, sometimes an
//     evidence link, and a Markdown body of 2–5 Ukrainian sentences drawn
//     from a word bank (with all three apostrophes of «сімʼї»);
//   - themes: a symlink to the source's themes folder (or a copy).
//
// Clones alternate between the seeds in the order of their ids. The output
// depends only on the seed content and Options: the notes of one clone come
// from a random stream seeded by (Seed, clone number), so clone c017 has the
// same notes in a corpus of 50 plans as in one of 500. Build the corpus with
// --date Options.AsOf (DefaultAsOf) so that every note is already published.
package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/importer"
)

// DefaultAsOf is the default latest note date and the build date to use.
var DefaultAsOf = content.Date{Year: 2026, Month: 1, Day: 15}

// Options describe the corpus to write.
type Options struct {
	// Source is the site folder whose content/plans/* are the seeds,
	// whose content/executors.toml names their executors and whose themes/
	// the corpus uses. Default ".".
	Source string
	// Plans is the number of plans to write (clones of the seeds in
	// turn). Default: one per seed.
	Plans int
	// NotesPerMeasure is the number of progress notes per measure.
	NotesPerMeasure int
	// Seed seeds the generated notes. Default 1.
	Seed uint64
	// AsOf is the latest date a note may have. Default DefaultAsOf.
	AsOf content.Date
	// Languages are the site's languages. Default uk, en (as config.toml).
	Languages []string
	// CopyThemes copies the themes folder instead of linking to it.
	CopyThemes bool
}

func (o Options) withDefaults() Options {
	if o.Source == "" {
		o.Source = "."
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.AsOf.IsZero() {
		o.AsOf = DefaultAsOf
	}
	if len(o.Languages) == 0 {
		o.Languages = []string{"uk", "en"}
	}
	return o
}

// seed is one seed plan, read from the source.
type seed struct {
	id         string
	planText   string
	plan       content.Plan
	indicators []byte // indicators.toml, nil if none
	areas      []byte // areas.toml, nil if none
	monitoring content.Monitoring
	executors  []content.Executor // the registry entries the plan uses
}

// Write writes a complete site folder into dir, which must not exist or be
// empty.
func Write(dir string, opts Options) error {
	o := opts.withDefaults()
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("corpus: %s is not empty", dir)
	}
	seeds, err := readSeeds(o.Source)
	if err != nil {
		return err
	}
	if o.Plans <= 0 {
		o.Plans = len(seeds)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content", "plans"), 0o755); err != nil {
		return err
	}
	if err := writeFile(dir, "config.toml", []byte(config(o))); err != nil {
		return err
	}
	if err := linkThemes(dir, o); err != nil {
		return err
	}
	// The strategies the seeds' areas.toml refer to, as they are.
	if data, err := os.ReadFile(filepath.Join(o.Source, "content", "strategy.toml")); err == nil {
		if err := writeFile(dir, filepath.Join("content", "strategy.toml"), data); err != nil {
			return err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}

	var registry bytes.Buffer
	registry.WriteString("# Реєстр виконавців згенерованого корпусу (generator/corpus): для кожної\n# копії плану — власні копії виконавців плану-зразка.\n")
	for i := 0; i < o.Plans; i++ {
		s := seeds[i%len(seeds)]
		c := newClone(s, i/len(seeds)+1, i)
		for _, x := range s.executors {
			writeExecutor(&registry, c, x)
		}
		base := filepath.Join("content", "plans", c.id)
		if err := writeFile(dir, filepath.Join(base, "plan.toml"), []byte(c.planText())); err != nil {
			return err
		}
		if s.indicators != nil {
			if err := writeFile(dir, filepath.Join(base, "indicators.toml"), s.indicators); err != nil {
				return err
			}
		}
		if s.areas != nil { // section ids are the seed's: its mapping holds
			if err := writeFile(dir, filepath.Join(base, "areas.toml"), s.areas); err != nil {
				return err
			}
		}
		if o.NotesPerMeasure > 0 {
			rng := rand.New(rand.NewPCG(o.Seed, uint64(i)))
			for _, n := range c.notes(rng, o) {
				if err := writeFile(dir, filepath.Join(base, "notes", n.name), n.text); err != nil {
					return err
				}
			}
		}
	}
	return writeFile(dir, filepath.Join("content", "executors.toml"), registry.Bytes())
}

func config(o Options) string {
	langs := make([]string, len(o.Languages))
	for i, l := range o.Languages {
		langs[i] = strconv.Quote(l)
	}
	return fmt.Sprintf(`# Згенерований корпус для вимірювань (generator/corpus): %d планів,
# %d нотаток на захід. Збирати з --date %s.
title = "Прозорі плани: корпус для вимірювань"
description = "Згенеровані копії реальних планів із вигаданими нотатками про виконання."
base_url = "https://plans.example.org/"
languages = [%s]
due_window_days = 90

[content]
dir = "content"
demo = false
`, o.Plans, o.NotesPerMeasure, o.AsOf, strings.Join(langs, ", "))
}

func writeFile(dir, rel string, data []byte) error {
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// linkThemes makes dir/themes the source's themes folder.
func linkThemes(dir string, o Options) error {
	src, err := filepath.Abs(filepath.Join(o.Source, "themes"))
	if err != nil {
		return err
	}
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("corpus: the source has no themes folder: %w", err)
	}
	dst := filepath.Join(dir, "themes")
	if !o.CopyThemes {
		return os.Symlink(src, dst)
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
}

// readSeeds reads every plan under source/content/plans with the registry
// entries it uses.
func readSeeds(source string) ([]*seed, error) {
	var reg content.Registry
	if _, err := toml.DecodeFile(filepath.Join(source, "content", "executors.toml"), &reg); err != nil {
		return nil, fmt.Errorf("corpus: reading the executor registry: %w", err)
	}
	files, _ := filepath.Glob(filepath.Join(source, "content", "plans", "*", "plan.toml"))
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("corpus: no plans in %s", filepath.Join(source, "content", "plans"))
	}
	var seeds []*seed
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s := &seed{planText: string(data)}
		if _, err := toml.Decode(s.planText, &s.plan); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", f, err)
		}
		s.id = s.plan.ID
		if ind, err := os.ReadFile(filepath.Join(filepath.Dir(f), "indicators.toml")); err == nil {
			s.indicators = ind
			if _, err := toml.Decode(string(ind), &s.monitoring); err != nil {
				return nil, fmt.Errorf("corpus: %s: %w", filepath.Join(filepath.Dir(f), "indicators.toml"), err)
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if areas, err := os.ReadFile(filepath.Join(filepath.Dir(f), "areas.toml")); err == nil {
			s.areas = areas
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		used := map[string]bool{}
		eachMeasure(&s.plan, func(_ string, m *content.Measure) {
			for _, id := range m.Executors {
				used[id] = true
			}
		})
		for _, x := range reg.Executors {
			if used[x.ID] && x.InScope(s.id) {
				s.executors = append(s.executors, x)
			}
		}
		seeds = append(seeds, s)
	}
	return seeds, nil
}

// eachMeasure calls fn with every measure of p and its ref ("ii/2-1"), in
// document order (direct measures, tasks, groups of each section).
func eachMeasure(p *content.Plan, fn func(ref string, m *content.Measure)) {
	for si := range p.Sections {
		sec := &p.Sections[si]
		for mi := range sec.Measures {
			fn(sec.ID+"/"+sec.Measures[mi].ID, &sec.Measures[mi])
		}
		for ti := range sec.Tasks {
			for mi := range sec.Tasks[ti].Measures {
				m := &sec.Tasks[ti].Measures[mi]
				fn(sec.ID+"/"+m.ID, m)
			}
		}
		for gi := range sec.Groups {
			for mi := range sec.Groups[gi].Measures {
				m := &sec.Groups[gi].Measures[mi]
				fn(sec.ID+"/"+m.ID, m)
			}
		}
	}
}

// clone is one generated plan.
type clone struct {
	seed      *seed
	id        string // e.g. "svatove-2019-c017"
	suffix    string // "-c017", appended to executor ids
	community string // e.g. "Балтська громада (017)"
}

func newClone(s *seed, n, i int) *clone {
	suffix := fmt.Sprintf("-c%03d", n)
	return &clone{seed: s, id: s.id + suffix, suffix: suffix,
		community: fmt.Sprintf("%s (%03d)", communities[i%len(communities)], n)}
}

var (
	topID        = regexp.MustCompile(`(?m)^id = "[^"\n]*"$`)
	topTitle     = regexp.MustCompile(`(?m)^title = "([^"\n]*)"$`)
	topAuthority = regexp.MustCompile(`(?m)^authority = "([^"\n]*)"$`)
)

// planText is the seed's plan.toml with the clone's id, community and
// executor ids; everything else is as imported.
func (c *clone) planText() string {
	head, body, _ := strings.Cut(c.seed.planText, "\n[")
	head = replaceFirst(topTitle, head, "")
	head = replaceFirst(topAuthority, head, "")
	head = replaceFirst(topID, head, fmt.Sprintf("# Згенерована копія плану %s (generator/corpus).\nid = %q\ntitle = %s\nauthority = %s",
		c.seed.id, c.id, importer.Quote(c.seed.plan.Title+" — "+c.community), importer.Quote(c.seed.plan.Authority+" — "+c.community)))
	for _, x := range c.seed.executors {
		body = strings.ReplaceAll(body, `"`+x.ID+`"`, `"`+x.ID+c.suffix+`"`)
	}
	return head + "\n[" + body
}

func replaceFirst(re *regexp.Regexp, s, with string) string {
	loc := re.FindStringIndex(s)
	if loc == nil {
		return s
	}
	end := loc[1]
	if with == "" && end < len(s) && s[end] == '\n' {
		end++ // drop the whole line
	}
	return s[:loc[0]] + with + s[end:]
}

func tomlStrings(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = importer.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// writeExecutor appends the clone's copy of x to the registry.
func writeExecutor(b *bytes.Buffer, c *clone, x content.Executor) {
	fmt.Fprintf(b, "\n[[executor]]\nid = %q\nname = %s\n", x.ID+c.suffix, importer.Quote(x.Name+" — "+c.community))
	if x.Short != "" {
		fmt.Fprintf(b, "short = %s\n", importer.Quote(x.Short+" — "+c.community))
	}
	if len(x.Aliases) > 0 {
		fmt.Fprintf(b, "aliases = %s\n", tomlStrings(x.Aliases))
	}
	fmt.Fprintf(b, "plans = [%q]\n", c.id)
	if x.URL != "" {
		fmt.Fprintf(b, "url = %s\n", importer.Quote(x.URL))
	}
}
