package content

import "github.com/plansite/plansite/generator/internal/uktext"

// Plan is one adopted action plan, decoded from content/plans/<id>/plan.toml.
type Plan struct {
	// ID is the plan's stable identifier and the first segment of its URLs,
	// e.g. "svatove-2019". Lower-case Latin letters, digits and hyphens.
	ID string `toml:"id"`
	// Title is the plan's title as written in the document.
	Title string `toml:"title"`
	// Authority is the body that adopted the plan.
	Authority string `toml:"authority"`
	// Approval is the approving act as written and as parsed.
	Approval Approval `toml:"approval"`
	// Period is the plan's period.
	Period Period `toml:"period"`
	// MainGoal is the plan-wide main goal (Dubno's "Основна мета плану"), as
	// written, including its label; empty where the plan has none.
	MainGoal string `toml:"main_goal,omitempty"`
	// Columns are the table's column headings as written, in order.
	Columns []string `toml:"columns"`
	// Signatory is the signature block under the table, as written.
	Signatory string `toml:"signatory,omitempty"`
	// Sections are the plan's sections in document order.
	Sections []Section `toml:"section"`
	// Amendments are the acts that amended the plan after its adoption,
	// oldest first (plansite import --amend records them). Measures,
	// tasks, groups and sections name them in AddedBy, RemovedBy and
	// Revisions; empty for a plan never amended.
	Amendments []Amendment `toml:"amendment,omitempty"`
}

// Approval describes the act that adopted a plan.
type Approval struct {
	// Text is the approval block as it stands above the title, lines kept.
	Text string `toml:"text"`
	// Act names the kind of act and its issuer, e.g. "Розпорядження голови
	// райдержадміністрації".
	Act string `toml:"act"`
	// Date is the act's date; absent when the source leaves it blank.
	Date *Date `toml:"date,omitempty"`
	// DateText is the date as written, e.g. "___ квітня 2021 року".
	DateText string `toml:"date_text,omitempty"`
	// Number is the act's number; empty when the source leaves it blank.
	Number string `toml:"number"`
}

// Period is the span of years a plan covers.
type Period struct {
	// Start and End are the first and last calendar years.
	Start int `toml:"start"`
	End   int `toml:"end"`
	// Text is the period as written, e.g. "на 2019 – 2026 роки".
	Text string `toml:"text"`
}

// Section is a numbered part of a plan (розділ). A section holds either
// tasks (Svatove), groups (Dubno's service groups), measures directly, or a
// mix; each level's ids form one URL namespace inside the section.
type Section struct {
	// ID is the URL segment, e.g. "ii"; stable, independent of the title.
	ID string `toml:"id"`
	// Number is the Roman numeral as typed in the source, e.g. "ІУ"
	// (Cyrillic letters) or "IV" (Latin).
	Number string `toml:"number"`
	// Numeral is the numeral's value, e.g. 4.
	Numeral int `toml:"numeral"`
	// Title is the section title as written.
	Title string `toml:"title"`
	// GoalsLabel is the label of the specific-goals cell as written, e.g.
	// "Специфічні цілі:".
	GoalsLabel string `toml:"goals_label,omitempty"`
	// Goals are the specific goals (специфічні цілі), one paragraph each.
	Goals []string `toml:"goals,omitempty"`
	// Measures that sit directly in the section.
	Measures []Measure `toml:"measure,omitempty"`
	// Tasks (завдання) of the section, each with its measures.
	Tasks []Task `toml:"task,omitempty"`
	// Groups of measures, e.g. "Освітні послуги".
	Groups []Group `toml:"group,omitempty"`
	// AddedBy, RemovedBy and Revisions record amendments; see Measure.
	AddedBy   string     `toml:"added_by,omitempty"`
	RemovedBy string     `toml:"removed_by,omitempty"`
	Revisions []Revision `toml:"previous,omitempty"`
}

// LatinNumeral is the section's numeral in Latin letters, "IV" for "ІУ",
// as citations write it.
func (s *Section) LatinNumeral() string { return uktext.Roman(s.Numeral) }

// Task is a task (завдання) that groups measures inside a section.
type Task struct {
	// ID is the URL segment inside the section, e.g. "2".
	ID string `toml:"id"`
	// Number as written; may be empty (Svatove IV has an unnumbered task).
	Number string `toml:"number"`
	// Title is the task's text as written.
	Title string `toml:"title"`
	// Measures are the task's measures in order.
	Measures []Measure `toml:"measure"`
	// AddedBy, RemovedBy and Revisions record amendments; see Measure.
	AddedBy   string     `toml:"added_by,omitempty"`
	RemovedBy string     `toml:"removed_by,omitempty"`
	Revisions []Revision `toml:"previous,omitempty"`
}

// Group is a titled group of measures inside a section, numbered from 1
// again (Dubno's Освітні / Медичні / Соціальні послуги).
type Group struct {
	// ID is the URL segment inside the section, e.g. "osvitni".
	ID string `toml:"id"`
	// Title as written.
	Title string `toml:"title"`
	// Measures are the group's measures in order.
	Measures []Measure `toml:"measure"`
	// AddedBy, RemovedBy and Revisions record amendments; see Measure.
	AddedBy   string     `toml:"added_by,omitempty"`
	RemovedBy string     `toml:"removed_by,omitempty"`
	Revisions []Revision `toml:"previous,omitempty"`
}

// Measure is one measure or action (захід / дія) with its cells as written.
type Measure struct {
	// ID is the measure's segment inside its section, e.g. "2-3" (task 2,
	// measure 3) or "osvitni-4"; together with the plan and section ids it
	// forms the measure's permanent URL. It never changes with the wording.
	ID string `toml:"id"`
	// Number as written, e.g. "3)" or "1.".
	Number string `toml:"number"`
	// Text is the measure's text as written, without its number.
	Text string `toml:"text"`
	// Term is the term (термін виконання) as written; may be empty.
	Term string `toml:"term"`
	// ExecutorsText is the executors cell as written.
	ExecutorsText string `toml:"executors_text"`
	// Executors are registry ids of the bodies named in ExecutorsText.
	Executors []string `toml:"executors"`
	// Costs is the financial-costs cell as written, for plans that have the
	// column; nil when the plan has no such column.
	Costs *string `toml:"costs,omitempty"`
	// Indicators are the indicator cell's paragraphs as written.
	Indicators []string `toml:"indicators"`
	// AddedBy is the id of the amendment that added the measure; empty
	// for a measure of the plan as adopted.
	AddedBy string `toml:"added_by,omitempty"`
	// RemovedBy is the id of the amendment that dropped the measure. A
	// removed measure stays in plan.toml, with its last wording, so that
	// its page and its URL stay and can say so; it is no longer part of
	// the plan in force.
	RemovedBy string `toml:"removed_by,omitempty"`
	// Revisions are the measure's earlier wordings, oldest first: each
	// holds what an amendment changed, as it read before that amendment.
	// The fields above are the wording in force (see Versions).
	Revisions []Revision `toml:"previous,omitempty"`
}

// Amendment is an act that amended a plan: measures added, dropped,
// reworded, re-dated or given to other executors ([[amendment]] in
// plan.toml).
type Amendment struct {
	// ID names the amendment within the plan: "1", "2"… in the order they
	// were recorded. It is permanent, like every id, and may be part of
	// URLs.
	ID string `toml:"id"`
	// Act is the amending act as staff gave it, e.g. "рішення виконавчого
	// комітету Дубенської міської ради від 12.05.2022 № 145".
	Act string `toml:"act"`
	// Date is the act's date; absent when it is not known.
	Date *Date `toml:"date,omitempty"`
	// Source is the name of the document the amended table was imported
	// from, e.g. "dubno-2021-zminy.docx".
	Source string `toml:"source,omitempty"`
}

// Revision is what one amendment changed in a measure (or in a section,
// task or group), as it read before that amendment: only the fields the
// amendment changed are set; a nil field was not changed by it. Its value
// after the amendment is the next revision's value of the same field, or
// the current one.
type Revision struct {
	// Amendment is the id of the amendment that made the change.
	Amendment string `toml:"amendment"`
	// Number, Title (of a section, task or group), Text, Term,
	// ExecutorsText and Costs are the earlier values as written.
	Number        *string `toml:"number,omitempty"`
	Title         *string `toml:"title,omitempty"`
	Text          *string `toml:"text,omitempty"`
	Term          *string `toml:"term,omitempty"`
	ExecutorsText *string `toml:"executors_text,omitempty"`
	// Executors are the earlier registry ids; nil when unchanged, empty
	// when there were none.
	Executors []string `toml:"executors,omitempty"`
	Costs     *string  `toml:"costs,omitempty"`
	// Indicators and Goals (of a section) are the earlier paragraphs; nil
	// when unchanged.
	Indicators []string `toml:"indicators,omitempty"`
	Goals      []string `toml:"goals,omitempty"`
}

// MeasureVersion is a measure as it read between two amendments.
type MeasureVersion struct {
	// Since is the id of the amendment that made this version; "" for
	// the plan as adopted.
	Since                             string
	Number, Text, Term, ExecutorsText string
	Executors                         []string
	Costs                             *string
	Indicators                        []string
}

// Versions returns the measure's versions, oldest first: the wording as
// adopted (or as the amendment that added it had it), then one version per
// amendment that changed it; the last is the wording in force. A measure
// never amended has one version.
func (m *Measure) Versions() []MeasureVersion {
	v := MeasureVersion{Since: "", Number: m.Number, Text: m.Text, Term: m.Term, ExecutorsText: m.ExecutorsText,
		Executors: m.Executors, Costs: m.Costs, Indicators: m.Indicators}
	out := make([]MeasureVersion, len(m.Revisions)+1)
	// Walk back from the wording in force, undoing one amendment at a
	// time.
	for i := len(m.Revisions) - 1; i >= 0; i-- {
		r := m.Revisions[i]
		v.Since = r.Amendment
		out[i+1] = v
		v.Since = ""
		if r.Number != nil {
			v.Number = *r.Number
		}
		if r.Text != nil {
			v.Text = *r.Text
		}
		if r.Term != nil {
			v.Term = *r.Term
		}
		if r.ExecutorsText != nil {
			v.ExecutorsText = *r.ExecutorsText
		}
		if r.Executors != nil {
			v.Executors = r.Executors
		}
		if r.Costs != nil {
			v.Costs = r.Costs
		}
		if r.Indicators != nil {
			v.Indicators = r.Indicators
		}
	}
	v.Since = m.AddedBy
	out[0] = v
	return out
}
