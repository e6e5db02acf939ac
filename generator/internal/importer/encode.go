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
		for j := range s.Tasks {
			t := &s.Tasks[j]
			w.table("[[section.task]]")
			w.str("id", t.ID)
			w.str("number", t.Number)
			w.str("title", t.Title)
			for k := range t.Measures {
				w.measure("section.task.measure", citation(s, t, nil, &t.Measures[k]), &t.Measures[k])
			}
		}
		for j := range s.Groups {
			g := &s.Groups[j]
			w.table("[[section.group]]")
			w.str("id", g.ID)
			w.str("title", g.Title)
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
