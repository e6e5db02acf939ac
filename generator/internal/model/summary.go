package model

import (
	"bytes"
	"encoding/gob"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/engine"
)

// A plan's summary is what the pages that span plans need of it — the home
// page, the executors' pages, the portal's open data and feeds — so that
// they are made without loading the plan again. It is small; the larger
// parts (cards, rows, feed entries, search documents) go into the plan's
// pack, read when a page that spans plans is rendered (see portal.go).
type PlanSummary struct {
	ID, Dir, Path string
	Title         string
	Authority     string
	Period        content.Period
	Approval      content.Approval
	Sections      int
	Measures      int
	Notes         int
	Counts        Counts
	Demo          bool
	// Latest are the plan's newest notes, newest first, as many as a page
	// or feed that spans plans shows.
	Latest []NoteRef
	// Executors are the registry's bodies with measures or reports in the
	// plan, by id.
	Executors []ExecutorShare
	// SectionLinks name the plan's sections.
	SectionLinks []SectionLink
	// Figures are the plan's figures for the comparison pages; each
	// section's are in its SectionLink.
	Figures Figures
	// Problems are the warnings the plan's content gave, reported again
	// when the plan is not built again.
	Problems diag.List
	// Reporting tallies the plan's reporting periods that have come due.
	Reporting Reporting
	// Confirmation counts the plan's measures with reports by how their
	// latest report is verified.
	Confirmation Confirmation
	// Money is the plan's planned and spent money, per year and in all.
	Money MoneyTotals
	// Quality is the plan's data-quality report in numbers.
	Quality QualitySummary
	// HomeKey covers what the home page shows of the plan, ContentKey all
	// of it (see facts.go).
	HomeKey, ContentKey engine.Key
	// ChangeMonths count the plan's changes per month, newest first, for
	// the portal's page of what changed (see changes.go).
	ChangeMonths []ChangeMonthCount
}

// NoteRef is a note as lists and feeds of the whole portal show it.
type NoteRef struct {
	Plan, Slug, Path, Title string
	Date                    content.Date
	Status                  string // the reported status's key
	// Level is how the report is verified (see Note.Level).
	Level string
	Demo  bool
	Key   engine.Key
}

// ExecutorShare is an executor's part in one plan.
type ExecutorShare struct {
	ID       string
	Measures int
	Counts   Counts
	Reports  []NoteRef
	// Key covers the cards of the executor's measures and its reports.
	Key engine.Key
}

// LatestShown is how many notes the pages and feeds spanning plans show.
const LatestShown = 100

// Ref returns the note as lists of the portal show it.
func (n *Note) Ref() NoteRef {
	return NoteRef{Plan: n.Plan.ID, Slug: n.Slug, Path: n.Path, Title: NoteTitle(n), Date: n.Date,
		Status: n.Status.Key, Level: n.Level(), Demo: n.Demo, Key: n.Key}
}

func EncodeSummary(s *PlanSummary) ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(s)
	return buf.Bytes(), err
}

func DecodeSummary(b []byte) (*PlanSummary, error) {
	var s PlanSummary
	err := gob.NewDecoder(bytes.NewReader(b)).Decode(&s)
	return &s, err
}

// SectionLink is a section as the portal's lists name it.
type SectionLink struct {
	Path, Number, Title string
	// ID is the section's id in plan.toml.
	ID string
	// Areas are the "<strategy>/<area>" refs the section serves, from the
	// plan's areas.toml.
	Areas []string
	// Figures are the section's figures for the comparison pages.
	Figures Figures
}

// Summarize returns plan p's summary; asOf is the build's date, which the
// figures count reporting periods up to.
func Summarize(p *Plan, contentKey engine.Key, asOf content.Date) *PlanSummary {
	s := &PlanSummary{ID: p.ID, Dir: p.Dir, Path: p.Path, Title: p.Title, Authority: p.Authority,
		Period: p.Period, Approval: p.Approval, Sections: len(p.Sections), Measures: len(p.Measures),
		Notes: len(p.Notes), Counts: p.Counts, Demo: p.Demo,
		Reporting: p.Reporting, Confirmation: p.Confirmation, Money: p.Money.Totals(), Quality: p.Quality.Summary()}
	s.Figures = MeasureFigures(p.Measures, asOf)
	for _, sec := range p.Sections {
		link := SectionLink{Path: sec.Path, Number: sec.Number, Title: sec.Title, ID: sec.ID,
			Figures: MeasureFigures(sec.Measures, asOf)}
		for _, a := range sec.Areas {
			link.Areas = append(link.Areas, a.Ref)
		}
		s.SectionLinks = append(s.SectionLinks, link)
	}
	for i, n := range p.Notes {
		if i == LatestShown {
			break
		}
		s.Latest = append(s.Latest, n.Ref())
	}
	for _, x := range p.Executors {
		share := ExecutorShare{ID: x.ID, Measures: x.Count, Counts: Counts{}}
		h := engine.NewHasher("executor-share").Key(x.Key).Key(p.HeaderKey)
		if len(x.ByPlan) > 0 {
			share.Counts = x.ByPlan[0].Counts
			h.Key(MeasuresKey(x.ByPlan[0].Measures))
		}
		for _, n := range x.Reports {
			share.Reports = append(share.Reports, n.Ref())
			h.Key(n.Key)
		}
		share.Key = h.Done()
		s.Executors = append(s.Executors, share)
	}
	counts := engine.NewHasher("counts")
	HashJSON(counts, p.Counts)
	HashJSON(counts, []any{s.Reporting, s.Confirmation, s.Money, s.Quality})
	s.HomeKey = engine.NewHasher("plan-home").Key(p.HeaderKey).Key(counts.Done()).
		Int(int64(s.Sections)).Int(int64(s.Measures)).Int(int64(s.Notes)).Done()
	s.ContentKey = contentKey
	return s
}
