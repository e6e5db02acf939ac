package generator

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// The engine's promise: an incremental build gives the same bytes as a
// clean one. TestIncrementalMatchesClean makes random edits of every kind
// — notes added, edited, deleted; plan text, terms, indicators, executors,
// templates, translations, config and the date changed; the plan amended;
// files saved unchanged — and after each, builds incrementally into one folder and
// compares it with a clean build of the same content, file by file.

// edit changes the site at root (and perhaps the date) and says how.
type edit func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string

var smallMeasures = []string{"i/1", "i/2", "ii/1-1", "ii/1-2", "ii/sotsialni-1", "ii/sotsialni-2"}

var smallStatuses = []string{"виконується", "виконано", "не розпочато", "призупинено"}

var edits = map[string]edit{
	"add note": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		d := randomDate(rng, *date)
		m := smallMeasures[rng.IntN(len(smallMeasures))]
		name := fmt.Sprintf("%s-n%d.md", d, rng.IntN(1000))
		value := ""
		if m == "ii/1-1" && rng.IntN(2) == 0 {
			// Small values too, which a sensitive indicator suppresses.
			value = fmt.Sprintf("\n[[value]]\nindicator = \"ii/1-1#2\"\nvalue = %d\n", []int{rng.IntN(100), 1 + rng.IntN(8)}[rng.IntN(2)])
		}
		value += accountabilityFields(rng, d, m)
		body := fmt.Sprintf("+++\ndate = %s\nmeasures = [%q]\nstatus = %q\nreporter = \"town-ssd\"\n%s+++\n\nЗвіт %d.\n",
			d, m, smallStatuses[rng.IntN(len(smallStatuses))], value, rng.IntN(1000))
		writeFile(t, root, "content/plans/town-2020/notes/"+name, body)
		return "add note " + name + " on " + m
	},
	"edit note": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		f := pickFile(t, rng, root, "content/plans/town-2020/notes/*.md", "content/demo/town-2020/*.md")
		data := readFile(t, root, f)
		if rng.IntN(2) == 0 {
			data = regexp.MustCompile(`status = "[^"]*"`).ReplaceAllString(data, fmt.Sprintf("status = %q", smallStatuses[rng.IntN(len(smallStatuses))]))
		} else {
			data += fmt.Sprintf("\nДоповнення %d.\n", rng.IntN(1000))
		}
		writeFile(t, root, f, data)
		return "edit " + f
	},
	"delete note": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		f := pickFile(t, rng, root, "content/plans/town-2020/notes/*.md")
		if f == "" {
			return "delete nothing"
		}
		os.Remove(filepath.Join(root, f))
		return "delete " + f
	},
	"reword measure": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		return replaceNth(t, rng, root, "content/plans/town-2020/plan.toml", `(?m)^text = "([^"\n]*)"$`, func(s string) string {
			return strings.TrimSuffix(s, `"`) + fmt.Sprintf(" (ред. %d)\"", rng.IntN(100))
		})
	},
	"change term": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		terms := []string{"2020 рік", "щороку", "2021-2022 роки", "до 2021 року", "ІІ квартал 2021 року", "щопівроку", "за потреби"}
		return replaceNth(t, rng, root, "content/plans/town-2020/plan.toml", `(?m)^term = "[^"\n]*"$`, func(string) string {
			return fmt.Sprintf("term = %q", terms[rng.IntN(len(terms))])
		})
	},
	"change indicator": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		return replaceNth(t, rng, root, "content/plans/town-2020/indicators.toml", `(?m)^target = [0-9]+$`, func(string) string {
			return fmt.Sprintf("target = %d", 50+rng.IntN(50))
		})
	},
	"rename executor": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		return replaceNth(t, rng, root, "content/executors.toml", `(?m)^name = "([^"\n]*)"$`, func(s string) string {
			return strings.TrimSuffix(s, `"`) + fmt.Sprintf(" %d\"", rng.IntN(100))
		})
	},
	"edit template": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		templates := []string{"measure.html", "_partials.html", "home.html", "executor.html", "note.html", "changes.html"}
		f := "themes/default/templates/" + templates[rng.IntN(len(templates))]
		data := readFile(t, root, f)
		data = strings.Replace(data, `{{define "main"}}`, fmt.Sprintf(`{{define "main"}}<!-- v%d -->`, rng.IntN(1000)), 1)
		data = strings.Replace(data, `{{define "note-list" -}}`, fmt.Sprintf(`{{define "note-list" -}}<span hidden>%d</span>`, rng.IntN(1000)), 1)
		writeFile(t, root, f, data)
		return "edit " + f
	},
	"edit translation": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		return replaceNth(t, rng, root, "themes/default/i18n/uk.toml", `(?m)^"?state\.[a-z-]+"? = "([^"\n]*)"$`, func(s string) string {
			return strings.TrimSuffix(s, `"`) + fmt.Sprintf("%d\"", rng.IntN(10))
		})
	},
	"edit config": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		return replaceNth(t, rng, root, "config.toml", `(?m)^title = "[^"\n]*"$`, func(string) string {
			return fmt.Sprintf("title = \"Портал %d\"", rng.IntN(100))
		})
	},
	"amend plan": amendPlan,
	"advance date": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		days := []int{1, 1, 2, 30, 180}[rng.IntN(5)]
		*date = content.DateOf(date.Time().AddDate(0, 0, days))
		return fmt.Sprintf("date +%d → %s", days, date)
	},
	"edit evidence file": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		// The note's checksum follows the file, as staff would update it.
		f := "content/plans/town-2020/notes/2021-01-05-zasidannia.md"
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			return "edit no evidence file: " + f + " was deleted"
		}
		data := fmt.Sprintf("Протокол, редакція %d.\n", rng.IntN(1000))
		writeFile(t, root, "content/plans/town-2020/evidence/protokol-2020-12.txt", data)
		sum := sha256.Sum256([]byte(data))
		note := regexp.MustCompile(`sha256 = "[0-9a-f]*"`).ReplaceAllString(readFile(t, root, f), `sha256 = "`+hex.EncodeToString(sum[:])+`"`)
		writeFile(t, root, f, note)
		return "edit the evidence file and its checksum"
	},
	"toggle sensitive": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		f := "content/plans/town-2020/indicators.toml"
		data := readFile(t, root, f)
		if strings.Contains(data, "sensitive = true") {
			writeFile(t, root, f, strings.Replace(data, "sensitive = true\n", "", 1))
			return "ii/1-1#2 no longer sensitive"
		}
		writeFile(t, root, f, data+"sensitive = true\n")
		return "ii/1-1#2 sensitive"
	},
	"change costs": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		costs := []string{"", "120,0 тис. грн щороку", "500 тис. грн", "2021 р. – 1,2 млн грн", "в межах бюджетних призначень"}
		return replaceNth(t, rng, root, "content/plans/town-2020/plan.toml", `(?m)^costs = "[^"\n]*"$`, func(string) string {
			return fmt.Sprintf("costs = %q", costs[rng.IntN(len(costs))])
		})
	},
	"edit min_count": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		f := "config.toml"
		data := regexp.MustCompile(`(?m)^\[privacy\]\nmin_count = \d+\n`).ReplaceAllString(readFile(t, root, f), "")
		n := 3 + rng.IntN(6)
		writeFile(t, root, f, data+fmt.Sprintf("[privacy]\nmin_count = %d\n", n))
		return fmt.Sprintf("min_count = %d", n)
	},
	"edit strategy": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		if rng.IntN(2) == 0 {
			return replaceNth(t, rng, root, strategyTOML, `(?m)^title = "[^"\n]*"$`, func(s string) string {
				return strings.TrimSuffix(s, `"`) + fmt.Sprintf(" %d\"", rng.IntN(100))
			})
		}
		return replaceNth(t, rng, root, strategyTOML, `(?m)^(official = (true|false)|title_en = "(Coordination|Services)")$`, func(s string) string {
			switch s {
			case "official = true":
				return "official = false"
			case "official = false":
				return "official = true"
			}
			return s + "\nofficial = true"
		})
	},
	"remap section": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		areas := []string{`["ns-2017/coordination"]`, `["ns-2017/services"]`, `["ns-2017/coordination", "ns-2017/services"]`, `[]`}
		return replaceNth(t, rng, root, areasTOML, `(?m)^areas = \[[^\]\n]*\]$`, func(string) string {
			return "areas = " + areas[rng.IntN(len(areas))]
		})
	},
	"save unchanged": func(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
		f := pickFile(t, rng, root, "content/plans/town-2020/*.toml", "content/plans/town-2020/notes/*.md")
		writeFile(t, root, f, readFile(t, root, f))
		return "save " + f + " unchanged"
	},
}

func TestIncrementalMatchesClean(t *testing.T) {
	root := copySiteAndTheme(t, "testdata/sites/small")
	// The comparison's pages too: a strategy, and the plan's sections mapped.
	writeFile(t, root, strategyTOML, testStrategy)
	writeFile(t, root, areasTOML, testAreas)
	out := filepath.Join(t.TempDir(), "public")
	date := mustDate(t, "2021-07-01")
	ctx := context.Background()
	if _, err := New(WithRoot(root), WithDate(date)).Build(ctx, out); err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(maps.Keys(edits))
	rng := rand.New(rand.NewPCG(7, 11))
	steps := 60
	if testing.Short() {
		steps = 20
	}
	incremental := 0
	for step := 0; step < steps; step++ {
		what := edits[names[rng.IntN(len(names))]](t, rng, root, &date)
		clean := generate(t, root, date.String())
		if rng.IntN(3) == 0 {
			// As plansite serve builds: the pages first, then the rest.
			index := portalIndex(t, root)
			before := snapshot(t, out)
			if _, err := New(WithRoot(root), WithDate(date)).Build(ctx, out, PagesFirst()); err != nil {
				t.Fatalf("step %d (%s), pages first: %v", step, what, err)
			}
			if diff := compareOutput(t, out, clean.Files, index); diff != "" {
				t.Fatalf("step %d (%s): pages built first differ from a clean build's: %s", step, what, diff)
			}
			if diff := keptIndex(t, out, before, index); diff != "" {
				t.Fatalf("step %d (%s): pages built first did not keep the portal's indexes: %s", step, what, diff)
			}
		}
		res, err := New(WithRoot(root), WithDate(date)).Build(ctx, out)
		if err != nil {
			t.Fatalf("step %d (%s): %v", step, what, err)
		}
		if diff := compareOutput(t, out, clean.Files); diff != "" {
			t.Fatalf("step %d (%s): the incremental build differs from a clean one: %s", step, what, diff)
		}
		if res.Stats.Rendered < res.Stats.Files {
			incremental++
		}
	}
	if incremental < steps/2 {
		t.Errorf("only %d of %d builds reused anything: the test is not testing the engine", incremental, steps)
	}
}

// TestNothingChangedRendersNothing builds twice: the second build renders
// only the few files made without a key (sitemap, robots, the tables of the
// portal), and writes nothing.
func TestNothingChangedRendersNothing(t *testing.T) {
	root := copySiteAndTheme(t, "testdata/sites/small")
	out := filepath.Join(t.TempDir(), "public")
	b := New(WithRoot(root), WithDate(mustDate(t, "2021-07-01")))
	if _, err := b.Build(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	res, err := b.Build(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	// Only robots.txt and the folder's marker, which carry no key, are
	// made again; the sitemap is kept with the pages it lists.
	if res.Stats.Written != 0 || res.Stats.Rendered > 2 || res.Stats.Removed != 0 {
		t.Errorf("an unchanged site: rendered %d, wrote %d, removed %d", res.Stats.Rendered, res.Stats.Written, res.Stats.Removed)
	}
}

// portalIndex reports whether a file is part of the portal-wide open
// data or search index, which a PagesFirst build leaves as they were: the
// search folder and pages, and the files in data/ named for no plan.
func portalIndex(t *testing.T, root string) func(string) bool {
	entries, err := os.ReadDir(filepath.Join(root, "content", "plans"))
	if err != nil {
		t.Fatal(err)
	}
	return func(p string) bool {
		p = strings.TrimPrefix(p, "en/")
		if strings.HasPrefix(p, "search/") {
			return true
		}
		if !strings.HasPrefix(p, "data/") || p == "data/index.html" {
			return false
		}
		for _, e := range entries {
			if strings.Contains(p, e.Name()) {
				return false
			}
		}
		return true
	}
}

// keptIndex says which portal index files in out are not as they were in
// before.
func keptIndex(t *testing.T, out string, before map[string]string, index func(string) bool) string {
	var diffs []string
	got := snapshot(t, out)
	for p, data := range before {
		if index(p) && got[p] != data {
			diffs = append(diffs, "changed "+p)
		}
	}
	for p := range got {
		if _, ok := before[p]; index(p) && !ok {
			diffs = append(diffs, "new "+p)
		}
	}
	sort.Strings(diffs)
	return strings.Join(diffs, ", ")
}

// compareOutput says how the folder out differs from files, leaving out
// the files skip reports.
func compareOutput(t *testing.T, out string, files map[string][]byte, skip ...func(string) bool) string {
	got := snapshot(t, out)
	delete(got, engine.Marker)
	skipped := func(p string) bool { return len(skip) > 0 && skip[0](p) }
	var diffs []string
	for p, data := range files {
		if skipped(p) {
			continue
		}
		if g, ok := got[p]; !ok {
			diffs = append(diffs, "missing "+p)
		} else if g != string(data) {
			diffs = append(diffs, "stale "+p)
		}
	}
	for p := range got {
		if _, ok := files[p]; !ok && !skipped(p) {
			diffs = append(diffs, "extra "+p)
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 8 {
		diffs = append(diffs[:8], fmt.Sprintf("… %d more", len(diffs)-8))
	}
	return strings.Join(diffs, ", ")
}

// copySiteAndTheme copies a test site with a copy of the theme, which the
// edits change.
func copySiteAndTheme(t *testing.T, src string) string {
	root := copySite(t, src)
	os.Remove(filepath.Join(root, "themes"))
	themes := filepath.Join(fixture.Root(), "themes")
	err := filepath.WalkDir(themes, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(themes, p)
		target := filepath.Join(root, "themes", rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err == nil {
			err = os.WriteFile(target, data, 0o644)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func randomDate(rng *rand.Rand, until content.Date) content.Date {
	start := mustDateOf("2020-03-01").Time()
	days := int(until.Time().Sub(start).Hours() / 24)
	return content.DateOf(start.AddDate(0, 0, rng.IntN(days+1)))
}

func mustDateOf(s string) content.Date {
	d, err := content.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func readFile(t *testing.T, root, rel string) string {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeFile(t *testing.T, root, rel, data string) {
	p := filepath.Join(root, filepath.FromSlash(rel))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pickFile returns one of the files the patterns match, or "".
func pickFile(t *testing.T, rng *rand.Rand, root string, patterns ...string) string {
	var all []string
	for _, p := range patterns {
		m, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(p)))
		all = append(all, m...)
	}
	if len(all) == 0 {
		return ""
	}
	sort.Strings(all)
	rel, _ := filepath.Rel(root, all[rng.IntN(len(all))])
	return filepath.ToSlash(rel)
}

// replaceNth replaces one random match of pattern in the file at rel with
// what change makes of it.
func replaceNth(t *testing.T, rng *rand.Rand, root, rel, pattern string, change func(string) string) string {
	data := readFile(t, root, rel)
	locs := regexp.MustCompile(pattern).FindAllStringIndex(data, -1)
	if len(locs) == 0 {
		t.Fatalf("%s: no match for %s", rel, pattern)
	}
	l := locs[rng.IntN(len(locs))]
	old := data[l[0]:l[1]]
	writeFile(t, root, rel, data[:l[0]]+change(old)+data[l[1]:])
	return rel + ": " + old + " → " + change(old)
}

// accountabilityFields are a random note's optional fields of
// accountability: a named period, a verification, a sum spent.
func accountabilityFields(rng *rand.Rand, d content.Date, measure string) string {
	var b strings.Builder
	if measure == "i/2" && rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "period = \"%d-H%d\"\n", d.Year, 1+rng.IntN(2))
	}
	if rng.IntN(3) == 0 {
		fmt.Fprintf(&b, "\n[[spending]]\nyear = %d\namount = %d\nprogramme = \"0113242\"\nprozorro = [\"UA-%s-000%03d-a\"]\n", d.Year, 1000*(1+rng.IntN(99)), d, rng.IntN(1000))
	}
	if rng.IntN(3) == 0 {
		b.WriteString("\n[verification]\nlevel = \"" + []string{"self", "document", "independent"}[rng.IntN(3)] + "\"\nby = \"Громадська рада\"\n")
	}
	return b.String()
}

// measureBlock matches the header of a measure's table in plan.toml.
var measureBlock = regexp.MustCompile(`(?m)^\[\[(section(?:\.task|\.group)?\.measure)\]\]\n`)

// amendPlan records an amendment of the small plan, as import --amend
// would: the act, and one measure removed, reworded (its earlier wording
// kept) or marked added by it.
func amendPlan(t *testing.T, rng *rand.Rand, root string, date *content.Date) string {
	const rel = "content/plans/town-2020/plan.toml"
	data := readFile(t, root, rel)
	n := strings.Count(data, "[[amendment]]") + 1
	id := strconv.Itoa(n)
	// Dated after the last amendment (perhaps after the build date, which
	// is a warning), never before the plan's adoption.
	day := randomDate(rng, *date)
	if dates := regexp.MustCompile(`(?m)^date = (\d{4}-\d{2}-\d{2})$`).FindAllStringSubmatch(data, -1); n > 1 {
		if prev := mustDateOf(dates[len(dates)-1][1]); day.Before(prev) {
			day = prev.AddDays(rng.IntN(60))
		}
	}
	// The measures it may touch: those in force; to mark added, those
	// never amended.
	type block struct{ start, end int }
	var open, fresh []block
	locs := measureBlock.FindAllStringIndex(data, -1)
	for i, l := range locs {
		end := len(data)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if h := strings.Index(data[l[1]:end], "\n[[amendment]]"); h >= 0 {
			end = l[1] + h + 1
		}
		body := data[l[0]:end]
		if strings.Contains(body, "removed_by") {
			continue
		}
		open = append(open, block{l[0], end})
		if !strings.Contains(body, "added_by") && !strings.Contains(body, ".previous]]") {
			fresh = append(fresh, block{l[0], end})
		}
	}
	if len(open) == 0 {
		return "amend nothing: every measure removed"
	}
	// own puts a key among the measure's own, before its earlier wordings.
	own := func(body, line string) string {
		header := measureBlock.FindStringIndex(body)[1]
		at := strings.Index(body[header:], "\n[[")
		if at < 0 {
			return strings.TrimRight(body, "\n") + "\n" + line + "\n\n"
		}
		return body[:header+at] + "\n" + line + body[header+at:]
	}
	b := open[rng.IntN(len(open))]
	body := data[b.start:b.end]
	var what string
	switch k := rng.IntN(3); {
	case k == 0:
		body, what = own(body, `removed_by = "`+id+`"`), "removed"
	case k == 1 && len(fresh) > 0:
		b = fresh[rng.IntN(len(fresh))]
		body, what = own(data[b.start:b.end], `added_by = "`+id+`"`), "added"
	default:
		path := measureBlock.FindStringSubmatch(body)[1]
		old := regexp.MustCompile(`(?m)^text = "([^"\n]*)"$`).FindStringSubmatch(body)
		body = strings.Replace(body, old[0], `text = "`+old[1]+` (зміна `+id+`)"`, 1)
		body = strings.TrimRight(body, "\n") + "\n\n[[" + path + ".previous]]\namendment = \"" + id + "\"\ntext = \"" + old[1] + "\"\n\n"
		what = "reworded"
	}
	data = data[:b.start] + body + data[b.end:]
	data += fmt.Sprintf("\n[[amendment]]\nid = %q\nact = \"рішення виконкому від %02d.%02d.%d № %d\"\ndate = %s\n", id, day.Day, day.Month, day.Year, 40+n, day)
	writeFile(t, root, rel, data)
	return fmt.Sprintf("amendment %s of %s: %s %s", id, day, what, strings.SplitN(body[strings.Index(body, "id = "):], "\n", 2)[0])
}
