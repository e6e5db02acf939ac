package wordtable

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// Cell is one table cell.
type Cell struct {
	// Text is the cell's text: white space around it trimmed, inner
	// spaces and spelling kept, its lines joined by the rule of join, so
	// that it holds "\n" only where the source starts a new sentence or
	// list item.
	Text string
	// Lines are the cell's source lines, blank lines inside included,
	// trailing blank lines left out. The first is the TAB line, without
	// its TAB.
	Lines []Line
	// Col is the 1-based column (in characters) where the cell's text
	// starts on its first line; the opening TAB is column 1.
	Col int
	// Merged is set on a cell that continues a vertically merged cell of
	// a .docx table (w:vMerge): Word shows one cell across several rows,
	// whose text is held by its first cell. Such a cell has no text of
	// its own; MergedText is the text of the cell it continues.
	Merged     bool
	MergedText string
}

// Line returns the source line number where the cell opens.
func (c Cell) Line() int { return c.Lines[0].Num }

// Pos returns the cell's position for problems: its first line, from the
// start of its text to the end of that line.
func (c Cell) Pos() diag.Pos {
	n := utf8.RuneCountInString(strings.TrimSpace(c.Lines[0].Text))
	return diag.Pos{Line: c.Line(), Col: c.Col, Len: max(n, 1)}
}

// Paragraphs returns the text split at its kept line breaks; nil for an
// empty cell.
func (c Cell) Paragraphs() []string {
	if c.Text == "" {
		return nil
	}
	return strings.Split(c.Text, "\n")
}

// finish drops trailing blank lines and computes Text and Col.
func (c *Cell) finish() {
	for len(c.Lines) > 1 && c.Lines[len(c.Lines)-1].Blank() {
		c.Lines = c.Lines[:len(c.Lines)-1]
	}
	c.Text = join(c.Lines)
	first := c.Lines[0].Text
	lead := len(first) - len(strings.TrimLeftFunc(first, unicode.IsSpace))
	c.Col = 2 + utf8.RuneCountInString(first[:lead])
	if lead == len(first) {
		c.Col = 1 // an empty cell: point at its TAB
	}
}

// join folds a cell's lines into its text. Word breaks lines in two ways
// that look alike in the text export: a paragraph break the author typed
// between sentences or list items, and a line the author broke by hand
// inside a phrase ("2019-2026" / "роки"). The first is kept as "\n", the
// second becomes one space. Blank lines between them carry no meaning and
// are dropped; each line is trimmed, inner spaces stay as typed.
func join(lines []Line) string {
	var b strings.Builder
	prev := ""
	for _, l := range lines {
		s := strings.TrimSpace(l.Text)
		if s == "" {
			continue
		}
		if prev != "" {
			if keepBreak(prev, s) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
		prev = s
	}
	return b.String()
}

// keepBreak decides a line break between the trimmed lines prev and next.
// The break is folded into a space where the phrase clearly goes on:
// prev ends with a comma, a dash or hyphen, a digit ("2019-2026" / "роки")
// or an abbreviation ("кв." / "2019 року"); otherwise where next starts
// with a lower-case letter, a digit or "(". It is kept where prev ends a
// list item or a label (";" or ":", even before a lower-case item, as in
// the lists of specific goals) and in every remaining case: a sentence end
// (". ! ?") or no punctuation at all before a capital letter.
func keepBreak(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case last == ',' || uktext.IsDash(last) || unicode.IsDigit(last) || endsWithAbbreviation(prev):
		return false
	case last == ';' || last == ':':
		return true
	case unicode.IsLower(first) || unicode.IsDigit(first) || first == '(':
		return false
	}
	return true
}

// abbreviations are the shortened words after which a dot does not end a
// sentence in these documents: "ІІ-ІІІ кв. 2019 року", "м. Дубно".
var abbreviations = map[string]bool{
	"кв": true, "м": true, "р": true, "рр": true, "ст": true, "п": true, "пп": true,
	"ч": true, "вул": true, "обл": true, "грн": true, "тис": true, "млн": true,
	"с": true, "смт": true, "напр": true, "зокр": true, "ім": true, "див": true,
	"т.ч": true,
}

func endsWithAbbreviation(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	word := strings.TrimSuffix(s, ".")
	if i := strings.LastIndexFunc(word, unicode.IsSpace); i >= 0 {
		word = word[i+1:]
	}
	return abbreviations[strings.ToLower(word)]
}
