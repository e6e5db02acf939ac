// Package tomldecode decodes TOML content files and reports every problem in
// them at once, each at its file, line and column.
//
// BurntSushi/toml parses; this package adds what staff need on top: syntax
// errors told in their words (syntax.go), values of the wrong type and
// unknown keys found while filling Go structs (decode.go), and the position
// of every key (index.go), so that later checks can point at a key too.
//
// The Index maps the keys of a TOML document to their positions.
//
// BurntSushi/toml reports positions for syntax errors but keeps the positions
// of keys private, and plansite must name file:line:column for every content
// problem it finds after decoding too: a duplicate id, a reference to a
// missing executor, an unknown key. So we scan the (already valid) document
// once more and record where each key, value and array element starts, keyed
// by its full path with array indices, e.g.
//
//	section[1].task[0].measure[2].executors[1]
//
// The scanner trusts that the document parsed; on input it does not
// understand it records less rather than failing. It takes time and memory
// in proportion to the document: every position is worked out from
// per-line tables made once, and values nested deeper than MaxDepth are
// skipped, not recorded (Decode refuses such documents before they get
// here; the bound keeps Parse safe on its own).
package tomldecode

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/diag"
)

// Position is a place in a document.
type Position struct {
	// Line and Col are 1-based; Col counts characters (runes), as editors do.
	Line, Col int
	// Len is the length of the marked text in characters, at least 1.
	Len int
}

// Entry is one recorded key or array element.
type Entry struct {
	// Path is the full path with array indices, e.g. "section[0].id".
	Path string
	// Key is the position of the key itself (for array elements, of the
	// element).
	Key Position
	// Value is the position of the value's first line; Len covers the value
	// up to the end of its first line.
	Value Position
}

// Index holds the positions of one document's keys.
type Index struct {
	entries []Entry
	byPath  map[string]int
	lines   []string
	// width is each line's length in characters, without the spaces,
	// tabs and CR at its end: a value's marked length is the rest of its
	// line, found in constant time.
	width []int
}

// Parse scans src and returns its index. A byte order mark at the start
// is skipped and counts as no column, as editors show it.
func Parse(src string) *Index {
	src = strings.TrimPrefix(src, "\uFEFF")
	s := &scanner{src: src, line: 1, col: 1, idx: &Index{byPath: map[string]int{}}, counts: map[string]int{}}
	s.idx.lines = strings.Split(src, "\n")
	s.idx.width = make([]int, len(s.idx.lines))
	for i, l := range s.idx.lines {
		s.idx.width[i] = utf8.RuneCountInString(strings.TrimRight(l, " \t\r"))
	}
	s.run()
	return s.idx
}

// Lookup returns the entry recorded for path.
func (x *Index) Lookup(path string) (Entry, bool) {
	i, ok := x.byPath[path]
	if !ok {
		return Entry{}, false
	}
	return x.entries[i], true
}

// Key returns the position of the key at path, or of the closest recorded
// ancestor when path itself was not recorded (a table given as a header has
// no key of its own, for instance). The zero Position means nothing was
// found.
func (x *Index) Key(path string) Position {
	if e, ok := x.Lookup(path); ok {
		return e.Key
	}
	for p := parent(path); p != ""; p = parent(p) {
		if e, ok := x.Lookup(p); ok {
			return e.Key
		}
	}
	return Position{}
}

// Value returns the position of the value at path, falling back like Key.
func (x *Index) Value(path string) Position {
	if e, ok := x.Lookup(path); ok {
		return e.Value
	}
	return x.Key(path)
}

// Matching returns the entries whose path, with array indices removed,
// equals plain (e.g. "section.task.measure.colour"), in document order.
// MetaData.Undecoded reports keys without indices; this finds each place.
func (x *Index) Matching(plain string) []Entry {
	var out []Entry
	for _, e := range x.entries {
		if StripIndices(e.Path) == plain {
			out = append(out, e)
		}
	}
	return out
}

// Line returns the text of line n (1-based), without its line break.
func (x *Index) Line(n int) string {
	if n < 1 || n > len(x.lines) {
		return ""
	}
	return strings.TrimSuffix(x.lines[n-1], "\r")
}

// StripIndices removes "[n]" index segments from a path.
func StripIndices(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func parent(p string) string {
	if strings.HasSuffix(p, "]") {
		return p[:strings.LastIndexByte(p, '[')]
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// scanner walks the document rune by rune, tracking line and column.
type scanner struct {
	src       string
	pos       int
	line, col int
	idx       *Index
	table     string         // current table path with indices
	inTable   bool           // whether a header has set table
	counts    map[string]int // array-of-tables path -> elements seen
	depth     int            // arrays and inline tables open around pos
}

func (s *scanner) eof() bool { return s.pos >= len(s.src) }

func (s *scanner) peek() rune {
	if s.eof() {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s.src[s.pos:])
	return r
}

func (s *scanner) next() rune {
	r, n := utf8.DecodeRuneInString(s.src[s.pos:])
	s.pos += n
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return r
}

func (s *scanner) here() Position { return Position{Line: s.line, Col: s.col, Len: 1} }

func (s *scanner) skipSpace() {
	for !s.eof() {
		switch s.peek() {
		case ' ', '\t', '\r':
			s.next()
		default:
			return
		}
	}
}

// skipTrivia skips whitespace, newlines and comments.
func (s *scanner) skipTrivia() {
	for !s.eof() {
		switch s.peek() {
		case ' ', '\t', '\r', '\n':
			s.next()
		case '#':
			s.skipComment()
		default:
			return
		}
	}
}

func (s *scanner) skipComment() {
	for !s.eof() && s.peek() != '\n' {
		s.next()
	}
}

func (s *scanner) skipLine() {
	for !s.eof() && s.next() != '\n' {
	}
}

func (s *scanner) run() {
	for {
		s.skipTrivia()
		if s.eof() {
			return
		}
		if s.peek() == '[' {
			s.header()
			continue
		}
		if !s.keyValue(s.table, s.inTable) {
			s.skipLine() // not understood: record nothing for this line
		}
	}
}

// header reads [table] or [[array]].
func (s *scanner) header() {
	start := s.here()
	s.next()
	array := s.peek() == '['
	if array {
		s.next()
	}
	s.skipSpace()
	keys, _, ok := s.keyPath()
	if !ok {
		s.skipLine()
		return
	}
	s.skipSpace()
	for i := 0; i < 2 && s.peek() == ']'; i++ {
		s.next()
	}
	start.Len = s.col - start.Col
	path := keys[len(keys)-1]
	if len(keys) > 1 {
		path = s.resolve(keys[:len(keys)-1]) + "." + path
	}
	if array {
		n := s.counts[path]
		s.counts[path] = n + 1
		// A new element starts fresh counters for the arrays nested in it.
		prefix := path + "[" + strconv.Itoa(n) + "]"
		path = prefix
	}
	s.table, s.inTable = path, true
	s.record(path, start, start)
}

// resolve turns plain header segments into an indexed path: a segment that
// names an array of tables refers to its last element.
func (s *scanner) resolve(keys []string) string {
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(k)
		if n, ok := s.counts[b.String()]; ok {
			b.WriteString("[" + strconv.Itoa(n-1) + "]")
		}
	}
	return b.String()
}

// keyValue reads key = value under the table base (nested), or at the
// top level; false when the line is not one. (A key may be "", so the
// top level is not told by an empty base.)
func (s *scanner) keyValue(base string, nested bool) bool {
	keyPos := s.here()
	startCol := s.col
	keys, endCol, ok := s.keyPath()
	if !ok {
		return false
	}
	keyPos.Len = max(1, endCol-startCol)
	s.skipSpace()
	if s.peek() != '=' {
		return false
	}
	s.next()
	s.skipSpace()
	path := strings.Join(keys, ".")
	if nested {
		path = base + "." + path
	}
	valPos := s.here()
	s.value(path, keyPos, valPos)
	return true
}

// keyPath reads a dotted key of bare or quoted parts, and returns the
// column just after its last part (before any spaces).
func (s *scanner) keyPath() ([]string, int, bool) {
	var keys []string
	for {
		s.skipSpace()
		var k string
		switch r := s.peek(); {
		case r == '"' || r == '\'':
			var ok bool
			if k, ok = s.quoted(r); !ok {
				return nil, 0, false
			}
		case isBare(r):
			start := s.pos
			for !s.eof() && isBare(s.peek()) {
				s.next()
			}
			k = s.src[start:s.pos]
		default:
			return nil, 0, false
		}
		if keys = append(keys, k); len(keys) > MaxDepth {
			return nil, 0, false // refused by CheckLimits; not recorded here
		}
		end := s.col
		s.skipSpace()
		if s.peek() != '.' {
			return keys, end, true
		}
		s.next()
	}
}

func isBare(r rune) bool {
	return r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// quoted reads a one-line basic or literal string and returns its raw body.
func (s *scanner) quoted(q rune) (string, bool) {
	s.next()
	var b strings.Builder
	for !s.eof() {
		r := s.next()
		switch {
		case r == '\n':
			return "", false
		case r == q:
			return b.String(), true
		case r == '\\' && q == '"':
			b.WriteRune(r)
			if !s.eof() {
				b.WriteRune(s.next())
			}
		default:
			b.WriteRune(r)
		}
	}
	return "", false
}

// value records path and skips its value, descending into arrays and
// inline tables.
func (s *scanner) value(path string, keyPos, valPos Position) {
	valPos.Len = max(1, s.idx.width[s.line-1]-(s.col-1))
	if s.depth >= MaxDepth {
		s.skipValue()
		return
	}
	s.record(path, keyPos, valPos)
	switch r := s.peek(); r {
	case '[':
		s.depth++
		s.array(path)
		s.depth--
	case '{':
		s.depth++
		s.inlineTable(path)
		s.depth--
	case '"', '\'':
		s.str(r)
	default:
		for !s.eof() {
			switch s.peek() {
			case ',', ']', '}', '\n', '#':
				return
			}
			s.next()
		}
	}
}

// skipValue skips a value without recording it or anything in it: a
// value nested too deep. Brackets are counted, not followed, so that the
// skip takes no stack however deep the value goes.
func (s *scanner) skipValue() {
	open := 0
	for !s.eof() {
		switch r := s.peek(); r {
		case '[', '{':
			open++
		case ']', '}':
			if open == 0 {
				return
			}
			open--
		case ',', '\n', '#':
			if open == 0 {
				return
			}
		case '"', '\'':
			s.str(r)
			continue
		}
		s.next()
	}
}

func (s *scanner) str(q rune) {
	fence := strings.Repeat(string(q), 3)
	if strings.HasPrefix(s.src[s.pos:], fence) {
		s.next()
		s.next()
		s.next()
		for !s.eof() {
			if q == '"' && s.peek() == '\\' {
				s.next()
				s.next()
				continue
			}
			if strings.HasPrefix(s.src[s.pos:], fence) {
				s.next()
				s.next()
				s.next()
				// Up to two more quotes may belong to the string.
				for i := 0; i < 2 && s.peek() == q; i++ {
					s.next()
				}
				return
			}
			s.next()
		}
		return
	}
	s.quoted(q)
}

func (s *scanner) array(path string) {
	s.next() // [
	for i := 0; ; i++ {
		s.skipTrivia()
		if s.eof() {
			return
		}
		if s.peek() == ']' {
			s.next()
			return
		}
		p, before := s.here(), s.pos
		s.value(path+"["+strconv.Itoa(i)+"]", p, p)
		if s.pos == before {
			s.next() // stray character in invalid input: keep moving
		}
		s.skipTrivia()
		if s.peek() == ',' {
			s.next()
		}
	}
}

func (s *scanner) inlineTable(path string) {
	s.next() // {
	for {
		s.skipTrivia()
		if s.eof() {
			return
		}
		if s.peek() == '}' {
			s.next()
			return
		}
		if !s.keyValue(path, true) {
			s.skipLine()
			return
		}
		s.skipTrivia()
		if s.peek() == ']' {
			s.next() // stray bracket in invalid input
		}
		if s.peek() == ',' {
			s.next()
		}
	}
}

func (s *scanner) record(path string, key, val Position) {
	if _, dup := s.idx.byPath[path]; dup {
		return
	}
	s.idx.byPath[path] = len(s.idx.entries)
	s.idx.entries = append(s.idx.entries, Entry{Path: path, Key: key, Value: val})
}

// Pos returns the position of the key (or, with value, of the value) at
// path as a diagnostic position; a nil Index gives the zero position. A
// key's length covers the key alone, without the spaces after it.
func (x *Index) Pos(path string, value bool) diag.Pos {
	if x == nil {
		return diag.Pos{}
	}
	var p Position
	if value {
		p = x.Value(path)
	} else {
		p = x.Key(path)
	}
	return diag.Pos{Line: p.Line, Col: p.Col, Len: p.Len}
}
