// Package diag holds content diagnostics: what is wrong, where
// (file:line:column), and how to fix it, in Ukrainian and English.
//
// Staff who publish the portal are not developers, so a diagnostic is built
// to be read by them: every problem found is reported at once, each names the
// exact place, shows the offending line with a caret under it, and says what
// to do about it.
package diag

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Severity tells errors, which stop a build, from warnings, which do not.
type Severity int

const (
	// Error stops the build; nothing is written.
	Error Severity = iota
	// Warning is reported but does not stop the build.
	Warning
)

// Pos is a place in a file: 1-based line and column (in characters) and the
// length of the marked text. The zero Pos means the whole file.
type Pos struct {
	Line, Col, Len int
}

// Text is a message in both interface languages.
type Text struct {
	UK, EN string
}

// In returns the text in lang ("uk" or "en"); Ukrainian is the default.
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.UK
}

// Problem is one diagnostic.
type Problem struct {
	// File is the path as the user knows it, slash-separated and relative
	// to the site folder, e.g. "content/plans/dubno-2021/plan.toml".
	File string
	Pos  Pos
	// Severity is Error or Warning.
	Severity Severity
	// Code is a stable machine-readable name of the kind of problem.
	Code string
	// Message says what is wrong; Hint says how to fix it.
	Message, Hint Text
	// Source is the text of the offending line, for the caret display.
	Source string
}

// Kind is a kind of problem: a stable code, a severity, and message and
// hint formats in both languages. Packages declare the kinds they report
// next to the checks that report them.
type Kind struct {
	Code     string
	Severity Severity
	// UK and EN are fmt formats for the message; HintUK and HintEN for
	// the advice, which may use a prefix of the same arguments.
	UK, EN, HintUK, HintEN string
}

// At makes a problem of this kind at file:pos; args fill the formats. An
// argument of type Text is given to each format in that format's
// language, so that a message can name things ("a list", "a date") in
// words of the language it is read in.
func (k Kind) At(file string, pos Pos, args ...any) Problem {
	uk, en := inLang(args, "uk"), inLang(args, "en")
	return Problem{
		File:     file,
		Pos:      pos,
		Severity: k.Severity,
		Code:     k.Code,
		Message:  Text{sprintfOpt(k.UK, uk), sprintfOpt(k.EN, en)},
		Hint:     Text{sprintfOpt(k.HintUK, uk), sprintfOpt(k.HintEN, en)},
	}
}

// inLang returns args with every Text replaced by its text in lang.
func inLang(args []any, lang string) []any {
	var out []any // a copy, made only when needed: args is the caller's
	for i, a := range args {
		if t, ok := a.(Text); ok {
			if out == nil {
				out = append([]any(nil), args...)
			}
			out[i] = t.In(lang)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// sprintfOpt formats with only the arguments format refers to, so that a
// message and its hint can each use some of a kind's arguments, in any
// order ("%[2]s").
func sprintfOpt(format string, args []any) string {
	if format == "" {
		return ""
	}
	n := min(argsUsed(format), len(args))
	return fmt.Sprintf(format, args[:n]...)
}

// argsUsed returns how many leading arguments format consumes: the highest
// argument index any verb refers to.
func argsUsed(format string) int {
	used, next := 0, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		// Flags, width and precision, possibly with an explicit index.
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			if format[i] == '[' {
				j := strings.IndexByte(format[i:], ']')
				if j < 0 {
					break
				}
				if k, err := strconv.Atoi(format[i+1 : i+j]); err == nil {
					next = k - 1
				}
				i += j
			}
			i++
		}
		next++
		used = max(used, next)
	}
	return used
}

// WithHint returns p with extra advice appended to its hint, e.g. the
// nearest valid ids.
func (p Problem) WithHint(extra Text) Problem {
	add := func(a, b string) string {
		if a == "" {
			return b
		}
		return a + "; " + b
	}
	p.Hint = Text{add(p.Hint.UK, extra.UK), add(p.Hint.EN, extra.EN)}
	return p
}

// Where returns "file:line:col", "file:line" or "file".
func (p Problem) Where() string {
	switch {
	case p.Pos.Line == 0:
		return p.File
	case p.Pos.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Pos.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Pos.Line, p.Pos.Col)
}

// Line formats the problem on one line: "file:line:col: message (hint)",
// printable on a terminal (see Printable).
func (p Problem) Line(lang string) string {
	s := p.Where() + ": "
	if p.Severity == Warning {
		s += labels.warning.In(lang) + ": "
	}
	s += p.Message.In(lang)
	if h := p.Hint.In(lang); h != "" {
		s += " (" + h + ")"
	}
	return Printable(s)
}

// Error implements error with the Ukrainian one-line form.
func (p Problem) Error() string { return p.Line("uk") }

// List is a set of problems.
type List []Problem

// Add appends problems.
func (l *List) Add(p ...Problem) { *l = append(*l, p...) }

// Sort orders problems by file, line and column, so output is stable
// whatever order the checks ran in.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Code < b.Code
	})
}

// TooMany is the problem Limit puts in place of those it leaves out; its
// one argument is how many.
var TooMany = Kind{Code: "too-many-problems",
	UK: "у файлі є й інші проблеми (ще %d), їх не показано", EN: "the file has more problems (%d more), not shown",
	HintUK: "виправте показані проблеми й запустіть перевірку знову; якщо їх так багато, можливо, у файл вставлено не той текст",
	HintEN: "fix the problems shown and run the check again; if there are so many, perhaps the wrong text was pasted into the file"}

// Limit returns l with at most n problems of each file, in their order,
// and for a file that had more, one problem saying how many more there
// are: a file of a megabyte is not a megabyte of output.
func (l List) Limit(n int) List {
	count := map[string]int{}
	for _, p := range l {
		count[p.File]++
	}
	over := false
	for _, c := range count {
		over = over || c > n
	}
	if !over {
		return l
	}
	out := make(List, 0, len(l))
	kept := map[string]int{}
	for _, p := range l {
		if kept[p.File]++; kept[p.File] <= n {
			out = append(out, p)
		} else if kept[p.File] == n+1 {
			out = append(out, TooMany.At(p.File, Pos{}, count[p.File]-n))
		}
	}
	return out
}

// Errors returns only the problems of Error severity.
func (l List) Errors() List {
	var out List
	for _, p := range l {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}

// HasErrors reports whether any problem stops the build.
func (l List) HasErrors() bool { return len(l.Errors()) > 0 }

// Err returns the list as an error when it holds errors, else nil.
func (l List) Err() error {
	if l.HasErrors() {
		return ListError(l)
	}
	return nil
}

// ListError is a List that stopped a build.
type ListError List

func (e ListError) Error() string {
	errs := List(e).Errors()
	if len(errs) == 1 {
		return errs[0].Error()
	}
	return fmt.Sprintf("%s (+%d)", errs[0].Error(), len(errs)-1)
}
