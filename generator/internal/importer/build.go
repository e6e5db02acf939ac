package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/translit"
	"github.com/plansite/plansite/generator/internal/uktext"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// builder builds a plan from the table's rows in document order. The
// current section, task and group are indexes, not pointers, because the
// slices holding them grow.
type builder struct {
	t        *wordtable.Table
	plan     *content.Plan
	executor *matcher
	lay      layout
	problems diag.List

	sec, task, group int
	// heading is where the preamble starts, for problems with it.
	heading diag.Pos
	// parts are the bodies of the last executors cell read.
	parts []SplitPart
	// sections holds the section ids taken, with their lines.
	sections map[string]int
	// ids holds the ids taken in the current section (tasks, groups and
	// measures share its URL namespace) with the line that took them.
	ids map[string]int
}

func (b *builder) warn(k diag.Kind, pos diag.Pos, args ...any) {
	b.problems.Add(b.t.Problem(k, pos, args...))
}

// rows builds the plan's body. It returns false when the table has no
// header row, and so nothing to build on.
func (b *builder) rows() bool {
	rows := b.t.Rows
	if len(rows) == 0 {
		return false // every row was malformed, and reported
	}
	h := 0
	for h < len(rows) && rows[h].Spans() {
		h++
	}
	if h == len(rows) {
		b.problems.Add(b.t.Problem(kindNoHeader, rows[0].Cells[0].Pos(), missingRoles(nil)))
		return false
	}
	lay, problems := recognise(b.t, rows[h], rows[h+1:])
	b.problems.Add(problems...)
	if problems.HasErrors() {
		return false
	}
	b.lay = lay
	for _, r := range rows[:h] {
		b.warn(kindRowAboveHeader, r.Cells[0].Pos())
	}
	header := rows[h]
	for i, c := range header.Cells {
		if c.Text != "" || !emptyColumn(rows[h+1:], i) {
			b.plan.Columns = append(b.plan.Columns, c.Text)
		}
	}
	for _, r := range rows[h+1:] {
		switch {
		case r.Spans():
			b.spanning(r.Cells[0])
		case columnNumbers(r), sameCells(r, header), emptyRow(r):
			// Layout, not content.
		default:
			b.measureRow(r)
		}
	}
	return true
}

func emptyRow(r wordtable.Row) bool {
	for _, c := range r.Cells {
		if c.Text != "" {
			return false
		}
	}
	return true
}

// spanning places a row of one cell: a section title, the plan's main goal
// before the first section, a section's specific goals, or a group title.
func (b *builder) spanning(c wordtable.Cell) {
	if c.Text == "" {
		return
	}
	if number, value, title, ok := sectionTitle(c.Text); ok {
		b.startSection(c, number, value, title)
		return
	}
	label, rest := goalsLabel(c.Paragraphs())
	switch {
	case b.sec < 0 && strings.Contains(strings.ToLower(label), "мета") && b.plan.MainGoal == "":
		b.plan.MainGoal = c.Text
	case b.sec >= 0 && strings.Contains(strings.ToLower(label), "ціл") && b.section().GoalsLabel == "":
		s := b.section()
		s.GoalsLabel = label
		if len(rest) > 0 { // nil otherwise, as plan.toml will read back
			s.Goals = rest
		}
	case b.sec >= 0 && !b.lay.has(roleTask) && groupTitle(c.Text):
		b.startGroup(c)
	case b.sec < 0:
		b.warn(kindRowBeforeSection, c.Pos())
	default:
		b.warn(kindRowUnplaced, c.Pos())
	}
}

func (b *builder) section() *content.Section { return &b.plan.Sections[b.sec] }

func (b *builder) startSection(c wordtable.Cell, number string, value int, title string) {
	id := strings.ToLower(uktext.Roman(value))
	if first, taken := b.sections[id]; taken {
		unique := uniqueID(id, func(x string) bool { _, ok := b.sections[x]; return ok })
		b.warn(kindDuplicateID, c.Pos(), id, b.t.Place(first), unique)
		id = unique
	}
	b.sections[id] = c.Line()
	b.plan.Sections = append(b.plan.Sections, content.Section{ID: id, Number: number, Numeral: value, Title: title})
	b.sec, b.task, b.group = len(b.plan.Sections)-1, -1, -1
	b.ids = map[string]int{}
}

// goalsLabel splits a goals cell into its label ("Специфічні цілі:") and
// its goals, one per paragraph. The label is the first paragraph when that
// ends with a colon, or the text up to a colon early in it.
func goalsLabel(paragraphs []string) (label string, goals []string) {
	if len(paragraphs) == 0 {
		return "", nil
	}
	first := paragraphs[0]
	if strings.HasSuffix(first, ":") && utf8.RuneCountInString(first) <= 60 {
		return first, paragraphs[1:]
	}
	if i := strings.Index(first, ":"); i > 0 && utf8.RuneCountInString(first[:i]) <= 60 {
		rest := strings.TrimSpace(first[i+1:])
		goals = append([]string{rest}, paragraphs[1:]...)
		if rest == "" {
			goals = paragraphs[1:]
		}
		return first[:i+1], goals
	}
	return "", nil
}

// groupTitle reports whether a spanning row reads as the title of a group
// of measures ("Освітні послуги"): one short line that is not a sentence.
func groupTitle(text string) bool {
	return !strings.Contains(text, "\n") && utf8.RuneCountInString(text) <= 100 &&
		!strings.HasSuffix(text, ".") && !strings.HasSuffix(text, ";")
}

// startGroup opens a group. Its id is the transliterated first word of its
// title: "Освітні послуги" → "osvitni".
func (b *builder) startGroup(c wordtable.Cell) {
	id := translit.Slug(strings.Fields(c.Text)[0])
	if id == "" {
		id = translit.Slug(c.Text)
	}
	if id == "" {
		id = "group-" + strconv.Itoa(len(b.section().Groups)+1)
	}
	s := b.section()
	s.Groups = append(s.Groups, content.Group{ID: b.claim(id, c), Title: c.Text})
	b.group, b.task = len(s.Groups)-1, -1
}

// measureNumber finds the number a measure's text starts with in a layout
// with tasks: "3) проведення …", "3. проведення …" (but not "3.5 тис.").
var measureNumber = regexp.MustCompile(`^\d+\s*(?:\)|\.(?:\s|$))\s*`)

// digits extracts the numbers of "1.", "2.1)" or "3" for ids: "1", "2-1".
var digits = regexp.MustCompile(`\d+`)

// numberID returns the id part for a number as written, or "" when it
// holds no digits.
func numberID(number string) string {
	return strings.Join(digits.FindAllString(number, 4), "-")
}

// measureRow places a row of full width: a task row (which also carries
// the task's first measure) or a measure row.
func (b *builder) measureRow(r wordtable.Row) {
	number := b.lay.cell(r, roleNumber)
	if b.sec < 0 && !sectionPattern.MatchString(number.Text) {
		b.warn(kindRowBeforeSection, r.Cells[0].Pos())
		return
	}
	if sn, value, title, ok := sectionTitle(number.Text); ok {
		// A section title is a row of its own; here it was merged with
		// the row under it because that row lacks a cell.
		b.problems.Add(b.t.Problem(kindSectionMerged, number.Pos(), sn))
		b.startSection(number, sn, value, title)
		return
	}
	s := b.section()
	taskRow := false
	if b.lay.has(roleTask) {
		if task := b.lay.cell(r, roleTask); task.Text != "" {
			id := numberID(number.Text)
			if id == "" {
				id = strconv.Itoa(len(s.Tasks) + 1) // an unnumbered task: its place
			}
			s.Tasks = append(s.Tasks, content.Task{ID: b.claim(id, number), Number: number.Text, Title: task.Text})
			b.task = len(s.Tasks) - 1
			taskRow = true
		}
	}
	m := b.measure(r, taskRow)
	switch {
	case b.lay.has(roleTask) && b.task >= 0:
		t := &s.Tasks[b.task]
		m.ID = b.claim(t.ID+"-"+orOrdinal(m.Number, len(t.Measures)+1), b.lay.cell(r, roleMeasure))
		t.Measures = append(t.Measures, m)
	case b.group >= 0:
		g := &s.Groups[b.group]
		m.ID = b.claim(g.ID+"-"+orOrdinal(m.Number, len(g.Measures)+1), number)
		g.Measures = append(g.Measures, m)
	default:
		if b.lay.has(roleTask) {
			b.warn(kindOrphanMeasure, r.Cells[0].Pos(), s.Number)
		}
		m.ID = b.claim(orOrdinal(m.Number, len(s.Measures)+1), number)
		s.Measures = append(s.Measures, m)
	}
	b.checkMeasure(r, &m)
	b.executor.note(m.ExecutorsText, b.parts, b.cite(&m))
}

func orOrdinal(number string, ordinal int) string {
	if id := numberID(number); id != "" {
		return id
	}
	return strconv.Itoa(ordinal)
}

// measure reads a measure's cells. Its number stands in the number column,
// except where that column numbers tasks (Svatove's layout): there the
// number opens the measure's text, "3) проведення …".
func (b *builder) measure(r wordtable.Row, taskRow bool) content.Measure {
	m := content.Measure{
		Text:          b.lay.text(r, roleMeasure),
		Term:          b.lay.text(r, roleTerm),
		ExecutorsText: b.lay.text(r, roleExecutors),
		Indicators:    b.lay.value(r, roleIndicators).Paragraphs(),
	}
	if loc := measureNumber.FindStringIndex(m.Text); b.lay.has(roleTask) && loc != nil {
		m.Number = strings.TrimRightFunc(m.Text[:loc[1]], unicode.IsSpace)
		m.Text = m.Text[loc[1]:]
	} else if !taskRow {
		m.Number = b.lay.text(r, roleNumber)
	}
	if b.lay.has(roleCosts) {
		costs := b.lay.text(r, roleCosts)
		m.Costs = &costs
	}
	if m.Indicators == nil {
		m.Indicators = []string{}
	}
	m.Executors, b.parts = b.executor.resolve(m.ExecutorsText)
	return m
}

// checkMeasure warns about empty cells a measure should have.
func (b *builder) checkMeasure(r wordtable.Row, m *content.Measure) {
	cite := b.cite(m)
	if m.Text == "" {
		b.warn(kindEmptyMeasure, b.lay.cell(r, roleMeasure).Pos(), cite)
	}
	if m.Term == "" {
		b.warn(kindEmptyTerm, b.lay.cell(r, roleTerm).Pos(), cite)
	}
	if m.ExecutorsText == "" {
		b.warn(kindEmptyExecutors, b.lay.cell(r, roleExecutors).Pos(), cite)
	}
}

// cite names the measure being built as a reader would: "ІІІ.1.6)".
func (b *builder) cite(m *content.Measure) string {
	s := b.section()
	var t *content.Task
	var g *content.Group
	if b.lay.has(roleTask) && b.task >= 0 {
		t = &s.Tasks[b.task]
	} else if b.group >= 0 {
		g = &s.Groups[b.group]
	}
	return citation(s, t, g, m)
}

// claim takes id in the current section's namespace; a taken id gets a
// numeric suffix, with a warning, so that no URL is ambiguous.
func (b *builder) claim(id string, c wordtable.Cell) string {
	line := 0
	if len(c.Lines) > 0 {
		line = c.Line()
	}
	if first, taken := b.ids[id]; taken {
		unique := uniqueID(id, func(x string) bool { _, ok := b.ids[x]; return ok })
		b.warn(kindDuplicateID, c.Pos(), id, b.t.Place(first), unique)
		id = unique
	}
	b.ids[id] = line
	return id
}

// uniqueID returns id with the smallest suffix "-2", "-3"… that is not
// taken.
func uniqueID(id string, taken func(string) bool) string {
	for n := 2; ; n++ {
		if x := id + "-" + strconv.Itoa(n); !taken(x) {
			return x
		}
	}
}
