package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

var labels = struct {
	error, warning, fix, summaryErr, summaryWarn, ok Text
}{
	error:       Text{"помилка", "error"},
	warning:     Text{"попередження", "warning"},
	fix:         Text{"як виправити", "how to fix"},
	summaryErr:  Text{"Знайдено помилок: %d, попереджень: %d. Нічого не опубліковано.", "Found %d errors and %d warnings. Nothing was published."},
	summaryWarn: Text{"Помилок немає; попереджень: %d.", "No errors; %d warnings."},
	ok:          Text{"Усе гаразд: помилок немає.", "All good: no problems found."},
}

// Pretty writes every problem with its source line and a caret under the
// offending text, then a summary line.
func (l List) Pretty(w io.Writer, lang string) {
	for _, p := range l {
		sev := labels.error
		if p.Severity == Warning {
			sev = labels.warning
		}
		// Everything from content passes through Printable: the file
		// name, the line and the values quoted in the message.
		fmt.Fprintf(w, "%s: %s: %s\n", Printable(p.Where()), sev.In(lang), Printable(p.Message.In(lang)))
		switch {
		case p.Pos.Line > 0 && p.Pos.Col > 0:
			// The line is shown even when it is empty: the caret still
			// says where something is missing.
			line, pos := window(Printable(p.Source), p.Pos)
			gutter := fmt.Sprintf("%6d | ", p.Pos.Line)
			fmt.Fprintf(w, "%s%s\n", gutter, strings.ReplaceAll(line, "\t", "    "))
			fmt.Fprintf(w, "%s%s\n", strings.Repeat(" ", 7)+"| ", caret(line, pos))
		case p.Pos.Line == 0 && p.File != "":
			// A problem with the whole file (its name, its size, where
			// it leads): the file name is the thing to fix, so it is
			// what the caret marks.
			file := Printable(p.File)
			fmt.Fprintf(w, "%s%s\n", strings.Repeat(" ", 7)+"| ", file)
			fmt.Fprintf(w, "%s%s\n", strings.Repeat(" ", 7)+"| ", fileCaret(file))
		}
		if h := p.Hint.In(lang); h != "" {
			fmt.Fprintf(w, "  %s: %s\n", labels.fix.In(lang), Printable(h))
		}
		fmt.Fprintln(w)
	}
	errs := len(l.Errors())
	switch {
	case errs > 0:
		fmt.Fprintf(w, labels.summaryErr.In(lang)+"\n", errs, len(l)-errs)
	case len(l) > 0:
		fmt.Fprintf(w, labels.summaryWarn.In(lang)+"\n", len(l))
	default:
		fmt.Fprintln(w, labels.ok.In(lang))
	}
}

// caret returns spaces up to the column and carets over the marked text.
// Tabs before the column widen like the source line does.
func caret(line string, p Pos) string {
	var b strings.Builder
	col := 1
	for _, r := range line {
		if col >= p.Col {
			break
		}
		if r == '\t' {
			b.WriteString("    ")
		} else {
			b.WriteByte(' ')
		}
		col++
	}
	n := p.Len
	if rest := utf8.RuneCountInString(line) - (p.Col - 1); n > rest && rest > 0 {
		n = rest
	}
	if n < 1 {
		n = 1
	}
	b.WriteString(strings.Repeat("^", n))
	return b.String()
}

// maxShown is the most characters of a source line shown: a longer line
// (a pasted table, a minified file) is shown around the caret.
const maxShown = 200

// window returns the part of line to show for pos, with an ellipsis for
// what is left out on either side, and pos moved to match.
func window(line string, pos Pos) (string, Pos) {
	n := utf8.RuneCountInString(line)
	if n <= maxShown {
		return line, pos
	}
	r := []rune(line)
	start := min(max(0, pos.Col-1-maxShown/4), n-maxShown)
	end := start + maxShown
	out := string(r[start:end])
	pos.Col -= start
	if start > 0 {
		out = "…" + out
		pos.Col++
	}
	if end < n {
		out += "…"
	}
	return out, pos
}

// fileCaret marks the last element of a slash path, the file's own name.
func fileCaret(file string) string {
	i := strings.LastIndexByte(file, '/') + 1
	return strings.Repeat(" ", utf8.RuneCountInString(file[:i])) + strings.Repeat("^", max(1, utf8.RuneCountInString(file[i:])))
}

// jsonProblem is the stable JSON shape for CI annotations.
type jsonProblem struct {
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	EndCol   int    `json:"end_column,omitempty"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
}

// JSON writes the problems as a JSON array.
func (l List) JSON(w io.Writer, lang string) error {
	out := make([]jsonProblem, 0, len(l))
	for _, p := range l {
		jp := jsonProblem{File: p.File, Line: p.Pos.Line, Column: p.Pos.Col, Severity: "error",
			Code: p.Code, Message: p.Message.In(lang), Hint: p.Hint.In(lang)}
		if p.Pos.Col > 0 && p.Pos.Len > 0 {
			jp.EndCol = p.Pos.Col + p.Pos.Len
		}
		if p.Severity == Warning {
			jp.Severity = "warning"
		}
		out = append(out, jp)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// GitHub writes the problems as GitHub Actions workflow commands, which
// appear as annotations on the changed lines of a pull request.
func (l List) GitHub(w io.Writer, lang string) {
	esc := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	escMsg := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	for _, p := range l {
		kind := "error"
		if p.Severity == Warning {
			kind = "warning"
		}
		msg := p.Message.In(lang)
		if h := p.Hint.In(lang); h != "" {
			msg += " — " + h
		}
		// The workflow command escapes only what GitHub would misread;
		// Printable keeps the rest of the log readable.
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", kind, esc.Replace(Printable(p.File)),
			max(p.Pos.Line, 1), max(p.Pos.Col, 1), esc.Replace(p.Code), escMsg.Replace(Printable(msg)))
	}
}

// Excerpt keeps a long value (a data: URL, a block of HTML) from filling
// a message: its first line, at most 60 characters. The caret shows where
// the whole of it is.
func Excerpt(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + "…"
	}
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return s
}
