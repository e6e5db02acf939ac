package importer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/content"
)

// Encode writes p as plan.toml. The output is deterministic, so that a
// re-import of the same document reproduces the file byte for byte, and
// laid out for staff: top-level fields, [approval], [period], then each
// section with its tasks, groups and measures, every measure under a
// comment that cites it as the document does ("# ІІ.2.3)"). from names the
// source document in the header comment.
func Encode(p *content.Plan, from string) []byte {
	w := &tomlWriter{}
	w.comment(fmt.Sprintf("План «%s», імпортований з %s командою plansite import.", p.ID, fileName(from)))
	w.comment("Тексти — як в ухваленому документі: виправлення вносьте в документ і імпортуйте знову.")
	w.comment("Ідентифікатори (id) — частини постійних адрес сторінок: не змінюйте їх.")
	w.comment("Imported by plansite import. Texts are as adopted; ids are permanent URLs, do not change them.")
	w.blank()
	w.str("id", p.ID)
	w.str("title", p.Title)
	w.str("authority", p.Authority)
	if p.MainGoal != "" {
		w.str("main_goal", p.MainGoal)
	}
	w.strs("columns", p.Columns)
	if p.Signatory != "" {
		w.str("signatory", p.Signatory)
	}

	w.table("[approval]")
	a := p.Approval
	w.str("text", a.Text)
	w.str("act", a.Act)
	if a.Date != nil {
		w.line("date = " + a.Date.String())
	}
	if a.DateText != "" {
		w.str("date_text", a.DateText)
	}
	w.str("number", a.Number)

	w.table("[period]")
	w.line("start = " + strconv.Itoa(p.Period.Start))
	w.line("end = " + strconv.Itoa(p.Period.End))
	w.str("text", p.Period.Text)
	w.amendments(p.Amendments)

	for i := range p.Sections {
		s := &p.Sections[i]
		w.table("[[section]]")
		w.str("id", s.ID)
		w.str("number", s.Number)
		w.line("numeral = " + strconv.Itoa(s.Numeral))
		w.str("title", s.Title)
		if s.GoalsLabel != "" {
			w.str("goals_label", s.GoalsLabel)
		}
		if len(s.Goals) > 0 {
			w.strs("goals", s.Goals)
		}
		w.history("section", s.AddedBy, s.RemovedBy, s.Revisions)
		for j := range s.Tasks {
			t := &s.Tasks[j]
			w.table("[[section.task]]")
			w.str("id", t.ID)
			w.str("number", t.Number)
			w.str("title", t.Title)
			w.history("section.task", t.AddedBy, t.RemovedBy, t.Revisions)
			for k := range t.Measures {
				w.measure("section.task.measure", citation(s, t, nil, &t.Measures[k]), &t.Measures[k])
			}
		}
		for j := range s.Groups {
			g := &s.Groups[j]
			w.table("[[section.group]]")
			w.str("id", g.ID)
			w.str("title", g.Title)
			w.history("section.group", g.AddedBy, g.RemovedBy, g.Revisions)
			for k := range g.Measures {
				w.measure("section.group.measure", citation(s, nil, g, &g.Measures[k]), &g.Measures[k])
			}
		}
		for k := range s.Measures {
			w.measure("section.measure", citation(s, nil, nil, &s.Measures[k]), &s.Measures[k])
		}
	}
	return []byte(w.b.String())
}

// citation names a measure as the document would: section, task and
// measure numbers, "ІІ.2.3)"; a group measure "ІІ, Освітні послуги, 1".
func citation(s *content.Section, t *content.Task, g *content.Group, m *content.Measure) string {
	num := m.Number
	if num == "" {
		num = "(" + m.ID + ")"
	}
	switch {
	case t != nil && t.Number != "":
		return s.Number + "." + strings.TrimSuffix(t.Number, ".") + "." + num
	case g != nil:
		return s.Number + ", " + g.Title + ", " + num
	}
	return s.Number + "." + num
}

func (w *tomlWriter) measure(array, cite string, m *content.Measure) {
	w.blank()
	switch {
	case m.RemovedBy != "":
		cite += " — вилучено зміною " + m.RemovedBy + " (removed by amendment " + m.RemovedBy + ")"
	case m.AddedBy != "":
		cite += " — додано зміною " + m.AddedBy + " (added by amendment " + m.AddedBy + ")"
	}
	w.comment(cite)
	w.line("[[" + array + "]]")
	w.str("id", m.ID)
	w.str("number", m.Number)
	w.str("text", m.Text)
	w.str("term", m.Term)
	w.str("executors_text", m.ExecutorsText)
	w.strs("executors", m.Executors)
	if m.Costs != nil {
		w.str("costs", *m.Costs)
	}
	w.strs("indicators", m.Indicators)
	w.history(array, m.AddedBy, m.RemovedBy, m.Revisions)
}

// amendmentsHelp explains [[amendment]] and its traces to staff, above
// the first amendment.
const amendmentsHelp = `Зміни до плану (amendments). Кожна [[amendment]] — акт, що змінив план;
id — її номер (постійний). У заходів, завдань, груп і розділів:
  added_by   — номер зміни, що їх додала;
  removed_by — номер зміни, що їх вилучила: вони лишаються тут і на сайті
               з позначкою «вилучено», щоб посилання на них не зникали;
  [[….previous]] — попередня редакція: лише поля, які змінила зміна
               amendment, у тому вигляді, як вони читалися до неї.
Each [[amendment]] is an act that amended the plan; added_by and removed_by
name it; [[….previous]] holds what it changed as it read before.`

// amendments writes the plan's amendment records.
func (w *tomlWriter) amendments(as []content.Amendment) {
	for i, a := range as {
		w.blank()
		if i == 0 {
			w.comment(amendmentsHelp)
		}
		w.line("[[amendment]]")
		w.str("id", a.ID)
		w.str("act", a.Act)
		if a.Date != nil {
			w.line("date = " + a.Date.String())
		}
		if a.Source != "" {
			w.str("source", a.Source)
		}
	}
}

// history writes what amendments did to a measure, task, group or
// section: added_by and removed_by, then its earlier wordings as
// [[<array>.previous]] tables, oldest first.
func (w *tomlWriter) history(array, addedBy, removedBy string, revs []content.Revision) {
	if addedBy != "" {
		w.str("added_by", addedBy)
	}
	if removedBy != "" {
		w.str("removed_by", removedBy)
	}
	for _, r := range revs {
		w.blank()
		w.comment("Редакція до зміни " + r.Amendment + " (as it read before amendment " + r.Amendment + ")")
		w.line("[[" + array + ".previous]]")
		w.str("amendment", r.Amendment)
		opt := func(key string, v *string) {
			if v != nil {
				w.str(key, *v)
			}
		}
		opt("number", r.Number)
		opt("title", r.Title)
		opt("text", r.Text)
		opt("term", r.Term)
		opt("executors_text", r.ExecutorsText)
		if r.Executors != nil {
			w.strs("executors", r.Executors)
		}
		opt("costs", r.Costs)
		if r.Indicators != nil {
			w.strs("indicators", r.Indicators)
		}
		if r.Goals != nil {
			w.strs("goals", r.Goals)
		}
	}
}

// tomlWriter writes TOML a line at a time.
type tomlWriter struct {
	b strings.Builder
}

func (w *tomlWriter) line(s string) { w.b.WriteString(s + "\n") }

func (w *tomlWriter) blank() { w.b.WriteString("\n") }

// comment writes s as comment lines. A comment cannot escape anything, so
// control characters (which a citation may quote from a broken number
// cell) become U+FFFD.
func (w *tomlWriter) comment(s string) {
	s = strings.Map(func(r rune) rune {
		if r != '\n' && (r < 0x20 && r != '\t' || r == 0x7f) {
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	for _, l := range strings.Split(s, "\n") {
		w.line(strings.TrimRight("# "+l, " "))
	}
}

// table starts a table or array-of-tables header after a blank line.
func (w *tomlWriter) table(header string) {
	w.blank()
	w.line(header)
}

func (w *tomlWriter) str(key, v string) { w.line(key + " = " + Quote(v)) }

// inlineWidth is how long an array may be to stay on its key's line.
const inlineWidth = 80

// strs writes an array of strings on one line when it is short, else one
// element a line.
func (w *tomlWriter) strs(key string, vs []string) {
	parts := make([]string, len(vs))
	multi := false
	for i, v := range vs {
		parts[i] = Quote(v)
		multi = multi || strings.Contains(v, "\n")
	}
	inline := key + " = [" + strings.Join(parts, ", ") + "]"
	if !multi && utf8.RuneCountInString(inline) <= inlineWidth {
		w.line(inline)
		return
	}
	w.line(key + " = [")
	for _, p := range parts {
		w.line("  " + p + ",")
	}
	w.line("]")
}

// Quote writes s as a TOML basic string, or as a multi-line basic string
// when it holds line breaks, so that paragraphs read as they stand in the
// document. Quotes and backslashes are escaped in both forms (which also
// keeps '"""' out of a multi-line string), control characters as \uXXXX.
func Quote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	multi := strings.Contains(s, "\n")
	var b strings.Builder
	if multi {
		b.WriteString(`"""` + "\n")
	} else {
		b.WriteByte('"')
	}
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' && multi:
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	if multi {
		b.WriteString(`"""`)
	} else {
		b.WriteByte('"')
	}
	return b.String()
}
