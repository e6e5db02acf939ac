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
// understand it records less rather than failing.
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
}

// Parse scans src and returns its index.
func Parse(src string) *Index {
	s := &scanner{src: src, line: 1, col: 1, idx: &Index{byPath: map[string]int{}}, counts: map[string]int{}}
	s.idx.lines = strings.Split(src, "\n")
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
	for p := path; p != ""; p = parent(p) {
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

func join(base, key string) string {
	if base == "" {
		return key
	}
	return base + "." + key
}

// scanner walks the document rune by rune, tracking line and column.
type scanner struct {
	src       string
	pos       int
	line, col int
	idx       *Index
	table     string         // current table path with indices
	counts    map[string]int // array-of-tables path -> elements seen
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
		if !s.keyValue(s.table) {
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
	path := s.resolve(keys[:len(keys)-1])
	path = join(path, keys[len(keys)-1])
	if array {
		n := s.counts[path]
		s.counts[path] = n + 1
		// A new element starts fresh counters for the arrays nested in it.
		prefix := path + "[" + strconv.Itoa(n) + "]"
		path = prefix
	}
	s.table = path
	s.record(path, start, start)
}

// resolve turns plain header segments into an indexed path: a segment that
// names an array of tables refers to its last element.
func (s *scanner) resolve(keys []string) string {
	path := ""
	for _, k := range keys {
		path = join(path, k)
		if n, ok := s.counts[path]; ok {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

// keyValue reads key = value under base; false when the line is not one.
func (s *scanner) keyValue(base string) bool {
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
	path := base
	for _, k := range keys {
		path = join(path, k)
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
		keys = append(keys, k)
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
	lineEnd := strings.IndexByte(s.src[s.pos:], '\n')
	if lineEnd < 0 {
		lineEnd = len(s.src) - s.pos
	}
	rest := strings.TrimRight(s.src[s.pos:s.pos+lineEnd], " \t\r")
	valPos.Len = max(1, utf8.RuneCountInString(rest))
	s.record(path, keyPos, valPos)
	switch r := s.peek(); r {
	case '[':
		s.array(path)
	case '{':
		s.inlineTable(path)
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

func (s *scanner) str(q rune) {
	if strings.HasPrefix(s.src[s.pos:], string([]rune{q, q, q})) {
		s.next()
		s.next()
		s.next()
		for !s.eof() {
			if q == '"' && s.peek() == '\\' {
				s.next()
				s.next()
				continue
			}
			if strings.HasPrefix(s.src[s.pos:], string([]rune{q, q, q})) {
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
		if !s.keyValue(path) {
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
// key's length leaves out the spaces the scanner counts after it, so that
// the caret marks the key alone.
func (x *Index) Pos(path string, value bool) diag.Pos {
	if x == nil {
		return diag.Pos{}
	}
	var p Position
	if value {
		p = x.Value(path)
	} else {
		p = x.Key(path)
		p.Len = keyLen(x.Line(p.Line), p)
	}
	return diag.Pos{Line: p.Line, Col: p.Col, Len: p.Len}
}

func keyLen(line string, p Position) int {
	r := []rune(line)
	if p.Col < 1 || p.Col-1+p.Len > len(r) {
		return p.Len
	}
	return max(1, utf8.RuneCountInString(strings.TrimRight(string(r[p.Col-1:p.Col-1+p.Len]), " \t")))
}
