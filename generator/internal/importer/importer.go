// Package importer turns a plan's Word table into plansite content: it
// reads the table (a .docx with the docx reader, a text export with
// wordtable; both give a wordtable.Table, so what follows is shared),
// recognises the layout by the header row, reads the adopting body from
// the heading, builds sections, tasks, groups and measures with stable ids,
// matches the executor cells against the executor registry, and writes
// plan.toml (and new registry entries) for staff to review.
//
// Official text is kept as adopted, typos included; only line breaks that
// Word put inside a phrase are folded (see wordtable). Ids are derived from
// the numbering, never from the wording, because they are permanent URLs.
package importer

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/docx"
	"github.com/plansite/plansite/generator/internal/translit"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// Options configure an import.
type Options struct {
	// File names the source in problems and in plan.toml's header, e.g.
	// "plans/svatove-2019.txt".
	File string
	// ID is the plan's id; empty derives it from File's base name, or, for
	// a plan's adopted text kept as content/plans/<id>/source.txt, from
	// its folder.
	ID string
	// Authority is the body that adopted the plan. Empty reads it from
	// the heading ("рішення виконавчого комітету Дубенської міської ради"
	// → "Виконавчий комітет Дубенської міської ради"); when the heading
	// does not name it either, the import fails with an error that asks
	// for it.
	Authority string
	// Registry is the executor registry to match executor cells against;
	// nil is an empty registry.
	Registry *content.Registry
}

// Result is an imported plan.
type Result struct {
	// Plan is the plan as it will be written.
	Plan *content.Plan
	// NewExecutors are the bodies the registry did not know, in the order
	// the plan first names them, scoped to the plan.
	NewExecutors []content.Executor
	// Table is the source as read.
	Table *wordtable.Table
	// File is Options.File.
	File string
	// AuthorityFrom is the heading's phrase the authority was read from;
	// "" when Options.Authority gave it.
	AuthorityFrom string
	// Splits are the executor cells whose split into bodies staff should
	// confirm (see Split).
	Splits []Split
}

// Measures returns the number of measures in the plan.
func (r *Result) Measures() int {
	n := 0
	for _, s := range r.Plan.Sections {
		n += len(s.Measures)
		for _, t := range s.Tasks {
			n += len(t.Measures)
		}
		for _, g := range s.Groups {
			n += len(g.Measures)
		}
	}
	return n
}

// idPattern is what a plan id may look like: it is a folder name and the
// first segment of the plan's URLs.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Import reads the plan in src. The result is nil when the source could not
// be read as a plan at all; otherwise it holds everything that could be
// placed, and problems of Error severity mean it must not be written.
func Import(src []byte, opts Options) (*Result, diag.List) {
	id := opts.ID
	if id == "" {
		id = idFromFile(opts.File)
	}
	if !idPattern.MatchString(id) {
		return nil, diag.List{kindBadPlanID.At(opts.File, diag.Pos{}, id)}
	}
	var t *wordtable.Table
	var problems diag.List
	if docx.Is(opts.File, src) {
		t, problems = docx.Read(opts.File, src)
	} else {
		t, problems = wordtable.Read(opts.File, src)
	}
	if t == nil {
		return nil, problems
	}
	reg := opts.Registry
	if reg == nil {
		reg = &content.Registry{}
	}
	b := &builder{
		t:        t,
		plan:     &content.Plan{ID: id, Authority: opts.Authority},
		executor: newMatcher(reg, id),
		sec:      -1,
		sections: map[string]int{},
	}
	b.problems = problems
	b.preamble(t.Preamble)
	from := b.authority(opts.Authority)
	b.plan.Signatory = signatory(t.Epilogue)
	if !b.rows() {
		if !b.problems.HasErrors() {
			b.problems.Add(kindNoMeasures.At(opts.File, diag.Pos{}))
		}
		b.problems.Sort()
		return nil, t.Localize(b.problems)
	}
	if (&Result{Plan: b.plan}).Measures() == 0 {
		b.problems.Add(kindNoMeasures.At(opts.File, diag.Pos{}))
	}
	b.problems.Sort()
	return &Result{Plan: b.plan, NewExecutors: b.executor.added, Table: t, File: opts.File,
		AuthorityFrom: from, Splits: b.executor.splits}, t.Localize(b.problems)
}

// Strict returns the problems with every warning made an error, for
// --strict.
func Strict(l diag.List) diag.List {
	out := make(diag.List, len(l))
	for i, p := range l {
		p.Severity = diag.Error
		out[i] = p
	}
	return out
}

// SourceName is the file name of a plan's adopted text inside its content
// folder (content/plans/<id>/source.txt), which the site links as the plan
// as adopted.
const SourceName = "source.txt"

// PlanID returns the id Import gives a plan: id, or one derived from
// file.
func PlanID(file, id string) string {
	if id != "" {
		return id
	}
	return idFromFile(file)
}

// idFromFile derives a plan id from the file imported: its base name, or
// the plan folder that holds it as SourceName.
func idFromFile(file string) string {
	file = filepath.FromSlash(file)
	base := filepath.Base(file)
	if base == SourceName {
		base = filepath.Base(filepath.Dir(file))
	}
	return translit.Slug(strings.TrimSuffix(base, filepath.Ext(base)))
}
