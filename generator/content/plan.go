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
}
