package markdown

import (
	"bytes"
	"unicode/utf8"
)

// Limits on a note body, checked before goldmark parses it.
//
// goldmark takes time that grows with the square of some shapes: 64 KiB of
// ">" nested on one line took 3 s, of "1. 1. 1. …" 2 s, and 30 KB of a
// table with 5,000 columns over 30,000 empty rows took over 30 s and a
// gigabyte (every row is padded to the header's width). Staff's notes
// nest a list in a list, hold a small table, and run a few KiB; the
// limits are far from that and keep the cost of any body in proportion
// to its size. Bodies beyond MaxBody are not parsed at all.
const (
	// MaxBody is the largest body parsed, in bytes: a note is a report
	// of a page or two, and hostile shapes of this size parse in well
	// under a second.
	MaxBody = 256 << 10
	// MaxDepth is how deeply quotes (>) and lists may nest.
	MaxDepth = 16
	// MaxLine is the longest line, in characters. A paragraph pasted
	// from Word is one line, and a long one is two thousand; goldmark's
	// time on some lines grows with the square of their length.
	MaxLine = 5000
	// MaxColumns bounds a table's columns, and MaxCells the cells of all
	// tables of a body (a row counts as many cells as its header).
	MaxColumns = 64
	MaxCells   = 10000
	// maxReported is how many lines past one limit are reported.
	maxReported = 5
)

// limits finds what in src is beyond the limits, each problem once per
// line, the rest of the body after a problem still looked at.
func limits(src []byte) []Issue {
	if len(src) > MaxBody {
		return []Issue{{Kind: TooLarge, Limit: MaxBody}}
	}
	var issues []Issue
	// Each kind is reported a few times at most: a body of ten thousand
	// over-long lines needs one fix, said once. Nesting is reported once:
	// what follows the first place nests from it.
	reported := map[IssueKind]int{}
	report := func(is Issue) {
		most := maxReported
		if is.Kind == TooDeep {
			most = 1
		}
		if reported[is.Kind]++; reported[is.Kind] <= most {
			issues = append(issues, is)
		}
	}
	table := tableState{}
	for lineNo, start := 1, 0; start <= len(src); lineNo++ {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		at := func(kind IssueKind, byteCol, limit int) Issue {
			return Issue{Kind: kind, Line: lineNo, Col: utf8.RuneCount(line[:byteCol]) + 1, Len: 1, Source: string(line), Limit: limit}
		}
		depth, deepAt, rest := containers(line)
		if depth > MaxDepth {
			report(at(TooDeep, deepAt, MaxDepth))
		}
		if n := utf8.RuneCount(line); n > MaxLine {
			i := 0
			for k := 0; k < MaxLine; k++ {
				_, size := utf8.DecodeRune(line[i:])
				i += size
			}
			report(at(LongLine, i, MaxLine))
		}
		if kind, col, bad := table.line(line, rest); bad {
			report(at(kind, col, map[IssueKind]int{TableTooWide: MaxColumns, TableTooBig: MaxCells}[kind]))
		}
		start = end + 1
	}
	return issues
}

// containers reads the quote markers, list markers and indentation that
// open a line, and returns how deep they nest, the byte column of the
// marker that went past MaxDepth, and the byte offset of the line's text
// after them. Indentation before a marker counts one level for each two
// columns, as a nested list is indented under its parent item.
func containers(line []byte) (depth, deepAt, rest int) {
	i := 0
	for i < len(line) {
		indent, j := 0, i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			if line[j] == '\t' {
				indent += 4
			} else {
				indent++
			}
			j++
		}
		n := marker(line[j:])
		if n == 0 {
			return depth, deepAt, i
		}
		depth += 1 + indent/2
		if depth > MaxDepth && deepAt == 0 {
			deepAt = j
		}
		i = j + n
	}
	return depth, deepAt, i
}

// marker returns the length of the quote or list marker b starts with,
// with the space after it, or 0.
func marker(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	spaced := func(n int) int {
		if n == len(b) {
			return n
		}
		if b[n] == ' ' || b[n] == '\t' {
			return n + 1
		}
		return 0
	}
	switch c := b[0]; {
	case c == '>':
		if len(b) > 1 && b[1] == ' ' {
			return 2
		}
		return 1
	case c == '-' || c == '*' || c == '+':
		return spaced(1)
	case c >= '0' && c <= '9':
		n := 1
		for n < len(b) && n < 9 && b[n] >= '0' && b[n] <= '9' {
			n++
		}
		if n < len(b) && (b[n] == '.' || b[n] == ')') {
			return spaced(n + 1)
		}
	}
	return 0
}

// tableState follows the tables of a body: a delimiter row (|---|---|)
// starts one, and its rows run to the next blank line. Cells are counted
// over the whole body: many tables at a limit each add up as one large.
type tableState struct {
	columns, cells int
	reported       bool
}

// line takes one line (rest is where its text starts, after quote and
// list markers) and reports a table that has grown too wide or too large,
// and the byte column to mark.
func (t *tableState) line(line []byte, rest int) (IssueKind, int, bool) {
	text := bytes.TrimSpace(line[rest:])
	if len(text) == 0 {
		t.columns = 0
		return 0, 0, false
	}
	if n := delimiterColumns(text); n > 0 {
		t.columns = n
		if n > MaxColumns {
			t.columns = 0 // reported here; its rows are not counted
			return TableTooWide, rest, true
		}
		return t.add(n, rest)
	}
	if t.columns == 0 {
		return 0, 0, false
	}
	// Every row is padded to the header's columns, and may add more.
	row := bytes.TrimSuffix(bytes.TrimPrefix(text, []byte("|")), []byte("|"))
	return t.add(max(t.columns, bytes.Count(row, []byte("|"))+1), rest)
}

// add counts n cells more, and reports the first row past MaxCells.
func (t *tableState) add(n, rest int) (IssueKind, int, bool) {
	t.cells += n
	if t.cells <= MaxCells || t.reported {
		return 0, 0, false
	}
	t.reported = true
	return TableTooBig, rest, true
}

// delimiterColumns returns the number of columns of a table's delimiter
// row ("| --- | :-: |"), or 0 when text is not one.
func delimiterColumns(text []byte) int {
	if bytes.IndexByte(text, '|') < 0 {
		return 0
	}
	text = bytes.TrimSuffix(bytes.TrimPrefix(text, []byte("|")), []byte("|"))
	cells := bytes.Split(text, []byte("|"))
	for _, c := range cells {
		c = bytes.TrimSpace(c)
		c = bytes.TrimSuffix(bytes.TrimPrefix(c, []byte(":")), []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) != 0 {
			return 0
		}
	}
	return len(cells)
}
