package generator

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/markdown"
	"github.com/plansite/plansite/generator/translit"
)

// idPattern is what ids may look like: they become URL segments and
// folder names, so only characters that are safe everywhere, and never "."
// or "/" (which could lead outside the output folder).
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// validIndicator matches "<section>/<measure>#<n>".
var indicatorRef = regexp.MustCompile(`^([a-z0-9-]+/[a-z0-9-]+)#([1-9][0-9]*)$`)

// catalog indexes valid content for the later stages.
type catalog struct {
	executors map[string]*content.Executor
	// measures maps plan id -> measure ref ("ii/2-3") -> place.
	measures map[string]map[string]*measurePlace
	// specs maps plan id -> indicator ref -> spec.
	specs map[string]map[string]*content.IndicatorSpec
}

// measurePlace is where a measure sits in its plan.
type measurePlace struct {
	measure *content.Measure
	section *content.Section
	task    *content.Task
	group   *content.Group
	path    string // TOML key path, for positions
	order   int    // document order within the plan
}

// validate is the second stage: it checks every file against the others
// and returns the indexes assemble needs. It reports every problem at once.
func validate(s *sources) (*catalog, diag.List) {
	var l diag.List
	c := &catalog{
		executors: map[string]*content.Executor{},
		measures:  map[string]map[string]*measurePlace{},
		specs:     map[string]map[string]*content.IndicatorSpec{},
	}
	l.Add(validateRegistry(s, c)...)
	seenPlans := map[string]*planSource{}
	for _, ps := range s.plans {
		if !ps.plan.found {
			continue
		}
		l.Add(validatePlan(ps, c, seenPlans)...)
	}
	for _, ps := range s.plans {
		if !ps.plan.found {
			continue
		}
		l.Add(validateMonitoring(ps, c)...)
		for _, n := range ps.notes {
			l.Add(validateNote(ps, n, c)...)
		}
	}
	return c, l
}

func checkID(f interface {
	problem(diag.Kind, string, bool, ...any) diag.Problem
}, path, id string) diag.List {
	key := path + ".id"
	if path == "" {
		key = "id"
	}
	if strings.TrimSpace(id) == "" {
		return diag.List{f.problem(kindMissing, key, false, "id", "id")}
	}
	if !idPattern.MatchString(id) {
		return diag.List{f.problem(kindBadID, key, true, id, suggestID(id))}
	}
	return nil
}

// suggestID proposes a valid id close to s.
func suggestID(s string) string {
	if out := translit.Slug(s); out != "" {
		return out
	}
	return "id-1"
}

func validateRegistry(s *sources, c *catalog) diag.List {
	var l diag.List
	f := &s.registry
	lines := map[string]int{}
	for i := range f.data.Executors {
		e := &f.data.Executors[i]
		path := "executor[" + strconv.Itoa(i) + "]"
		if p := checkID(f, path, e.ID); p != nil {
			l.Add(p...)
			continue
		}
		if first, dup := lines[e.ID]; dup {
			l.Add(f.problem(kindDuplicateID, path+".id", true, e.ID, first))
			continue
		}
		lines[e.ID] = f.pos(path + ".id").Line
		if strings.TrimSpace(e.Name) == "" {
			l.Add(f.problem(kindMissing, path, false, "name", "name"))
		}
		c.executors[e.ID] = e
	}
	return l
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

func validatePlan(ps *planSource, c *catalog, seen map[string]*planSource) diag.List {
	var l diag.List
	f := &ps.plan
	p := &f.data
	if bad := checkID(f, "", p.ID); bad != nil {
		return bad // nothing else can be indexed without an id
	}
	if other, dup := seen[p.ID]; dup {
		return diag.List{f.problem(kindDuplicateID, "id", true, p.ID, other.plan.pos("id").Line).WithHint(diag.Text{
			UK: "цей id уже має " + other.plan.file, EN: "this id is already used by " + other.plan.file})}
	}
	seen[p.ID] = ps
	if p.ID != ps.dir {
		l.Add(f.problem(kindPlanFolder, "id", true, p.ID, ps.dir))
	}
	for _, k := range []struct{ key, val string }{{"title", p.Title}, {"authority", p.Authority}} {
		if strings.TrimSpace(k.val) == "" {
			l.Add(f.problem(kindMissing, k.key, false, k.key, k.key))
		}
	}
	if p.Period.Start < 1990 || p.Period.End > 2100 || p.Period.Start > p.Period.End {
		l.Add(f.problem(kindBadPeriod, "period", false, p.Period.Start, p.Period.End))
	}
	secIDs := map[string]int{}
	for si := range p.Sections {
		sec := &p.Sections[si]
		sp := "section[" + strconv.Itoa(si) + "]"
		if bad := checkID(f, sp, sec.ID); bad != nil {
			l.Add(bad...)
		} else if first, dup := secIDs[sec.ID]; dup {
			l.Add(f.problem(kindDuplicateID, sp+".id", true, sec.ID, first))
		} else {
			secIDs[sec.ID] = f.pos(sp + ".id").Line
		}
		if strings.TrimSpace(sec.Title) == "" {
			l.Add(f.problem(kindMissing, sp, false, "title", "title"))
		}
		// Tasks, groups and measures share the section's URL namespace.
		inner := map[string]int{}
		claim := func(path, id string) {
			if bad := checkID(f, path, id); bad != nil {
				l.Add(bad...)
				return
			}
			if first, dup := inner[id]; dup {
				l.Add(f.problem(kindDuplicateID, path+".id", true, id, first))
				return
			}
			inner[id] = f.pos(path + ".id").Line
		}
		for ti := range sec.Tasks {
			claim(sp+".task["+strconv.Itoa(ti)+"]", sec.Tasks[ti].ID)
			if strings.TrimSpace(sec.Tasks[ti].Title) == "" {
				l.Add(f.problem(kindMissing, sp+".task["+strconv.Itoa(ti)+"]", false, "title", "title"))
			}
		}
		for gi := range sec.Groups {
			claim(sp+".group["+strconv.Itoa(gi)+"]", sec.Groups[gi].ID)
			if strings.TrimSpace(sec.Groups[gi].Title) == "" {
				l.Add(f.problem(kindMissing, sp+".group["+strconv.Itoa(gi)+"]", false, "title", "title"))
			}
		}
		forEachMeasure(&content.Plan{Sections: []content.Section{*sec}}, func(mp *measurePlace) {
			claim(strings.Replace(mp.path, "section[0]", sp, 1), mp.measure.ID)
		})
	}
	refs := map[string]*measurePlace{}
	forEachMeasure(p, func(mp *measurePlace) {
		m := mp.measure
		if strings.TrimSpace(m.Text) == "" {
			l.Add(f.problem(kindMissing, mp.path, false, "text", "text"))
		}
		for i, id := range m.Executors {
			if _, ok := c.executors[id]; !ok {
				prob := f.problem(kindUnknownExecutor, mp.path+".executors["+strconv.Itoa(i)+"]", true, id)
				if near := diag.Nearest(id, executorIDs(c), 3); len(near) > 0 {
					prob = prob.WithHint(diag.Text{UK: "схожі: " + strings.Join(near, ", "), EN: "similar: " + strings.Join(near, ", ")})
				}
				l.Add(prob)
			}
		}
		if idPattern.MatchString(mp.section.ID) && idPattern.MatchString(m.ID) {
			refs[mp.section.ID+"/"+m.ID] = mp
		}
	})
	c.measures[p.ID] = refs
	return l
}

func executorIDs(c *catalog) []string {
	ids := make([]string, 0, len(c.executors))
	for id := range c.executors {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// measureRefs returns the plan's measure refs, sorted, for suggestions.
func measureRefs(c *catalog, plan string) []string {
	refs := make([]string, 0, len(c.measures[plan]))
	for r := range c.measures[plan] {
		refs = append(refs, r)
	}
	sort.Strings(refs)
	return refs
}

// indicatorExists reports whether ref ("ii/2-1#1") names an indicator of
// the plan, and returns its measure ref and number.
func indicatorExists(c *catalog, plan, ref string) (string, int, bool) {
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

func validateMonitoring(ps *planSource, c *catalog) diag.List {
	var l diag.List
	f := &ps.monitoring
	plan := ps.plan.data.ID
	specs := map[string]*content.IndicatorSpec{}
	seen := map[string]int{}
	for i := range f.data.Indicators {
		spec := &f.data.Indicators[i]
		path := "indicator[" + strconv.Itoa(i) + "]"
		if _, _, ok := indicatorExists(c, plan, spec.Ref); !ok {
			l.Add(f.problem(kindUnknownIndicator, path+".ref", true, spec.Ref))
			continue
		}
		if first, dup := seen[spec.Ref]; dup {
			l.Add(f.problem(kindDuplicateID, path+".ref", true, spec.Ref, first))
			continue
		}
		seen[spec.Ref] = f.pos(path + ".ref").Line
		if spec.Direction != "up" && spec.Direction != "down" {
			l.Add(f.problem(kindBadDirection, path+".direction", true, spec.Direction))
		}
		if strings.TrimSpace(spec.Unit) == "" {
			l.Add(f.problem(kindMissing, path, false, "unit", "unit"))
		}
		specs[spec.Ref] = spec
	}
	c.specs[plan] = specs
	return l
}

// resolveMeasure turns a note's measure reference into a plan-relative ref.
func resolveMeasure(plan, ref string) string {
	ref = strings.Trim(strings.TrimSpace(ref), "/")
	if rest, ok := strings.CutPrefix(ref, plan+"/"); ok {
		return rest
	}
	return ref
}

func validateNote(ps *planSource, n *noteSource, c *catalog) diag.List {
	var l diag.List
	plan := ps.plan.data.ID
	note := &n.note
	if !idPattern.MatchString(n.slug) {
		l.Add(kindBadID.At(n.file, diag.Pos{}, n.slug, suggestID(n.slug)).WithHint(diag.Text{
			UK: "назва файлу нотатки стає її адресою: перейменуйте файл", EN: "the note's file name becomes its URL: rename the file"}))
	}
	if note.Date.IsZero() {
		l.Add(n.problem(kindMissing, "", false, "date", "date"))
	}
	if len(note.Measures) == 0 {
		l.Add(n.problem(kindMissing, "", false, "measures", "measures"))
	}
	for i, ref := range note.Measures {
		if _, ok := c.measures[plan][resolveMeasure(plan, ref)]; !ok {
			p := n.problem(kindUnknownMeasure, "measures["+strconv.Itoa(i)+"]", true, ref, plan)
			if near := diag.Nearest(resolveMeasure(plan, ref), measureRefs(c, plan), 3); len(near) > 0 {
				p = p.WithHint(diag.Text{UK: "схожі: " + strings.Join(near, ", "), EN: "similar: " + strings.Join(near, ", ")})
			}
			l.Add(p)
		}
	}
	if strings.TrimSpace(note.Status) == "" {
		l.Add(n.problem(kindMissing, "", false, "status", "status"))
	} else if _, ok := content.LookupStatus(note.Status); !ok {
		l.Add(n.problem(kindUnknownStatus, "status", true, note.Status, statusList()))
	}
	if note.Reporter != "" {
		if _, ok := c.executors[note.Reporter]; !ok {
			l.Add(n.problem(kindUnknownReporter, "reporter", true, note.Reporter))
		}
	}
	for i, v := range note.Values {
		path := "value[" + strconv.Itoa(i) + "]"
		mref, num, ok := indicatorExists(c, plan, resolveMeasure(plan, v.Indicator))
		if !ok {
			l.Add(n.problem(kindUnknownIndicator, path+".indicator", true, v.Indicator))
			continue
		}
		switch {
		case v.Value == nil && v.Achieved == nil:
			l.Add(n.problem(kindValueMissing, path, false, v.Indicator))
		case v.Value != nil && c.specs[plan][mref+"#"+strconv.Itoa(num)] == nil:
			l.Add(n.problem(kindValueNotNumeric, path+".value", false, v.Indicator))
		}
	}
	for i, e := range note.Evidence {
		path := "evidence[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(e.Title) == "" {
			l.Add(n.problem(kindMissing, path, false, "title", "title"))
		}
		if !markdown.SafeURL(e.URL) {
			l.Add(n.problem(kindBadURL, path+".url", true, e.URL))
		}
	}
	for _, issue := range markdown.Check([]byte(note.Body)) {
		pos := diag.Pos{Line: n.bodyLine + issue.Line - 1, Col: issue.Col, Len: issue.Len}
		var p diag.Problem
		switch issue.Kind {
		case markdown.RawHTML:
			p = kindRawHTML.At(n.file, pos, issue.Text)
		default:
			p = kindBadURL.At(n.file, pos, issue.Text)
		}
		p.Source = issue.Source
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
