package search

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// The real plans (their adopted text in content/plans) split into
// documents: one per measure, section and plan, the way the site's
// generator will hand them over.

type planSpec struct {
	file, slug, name string
	measureLines     bool // Svatove: "1) …" lines are measures, bare numbers are tasks
}

var planSpecs = []planSpec{
	{"svatove-2019.txt", "svatove-2019", "Сватівський район 2019–2026", true},
	{"dubno-2021.txt", "dubno-2021", "Дубно 2021–2026", false},
}

var (
	reSection = regexp.MustCompile(`^\t([ІУIV]+)\.\s+(\S.*)$`)
	reNumber  = regexp.MustCompile(`^\t(\d+)\.?\s*$`)
	reMeasure = regexp.MustCompile(`^\t\s*(\d+)\)\s*(.*)$`)
	reGroup   = regexp.MustCompile(`^\t(Освітні|Медичні|Соціальні) послуги\s*$`)
	reYears   = regexp.MustCompile(`(20\d\d)(?:\s*[-–]\s*(20\d\d))?`)
	reSpace   = regexp.MustCompile(`\s+`)
	romanSlug = map[string]string{"І": "i", "ІІ": "ii", "ІІІ": "iii", "ІУ": "iv", "IV": "iv", "У": "v", "УІ": "vi"}
)

// executorsOf names the executors a measure's text mentions (the full
// and the abbreviated name of one agency are one executor).
func executorsOf(text string) []string {
	low := strings.ToLower(text)
	var out []string
	for _, e := range []struct{ name, keys string }{
		{"Центр соціальних служб", "центр соціальних служб|рцсссдм|мц сс"},
		{"Служба у справах дітей", "служба у справах дітей"},
		{"Органи освіти", "відділ освіти|управління освіти|методичний кабінет"},
		{"Охорона здоров'я", "кнп|охорони здоров"},
		{"Місцеве самоврядування", "самоврядування|міська рада"},
	} {
		for _, k := range strings.Split(e.keys, "|") {
			if strings.Contains(low, k) {
				out = append(out, e.name)
				break
			}
		}
	}
	return out
}

func clip(s string, n int) string {
	rs := []rune(strings.TrimSpace(reSpace.ReplaceAllString(s, " ")))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}

// planDocs returns the documents of both plans.
func planDocs(t testing.TB) []Document {
	t.Helper()
	var docs []Document
	for _, p := range planSpecs {
		b := fixture.ReadSeed(t, p.slug)
		docs = append(docs, splitPlan(p, string(b))...)
	}
	return docs
}

func splitPlan(p planSpec, text string) []Document {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	plan := Document{ID: p.slug, URL: "/" + p.slug + "/", Kind: "plan", Title: p.name, Boost: 0.8, Codes: []string{p.slug},
		Facets: map[string][]string{"plan": {p.name}}, Meta: map[string]string{"plan": p.name}}
	var docs []Document
	sec := -1 // index of the current section's document
	var cur *Document
	var curLines []string
	roman, secTitle, task, group := "", "", "", ""
	wantTitle := false // Dubno: the line after a number is the action
	flush := func() {
		if cur == nil {
			return
		}
		rest := strings.Join(curLines, "\n")
		cur.Body += "\n" + rest
		var years []string
		seen := map[string]bool{}
		last := 0
		for _, m := range reYears.FindAllStringSubmatch(rest, -1) {
			from, _ := strconv.Atoi(m[1])
			to := from
			if m[2] != "" {
				to, _ = strconv.Atoi(m[2])
			}
			for y := from; y <= to && y-from < 10; y++ {
				if s := strconv.Itoa(y); !seen[s] {
					seen[s] = true
					years = append(years, s)
				}
				last = max(last, y)
			}
		}
		status := "без терміну"
		switch {
		case last == 0:
		case last <= 2021:
			status = "прострочено"
		default:
			status = "виконується"
		}
		ex := executorsOf(rest)
		cur.Facets = map[string][]string{"plan": {p.name}, "section": {secTitle}, "executor": ex, "status": {status}, "year": years}
		cur.Meta = map[string]string{"plan": p.name, "section": secTitle, "executor": strings.Join(ex, ", "), "status": status, "id": cur.Meta["id"]}
		docs = append(docs, *cur)
		cur, curLines = nil, nil
	}
	start := func(num, body string) {
		flush()
		var id, label string
		if p.measureLines && task == "" { // Svatove IV: one task without a number
			id = romanSlug[roman] + "/" + num
			label = roman + "." + num
		} else if p.measureLines {
			id = romanSlug[roman] + "/" + task + "-" + num
			label = roman + "." + task + "." + num
		} else {
			g := map[string]string{"Освітні послуги": "osv-", "Медичні послуги": "med-", "Соціальні послуги": "soc-"}[group]
			id = romanSlug[roman] + "/" + g + num
			label = roman + "." + num
			if group != "" { // the group's initial, as the site cites them: II.М.3
				label = roman + "." + string([]rune(group)[:1]) + "." + num
			}
		}
		cur = &Document{ID: p.slug + "/" + id, URL: "/" + p.slug + "/" + id + "/", Kind: "measure", Boost: 1,
			Codes: []string{label, p.slug + "/" + id},
			Title: label + ") " + clip(body, 90), Body: body, Meta: map[string]string{"id": label}}
	}
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if m := reSection.FindStringSubmatch(line); m != nil {
			flush()
			roman, secTitle, task, group = m[1], m[1]+". "+clip(m[2], 60), "", ""
			plan.Body += "\n" + m[2]
			docs = append(docs, Document{ID: p.slug + "/" + romanSlug[roman], URL: "/" + p.slug + "/" + romanSlug[roman] + "/",
				Kind: "section", Title: m[1] + ". " + strings.TrimSpace(m[2]), Body: m[2], Boost: 0.9,
				Codes:  []string{m[1], p.slug + "/" + romanSlug[roman]},
				Facets: map[string][]string{"plan": {p.name}, "section": {secTitle}},
				Meta:   map[string]string{"plan": p.name, "id": m[1]}})
			sec = len(docs) - 1
			continue
		}
		if roman == "" {
			plan.Body += "\n" + line
			continue
		}
		if wantTitle {
			wantTitle = false
			if p.measureLines {
				continue // the task's own text
			}
			cur.Title += clip(line, 90)
			cur.Body = strings.TrimSpace(line)
			continue
		}
		if m := reGroup.FindStringSubmatch(line); m != nil && !p.measureLines {
			flush()
			group = strings.TrimSpace(m[0])
			continue
		}
		if m := reNumber.FindStringSubmatch(line); m != nil {
			if p.measureLines {
				flush()
				task, wantTitle = m[1], true
			} else {
				start(m[1], "")
				wantTitle = true
			}
			continue
		}
		if m := reMeasure.FindStringSubmatch(line); m != nil && p.measureLines {
			start(m[1], m[2])
			continue
		}
		if cur != nil {
			curLines = append(curLines, line)
		} else if sec >= 0 {
			docs[sec].Body += "\n" + line
		}
	}
	flush()
	for i := range docs {
		docs[i].Body = strings.TrimSpace(docs[i].Body)
	}
	return append([]Document{plan}, docs...)
}

func TestPlanCorpus(t *testing.T) {
	docs := planDocs(t)
	kinds := map[string]int{}
	for _, d := range docs {
		kinds[d.Kind]++
	}
	// DOMAIN.md: Svatove has 51 measures, Dubno 38.
	if kinds["measure"] != 51+38 || kinds["plan"] != 2 {
		t.Errorf("kinds = %v, want 89 measures and 2 plans", kinds)
	}
}
