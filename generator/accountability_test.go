package generator

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/term"
)

// assembled builds the model of the site at root as of date.
func assembled(t *testing.T, root, date string) *model.Site {
	t.Helper()
	res, err := New(WithRoot(root), WithDate(mustDate(t, date))).Assemble(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return res.Site
}

// measureOf finds a measure by its plan-relative ref.
func measureOf(t *testing.T, s *model.Site, ref string) *model.Measure {
	t.Helper()
	for _, p := range s.Plans {
		for _, m := range p.Measures {
			if m.Ref == ref {
				return m
			}
		}
	}
	t.Fatalf("no measure %s", ref)
	return nil
}

// TestNamedPeriods: a note that names its period covers that period, not
// the one its date is nearest to, and the state follows the same reports
// as the ledger.
func TestNamedPeriods(t *testing.T) {
	root := copySite(t, "testdata/sites/small")
	// A report dated in the second half of 2021 that says it is the (late)
	// report for the first half of 2021, and one that names a year the
	// half-yearly term does not have.
	writeFile(t, root, "content/plans/town-2020/notes/2021-08-10-zvit.md", `+++
date = 2021-08-10
measures = ["i/2"]
status = "виконано"
periods = ["2021-h1"]
+++

Звіт за перше півріччя 2021 року.
`)
	s := assembled(t, root, "2021-09-01")
	m := measureOf(t, s, "i/2")
	type row struct {
		key      string
		status   term.Status
		inferred bool
	}
	var got []row
	for _, p := range m.Progress.Ledger {
		got = append(got, row{p.Key, p.Status, p.Inferred})
	}
	want := []row{
		{"2020-H1", term.Missing, false},
		{"2020-H2", term.Late, false}, // the small site's note names it
		{"2021-H1", term.Late, false},
		{"2021-H2", term.NotDue, false},
	}
	if !slices.Equal(got, want) {
		t.Errorf("ledger:\n got %v\nwant %v", got, want)
	}
	if r := m.Progress.Reporting; r != (model.Reporting{Due: 3, OnTime: 0, Late: 2, Missing: 1}) {
		t.Errorf("reporting %+v", r)
	}
	// 2020-H1 is still missing, but it is not the latest period due: the
	// measure is not overdue, as the ledger's latest period due is reported.
	if m.Progress.State == model.StateOverdue {
		t.Errorf("state %s: the latest period due is reported", m.Progress.State)
	}
	if n := m.Notes[0]; !slices.Equal(n.NamedPeriods, []string{"2021-H1"}) {
		t.Errorf("the note's periods %q, want the canonical key", n.NamedPeriods)
	}
	if p := s.Plans[0]; p.Reporting.Missing < 1 || p.Sections[0].Reporting.Missing < 1 {
		t.Errorf("plan %+v, section %+v: the missed period is not counted", p.Reporting, p.Sections[0].Reporting)
	}
}

// TestAccountabilityModel checks what the small site's accountability
// note gives the model: verification, the local evidence copy, money read
// from the costs cell and spent, and the data-quality report.
func TestAccountabilityModel(t *testing.T) {
	s := assembled(t, "testdata/sites/small", "2021-07-01")
	p := s.Plans[0]
	m := measureOf(t, s, "i/2")
	n := m.Notes[0]
	if n.Level() != content.VerifyIndependent || p.Confirmation.Independent != 1 {
		t.Errorf("level %q, plan's confirmation %+v", n.Level(), p.Confirmation)
	}
	if len(n.EvidenceItems) != 1 || n.EvidenceItems[0].Local == nil {
		t.Fatalf("evidence %+v: no local copy", n.EvidenceItems)
	}
	if f := n.EvidenceItems[0].Local; f.Path != "/town-2020/evidence/protokol-2020-12.txt" || f.SHA256 != n.Evidence[0].SHA256 || f.Size == 0 {
		t.Errorf("local copy %+v", f)
	}
	// "120,0 тис. грн щороку" over a term of 2020–2022 (the plan's).
	money := m.Money.Totals()
	if money.PlannedTotal != 360000 || len(money.Years) != 3 || money.Years[0].Planned != 120000 {
		t.Errorf("planned %+v", money)
	}
	if len(money.SpentTotal) != 1 || money.SpentTotal[0] != (model.Sum{Currency: "UAH", Value: 45000}) || money.Years[0].Spent[0].Value != 45000 {
		t.Errorf("spent %+v", money)
	}
	if pm := p.Money.Totals(); pm.PlannedTotal != 360000 || pm.SpentTotal[0].Value != 45000 {
		t.Errorf("the plan's money %+v", pm)
	}
	q := p.Quality.Summary()
	if q.Measures != len(p.Measures) || q.Failing[model.QualityTerm] != 1 || q.Failing[model.QualityExecutor] != 0 {
		t.Errorf("quality %+v: the measure without a term fails the term check alone of the first two", q)
	}
	if lacks := p.Quality.Lacks(measureOf(t, s, "ii/sotsialni-2")); !slices.Contains(lacks, model.QualityTerm) {
		t.Errorf("ii/sotsialni-2 lacks %q, want the term among them", lacks)
	}
	if lacks := p.Quality.Lacks(measureOf(t, s, "ii/1-1")); slices.Contains(lacks, model.QualityIndicator) {
		t.Errorf("ii/1-1 lacks %q: its indicator has a unit, a baseline and a target", lacks)
	}
}

// TestEvidencePublished: the local copy is published as it is, and a
// change of its bytes without a new checksum stops the build.
func TestEvidencePublished(t *testing.T) {
	root := copySite(t, "testdata/sites/small")
	res := generate(t, root, "2021-07-01")
	f := "content/plans/town-2020/evidence/protokol-2020-12.txt"
	if got, want := string(res.Files["town-2020/evidence/protokol-2020-12.txt"]), readFile(t, root, f); got != want {
		t.Errorf("published copy %q, want the file's bytes %q", got, want)
	}
	page := string(res.Files["town-2020/notes/2021-01-05-zasidannia/index.html"])
	for _, want := range []string{`href="/town-2020/evidence/protokol-2020-12.txt"`, "https://prozorro.gov.ua/tender/UA-2020-11-02-000123-a", "web.archive.org", "підтверджено незалежно", "2020, II півріччя"} {
		if !strings.Contains(page, want) {
			t.Errorf("the note's page lacks %s", want)
		}
	}
	writeFile(t, root, f, "змінений файл\n")
	problems := New(WithRoot(root), WithDate(mustDate(t, "2021-07-01"))).Check(context.Background())
	var codes []string
	for _, p := range problems {
		codes = append(codes, p.Code)
	}
	if !slices.Contains(codes, "checksum-mismatch") {
		t.Errorf("a changed evidence file: problems %q, want checksum-mismatch", codes)
	}
}
