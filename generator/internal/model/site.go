package model

import (
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
)

// Site is the assembled portal: the content joined up, states computed as
// of a date, ready for templates. Templates read it; nothing writes to it
// after assemble.
type Site struct {
	Config *Config
	// AsOf is the date everything date-dependent is computed for.
	AsOf content.Date
	// Plans in the order of their ids.
	Plans []*Plan
	// Executors sorted by name.
	Executors []*Executor
	// Notes of all plans, newest first.
	Notes []*Note
	// Demo is true when demonstration notes are shown.
	Demo bool
	// Glossary are the abbreviations plans use, with their full forms.
	Glossary []content.GlossaryTerm
	// Commit is the git commit the site is built from, in hex; "" when
	// unknown. Citations name it (and only the pages that show it have it
	// in their keys).
	Commit string
}

// Plan is a plan with its parts joined up.
type Plan struct {
	*content.Plan
	// Path is the site path of the plan's page, e.g. "/svatove-2019/".
	Path     string
	Sections []*Section
	// Measures are the measures in force, in document order: those no
	// amendment removed. Lists, counts and charts show these.
	Measures []*Measure
	// Removed are the measures an amendment removed, in document order;
	// their pages stay (see Amendment).
	Removed []*Measure
	// All are the measures in force and removed, in document order: every
	// measure has its page, its row in the open data, its keys.
	All []*Measure
	// Amendments are the acts that amended the plan, oldest first, with
	// what each changed.
	Amendments []*Amendment
	// InForceAfter counts the measures in force after the first n
	// amendments, at n: as adopted at 0 (see CountInForce).
	InForceAfter []int
	// Notes are the plan's notes, newest first.
	Notes []*Note
	// Counts are the measures per state.
	Counts Counts
	// Demo is true when any of the plan's notes is demonstration data.
	Demo bool
	// Indicators that are numeric (have a spec), in document order.
	Numeric []*Indicator
	// Executors are the registry's bodies named by the plan's measures or
	// notes, by id, each with this plan's part only.
	Executors []*Executor
	// Dir is the plan's folder under content/plans.
	Dir string
	// HeaderKey covers the plan's own fields (see facts.go).
	HeaderKey engine.Key
	// Reporting tallies the reporting periods of all measures that have
	// come due (see Reporting).
	Reporting Reporting
	// Confirmation counts the measures with reports by how their latest
	// report is verified.
	Confirmation Confirmation
	// Money totals the measures' planned and spent money.
	Money Money
	// Quality is the plan's data-quality report.
	Quality Quality
}

// Section is a section with its parts.
type Section struct {
	*content.Section
	Plan *Plan
	Path string
	// Roman is the numeral in Latin letters, e.g. "IV", for citations.
	Roman  string
	Tasks  []*Task
	Groups []*Group
	// Direct are the measures in force that sit directly in the section.
	Direct []*Measure
	// Measures are the section's measures in force in document order,
	// Removed those an amendment removed, All both.
	Measures []*Measure
	Removed  []*Measure
	All      []*Measure
	Counts   Counts
	Key      engine.Key
	// Reporting and Confirmation are as the plan's, for the section's
	// measures.
	Reporting    Reporting
	Confirmation Confirmation
	// AddedIn and RemovedIn are the amendments that added or removed the
	// section; nil for a section of the plan as adopted, or in force.
	AddedIn, RemovedIn *Amendment
	// Areas are the areas of the strategies the section serves, from the
	// plan's areas.toml (see compare.go).
	Areas []AreaLink
}

// Task is a task with its measures.
type Task struct {
	*content.Task
	Section *Section
	Path    string
	// Measures are the task's measures in force, Removed those an
	// amendment removed.
	Measures []*Measure
	Removed  []*Measure
	Counts   Counts
	Key      engine.Key
	// AddedIn and RemovedIn: see Section.
	AddedIn, RemovedIn *Amendment
}

// Group is a group of measures.
type Group struct {
	*content.Group
	Section *Section
	Path    string
	// Measures are the group's measures in force, Removed those an
	// amendment removed.
	Measures []*Measure
	Removed  []*Measure
	Counts   Counts
	Key      engine.Key
	// AddedIn and RemovedIn: see Section.
	AddedIn, RemovedIn *Amendment
}

// Measure is a measure with everything known about it.
type Measure struct {
	*content.Measure
	Plan    *Plan
	Section *Section
	Task    *Task  // nil unless the measure is in a task
	Group   *Group // nil unless the measure is in a group
	// Ref is the id within the plan, "ii/2-3"; FullID adds the plan.
	Ref, FullID string
	Path        string
	// Code is a short citation number, e.g. "II.2.3".
	Code      string
	Executors []*Executor
	// Progress is the computed state as of the site's date.
	Progress Progress
	// Notes that report on the measure, newest first.
	Notes      []*Note
	Indicators []*Indicator
	// Ident covers what names the measure, Key everything about it (see
	// facts.go).
	Ident, Key engine.Key
	// TOMLPath is the measure's key path in plan.toml, for problems.
	TOMLPath string
	// Money is what the measure was to cost, as read from its costs cell,
	// and what notes report spent on it.
	Money Money
	// AddedIn is the amendment that added the measure, RemovedIn the one
	// that removed it; nil for a measure of the plan as adopted, or in
	// force.
	AddedIn, RemovedIn *Amendment
	// Wordings are the measure's wordings, oldest first, each with the
	// amendment that made it; the last is the wording in force (or, for a
	// removed measure, its last).
	Wordings []Wording
	// WordingKey covers what the pages of amendments show of the measure:
	// its identity and its wordings (see facts.go).
	WordingKey engine.Key
}

// IsRemoved reports whether an amendment removed the measure from the
// plan.
func (m *Measure) IsRemoved() bool { return m.RemovedBy != "" }

// Indicator is one of a measure's indicators with its measured values.
type Indicator struct {
	Measure *Measure
	// N numbers the indicator within its measure, from 1.
	N int
	// Ref is "ii/2-1#1".
	Ref  string
	Text string
	// Spec is set when the indicator is numeric.
	// It is the description as published: a baseline or target that is
	// a suppressed small count is left out (see privacy.go).
	Spec *content.IndicatorSpec
	// BaselineFewerThan and TargetFewerThan, when not 0, say that the
	// baseline or target is a sensitive count published only as "fewer
	// than" this.
	BaselineFewerThan, TargetFewerThan int
	Values                             []IndicatorValue
	// Achieved is the latest qualitative verdict, with the note that
	// gave it; nil when no note has said.
	Achieved *IndicatorValue
}

// IndicatorValue is a value reported by a note.
type IndicatorValue struct {
	Date content.Date
	// Value is the number reported; nil when the value is qualitative or
	// suppressed (see FewerThan).
	Value    *float64
	Achieved *bool
	Comment  string
	Note     *Note
	// FewerThan, when not 0, says that the value is a count of a
	// sensitive indicator from 1 to FewerThan−1, published only as "fewer
	// than FewerThan"; Value is then nil.
	FewerThan int
	// Index is the value's place among the note's [[value]] tables.
	Index int
}

// Executor is a body with its measures across plans.
type Executor struct {
	*content.Executor
	Path string
	// ByPlan lists the executor's measures per plan, in plan order.
	ByPlan []*ExecutorPlan
	Count  int
	// Reports are notes the body filed as reporter.
	Reports []*Note
	// Key covers the registry entry.
	Key engine.Key
}

// ExecutorPlan is an executor's measures within one plan.
type ExecutorPlan struct {
	Plan     *Plan
	Measures []*Measure
	Counts   Counts
}

// Note is a progress note with its references resolved.
type Note struct {
	content.Note
	Plan     *Plan
	Measures []*Measure
	Path     string
	Slug     string
	File     string
	Status   content.Status
	Reporter *Executor
	HTML     template.HTML
	Demo     bool
	// Readings are the note's indicator values, resolved.
	Readings []Reading
	// NamedPeriods are the reporting periods the note names, as period
	// keys in canonical form ("2022-H1"); empty when its period is
	// inferred.
	NamedPeriods []string
	// EvidenceItems are the note's [[evidence]] with their local copies
	// resolved.
	EvidenceItems []EvidenceItem
	// Spent are the sums the note reports spent, each with its measure.
	Spent []*Spent
	// Key covers the note as written and what names its measures.
	Key engine.Key
}

// Reading is an indicator value as a note reports it.
type Reading struct {
	Indicator *Indicator
	Value     IndicatorValue
}

// Counts are numbers of measures per state key.
type Counts map[string]int

// Total is the number of measures counted.
func (c Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Anchor is the id of the measure's card on a page that lists it: unique
// on every page, which may list measures of several sections and plans.
func (m *Measure) Anchor() string {
	return "m-" + m.Plan.ID + "-" + m.Section.ID + "-" + m.ID
}

// HasCosts reports whether the plan has a financial-costs column.
func (m *Measure) HasCosts() bool { return m.Costs != nil }

// CostsText is the financial-costs cell, empty when blank or absent.
func (m *Measure) CostsText() string {
	if m.Costs == nil {
		return ""
	}
	return *m.Costs
}

// columnRoles recognise a plan's column headings by the words plans use,
// so pages can label a measure's cells with the plan's own headings.
var columnRoles = map[string][]string{
	"task":       {"завдан"},
	"measure":    {"заход", "захід", "дії", "дія"},
	"term":       {"термін", "строк"},
	"executors":  {"виконав", "відповідальн"},
	"costs":      {"витрат", "фінансуван"},
	"indicators": {"індикатор", "показник"},
}

// Column returns the plan's heading of the column with role ("term",
// "executors", "indicators", "costs", "task", "measure"), or "".
func (p *Plan) Column(role string) string {
	for _, col := range p.Columns {
		low := strings.ToLower(col)
		for _, w := range columnRoles[role] {
			if strings.Contains(low, w) {
				return col
			}
		}
	}
	return ""
}

func PlanLabel(authority string, start, end int) string {
	return fmt.Sprintf("%s, %d–%d", authority, start, end)
}

func TaskNumber(t *Task) string {
	if n := strings.TrimRight(strings.TrimSpace(t.Task.Number), "."); n != "" {
		return n
	}
	return t.ID
}

func NoteTitle(n *Note) string {
	if n.Title != "" {
		return n.Title
	}
	if len(n.Measures) > 0 {
		return n.Date.String() + " · " + n.Measures[0].Code
	}
	return n.Date.String()
}

// IndicatorTexts returns the indicator texts.
func (m *Measure) IndicatorTexts() []string {
	out := make([]string, len(m.Indicators))
	for i, ind := range m.Indicators {
		out[i] = ind.Text
	}
	return out
}

// InPlan returns the executor's entry for p, creating it.
func (x *Executor) InPlan(p *Plan) *ExecutorPlan {
	for _, ep := range x.ByPlan {
		if ep.Plan == p {
			return ep
		}
	}
	ep := &ExecutorPlan{Plan: p, Counts: Counts{}}
	x.ByPlan = append(x.ByPlan, ep)
	return ep
}

// SortNotes orders notes newest first; same-day notes by plan and file.
func SortNotes(ns []*Note) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i], ns[j]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c > 0
		}
		if a.Plan.ID != b.Plan.ID {
			return a.Plan.ID < b.Plan.ID
		}
		return a.Slug < b.Slug
	})
}
