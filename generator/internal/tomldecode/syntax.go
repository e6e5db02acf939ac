package tomldecode

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
)

// SyntaxProblem turns a TOML syntax error into a problem staff can act on.
//
// BurntSushi/toml finds the error and its byte offset; its message is
// English and written for programmers, and its position is where the
// parser gave up, which is not always where the mistake is (an unclosed
// string is noticed at the end of the line, a duplicate key at the start of
// the next). So we recognise the common mistakes by the parser's message
// (syntaxRules), look at the text around the offset, and point at the
// mistake itself: the opening quote, the repeated key, the text that needs
// quotes. lineOffset shifts reported lines, for front matter inside a note.
func SyntaxProblem(file, text string, err error, lineOffset int) diag.Problem {
	pe, ok := err.(toml.ParseError)
	if !ok {
		return kindTOMLSyntax.At(file, diag.Pos{}, err.Error())
	}
	// The parser's offsets are in the text after its byte order mark (a
	// theme's strings are read as they are on disk).
	text = strings.TrimPrefix(text, "\uFEFF")
	s := &syntaxText{text: text, lines: strings.Split(text, "\n"), offset: lineOffset}
	for i, l := range s.lines {
		s.lines[i] = strings.TrimSuffix(l, "\r")
	}
	e := syntaxError{key: lastSegment(pe.LastKey), msg: pe.Message}
	e.line, e.col = s.locate(pe.Position.Start, pe.Position.Line)
	e.n = max(1, pe.Position.Len) // bytes; converted to characters below
	at, kind, args := syntaxRules[syntaxRuleFor(e.msg)].fix(s, e)
	return s.problem(file, at, kind, args)
}

// problem builds the problem shown at spot.
func (s *syntaxText) problem(file string, at syntaxSpot, kind diag.Kind, args []any) diag.Problem {
	// An error at the end of the text is shown at the end of its last
	// line: the empty "line" after the final line break is, in a note,
	// the closing +++.
	line, col := at.line, at.col
	if line > 1 && line == len(s.lines) && s.line(line) == "" {
		line--
		col = len(s.line(line))
	}
	src := s.line(line)
	col = min(max(col, 0), len(src))
	end := min(col+max(at.n, 1), len(src))
	pos := diag.Pos{Line: line + s.offset, Col: utf8.RuneCountInString(src[:col]) + 1,
		Len: max(1, utf8.RuneCountInString(src[col:end]))}
	p := kind.At(file, pos, args...)
	p.Source = src
	return p
}

// syntaxText is a document with its lines, for looking around an error.
type syntaxText struct {
	text   string
	lines  []string
	offset int // added to line numbers named in messages
}

// line returns line n (1-based) without its line end, or "".
func (s *syntaxText) line(n int) string {
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return s.lines[n-1]
}

// locate turns a byte offset into a line and a byte column (0-based) in
// it. When the offset is out of range it keeps the parser's line and puts
// the column at the line's end.
func (s *syntaxText) locate(offset, fallbackLine int) (line, col int) {
	if offset < 0 || offset > len(s.text) {
		line = min(max(fallbackLine, 1), len(s.lines))
		return line, len(s.line(line))
	}
	line = strings.Count(s.text[:offset], "\n") + 1
	col = offset - (strings.LastIndexByte(s.text[:offset], '\n') + 1)
	return line, min(col, len(s.line(line)))
}

// duplicate places a "defined twice" error: on the repeated key or table
// header near line, naming where it was first given.
func (s *syntaxText) duplicate(line int, name string) (int, int, int, diag.Kind, []any) {
	last := lastSegment(name)
	// The parser reports the line of the repetition, or (when the key
	// starts a line) sometimes the line before it.
	for _, l := range []int{line, line + 1, line - 1} {
		t := s.line(l)
		trimmed := strings.TrimSpace(t)
		indent := len(t) - len(strings.TrimLeft(t, " \t"))
		if h := headerName(trimmed); h != "" && lastSegment(h) == last {
			first := 0
			for i := 1; i < l; i++ {
				if headerName(strings.TrimSpace(s.line(i))) == h {
					first = i
					break
				}
			}
			if first == 0 {
				return l, indent, len(trimmed), kindDuplicateKeyHere, []any{h}
			}
			return l, indent, len(trimmed), kindDuplicateTable, []any{h, first + s.offset}
		}
		if k := lineKey(trimmed); k != "" && lastSegment(k) == last {
			// The first definition is above, in the same table: stop at
			// the table's header.
			first := 0
			for i := l - 1; i >= 1; i-- {
				u := strings.TrimSpace(s.line(i))
				if lineKey(u) == k {
					first = i
					break
				}
				if headerName(u) != "" {
					break
				}
			}
			if first == 0 {
				return l, indent, len(k), kindDuplicateKeyHere, []any{k}
			}
			return l, indent, len(k), kindDuplicateKey, []any{k, first + s.offset}
		}
	}
	return line, 0, len(s.line(line)), kindDuplicateKeyHere, []any{name}
}

// headerName returns "section.measure" for "[[section.measure]]" or "[x]".
func headerName(line string) string {
	if !strings.HasPrefix(line, "[") {
		return ""
	}
	line = cutComment(line)
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "[]"))
	return strings.ReplaceAll(line, " ", "")
}

// lineKey returns the key of a "key = value" line, or "".
func lineKey(line string) string {
	if strings.HasPrefix(line, "[") || strings.HasPrefix(line, "#") {
		return ""
	}
	k, _, ok := strings.Cut(line, "=")
	if !ok {
		return ""
	}
	return strings.ReplaceAll(strings.TrimSpace(k), " ", "")
}

// lastSegment returns the last part of a dotted key.
func lastSegment(key string) string {
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[i+1:]
	}
	return key
}

// quotedIn returns the text between the first pair of ' or " in msg.
func quotedIn(msg string) string {
	i := strings.IndexAny(msg, `'"`)
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(msg[i+1:], msg[i])
	if j < 0 {
		return msg[i+1:]
	}
	return msg[i+1 : i+1+j]
}

// cutComment drops a "# comment" that is not inside quotes.
func cutComment(s string) string {
	var q byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case q != 0 && c == '\\' && q == '"':
			i++
		case q != 0 && c == q:
			q = 0
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case q == 0 && c == '#':
			return s[:i]
		}
	}
	return s
}

// openQuote returns the byte column and the quote character of the string
// left open at the end of line, or -1.
func openQuote(line string) (int, byte) {
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch c {
		case '#':
			return -1, 0
		case '"', '\'':
			if strings.HasPrefix(line[i:], strings.Repeat(string(c), 3)) {
				end := strings.Index(line[i+3:], strings.Repeat(string(c), 3))
				if end < 0 {
					return -1, 0 // a multi-line string: not this mistake
				}
				i += 3 + end + 2
				continue
			}
			j := i + 1
			for ; j < len(line); j++ {
				if c == '"' && line[j] == '\\' {
					j++
					continue
				}
				if line[j] == c {
					break
				}
			}
			if j >= len(line) {
				return i, c
			}
			i = j
		}
	}
	return -1, 0
}

// isASCIIKey reports whether s may be a bare TOML key (or a dotted one).
func isASCIIKey(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

var (
	looseDate  = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})([T ].*)?$`)
	dottedDate = regexp.MustCompile(`^(\d{1,2})[./](\d{1,2})[./](\d{4})$`)
)

// monthsIn are Ukrainian month names after "у" ("у лютому").
var monthsIn = [...]string{"січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"}

// dateAdvice says why value (as written, or as decoded) is not a date for
// key, and what to write instead.
func dateAdvice(key string, value any) (reason, advice diag.Text) {
	generic := diag.Text{
		UK: "пишіть дату як РРРР-ММ-ДД без лапок: " + key + " = 2021-03-01",
		EN: "write the date as YYYY-MM-DD without quotes: " + key + " = 2021-03-01"}
	switch v := value.(type) {
	case time.Time:
		d := v.Format("2006-01-02")
		return diag.Text{UK: "дата не може містити часу (" + describeTime(v) + ")", EN: "a date cannot have a time (" + describeTime(v) + ")"},
			diag.Text{UK: "залиште лише дату: " + key + " = " + d, EN: "keep the date only: " + key + " = " + d}
	case string:
		if m := dottedDate.FindStringSubmatch(v); m != nil {
			d := fmt.Sprintf("%s-%02s-%02s", m[3], m[2], m[1])
			d = strings.ReplaceAll(d, " ", "0")
			return diag.Text{UK: "«" + v + "» записано в порядку день.місяць.рік", EN: strconv.Quote(v) + " is written day.month.year"},
				diag.Text{UK: "пишіть рік-місяць-день, без лапок: " + key + " = " + d, EN: "write year-month-day, without quotes: " + key + " = " + d}
		}
		m := looseDate.FindStringSubmatch(v)
		if m == nil {
			return diag.Text{UK: "«" + v + "» не є датою", EN: strconv.Quote(v) + " is not a date"}, generic
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		switch {
		case mo < 1 || mo > 12:
			return diag.Text{UK: fmt.Sprintf("місяця %d не буває", mo), EN: fmt.Sprintf("there is no month %d", mo)},
				diag.Text{UK: "перевірте дату: РРРР-ММ-ДД, місяць від 01 до 12", EN: "check the date: YYYY-MM-DD, the month 01 to 12"}
		case d < 1 || d > daysIn(y, mo):
			n := daysIn(y, mo)
			return diag.Text{UK: fmt.Sprintf("у %s %d року лише %d днів", monthsIn[mo-1], y, n), EN: fmt.Sprintf("%s %d has only %d days", time.Month(mo), y, n)},
				diag.Text{UK: "перевірте число: РРРР-ММ-ДД, наприклад " + key + fmt.Sprintf(" = %04d-%02d-%02d", y, mo, n),
					EN: "check the day: YYYY-MM-DD, e.g. " + key + fmt.Sprintf(" = %04d-%02d-%02d", y, mo, n)}
		case m[4] != "":
			return diag.Text{UK: "дата не може містити часу (" + v + ")", EN: "a date cannot have a time (" + v + ")"},
				diag.Text{UK: "залиште лише дату: " + key + fmt.Sprintf(" = %04d-%02d-%02d", y, mo, d), EN: "keep the date only: " + key + fmt.Sprintf(" = %04d-%02d-%02d", y, mo, d)}
		default:
			fixed := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
			return diag.Text{UK: "місяць і день пишуть двома цифрами", EN: "the month and day take two digits each"},
				diag.Text{UK: "пишіть " + key + " = " + fixed + " (без лапок)", EN: "write " + key + " = " + fixed + " (without quotes)"}
		}
	}
	got := describe(value)
	return diag.Text{UK: "тут має бути дата, а не щось інше (" + got.UK + ")", EN: "a date was expected, not " + got.EN}, generic
}

// dateRangeAdvice says that the date value, a date in itself, lies
// outside the years content may hold.
func dateRangeAdvice(key string, value any) (reason, advice diag.Text) {
	d := fmt.Sprint(value)
	if t, ok := value.(time.Time); ok {
		d = t.Format("2006-01-02")
	}
	years := fmt.Sprintf("%d–%d", content.MinYear, content.MaxYear)
	return diag.Text{UK: "дата " + d + " лежить поза роками " + years, EN: "the date " + d + " is outside the years " + years},
		diag.Text{UK: "перевірте рік: дати планів і звітів лежать у " + years + " роках, наприклад " + key + " = 2021-03-01",
			EN: "check the year: the dates of plans and reports lie in " + years + ", e.g. " + key + " = 2021-03-01"}
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// describeTime writes a TOML date-time as it was probably written: a
// local date-time (BurntSushi gives it a zone named "datetime-local")
// without a zone.
func describeTime(t time.Time) string {
	if strings.HasSuffix(t.Location().String(), "-local") {
		return t.Format("2006-01-02T15:04:05")
	}
	return t.Format(time.RFC3339)
}
