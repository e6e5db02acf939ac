package tomldecode

import "github.com/plansite/plansite/generator/diag"

// Limits on the shape of a document, checked before it is parsed.
//
// A small file can take BurntSushi/toml minutes and gigabytes, or its
// whole stack: 20 KB of nested inline tables or of one dotted key takes
// seconds, and the time grows with the square of the nesting. Real content
// nests five levels at most ([[section.task.measure.previous]] with a
// list in it) and its longest lines are a few hundred characters, so the
// limits are far from anything staff write and still keep every file's
// cost in proportion to its size.
const (
	// MaxDepth is how deep data may nest: each part of a table header
	// or a dotted key is one level, and the items of a list [ and the
	// keys of an inline table { sit one level below it.
	MaxDepth = 32
	// MaxLine is the longest line, in characters. A plan's longest text
	// on one line is under 1,000 characters.
	MaxLine = 10000
	// maxLongLines is how many over-long lines of a file are reported:
	// the fix is the same for every one.
	maxLongLines = 5
)

// CheckLimits reports lines longer than MaxLine and data nested deeper
// than MaxDepth, each at its place; a document with such problems is not
// parsed. It reads the text once, tracking only what it must to tell keys
// from values: strings, comments, brackets and dots in keys. lineOffset
// shifts reported lines, for front matter inside a note.
func CheckLimits(file, text string, lineOffset int) diag.List {
	l := &limitScan{file: file, text: text, offset: lineOffset, line: 1, col: 1, lineStart: 0, atLineStart: true}
	l.run()
	return l.problems
}

// limitScan is the state of CheckLimits' one pass.
type limitScan struct {
	file     string
	text     string
	offset   int
	problems diag.List

	i, line, col int // byte offset; line and column (characters) of text[i]
	lineStart    int // byte offset where the line starts
	longLines    int // over-long lines reported
	longReported bool

	// Nesting: stack holds the depth inside each open [ or {, and
	// whether it is an inline table (whose items start with keys).
	stack []frame
	// base is the depth of the current table (its header's parts);
	// keyDepth the depth a key's value sits at while it is read.
	base        int
	inKey       bool
	keyDepth    int
	atLineStart bool
	tooDeep     bool
}

type frame struct {
	depth  int
	inline bool
}

func (l *limitScan) eof() bool { return l.i >= len(l.text) }

// advance moves past one byte, keeping the line and column.
func (l *limitScan) advance() {
	c := l.text[l.i]
	l.i++
	switch {
	case c == '\n':
		l.line++
		l.col = 1
		l.lineStart = l.i
		l.longReported = false
	case c&0xC0 != 0x80 && c != '\r':
		// A byte that starts a character (a continuation byte does not).
		if l.col++; l.col > MaxLine+1 && !l.longReported {
			l.tooLong()
		}
	}
}

// tooLong reports the current line, at the first character past the limit.
func (l *limitScan) tooLong() {
	l.longReported = true
	if l.longLines++; l.longLines > maxLongLines {
		return
	}
	p := kindLongLine.At(l.file, diag.Pos{Line: l.line + l.offset, Col: MaxLine + 1, Len: 1}, MaxLine)
	p.Source = l.currentLine()
	l.problems.Add(p)
}

// currentLine returns the whole line being read.
func (l *limitScan) currentLine() string {
	end := l.i
	for end < len(l.text) && l.text[end] != '\n' {
		end++
	}
	s := l.text[l.lineStart:end]
	if len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
	}
	return s
}

// deeper reports nesting past MaxDepth at the current character (a
// bracket, or a dot of a key); the rest of the document is not looked at
// for nesting, since it will not be parsed anyway.
func (l *limitScan) deeper(depth int) bool {
	if depth <= MaxDepth || l.tooDeep {
		return l.tooDeep
	}
	l.tooDeep = true
	p := kindTooDeep.At(l.file, diag.Pos{Line: l.line + l.offset, Col: l.col, Len: 1}, MaxDepth)
	p.Source = l.currentLine()
	l.problems.Add(p)
	return true
}

func (l *limitScan) run() {
	for !l.eof() {
		c := l.text[l.i]
		switch {
		case c == '\n':
			if len(l.stack) == 0 {
				l.atLineStart, l.inKey = true, false
			}
			l.advance()
		case c == ' ' || c == '\t' || c == '\r':
			l.advance()
		case c == '#':
			for !l.eof() && l.text[l.i] != '\n' {
				l.advance()
			}
		case c == '"' || c == '\'':
			l.atLineStart = l.startKey(l.atLineStart)
			l.skipString(c)
		case c == '[' && l.atLineStart && len(l.stack) == 0:
			l.atLineStart = false
			l.header()
		default:
			l.atLineStart = l.startKey(l.atLineStart)
			l.other(c)
		}
	}
}

// startKey begins a key when a line of the top level starts with
// something other than a header; it returns the new atLineStart.
func (l *limitScan) startKey(atLineStart bool) bool {
	if atLineStart {
		l.inKey, l.keyDepth = true, l.base+1
	}
	return false
}

// other handles a character outside strings and comments.
func (l *limitScan) other(c byte) {
	top := len(l.stack) - 1
	switch {
	case l.inKey && c == '.':
		l.keyDepth++
		l.deeper(l.keyDepth)
	case l.inKey && c == '=':
		l.inKey = false
	case !l.inKey && (c == '[' || c == '{'):
		d := l.depthHere() + 1
		if !l.deeper(d) {
			l.stack = append(l.stack, frame{depth: d, inline: c == '{'})
		}
		if c == '{' {
			l.inKey, l.keyDepth = true, d
		}
	case !l.inKey && (c == ']' || c == '}') && top >= 0:
		l.stack = l.stack[:top]
	case !l.inKey && c == ',' && top >= 0 && l.stack[top].inline:
		l.inKey, l.keyDepth = true, l.stack[top].depth
	case l.inKey && c == '}' && top >= 0:
		l.stack, l.inKey = l.stack[:top], false // {} or a trailing comma
	}
	l.advance()
}

// depthHere is the depth of a value starting at the current character.
func (l *limitScan) depthHere() int {
	if n := len(l.stack); n > 0 && !l.stack[n-1].inline {
		return l.stack[n-1].depth
	}
	return l.keyDepth
}

// header reads [a.b] or [[a.b]], counting its parts.
func (l *limitScan) header() {
	depth := 1
	for !l.eof() {
		switch c := l.text[l.i]; c {
		case '\n':
			l.base = depth
			return
		case '"', '\'':
			l.skipString(c)
			continue
		case '.':
			depth++
			l.deeper(depth)
		case ']':
			l.base = depth
		case '#':
			l.base = depth
			return
		}
		l.advance()
	}
	l.base = depth
}

// skipString skips a basic, literal or multi-line string.
func (l *limitScan) skipString(q byte) {
	fence := l.i+3 <= len(l.text) && l.text[l.i+1] == q && l.text[l.i+2] == q
	if fence {
		l.advance()
		l.advance()
	}
	l.advance()
	for !l.eof() {
		c := l.text[l.i]
		switch {
		case c == '\\' && q == '"':
			l.advance()
			if !l.eof() {
				l.advance()
			}
			continue
		case c == '\n' && !fence:
			return // unclosed: the parser will say so
		case c == q && !fence:
			l.advance()
			return
		case c == q && l.i+3 <= len(l.text) && l.text[l.i+1] == q && l.text[l.i+2] == q:
			l.advance()
			l.advance()
			l.advance()
			// Up to two more quotes may belong to the string.
			for k := 0; k < 2 && !l.eof() && l.text[l.i] == q; k++ {
				l.advance()
			}
			return
		}
		l.advance()
	}
}
