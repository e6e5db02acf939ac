package generator

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/diag"
)

// The strategies and the plans' areas as plansite check reads them: each
// case writes content/strategy.toml and the small site's
// content/plans/town-2020/areas.toml (sections "i" and "ii"; "" leaves a
// file out) and lists every problem expected, at its position.

const (
	strategyTOML = "content/strategy.toml"
	areasTOML    = "content/plans/town-2020/areas.toml"
	smallPlan    = "content/plans/town-2020/plan.toml"
)

// testStrategy is a valid strategy.toml: ns-2017 with two areas.
const testStrategy = `[[strategy]]
id = "ns-2017"
title = "Стратегія"
title_en = "Strategy"
act = "Розпорядження"

[[strategy.area]]
id = "coordination"
title = "Координація"
title_en = "Coordination"

[[strategy.area]]
id = "services"
title = "Послуги"
title_en = "Services"
`

// testAreas maps both sections of the small site's plan.
const testAreas = `[[section]]
id = "i"
areas = ["ns-2017/coordination"]

[[section]]
id = "ii"
areas = ["ns-2017/services"]
`

func TestStrategyProblems(t *testing.T) {
	sec2 := strconv.Itoa(sectionLine(t, "ii"))
	cases := []struct {
		name            string
		strategy, areas string
		want            []string // "file:line:col code", or "file: code"
		wantText        string   // a substring of some problem's message or hint, in Ukrainian
	}{
		{name: "valid", strategy: testStrategy, areas: testAreas},
		{name: "neither file", strategy: "", areas: ""},
		{name: "no areas.toml", strategy: testStrategy, areas: "",
			want: []string{areasTOML + ": unmapped-section"}},
		{name: "areas without strategies", strategy: "", areas: testAreas,
			want: []string{areasTOML + ":3:10 unknown-area", areasTOML + ":7:10 unknown-area"}},
		{name: "unknown section", strategy: testStrategy, areas: strings.Replace(testAreas, `id = "ii"`, `id = "iii"`, 1),
			want:     []string{areasTOML + ":6:6 unknown-section", smallPlan + ":" + sec2 + ":6 unmapped-section"},
			wantText: "схожі: ii"},
		{name: "unknown area", strategy: testStrategy, areas: strings.Replace(testAreas, "ns-2017/services", "ns-2017/servises", 1),
			want: []string{areasTOML + ":7:10 unknown-area"}, wantText: "схожі: ns-2017/services"},
		{name: "area of an unknown strategy", strategy: testStrategy, areas: strings.Replace(testAreas, "ns-2017/services", "services", 1),
			want: []string{areasTOML + ":7:10 unknown-area"}, wantText: "«стратегія/напрям»"},
		{name: "section with no areas", strategy: testStrategy, areas: strings.Replace(testAreas, `["ns-2017/services"]`, `[]`, 1),
			want: []string{areasTOML + ":6:6 unmapped-section"}},
		{name: "section left out", strategy: testStrategy, areas: testAreas[:strings.Index(testAreas, "\n\n")+1],
			want: []string{smallPlan + ":" + sec2 + ":6 unmapped-section"}, wantText: `areas = ["ns-2017/coordination"]`},
		{name: "section twice", strategy: testStrategy, areas: testAreas + "\n[[section]]\nid = \"i\"\nareas = [\"ns-2017/services\"]\n",
			want: []string{areasTOML + ":10:6 duplicate-id"}},
		{name: "area twice", strategy: testStrategy, areas: strings.Replace(testAreas, `["ns-2017/services"]`, `["ns-2017/services", "ns-2017/services"]`, 1),
			want: []string{areasTOML + ":7:30 duplicate-id"}},
		{name: "section without id", strategy: testStrategy, areas: strings.Replace(testAreas, "id = \"ii\"\n", "", 1),
			want: []string{areasTOML + ":5:1 missing-field", smallPlan + ":" + sec2 + ":6 unmapped-section"}},
		{name: "misspelt key", strategy: testStrategy, areas: strings.Replace(testAreas, "areas = [\"ns-2017/services\"]", "aeras = [\"ns-2017/services\"]", 1),
			want: []string{areasTOML + ":7:1 unknown-key"}}, // one mistake, one problem: not "unmapped" too
		{name: "area as text, not a list", strategy: testStrategy, areas: strings.Replace(testAreas, `["ns-2017/services"]`, `"ns-2017/services"`, 1),
			want: []string{areasTOML + ":7:9 wrong-type"}},
		{name: "broken strategy.toml", strategy: strings.Replace(testStrategy, `title = "Стратегія"`, `title = "Стратегія`, 1), areas: testAreas,
			want: []string{strategyTOML + ":3:9 toml-syntax"}},
		{name: "bad strategy id", strategy: strings.Replace(testStrategy, `id = "ns-2017"`, `id = "НС 2017"`, 1), areas: testAreas,
			want: []string{strategyTOML + ":2:6 bad-id", areasTOML + ":3:10 unknown-area", areasTOML + ":7:10 unknown-area"}},
		{name: "strategy twice", strategy: testStrategy + "\n" + strings.Replace(testStrategy, "[[strategy.area]]\nid = \"coordination\"", "[[strategy.area]]\nid = \"other\"", 1), areas: testAreas,
			want: []string{strategyTOML + ":18:6 duplicate-id"}},
		{name: "area twice in a strategy", strategy: strings.Replace(testStrategy, `id = "services"`, `id = "coordination"`, 1), areas: testAreas,
			want: []string{strategyTOML + ":13:6 duplicate-id", areasTOML + ":7:10 unknown-area"}},
		{name: "one area id in two strategies", areas: testAreas,
			strategy: testStrategy + "\n" + strings.Replace(testStrategy, `id = "ns-2017"`, `id = "family-2024"`, 1)},
		{name: "strategy without title and act", strategy: strings.Replace(strings.Replace(testStrategy, "title = \"Стратегія\"\n", "", 1), `act = "Розпорядження"`, `act = ""`, 1), areas: testAreas,
			want: []string{strategyTOML + ":1:1 missing-field", strategyTOML + ":4:7 missing-field"}},
		{name: "area without title", strategy: strings.Replace(testStrategy, `title = "Послуги"`, `title = " "`, 1), areas: testAreas,
			want: []string{strategyTOML + ":14:9 missing-field", areasTOML + ":7:10 unknown-area"}},
		{name: "no English title", strategy: strings.Replace(testStrategy, "title_en = \"Services\"\n", "", 1), areas: testAreas,
			want: []string{strategyTOML + ":14:1 missing-english"}},
		{name: "unsafe address", strategy: strings.Replace(testStrategy, `act = "Розпорядження"`, "act = \"Розпорядження\"\nurl = \"javascript:alert(1)\"\ncopies = [\"www.example.org\"]", 1), areas: testAreas,
			want: []string{strategyTOML + ":6:7 bad-url", strategyTOML + ":7:11 bad-url"}, wantText: "https://www.example.org"},
		{name: "date out of range", strategy: strings.Replace(testStrategy, `act = "Розпорядження"`, "act = \"Розпорядження\"\ndate = 1917-08-09", 1), areas: testAreas,
			want: []string{strategyTOML + ":6:8 bad-date"}},
		{name: "official as text", strategy: strings.Replace(testStrategy, `title_en = "Services"`, `title_en = "Services"`+"\nofficial = \"так\"", 1), areas: testAreas,
			want: []string{strategyTOML + ":16:12 wrong-type"}},
		{name: "misspelt key in an area", strategy: strings.Replace(testStrategy, `title_en = "Services"`, `titel_en = "Services"`, 1), areas: testAreas,
			want: []string{strategyTOML + ":15:1 unknown-key"}}, // "did you mean title_en", not "no English title" too
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			root := copySite(t, "testdata/sites/small")
			for file, text := range map[string]string{strategyTOML: c.strategy, areasTOML: c.areas} {
				if text != "" {
					if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(file)), []byte(text), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			probs := New(WithRoot(root), WithDate(mustDate(t, brokenDate))).Check(context.Background())
			var got []string
			for _, p := range probs {
				got = append(got, problemAt(p))
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(c.want))
			if !slices.Equal(got, want) {
				t.Errorf("problems:\n got %q\nwant %q\n%s", got, want, lines(probs))
			}
			if c.wantText != "" && !slices.ContainsFunc(probs, func(p diag.Problem) bool {
				return strings.Contains(p.Message.UK+" "+p.Hint.UK, c.wantText)
			}) {
				t.Errorf("no problem says %q:\n%s", c.wantText, lines(probs))
			}
			for _, p := range probs {
				if p.Message.EN == "" || p.Hint.UK == "" || p.Hint.EN == "" {
					t.Errorf("%s: a message and a hint in both languages are due: %+v", problemAt(p), p)
				}
			}
		})
	}
}

// problemAt is a problem as the cases write it.
func problemAt(p diag.Problem) string {
	if p.Pos.Line == 0 {
		return p.File + ": " + p.Code
	}
	return p.File + ":" + strconv.Itoa(p.Pos.Line) + ":" + strconv.Itoa(p.Pos.Col) + " " + p.Code
}

func lines(l diag.List) string {
	var b strings.Builder
	for _, p := range l {
		b.WriteString(p.Line("uk") + "\n")
	}
	return b.String()
}

// sectionLine is the line of the small site's section id in plan.toml.
func sectionLine(t *testing.T, id string) int {
	data, err := os.ReadFile(filepath.Join("testdata/sites/small", smallPlan))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if l == `id = "`+id+`"` {
			return i + 1
		}
	}
	t.Fatalf("%s has no section %q", smallPlan, id)
	return 0
}
