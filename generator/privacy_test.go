package generator

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/engine"
)

// sensitiveSite is the small site with a sensitive count of children,
// ii/sotsialni-1#1, whose baseline is baseline and which a note reports as
// value at the end of 2020 (and as 7, a count published as it is, at the
// end of 2019).
func sensitiveSite(t *testing.T, value, baseline int) string {
	t.Helper()
	root := copySite(t, "testdata/sites/small")
	f := "content/plans/town-2020/indicators.toml"
	writeFile(t, root, f, readFile(t, root, f)+fmt.Sprintf(`
[[indicator]]
ref = "ii/sotsialni-1#1"
label = "Діти, охоплені оцінкою потреб"
unit = "дітей"
baseline = %d
baseline_date = 2019-01-01
direction = "down"
sensitive = true
`, baseline))
	writeFile(t, root, "content/plans/town-2020/notes/2021-01-08-otsinka.md", fmt.Sprintf(`+++
date = 2021-01-08
title = "Оцінка потреб за 2020 рік"
measures = ["ii/sotsialni-1"]
status = "виконано"

[[value]]
indicator = "ii/sotsialni-1#1"
value = 7
date = 2019-12-31

[[value]]
indicator = "ii/sotsialni-1#1"
value = %d
date = 2020-12-31
comment = "за даними служби"
+++

Оцінку проведено. Кількість дітей у закладах зменшилася.
`, value))
	return root
}

// TestSmallCountsNeverPublished builds a site whose sensitive indicator is
// reported as 3 and proves that the 3 reaches no output file as the
// indicator's value: the site built with the value 2 or 4 instead (and
// another small baseline) is the same, file for file and byte for byte —
// pages, chart SVG, CSV, JSON, feeds, the search index. Where the value is
// shown, it is shown as "менше 5" / "fewer than 5".
func TestSmallCountsNeverPublished(t *testing.T) {
	root := sensitiveSite(t, 3, 2)
	out := filepath.Join(t.TempDir(), "public")
	res, err := New(WithRoot(root), WithDate(mustDate(t, "2021-07-01"))).Build(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Problems {
		if p.Code != "future-note" { // the small site's demonstration note of 2022
			t.Errorf("unexpected problem: %s", p.Line("en"))
		}
	}
	got := snapshot(t, out)
	delete(got, engine.Marker)
	for _, other := range []struct{ value, baseline int }{{2, 1}, {4, 3}} {
		files := generate(t, sensitiveSite(t, other.value, other.baseline), "2021-07-01").Files
		if !slices.Equal(slices.Sorted(maps.Keys(files)), slices.Sorted(maps.Keys(got))) {
			t.Fatalf("value %d: another set of files than with 3", other.value)
		}
		for p, data := range files {
			if string(data) != got[p] {
				t.Errorf("%s differs between the value 3 and %d: the raw value reaches it", p, other.value)
			}
		}
	}

	// The value as pages, tables and data files would write it.
	raw := []*regexp.Regexp{
		regexp.MustCompile(`ii/sotsialni-1#1",\n\s*"date": "2020-12-31",\n\s*"value"`),            // notes.json
		regexp.MustCompile(`(?m)^town-2020,ii/sotsialni-1#1,[^\n]*,2020-12-31,,,[^\n]*,[^5]\r?$`), // indicator-values.csv without its bound
		regexp.MustCompile(`(^|[^\d.,])3[\x{00a0} ]дітей`),                                        // a reading, a chart label
		regexp.MustCompile(`"value": ?3[,\n}]`),                                                   // JSON
		regexp.MustCompile(`ii/sotsialni-1#1,[^\n]*,2020-12-31,3,`),                               // indicator-values.csv
		regexp.MustCompile(`(^|[^\d.,])2[\x{00a0} ]\(2019\)`),                                     // the baseline on a chart
	}
	for p, data := range got {
		for _, re := range raw {
			if loc := re.FindStringIndex(data); loc != nil {
				t.Errorf("%s publishes the suppressed value: …%s…", p, data[max(0, loc[0]-60):min(len(data), loc[1]+20)])
			}
		}
	}
	for _, want := range []struct{ file, text string }{
		{"town-2020/ii/sotsialni-1/index.html", "менше 5"},
		{"town-2020/notes/2021-01-08-otsinka/index.html", "менше 5"},
		{"en/town-2020/ii/sotsialni-1/index.html", "fewer than 5"},
		{"town-2020/indicators/index.html", "менше 5"},
		{"data/town-2020.json", `"suppressed_below": 5`},
		{"data/town-2020/notes.json", `"suppressed_below": 5`},
		{"data/notes.json", `"suppressed_below": 5`},
		{"data/index.html", `id="privacy"`},
	} {
		if !strings.Contains(got[want.file], want.text) {
			t.Errorf("%s does not say %q", want.file, want.text)
		}
	}
	// The open data's row of the value: no value, the bound in the last column.
	row := regexp.MustCompile(`(?m)^town-2020,ii/sotsialni-1#1,[^\n]*,2020-12-31,,,false,https://plans.example.org/town-2020/notes/2021-01-08-otsinka/,[^\n]*,5\r?$`)
	if !row.MatchString(got["data/indicator-values.csv"]) {
		t.Errorf("data/indicator-values.csv has no row of the withheld value with suppressed_below 5:\n%s", got["data/indicator-values.csv"])
	}
	// The notes' JSON carries the published count and the bound of the
	// withheld one (and the pattern above would see a value).
	published := regexp.MustCompile(`ii/sotsialni-1#1",\n\s*"date": "2019-12-31",\n\s*"value": 7,`)
	withheld := regexp.MustCompile(`ii/sotsialni-1#1",\n\s*"date": "2020-12-31",\n[^}]*"suppressed_below": 5\n`)
	for _, f := range []string{"data/notes.json", "data/town-2020/notes.json"} {
		if !published.MatchString(got[f]) || !withheld.MatchString(got[f]) {
			t.Errorf("%s does not give the value 7 and withhold the small one below 5:\n%s", f, got[f])
		}
	}
	// The indicator's row: no baseline, no latest value, their bounds
	// (the latest value is the withheld one, not the older 7).
	ind := regexp.MustCompile(`(?m)^town-2020,ii/sotsialni-1#1,[^\n]*,дітей,down,,2019-01-01,,,2,,2020-12-31,,5,,5\r?$`)
	if !ind.MatchString(got["data/indicators.csv"]) {
		t.Errorf("data/indicators.csv does not withhold the baseline and the latest value with their bounds:\n%s", got["data/indicators.csv"])
	}
	// The results: the baseline's bound on every row, the value's on its own.
	results := regexp.MustCompile(`(?m)^town-2020,ii/sotsialni-1#1,[^\n]*,2020-12-31,,,[^\n]*,5,,5\r?$`)
	if !results.MatchString(got["data/indicator-results.csv"]) {
		t.Errorf("data/indicator-results.csv does not withhold the value with its bound:\n%s", got["data/indicator-results.csv"])
	}
	for _, f := range []string{"data/town-2020.json", "data/indicator-results.json"} {
		if !strings.Contains(got[f], `"suppressed_below": 5`) && !strings.Contains(got[f], `"baseline_suppressed_below": 5`) {
			t.Errorf("%s gives no bound of the withheld baseline", f)
		}
	}
	// The chart draws the suppressed value as a band, not a point.
	if page := got["town-2020/ii/sotsialni-1/index.html"]; !strings.Contains(page, `class="chart-band"`) {
		t.Errorf("the indicator chart draws no band for the suppressed value")
	}
}
