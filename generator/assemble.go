package generator

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/check"
	"github.com/plansite/plansite/generator/internal/markdown"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
)

// assemble is the third stage: it joins a plan's validated content into the
// model.Site model and computes everything that depends on the as-of date. Plans
// are assembled one at a time (see build.go); the pages that span plans are
// made from the plans' summaries.

// newSite returns the model.Site model without plans: what every page shares.
func newSite(s *source.Sources, asOf content.Date, demo bool) *model.Site {
	return &model.Site{Config: &s.Config, AsOf: asOf, Glossary: s.Glossary.Data.Terms, Demo: demo}
}

// registryOrder returns the valid registry entries sorted by name, as the
// executors' index lists them.
func registryOrder(s *source.Sources, c *check.Catalog) []*content.Executor {
	var out []*content.Executor
	for i := range s.Registry.Data.Executors {
		e := &s.Registry.Data.Executors[i]
		if c.Executor(e.ID) == e { // else invalid or duplicate: reported by validate
			out = append(out, e)
		}
	}
	col := collate.New(language.Ukrainian, collate.Loose)
	sort.SliceStable(out, func(i, j int) bool { return col.CompareString(out[i].Name, out[j].Name) < 0 })
	return out
}

// assemblePlan joins one plan. Executors get objects of their own for the
// plan, so that a plan's model holds nothing of other plans.
func assemblePlan(site *model.Site, ps *source.Plan, c *check.Catalog, asOf content.Date) (*model.Plan, diag.List) {
	execs := map[string]*model.Executor{}
	executor := func(id string) *model.Executor {
		if x := execs[id]; x != nil {
			return x
		}
		e := c.Executor(id)
		if e == nil {
			return nil
		}
		x := &model.Executor{Executor: e, Path: "/executors/" + e.ID + "/", Key: model.ExecutorKey(e)}
		execs[id] = x
		return x
	}
	var problems diag.List
	raw := &ps.Plan.Data
	p := &model.Plan{Plan: raw, Path: "/" + raw.ID + "/", Counts: model.Counts{}, Dir: ps.Dir}
	byRef := map[string]*model.Measure{}
	newMeasure := func(sec *model.Section, m *content.Measure, task *model.Task, group *model.Group, path string) *model.Measure {
		ms := &model.Measure{Measure: m, Plan: p, Section: sec, Task: task, Group: group,
			Ref: sec.ID + "/" + m.ID, TOMLPath: path}
		ms.FullID = p.ID + "/" + ms.Ref
		ms.Path = sec.Path + m.ID + "/"
		ms.Code = measureCode(ms)
		for _, id := range m.Executors {
			if x := executor(id); x != nil {
				ms.Executors = append(ms.Executors, x)
				if !ms.IsRemoved() { // an executor's lists are of the plan in force
					x.InPlan(p).Measures = append(x.InPlan(p).Measures, ms)
				}
			}
		}
		for i, text := range m.Indicators {
			ind := &model.Indicator{Measure: ms, N: i + 1, Text: text, Ref: ms.Ref + "#" + strconv.Itoa(i+1)}
			ind.SetSpec(c.Spec(p.ID, ind.Ref), site.Config.Privacy.MinCount)
			if ind.Spec != nil && !ms.IsRemoved() {
				p.Numeric = append(p.Numeric, ind)
			}
			ms.Indicators = append(ms.Indicators, ind)
		}
		byRef[ms.Ref] = ms
		p.Measures = append(p.Measures, ms)
		sec.Measures = append(sec.Measures, ms)
		return ms
	}
	areas := sectionAreas(ps, c)
	for si := range raw.Sections {
		rs := &raw.Sections[si]
		sec := &model.Section{Section: rs, Plan: p, Path: p.Path + rs.ID + "/", Roman: rs.LatinNumeral(), Counts: model.Counts{},
			Areas: areas[rs.ID]}
		p.Sections = append(p.Sections, sec)
		sp := "section[" + strconv.Itoa(si) + "]"
		for mi := range rs.Measures {
			sec.Direct = append(sec.Direct, newMeasure(sec, &rs.Measures[mi], nil, nil, sp+".measure["+strconv.Itoa(mi)+"]"))
		}
		for ti := range rs.Tasks {
			t := &model.Task{Task: &rs.Tasks[ti], Section: sec, Path: sec.Path + rs.Tasks[ti].ID + "/", Counts: model.Counts{}}
			sec.Tasks = append(sec.Tasks, t)
			for mi := range t.Task.Measures {
				t.Measures = append(t.Measures, newMeasure(sec, &t.Task.Measures[mi], t, nil, sp+".task["+strconv.Itoa(ti)+"].measure["+strconv.Itoa(mi)+"]"))
			}
		}
		for gi := range rs.Groups {
			g := &model.Group{Group: &rs.Groups[gi], Section: sec, Path: sec.Path + rs.Groups[gi].ID + "/", Counts: model.Counts{}}
			sec.Groups = append(sec.Groups, g)
			for mi := range g.Group.Measures {
				g.Measures = append(g.Measures, newMeasure(sec, &g.Group.Measures[mi], nil, g, sp+".group["+strconv.Itoa(gi)+"].measure["+strconv.Itoa(mi)+"]"))
			}
		}
	}
	assembleAmendments(p)
	problems.Add(futureAmendments(ps, asOf)...)

	for _, ns := range ps.Notes {
		if ns.Note.Date.IsZero() {
			continue
		}
		if asOf.Before(ns.Note.Date) {
			problems.Add(ns.Problem(problem.FutureNote, "date", true, ns.Note.Date.String(), asOf.String()))
			continue
		}
		n := &model.Note{Note: ns.Note, Plan: p, Slug: ns.Slug, File: ns.Path, Demo: ns.Demo,
			Path: p.Path + "notes/" + ns.Slug + "/"}
		n.Status, _ = content.LookupStatus(ns.Note.Status)
		if ns.Note.Reporter != "" {
			n.Reporter = executor(ns.Note.Reporter)
		}
		html, err := markdown.Render([]byte(ns.Note.Body))
		if err != nil {
			problems.Add(problem.RawHTML.At(ns.Path, diag.Pos{Line: ns.BodyLine}, err.Error()))
		}
		n.HTML = html
		for _, ref := range ns.Note.Measures {
			if m := byRef[check.ResolveMeasure(p.ID, ref)]; m != nil {
				n.Measures = append(n.Measures, m)
				m.Notes = append(m.Notes, n)
			}
		}
		for i, v := range ns.Note.Values {
			if v.Date != nil && asOf.Before(*v.Date) {
				problems.Add(ns.Problem(problem.FutureValue, "value["+strconv.Itoa(i)+"].date", true, v.Date.String(), asOf.String()))
				continue
			}
			ref := check.ResolveMeasure(p.ID, v.Indicator)
			mref, num, _ := strings.Cut(ref, "#")
			m := byRef[mref]
			k, _ := strconv.Atoi(num)
			if m == nil || k < 1 || k > len(m.Indicators) {
				continue
			}
			ind := m.Indicators[k-1]
			iv := model.IndicatorValue{Date: n.Date, Value: v.Value, Achieved: v.Achieved, Comment: v.Comment, Note: n, Index: i}
			if v.Date != nil {
				iv.Date = *v.Date
			}
			ind.ProtectValue(&iv, site.Config.Privacy.MinCount)
			ind.Values = append(ind.Values, iv)
			n.Readings = append(n.Readings, model.Reading{Indicator: ind, Value: iv})
		}
		problems.Add(assembleNote(ps, ns, n, p)...)
		if n.Reporter != nil {
			n.Reporter.Reports = append(n.Reporter.Reports, n)
		}
		p.Notes = append(p.Notes, n)
		p.Demo = p.Demo || n.Demo
	}
	model.SortNotes(p.Notes)

	for _, m := range p.All {
		model.SortNotes(m.Notes)
		for _, ind := range m.Indicators {
			sort.SliceStable(ind.Values, func(i, j int) bool { return ind.Values[i].Date.Before(ind.Values[j].Date) })
			for i := len(ind.Values) - 1; i >= 0; i-- {
				if ind.Values[i].Achieved != nil {
					ind.Achieved = &ind.Values[i]
					break
				}
			}
		}
		m.Progress = model.Assess(m, site.Config.DueWindowDays, asOf)
		if !m.Progress.TermKnown {
			prob := ps.Plan.Problem(problem.TermUnparsed, m.TOMLPath+".term", true, m.Term, m.Progress.Unread.UK)
			prob.Message.EN = problem.TermUnparsed.At("", diag.Pos{}, m.Term, m.Progress.Unread.EN).Message.EN
			problems.Add(prob)
		}
		if m.IsRemoved() {
			continue // counted nowhere: not part of the plan in force
		}
		st := m.Progress.State
		p.Counts[st]++
		m.Section.Counts[st]++
		if m.Task != nil {
			m.Task.Counts[st]++
		}
		if m.Group != nil {
			m.Group.Counts[st]++
		}
	}
	problems.Add(assembleAccountability(ps, p, site.Config)...)
	for _, id := range slices.Sorted(maps.Keys(execs)) {
		x := execs[id]
		if len(x.ByPlan) > 0 {
			for _, m := range x.ByPlan[0].Measures {
				x.ByPlan[0].Counts[m.Progress.State]++
			}
			x.Count = len(x.ByPlan[0].Measures)
		}
		p.Executors = append(p.Executors, x)
	}
	model.Keys(p)
	return p, problems
}

// sectionAreas returns, for each section id of the plan, the areas it
// serves as its page links them.
func sectionAreas(ps *source.Plan, c *check.Catalog) map[string][]model.AreaLink {
	out := map[string][]model.AreaLink{}
	for _, sa := range ps.Areas.Data.Sections {
		if len(out[sa.ID]) > 0 {
			continue // a repeated table: reported; the first counts
		}
		for _, ref := range sa.Areas {
			st, a := c.Area(ref)
			if a == nil || slices.ContainsFunc(out[sa.ID], func(a model.AreaLink) bool { return a.Ref == ref }) {
				continue
			}
			out[sa.ID] = append(out[sa.ID], model.AreaLink{Ref: ref, Path: model.AreaPath(ref),
				Title: a.Title, TitleEN: a.TitleEN, Official: a.Official,
				Strategy: st.Title, StrategyEN: st.TitleEN})
		}
	}
	return out
}

// measureCode builds a short citation number such as "II.2.3" (section,
// task, measure) or "II.М.4" (section, group initial, measure).
func measureCode(m *model.Measure) string {
	num := strings.TrimRight(strings.TrimSpace(m.Number), ".)")
	if num == "" {
		num = m.ID
	}
	parts := []string{m.Section.Roman}
	switch {
	case m.Task != nil:
		t := strings.TrimRight(strings.TrimSpace(m.Task.Number), ".)")
		if t == "" {
			t = m.Task.ID
		}
		parts = append(parts, t)
	case m.Group != nil:
		if r := []rune(strings.TrimSpace(m.Group.Title)); len(r) > 0 {
			parts = append(parts, string(r[0]))
		}
	}
	return strings.Join(append(parts, num), ".")
}
