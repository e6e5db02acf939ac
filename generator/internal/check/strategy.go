package check

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/markdown"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
)

// The strategies and the plans' areas. content/strategy.toml describes the
// national strategies and their areas; each plan's areas.toml says which
// areas its sections serve. Both are staff data: the strategies' official
// texts are cited, not stored, and plan.toml (the adopted text) is not
// touched. They are checked here, and the comparison pages are made from
// the plans' summaries (see model/compare.go).

// areaPlace is a valid area of strategy.toml.
type areaPlace struct {
	strategy *content.Strategy
	area     *content.Area
}

// Strategies checks strategy.toml, indexes its valid areas under
// "<strategy>/<area>" in c.areas, and keeps its valid strategies, with
// their valid areas only, in c.strategies for the comparison pages.
func Strategies(s *source.Sources, c *Catalog) diag.List {
	var l diag.List
	f := &s.Strategy
	c.strategyFailed = f.Failed
	c.areas = map[string]areaPlace{}
	c.strategies = nil
	english := slices.Contains(s.Config.Languages, "en")
	lines := map[string]int{}
	for i := range f.Data.Strategies {
		st := &f.Data.Strategies[i]
		sp := "strategy[" + strconv.Itoa(i) + "]"
		p, ok := claimID(f, sp, st.ID, "ns-2017", lines, compareScope)
		if l.Add(p...); !ok {
			continue
		}
		l.Add(checkStrategyHead(f, sp, st, english)...)
		valid := *st
		valid.Areas = nil
		areaLines := map[string]int{}
		for j := range st.Areas {
			p, ok := validateArea(f, sp, st, j, areaLines, english)
			l.Add(p...)
			if ok {
				valid.Areas = append(valid.Areas, st.Areas[j])
				c.areas[st.ID+"/"+st.Areas[j].ID] = areaPlace{st, &st.Areas[j]}
			}
		}
		c.strategies = append(c.strategies, valid)
	}
	return l
}

// checkStrategyHead checks a strategy's own fields: its title (in
// English too, when the site has English pages), its act and its links.
func checkStrategyHead(f *source.File[content.Strategies], sp string, st *content.Strategy, english bool) diag.List {
	var l diag.List
	if strings.TrimSpace(st.Title) == "" {
		l.Add(missingField(f, sp, "title", `title = "Національна стратегія …"`)...)
	} else if english && strings.TrimSpace(st.TitleEN) == "" && !f.Reported[sp+".title_en"] {
		l.Add(f.Problem(kindNoEnglish, sp+".title", false, "title_en", `title_en = "National Strategy …"`))
	}
	if strings.TrimSpace(st.Act) == "" {
		l.Add(missingField(f, sp, "act", `act = "Розпорядження Кабінету Міністрів України"`)...)
	}
	return append(l, checkLinks(f, sp, st)...)
}

// checkLinks checks a strategy's address and the addresses of its copies,
// as an executor's website is checked.
func checkLinks(f *source.File[content.Strategies], sp string, st *content.Strategy) diag.List {
	var l diag.List
	check := func(path, u string) {
		if f.Reported[path] {
			return
		}
		if reason, advice, bad := markdown.LinkProblem(u, true); bad {
			l.Add(f.Problem(problem.BadURL, path, true, diag.Excerpt(u), reason, advice))
		}
	}
	if st.URL != "" {
		check(sp+".url", st.URL)
	}
	for j, u := range st.Copies {
		check(sp+".copies["+strconv.Itoa(j)+"]", u)
	}
	return l
}

// validateArea checks the j-th area of strategy st; ok means it is usable
// (its problems, if any, are warnings). lines are the lines of the
// strategy's area ids so far: an area id is unique within its strategy.
func validateArea(f *source.File[content.Strategies], sp string, st *content.Strategy, j int, lines map[string]int, english bool) (l diag.List, ok bool) {
	a := &st.Areas[j]
	ap := sp + ".area[" + strconv.Itoa(j) + "]"
	if l, ok = claimID(f, ap, a.ID, "coordination", lines, strategyScope); !ok {
		return l, false
	}
	if strings.TrimSpace(a.Title) == "" {
		l.Add(missingField(f, ap, "title", `title = "…"`)...)
	} else if english && strings.TrimSpace(a.TitleEN) == "" && !f.Reported[ap+".title_en"] {
		l.Add(f.Problem(kindNoEnglish, ap+".title", false, "title_en", `title_en = "…"`))
	}
	return l, !l.HasErrors()
}

// validateAreas checks a plan's areas.toml against the plan's sections and
// strategy.toml. A section that serves no area is a warning: the plan is
// published, but the section is in no comparison.
func validateAreas(ps *source.Plan, c *Catalog) diag.List {
	var l diag.List
	f := &ps.Areas
	sections := sectionIDs(&ps.Plan.Data)
	if !f.Found {
		if !f.Failed && len(c.areas) > 0 && len(sections) > 0 {
			l.Add(kindNoAreaMap.At(areasFile(ps), diag.Pos{}, areaExample(sections[0], c)))
		}
		return l
	}
	lines := map[string]int{}   // the line of each section's table
	mapped := map[string]bool{} // sections that serve an area, or were told about
	for i := range f.Data.Sections {
		sa := &f.Data.Sections[i]
		sp := "section[" + strconv.Itoa(i) + "]"
		switch {
		case f.Reported[sp+".id"]:
			continue
		case strings.TrimSpace(sa.ID) == "":
			l.Add(missingField(f, sp, "id", `id = "i"`)...)
			continue
		case !slices.Contains(sections, sa.ID):
			prob := f.Problem(kindUnknownSection, sp+".id", true, sa.ID, ps.Plan.Data.ID, strings.Join(sections, ", "))
			l.Add(withSimilar(prob, diag.Nearest(sa.ID, sections, 3)))
			continue
		}
		if first, dup := lines[sa.ID]; dup {
			l.Add(f.Problem(problem.DuplicateID, sp+".id", true, sa.ID, first))
			continue
		}
		lines[sa.ID] = f.Pos(sp + ".id").Line
		p, ok := checkSectionAreas(f, sp, sa, c)
		l.Add(p...)
		mapped[sa.ID] = ok
		if !ok && len(c.areas) > 0 {
			l.Add(f.Problem(kindUnmappedSection, sp+".id", true, sa.ID, areaExample(sa.ID, c)))
			mapped[sa.ID] = true
		}
	}
	if len(c.areas) == 0 {
		return l
	}
	for si, sec := range ps.Plan.Data.Sections {
		if slices.Contains(sections, sec.ID) && !mapped[sec.ID] { // not in the file
			l.Add(ps.Plan.Problem(kindUnmappedSection, "section["+strconv.Itoa(si)+"].id", true, sec.ID, areaExample(sec.ID, c)))
			mapped[sec.ID] = true
		}
	}
	return l
}

// checkSectionAreas checks the area refs of one section's table; mapped
// is true when the section serves an area, or when what is wrong with its
// refs was told (so that it is not reported unmapped too).
func checkSectionAreas(f *source.File[content.AreaMap], sp string, sa *content.SectionAreas, c *Catalog) (l diag.List, mapped bool) {
	if f.Reported[sp+".areas"] || c.strategyFailed {
		return nil, true // told already, or there is nothing to check against
	}
	seen := map[string]bool{}
	for j, ref := range sa.Areas {
		path := sp + ".areas[" + strconv.Itoa(j) + "]"
		switch {
		case c.areas[ref].area == nil:
			refs := areaRefs(c)
			prob := f.Problem(kindUnknownArea, path, true, ref, strings.Join(refs, ", "))
			l.Add(withSimilar(prob, diag.Nearest(ref, refs, 3)))
		case seen[ref]:
			l.Add(f.Problem(kindRepeatedArea, path, true, ref))
		default:
			seen[ref] = true
		}
	}
	return l, len(seen) > 0 || l.HasErrors()
}

// sectionIDs are the plan's sections with usable ids, in document order.
func sectionIDs(p *content.Plan) []string {
	var out []string
	for _, sec := range p.Sections {
		if idPattern.MatchString(sec.ID) && !slices.Contains(out, sec.ID) {
			out = append(out, sec.ID)
		}
	}
	return out
}

// areaRefs lists the valid areas, sorted.
func areaRefs(c *Catalog) []string { return slices.Sorted(maps.Keys(c.areas)) }

// areaExample is the table to add for section id, for hints.
func areaExample(id string, c *Catalog) string {
	ref := "ns-2017/coordination"
	if refs := areaRefs(c); len(refs) > 0 && c.areas[ref].area == nil {
		ref = refs[0]
	}
	return "[[section]] id = \"" + id + "\" areas = [\"" + ref + "\"]"
}

func areasFile(ps *source.Plan) string {
	if ps.Areas.Path != "" {
		return ps.Areas.Path
	}
	return strings.TrimSuffix(ps.Plan.Path, "plan.toml") + "areas.toml"
}

// The problems of strategy.toml and areas.toml.
var (
	kindUnknownSection = diag.Kind{Code: "unknown-section",
		UK: "розділу «%s» немає в плані «%s»", EN: "section %q does not exist in plan %q",
		HintUK: "вкажіть id розділу так, як у plan.toml і в адресі сторінки розділу: %[3]s",
		HintEN: "give the section's id as in plan.toml and in the section page's URL: %[3]s"}
	kindUnknownArea = diag.Kind{Code: "unknown-area",
		UK: "напряму «%s» немає в content/strategy.toml", EN: "area %q is not in content/strategy.toml",
		HintUK: "напрям пишуть як «стратегія/напрям» — id стратегії й id напряму з content/strategy.toml; можливі: %[2]s",
		HintEN: "write an area as \"strategy/area\": a strategy's id and an area's id from content/strategy.toml; there are: %[2]s"}
	kindRepeatedArea = diag.Kind{Code: "duplicate-id", Severity: diag.Warning,
		UK: "напрям «%s» уже вказано для цього розділу", EN: "area %q is already given for this section",
		HintUK: "вилучіть повтор: розділ рахується в кожному напрямі один раз",
		HintEN: "remove the repeat: a section counts once in each area"}
	kindUnmappedSection = diag.Kind{Code: "unmapped-section", Severity: diag.Warning,
		UK:     "розділ «%s» не віднесено до жодного напряму стратегії: його заходів немає в порівнянні громад",
		EN:     "section %q serves no area of a strategy: its measures are in no comparison of communities",
		HintUK: "у файлі areas.toml поруч із plan.toml додайте: %[2]s (id напрямів — у content/strategy.toml)",
		HintEN: "in areas.toml beside plan.toml add: %[2]s (area ids are in content/strategy.toml)"}
	kindNoAreaMap = diag.Kind{Code: "unmapped-section", Severity: diag.Warning,
		UK:     "розділи плану не віднесено до напрямів стратегії: немає файлу areas.toml, тож плану немає в порівнянні громад за напрямами",
		EN:     "the plan's sections serve no area of a strategy: there is no areas.toml, so the plan is in no comparison by area",
		HintUK: "створіть areas.toml поруч із plan.toml і для кожного розділу напишіть: %[1]s (id напрямів — у content/strategy.toml)",
		HintEN: "create areas.toml beside plan.toml and for each section write: %[1]s (area ids are in content/strategy.toml)"}
	kindNoEnglish = diag.Kind{Code: "missing-english", Severity: diag.Warning,
		UK: "бракує англійської назви «%s»: англійські сторінки покажуть українську", EN: "the English title %q is missing: English pages will show the Ukrainian one",
		HintUK: "додайте рядок %[2]s", HintEN: "add the line %[2]s"}
)
