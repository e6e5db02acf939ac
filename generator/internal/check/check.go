// Package check is the validate stage: it checks the content files
// against each other and against what every plan is checked with, and
// indexes what is valid in a Catalog for assemble. The build calls it one
// plan at a time: Config, Registry, Glossary and Strategies once, then
// PlanSource for each plan (Plan, its indicators.toml and areas.toml, and
// Note for each note). It reports every problem at once, and each mistake
// once: what refers to a file that could not be read is checked only for
// what it says itself, so one broken file does not bury its own problem
// under a problem for every reference to it.
package check

import (
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/markdown"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
	"github.com/plansite/plansite/generator/internal/tomldecode"
	"github.com/plansite/plansite/generator/internal/translit"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// idPattern is what ids may look like: they become URL segments and
// folder names, so only characters that are safe everywhere, and never "."
// or "/" (which could lead outside the output folder).
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// licenceID is the shape of an SPDX / Open Definition licence id, as
// the Data Package profile requires of a licence's name.
var licenceID = regexp.MustCompile(`^[-a-zA-Z0-9._]+$`)

// phoneNumber is a telephone number as people write it: digits, an
// optional leading +, spaces, hyphens and brackets.
var phoneNumber = regexp.MustCompile(`^\+?[0-9][0-9 ()-]{4,24}[0-9]$`)

// contactEmail is a plain e-mail address.
var contactEmail = regexp.MustCompile(`^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$`)

// indicatorRef matches "<section>/<measure>#<n>".
var indicatorRef = regexp.MustCompile(`^([a-z0-9-]+/[a-z0-9-]+)#([1-9][0-9]*)$`)

// measurePlace is where a measure sits in its plan.
type measurePlace struct {
	measure *content.Measure
	section *content.Section
	task    *content.Task
	group   *content.Group
	path    string // TOML key path, for positions
	order   int    // document order within the plan
}

// where names a table for messages: " у таблиці [[section.measure]]".
func where(table string) diag.Text {
	if table == "" {
		return diag.Text{}
	}
	name := tomldecode.StripIndices(table)
	if strings.HasSuffix(table, "]") {
		name = "[[" + name + "]]"
	} else {
		name = "[" + name + "]"
	}
	return diag.Text{UK: " у таблиці " + name, EN: " in table " + name}
}

func joinKey(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

// missingField reports a required field of f that is absent or empty: at
// its value when the key is there, else at its table's header, else at the
// top of the file. A field whose problem is already reported (a value of
// the wrong type, a misspelt key) is not reported again. example is the
// line to add, a string or a diag.Text.
func missingField[T any](f *source.File[T], table, key string, example any) diag.List {
	p := joinKey(table, key)
	if f.Reported[p] {
		return nil
	}
	if f.Index != nil {
		if _, ok := f.Index.Lookup(p); ok {
			return diag.List{f.Problem(problem.EmptyField, p, true, key, example)}
		}
	}
	if table != "" {
		return diag.List{f.Problem(problem.Missing, table, false, key, where(table), example)}
	}
	prob := problem.Missing.At(f.Path, diag.Pos{Line: 1, Col: 1, Len: 1}, key, where(table), example)
	if f.Index != nil {
		prob.Source = f.Index.Line(1)
	}
	return diag.List{prob}
}

// checkID checks the id of the table at path: present, and URL-safe. A
// non-nil result means the id is not usable.
func checkID[T any](f *source.File[T], table, id, exampleID string) diag.List {
	example := `id = "` + exampleID + `"`
	key := joinKey(table, "id")
	if f.Reported[key] {
		return diag.List{} // reported already
	}
	if strings.TrimSpace(id) == "" {
		if l := missingField(f, table, "id", example); l != nil {
			return l
		}
		return diag.List{}
	}
	if !idPattern.MatchString(id) {
		return diag.List{f.Problem(problem.BadID, key, true, id, suggestID(id, exampleID))}
	}
	return nil
}

// claimID checks the id of the table at path against the ids before it
// in the file (lines maps them to their lines; a new id joins them): it
// must be well formed, not taken, and not a segment the site writes in
// scope. ok is false when the id is malformed or taken: nothing that
// refers to it can be checked then.
func claimID[T any](f *source.File[T], path, id, example string, lines map[string]int, scope segmentScope) (l diag.List, ok bool) {
	if bad := checkID(f, path, id, example); bad != nil {
		return bad, false
	}
	if first, dup := lines[id]; dup {
		return diag.List{f.Problem(problem.DuplicateID, path+".id", true, id, first)}, false
	}
	lines[id] = f.Pos(path + ".id").Line
	return reservedID(f, path, id, scope), true
}

// reservedID reports an id of the table at path that names a segment the
// site writes itself in scope (see segments.go). Unlike a malformed id it
// leaves the rest to be checked: everything else about the table is fine.
func reservedID[T any](f *source.File[T], table, id string, scope segmentScope) diag.List {
	what, ok := reservedSegment(scope, id)
	if !ok {
		return nil
	}
	return diag.List{f.Problem(problem.ReservedID, joinKey(table, "id"), true, id, what, id+"-1")}
}

// suggestID proposes a valid id close to s, or else fallback.
func suggestID(s, fallback string) string {
	if out := translit.Slug(s); out != "" {
		return out
	}
	if idPattern.MatchString(fallback) {
		return fallback
	}
	return "id-1"
}

// Glossary checks that every abbreviation has its full form.
func Glossary(s *source.Sources) diag.List {
	var l diag.List
	f := &s.Glossary
	for i, t := range f.Data.Terms {
		table := "term[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(t.Abbr) == "" {
			l.Add(missingField(f, table, "abbr", `abbr = "СЖО"`)...)
		}
		if len(t.Full) == 0 {
			l.Add(missingField(f, table, "full", `full = ["складні життєві обставини"]`)...)
		}
	}
	return l.Limit(maxFileProblems)
}

// Registry checks the executor registry, executors.toml, and indexes its
// valid executors in c.
func Registry(s *source.Sources, c *Catalog) diag.List {
	var l diag.List
	f := &s.Registry
	c.registryFailed = f.Failed
	lines := map[string]int{}
	for i := range f.Data.Executors {
		e := &f.Data.Executors[i]
		path := "executor[" + strconv.Itoa(i) + "]"
		p, ok := claimID(f, path, e.ID, "…", lines, executorsScope)
		if l.Add(p...); !ok {
			continue
		}
		if strings.TrimSpace(e.Name) == "" {
			l.Add(missingField(f, path, "name", `name = "…"`)...)
		}
		// The executor's website is a link on its page, checked as a
		// note's evidence is.
		if e.URL != "" && !f.Reported[path+".url"] {
			if reason, advice, bad := markdown.LinkProblem(e.URL, true); bad {
				l.Add(f.Problem(problem.BadURL, path+".url", true, diag.Excerpt(e.URL), reason, advice))
			}
		}
		if e.Email != "" && !contactEmail.MatchString(e.Email) && !f.Reported[path+".email"] {
			l.Add(f.Problem(problem.BadExecutorEmail, path+".email", true, e.Email))
		}
		if e.Phone != "" && !phoneNumber.MatchString(e.Phone) && !f.Reported[path+".phone"] {
			l.Add(f.Problem(problem.BadPhone, path+".phone", true, e.Phone))
		}
		c.executors[e.ID] = e
	}
	return l.Limit(maxFileProblems)
}

// forEachMeasure calls fn for every measure of p in document order.
func forEachMeasure(p *content.Plan, fn func(mp *measurePlace)) {
	order := 0
	for si := range p.Sections {
		sec := &p.Sections[si]
		sp := "section[" + strconv.Itoa(si) + "]"
		for mi := range sec.Measures {
			fn(&measurePlace{&sec.Measures[mi], sec, nil, nil, sp + ".measure[" + strconv.Itoa(mi) + "]", order})
			order++
		}
		for ti := range sec.Tasks {
			t := &sec.Tasks[ti]
			tp := sp + ".task[" + strconv.Itoa(ti) + "]"
			for mi := range t.Measures {
				fn(&measurePlace{&t.Measures[mi], sec, t, nil, tp + ".measure[" + strconv.Itoa(mi) + "]", order})
				order++
			}
		}
		for gi := range sec.Groups {
			g := &sec.Groups[gi]
			gp := sp + ".group[" + strconv.Itoa(gi) + "]"
			for mi := range g.Measures {
				fn(&measurePlace{&g.Measures[mi], sec, nil, g, gp + ".measure[" + strconv.Itoa(mi) + "]", order})
				order++
			}
		}
	}
}

// Plan checks plan.toml: its id (which the folder named after it owns,
// and no other plan may repeat), its sections, tasks, groups and measures,
// their executors and its amendments; it indexes the plan's measures in c.
func Plan(ps *source.Plan, c *Catalog) diag.List {
	var l diag.List
	f := &ps.Plan
	p := &f.Data
	if bad := checkID(f, "", p.ID, ps.Dir); bad != nil {
		return bad // nothing else can be indexed without an id
	}
	if other := c.owner[p.ID]; other != nil {
		// The plan is left out of the later stages: its measures would
		// be looked up in the other plan's index.
		f.Found = false
		return diag.List{f.Problem(problem.DuplicatePlan, "id", true, p.ID, other.Plan.Path, ps.Dir)}
	}
	c.owner[p.ID] = ps
	l.Add(reservedID(f, "", p.ID, rootScope)...)
	if p.ID != ps.Dir {
		l.Add(f.Problem(problem.PlanFolder, "id", true, p.ID, ps.Dir))
	}
	if strings.TrimSpace(p.Title) == "" {
		l.Add(missingField(f, "", "title", `title = "План …"`)...)
	}
	if strings.TrimSpace(p.Authority) == "" {
		l.Add(missingField(f, "", "authority", `authority = "…"`)...)
	}
	l.Add(checkPeriod(f)...)
	for si := range p.Sections {
		sec := &p.Sections[si]
		sp := "section[" + strconv.Itoa(si) + "]"
		if bad := checkID(f, sp, sec.ID, strings.ToLower(uktext.Roman(si+1))); bad != nil {
			l.Add(bad...)
		} else if first, dup := firstSection(p, si); dup {
			l.Add(f.Problem(problem.DuplicateID, sp+".id", true, sec.ID, f.Pos("section["+strconv.Itoa(first)+"].id").Line))
		} else {
			l.Add(reservedID(f, sp, sec.ID, planScope)...)
		}
		if strings.TrimSpace(sec.Title) == "" {
			l.Add(missingField(f, sp, "title", `title = "…"`)...)
		}
		// Tasks, groups and measures share the section's URL namespace.
		inner := map[string]int{}
		claim := func(path, id, example string) {
			p, _ := claimID(f, path, id, example, inner, sectionScope)
			l.Add(p...)
		}
		for ti := range sec.Tasks {
			tp := sp + ".task[" + strconv.Itoa(ti) + "]"
			claim(tp, sec.Tasks[ti].ID, strconv.Itoa(ti+1))
			if strings.TrimSpace(sec.Tasks[ti].Title) == "" {
				l.Add(missingField(f, tp, "title", `title = "…"`)...)
			}
		}
		for gi := range sec.Groups {
			gp := sp + ".group[" + strconv.Itoa(gi) + "]"
			claim(gp, sec.Groups[gi].ID, "…")
			if strings.TrimSpace(sec.Groups[gi].Title) == "" {
				l.Add(missingField(f, gp, "title", `title = "…"`)...)
			}
		}
		forEachMeasure(&content.Plan{Sections: []content.Section{*sec}}, func(mp *measurePlace) {
			claim(strings.Replace(mp.path, "section[0]", sp, 1), mp.measure.ID, strconv.Itoa(mp.order+1))
		})
	}
	refs := map[string]*measurePlace{}
	forEachMeasure(p, func(mp *measurePlace) {
		m := mp.measure
		if strings.TrimSpace(m.Text) == "" {
			l.Add(missingField(f, mp.path, "text", `text = "…"`)...)
		}
		for i, id := range m.Executors {
			if _, ok := c.executors[id]; !ok && !c.registryFailed {
				prob := f.Problem(problem.UnknownExecutor, mp.path+".executors["+strconv.Itoa(i)+"]", true, id)
				if !full(l) {
					prob = withSimilar(prob, diag.Nearest(id, executorIDs(c), 3))
				}
				l.Add(prob)
			}
		}
		// Every measure is indexed, even one with an invalid or duplicate
		// id (reported above): assemble still runs to find the problems
		// it alone can see, and looks every measure up. The first of
		// duplicates keeps the ref.
		if ref := mp.section.ID + "/" + m.ID; refs[ref] == nil {
			refs[ref] = mp
		}
	})
	c.measures[p.ID] = refs
	l.Add(validateAmendments(f)...)
	return l.Limit(maxFileProblems)
}

// firstSection returns the index of the first section before si with the
// same id.
func firstSection(p *content.Plan, si int) (int, bool) {
	for i := 0; i < si; i++ {
		if p.Sections[i].ID == p.Sections[si].ID {
			return i, true
		}
	}
	return 0, false
}

// checkPeriod checks the plan's [period]: both years, and in order.
func checkPeriod(f *source.File[content.Plan]) diag.List {
	if f.Reported["period"] {
		return nil
	}
	pd := f.Data.Period
	if f.Index != nil && f.Index.Key("period") == (tomldecode.Position{}) {
		prob := problem.Missing.At(f.Path, diag.Pos{Line: 1, Col: 1, Len: 1}, "period", diag.Text{},
			diag.Text{UK: "[period], а під ним start = 2021 і end = 2026", EN: "[period], with start = 2021 and end = 2026 below it"})
		prob.Source = f.Index.Line(1)
		return diag.List{prob}
	}
	var l diag.List
	for _, y := range []struct {
		key  string
		year int
	}{{"start", pd.Start}, {"end", pd.End}} {
		switch {
		case f.Reported["period."+y.key]:
			return l // the order of a year not understood means nothing
		case y.year == 0:
			l.Add(missingField(f, "period", y.key, y.key+" = 2021")...)
		case y.year < content.MinYear || y.year > content.MaxYear:
			l.Add(f.Problem(problem.PeriodRange, "period."+y.key, true, y.year))
		}
	}
	if len(l) == 0 && pd.End < pd.Start {
		l.Add(f.Problem(problem.PeriodOrder, "period.end", true, pd.End, pd.Start))
	}
	return l
}

func executorIDs(c *Catalog) []string { return slices.Sorted(maps.Keys(c.executors)) }

// measureRefs returns the plan's valid measure refs, sorted, for
// suggestions.
func measureRefs(c *Catalog, plan string) []string {
	refs := make([]string, 0, len(c.measures[plan]))
	for r := range c.measures[plan] {
		if sec, m, _ := strings.Cut(r, "/"); idPattern.MatchString(sec) && idPattern.MatchString(m) {
			refs = append(refs, r)
		}
	}
	sort.Strings(refs)
	return refs
}

// indicatorExists reports whether ref ("ii/2-1#1") names an indicator of
// the plan, and returns its measure ref and number.
func indicatorExists(c *Catalog, plan, ref string) (string, int, bool) {
	m := indicatorRef.FindStringSubmatch(ref)
	if m == nil {
		return "", 0, false
	}
	mp, ok := c.measures[plan][m[1]]
	if !ok {
		return "", 0, false
	}
	n, _ := strconv.Atoi(m[2])
	return m[1], n, n <= len(mp.measure.Indicators)
}

// whyNoIndicator says why ref is not an indicator of the plan, and which
// refs are close to it.
func whyNoIndicator(c *Catalog, plan, ref string) (diag.Text, []string) {
	mref, num, hasNum := strings.Cut(ref, "#")
	if parts := strings.Split(mref, "/"); len(parts) == 3 && parts[0] != plan {
		return diag.Text{UK: "це показник іншого плану («" + parts[0] + "»)", EN: "it is an indicator of another plan (\"" + parts[0] + "\")"}, nil
	}
	mp, ok := c.measures[plan][mref]
	if !ok {
		return diag.Text{UK: "заходу «" + mref + "» немає в плані", EN: "measure \"" + mref + "\" is not in the plan"},
			diag.Nearest(mref, measureRefs(c, plan), 3)
	}
	count := len(mp.measure.Indicators)
	if !hasNum {
		return diag.Text{UK: "«" + ref + "» — це захід, а не показник; додайте номер: «" + ref + "#1»",
			EN: "\"" + ref + "\" is a measure, not an indicator; add the number: \"" + ref + "#1\""}, nil
	}
	if n, err := strconv.Atoi(num); err != nil || n < 1 || strconv.Itoa(n) != num {
		return diag.Text{UK: "номер показника після # має бути цілим числом від 1", EN: "the indicator's number after # must be a whole number from 1"}, nil
	}
	has := indicatorCount(count)
	return diag.Text{UK: "у заходу «" + mref + "» " + has.UK, EN: "measure \"" + mref + "\" has " + has.EN}, nil
}

// indicatorCount says "лише 1 показник", "лише 3 показники", "only 5
// indicators".
func indicatorCount(n int) diag.Text {
	if n == 0 {
		return diag.Text{UK: "немає показників", EN: "no indicators"}
	}
	uk := map[string]string{uktext.One: "показник", uktext.Few: "показники", uktext.Many: "показників"}[uktext.Plural("uk", n)]
	en := map[string]string{uktext.One: "indicator", uktext.Other: "indicators"}[uktext.Plural("en", n)]
	return diag.Text{UK: fmt.Sprintf("лише %d %s", n, uk), EN: fmt.Sprintf("only %d %s", n, en)}
}

func validateMonitoring(ps *source.Plan, c *Catalog) diag.List {
	var l diag.List
	f := &ps.Monitoring
	plan := ps.Plan.Data.ID
	specs := map[string]*content.IndicatorSpec{}
	seen := map[string]int{}
	for i := range f.Data.Indicators {
		spec := &f.Data.Indicators[i]
		path := "indicator[" + strconv.Itoa(i) + "]"
		if f.Reported[path+".ref"] {
			continue
		}
		if strings.TrimSpace(spec.Ref) == "" {
			l.Add(missingField(f, path, "ref", `ref = "ii/1-1#1"`)...)
			continue
		}
		if _, _, ok := indicatorExists(c, plan, spec.Ref); !ok {
			if full(l) {
				l.Add(f.Problem(problem.UnknownIndicator, path+".ref", true, spec.Ref, diag.Text{}))
				continue
			}
			reason, near := whyNoIndicator(c, plan, spec.Ref)
			l.Add(withSimilar(f.Problem(problem.UnknownIndicator, path+".ref", true, spec.Ref, reason), near))
			continue
		}
		if first, dup := seen[spec.Ref]; dup {
			l.Add(f.Problem(problem.DuplicateID, path+".ref", true, spec.Ref, first))
			continue
		}
		seen[spec.Ref] = f.Pos(path + ".ref").Line
		switch {
		case f.Reported[path+".direction"]:
		case strings.TrimSpace(spec.Direction) == "":
			l.Add(missingField(f, path, "direction", `direction = "up"`)...)
		case spec.Direction != "up" && spec.Direction != "down":
			l.Add(f.Problem(problem.BadDirection, path+".direction", true, spec.Direction))
		}
		if strings.TrimSpace(spec.Unit) == "" {
			l.Add(missingField(f, path, "unit", `unit = "%"`)...)
		}
		specs[spec.Ref] = spec
	}
	c.specs[plan] = specs
	l.Add(validateTotals(ps, c)...)
	return l.Limit(maxFileProblems)
}

// ResolveMeasure turns a note's measure reference into a plan-relative ref.
func ResolveMeasure(plan, ref string) string {
	ref = strings.Trim(strings.TrimSpace(ref), "/")
	if rest, ok := strings.CutPrefix(ref, plan+"/"); ok {
		return rest
	}
	return ref
}

// maxFileProblems is how many problems of one file validate lists (the
// decoder lists as many more); see diag.List.Limit.
const maxFileProblems = tomldecode.MaxProblems

// full reports whether l has as many problems as will be listed: what is
// found past that is only counted, so the search for similar ids is
// skipped.
func full(l diag.List) bool { return len(l) >= maxFileProblems }

// withSimilar adds "similar: a, b" advice when there are near matches.
func withSimilar(p diag.Problem, near []string) diag.Problem {
	if len(near) == 0 {
		return p
	}
	return p.WithHint(diag.Text{UK: "схожі: " + strings.Join(near, ", "), EN: "similar: " + strings.Join(near, ", ")})
}

// noteDate is the date a note's file name starts with, for examples.
var noteDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// missing reports a required front-matter field of the note: at its value
// when the key is there but empty, else at the closing "+++", before which
// it is to be added.
func missing(n *source.Note, key, example string) diag.List {
	if n.Reported[key] {
		return nil
	}
	if _, ok := n.Index.Lookup(key); ok {
		return diag.List{n.Problem(problem.EmptyField, key, true, key, example)}
	}
	p := problem.MissingInNote.At(n.Path, diag.Pos{Line: n.BodyLine - 1, Col: 1, Len: 3}, key, example)
	p.Source = n.Fence
	return diag.List{p}
}

// Note checks a note. Its references are checked only when its
// plan is indexed (the plan.toml was read), and those to executors and
// indicators.toml only when these files were read.
func Note(ps *source.Plan, n *source.Note, c *Catalog, indexed bool) diag.List {
	var l diag.List
	// Past maxFileProblems problems are counted, not made: a header of a
	// megabyte may list a hundred thousand measures.
	skipped := 0
	add := func(p ...diag.Problem) {
		if full(l) {
			skipped += len(p)
			return
		}
		l.Add(p...)
	}
	plan := ps.Plan.Data.ID
	if !indexed {
		plan = ps.Dir
	}
	note := &n.Note
	if !idPattern.MatchString(n.Slug) {
		add(problem.BadNoteName.At(n.Path, diag.Pos{}, n.Slug, suggestID(n.Slug, "")))
	} else if what, ok := reservedSegment(notesScope, n.Slug); ok {
		add(problem.ReservedNote.At(n.Path, diag.Pos{}, n.Slug, what, n.Slug+"-1"))
	}
	if note.Date.IsZero() {
		example := "2021-03-01"
		if d := noteDate.FindString(n.Slug); d != "" {
			example = d
		}
		add(missing(n, "date", "date = "+example)...)
	}
	if len(note.Measures) == 0 {
		example := "i/1"
		if refs := measureRefs(c, plan); indexed && len(refs) > 0 {
			example = refs[0]
		}
		add(missing(n, "measures", `measures = ["`+example+`"]`)...)
	}
	for i, ref := range note.Measures {
		if !indexed {
			break
		}
		path := "measures[" + strconv.Itoa(i) + "]"
		if n.Reported[path] {
			continue // not text: reported while decoding
		}
		r := ResolveMeasure(plan, ref)
		if _, ok := c.measures[plan][r]; ok {
			continue
		}
		if parts := strings.Split(r, "/"); len(parts) == 3 && parts[0] != plan {
			add(n.Problem(problem.MeasureOtherPlan, path, true, ref, plan, parts[0]))
			continue
		}
		if full(l) {
			skipped++
			continue
		}
		add(withSimilar(n.Problem(problem.UnknownMeasure, path, true, ref, plan), diag.Nearest(r, measureRefs(c, plan), 3)))
	}
	switch {
	case n.Reported["status"]:
	case strings.TrimSpace(note.Status) == "":
		add(missing(n, "status", `status = "виконується"`)...)
	default:
		if _, ok := content.LookupStatus(note.Status); !ok {
			p := n.Problem(problem.UnknownStatus, "status", true, note.Status, statusList())
			if near := diag.Nearest(note.Status, statusKeys(), 1); len(near) > 0 {
				p = p.WithHint(diag.Text{UK: "можливо, «" + near[0] + "»?", EN: "did you mean \"" + near[0] + "\"?"})
			}
			add(p)
		}
	}
	if note.Reporter != "" && !c.registryFailed {
		if _, ok := c.executors[note.Reporter]; !ok {
			add(withSimilar(n.Problem(problem.UnknownReporter, "reporter", true, note.Reporter), diag.Nearest(note.Reporter, executorIDs(c), 3)))
		}
	}
	for i, v := range note.Values {
		path := "value[" + strconv.Itoa(i) + "]"
		if n.Reported[path+".indicator"] {
			continue
		}
		if strings.TrimSpace(v.Indicator) == "" {
			add(missingIn(n, path, "indicator", `indicator = "i/1#1"`)...)
			continue
		}
		if v.Value == nil && v.Achieved == nil && !n.Reported[path+".value"] && !n.Reported[path+".achieved"] {
			add(n.Problem(problem.ValueMissing, path, false, v.Indicator))
		}
		if !indexed {
			continue
		}
		mref, num, ok := indicatorExists(c, plan, ResolveMeasure(plan, v.Indicator))
		if !ok && full(l) {
			skipped++
			continue
		}
		if !ok {
			reason, near := whyNoIndicator(c, plan, ResolveMeasure(plan, v.Indicator))
			add(withSimilar(n.Problem(problem.UnknownIndicator, path+".indicator", true, v.Indicator, reason), near))
			continue
		}
		spec := c.specs[plan][mref+"#"+strconv.Itoa(num)]
		switch {
		case v.Value != nil && !ps.Monitoring.Failed && spec == nil:
			add(n.Problem(problem.ValueNotNumeric, path+".value", false, mref+"#"+strconv.Itoa(num), ps.Monitoring.Path))
		case v.Value == nil && v.Achieved != nil && spec != nil:
			add(n.Problem(problem.AchievedNumeric, path+".achieved", false, mref+"#"+strconv.Itoa(num), ps.Monitoring.Path, spec.Unit))
		}

	}
	for i, e := range note.Evidence {
		path := "evidence[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(e.Title) == "" {
			add(missingIn(n, path, "title", `title = "…"`)...)
		}
		switch {
		case n.Reported[path+".url"]:
		case strings.TrimSpace(e.URL) == "" && e.File == "":
			add(missingIn(n, path, "url", `url = "https://…"`)...)
		case strings.TrimSpace(e.URL) == "": // a local copy only
		default:
			if reason, advice, bad := markdown.LinkProblem(e.URL, true); bad {
				add(n.Problem(problem.BadURL, path+".url", true, diag.Excerpt(e.URL), reason, advice))
			}
		}
	}
	add(validateAccountability(ps, n, c, indexed)...)
	add(Body(n)...)
	if skipped > 0 {
		l.Add(diag.TooMany.At(n.Path, diag.Pos{}, skipped))
	}
	return l
}

// missingIn reports a required field of a table in the note's header.
func missingIn(n *source.Note, table, key, example string) diag.List {
	p := table + "." + key
	if n.Reported[p] {
		return nil
	}
	if _, ok := n.Index.Lookup(p); ok {
		return diag.List{n.Problem(problem.EmptyField, p, true, key, example)}
	}
	return diag.List{n.Problem(problem.Missing, table, false, key, where(table), example)}
}

// Body reports raw HTML and unsafe links in a note's Markdown.
func Body(n *source.Note) diag.List {
	var l diag.List
	for _, issue := range markdown.Check([]byte(n.Note.Body)) {
		pos := diag.Pos{Line: n.BodyLine + issue.Line - 1, Col: issue.Col, Len: issue.Len}
		var p diag.Problem
		switch issue.Kind {
		case markdown.RawHTML:
			p = problem.RawHTML.At(n.Path, pos, diag.Excerpt(markdown.FirstTag(issue.Text))).WithHint(markdown.HTMLAdvice(issue.Text))
		case markdown.ExternalImage:
			link := markdown.ImageAsLink(issue.Source, issue.Text)
			p = problem.ExternalImage.At(n.Path, pos, diag.Excerpt(issue.Text), diag.Text{UK: "«" + link + "»", EN: strconv.Quote(link)})
		case markdown.TooLarge:
			p = problem.BodyTooLarge.At(n.Path, diag.Pos{}, len(n.Note.Body)>>10, issue.Limit>>10)
		case markdown.TooDeep:
			p = problem.BodyTooDeep.At(n.Path, pos, issue.Limit)
		case markdown.LongLine:
			p = problem.BodyLongLine.At(n.Path, pos, issue.Limit)
		case markdown.TableTooWide:
			p = problem.TableTooWide.At(n.Path, pos, issue.Limit)
		case markdown.TableTooBig:
			p = problem.TableTooBig.At(n.Path, pos, issue.Limit)
		default:
			reason, advice, _ := markdown.LinkProblem(issue.Text, false)
			kind := problem.BadURL
			if issue.Image {
				kind = problem.BadImage
			}
			p = kind.At(n.Path, pos, diag.Excerpt(issue.Text), reason, advice)
		}
		if p.Pos.Line > 0 {
			p.Source = issue.Source
		}
		l.Add(p)
	}
	return l
}

func statusList() string {
	keys := make([]string, len(content.Statuses))
	for i, s := range content.Statuses {
		keys[i] = fmt.Sprintf("%q", s.Key)
	}
	return strings.Join(keys, ", ")
}

// statusKeys returns the statuses and their aliases, for suggestions.
func statusKeys() []string {
	var keys []string
	for _, s := range content.Statuses {
		keys = append(keys, s.Key)
	}
	return keys
}

// supportedLanguages are the languages the site's pages may be in.
var supportedLanguages = map[string]bool{"uk": true, "en": true}

// Config checks config.toml's values, each at its value, with the
// line shown.
func Config(s *source.Sources) diag.List {
	root, c, f := s.Root, &s.Config, &s.ConfigFile
	var l diag.List
	for i, lang := range c.Languages {
		key := "languages[" + strconv.Itoa(i) + "]"
		if f.Reported["languages"] || f.Reported[key] {
			break
		}
		if !supportedLanguages[lang] {
			l.Add(f.Problem(problem.BadLanguage, key, true, lang))
		}
		for _, other := range c.Languages[:i] {
			if other == lang {
				l.Add(f.Problem(problem.RepeatedLanguage, key, true, lang))
			}
		}
	}
	if u, err := url.Parse(c.BaseURL); !f.Reported["base_url"] && (err != nil || (u.Host != "" && u.Scheme != "https" && u.Scheme != "http")) {
		l.Add(f.Problem(problem.BadBaseURL, "base_url", true, c.BaseURL))
	}
	if source.Escapes(c.Content.Dir) && !f.Reported["content.dir"] {
		l.Add(f.Problem(problem.PathEscape, "content.dir", true, c.Content.Dir).WithHint(diag.Text{
			UK: "зазвичай це dir = \"content\"", EN: "usually it is dir = \"content\""}))
	}
	switch {
	case f.Reported["theme"]:
	case source.Escapes(c.Theme) || strings.ContainsAny(c.Theme, `/\`):
		l.Add(f.Problem(problem.PathEscape, "theme", true, c.Theme).WithHint(diag.Text{
			UK: "тема — це назва однієї теки в themes/, наприклад theme = \"default\"", EN: "a theme is the name of one folder in themes/, e.g. theme = \"default\""}))
	default:
		// Only when there is a themes folder: a content-only check of a
		// site whose themes come later is no mistake.
		if fi, err := os.Stat(filepath.Join(root, "themes")); err == nil && fi.IsDir() {
			if _, err := os.Stat(filepath.Join(root, "themes", c.Theme)); err != nil {
				l.Add(f.Problem(problem.NoTheme, "theme", true, c.Theme))
			}
		}
	}
	if (c.DueWindowDays < 0 || c.DueWindowDays > 366) && !f.Reported["due_window_days"] {
		l.Add(f.Problem(problem.BadDueWindow, "due_window_days", true, c.DueWindowDays))
	}
	if !licenceID.MatchString(c.Data.Licence) && !f.Reported["data.licence"] {
		l.Add(f.Problem(problem.BadLicence, "data.licence", true, c.Data.Licence))
	}
	if c.Data.Contact != "" && !contactEmail.MatchString(c.Data.Contact) && !f.Reported["data.contact"] {
		l.Add(f.Problem(problem.BadContact, "data.contact", true, c.Data.Contact))
	}
	if c.Contact.Email != "" && !contactEmail.MatchString(c.Contact.Email) && !f.Reported["contact.email"] {
		l.Add(f.Problem(problem.BadReportEmail, "contact.email", true, c.Contact.Email))
	}
	if u, err := url.Parse(c.Contact.URL); c.Contact.URL != "" && !f.Reported["contact.url"] && (err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "") {
		l.Add(f.Problem(problem.BadReportURL, "contact.url", true, c.Contact.URL))
	}
	l.Add(checkPrivacy(c, f)...)
	return l
}
