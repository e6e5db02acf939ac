package render

import (
	"html/template"
	"strings"

	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/textdiff"
)

// What the pages of a plan's versions show: the list of versions (the plan
// as adopted and after each amendment), each amendment's changes, and a
// measure's wordings. A changed wording is shown as a word-level diff:
// <del> the words struck out, <ins> the words put in, which browsers show
// struck through and underlined whatever the colours, and which carry
// words for screen readers, which do not announce <del> and <ins>.

// Diff returns the word-level diff of two wordings as HTML.
func (p *page) Diff(old, new string) template.HTML {
	var b strings.Builder
	for i, op := range textdiff.Words(old, new) {
		if i > 0 {
			b.WriteByte(' ')
		}
		text := template.HTMLEscapeString(op.Text)
		switch op.Kind {
		case textdiff.Equal:
			b.WriteString(text)
		case textdiff.Delete:
			b.WriteString("<del>" + p.spoken("diff.del.start") + text + p.spoken("diff.del.end") + "</del>")
		case textdiff.Insert:
			b.WriteString("<ins>" + p.spoken("diff.ins.start") + text + p.spoken("diff.ins.end") + "</ins>")
		}
	}
	return template.HTML(b.String()) // #nosec: every text is escaped above
}

// spoken is a word for screen readers only. The diff sits in Ukrainian
// text (lang="uk"): on pages in another language the word says its own.
func (p *page) spoken(key string) string {
	lang := ""
	if p.Lang != "uk" {
		lang = ` lang="` + p.Lang + `"`
	}
	return `<span class="visually-hidden"` + lang + `>` + template.HTMLEscapeString(p.T(key)) + `</span>`
}

// DiffLines diffs two lists of paragraphs (indicators, goals): paragraph
// by paragraph when there are as many of each, else as one text each.
func (p *page) DiffLines(old, new []string) []template.HTML {
	if len(old) != len(new) {
		return []template.HTML{p.Diff(strings.Join(old, " · "), strings.Join(new, " · "))}
	}
	out := make([]template.HTML, len(new))
	for i := range new {
		out[i] = p.Diff(old[i], new[i])
	}
	return out
}

// wordingStep is one of a measure's wordings with what changed from the
// one before it (nil for the first).
type wordingStep struct {
	model.Wording
	Change *model.MeasureChange
	// Last marks the wording in force, or a removed measure's last.
	Last bool
}

// WordingSteps returns a measure's wordings, oldest first.
func (p *page) WordingSteps(m *model.Measure) []wordingStep {
	out := make([]wordingStep, len(m.Wordings))
	for i, w := range m.Wordings {
		out[i] = wordingStep{Wording: w, Last: i == len(m.Wordings)-1}
		if i > 0 {
			out[i].Change = &model.MeasureChange{Measure: m, Before: m.Wordings[i-1].MeasureVersion, After: w.MeasureVersion}
		}
	}
	return out
}

// changeCount is a kind of change with the number of measures it touched.
type changeCount struct {
	Kind, Label string
	N           int
}

// ChangeCounts returns what an amendment changed, by kind: the kinds every
// amendment is described by (added, removed, reworded, retermed,
// executors) always, the others when it made them.
func (p *page) ChangeCounts(a *model.Amendment) []changeCount {
	var out []changeCount
	for i, k := range model.ChangeKinds {
		n := a.Count(k)
		if n > 0 || i < 5 {
			out = append(out, changeCount{k, p.T("change." + k), n})
		}
	}
	return out
}

// Changes returns an amendment's changed measures that changed in the way
// kind says (see model.Amendment.Count).
func (p *page) Changes(a *model.Amendment, kind string) []*model.MeasureChange {
	var out []*model.MeasureChange
	for _, c := range a.Changed {
		if c.Is(kind) {
			out = append(out, c)
		}
	}
	return out
}

func init() {
	// str reads an optional text (a measure's costs), "" when absent.
	templateFuncs["str"] = func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
}
