// Package frontmatter splits a note into its TOML front matter and its
// Markdown body.
//
// A note starts with a line "+++", then TOML, then a closing "+++" line, then
// Markdown. The splitter accepts what editors on staff machines produce: a
// UTF-8 byte order mark, CRLF line endings, trailing spaces after the fences,
// front matter of any length. It reports where the front matter starts so
// that TOML positions can be mapped back to lines of the note file.
package frontmatter

import (
	"bytes"
	"errors"
)

// Fence is the line that opens and closes TOML front matter.
const Fence = "+++"

// Errors returned by Split.
var (
	// ErrMissing means the file does not start with a "+++" line.
	ErrMissing = errors.New("front matter missing")
	// ErrUnclosed means no closing "+++" line follows the opening one.
	ErrUnclosed = errors.New("front matter not closed")
)

// Parts is a split note.
type Parts struct {
	// Front is the TOML between the fences, line endings as in the file.
	Front []byte
	// Body is the Markdown after the closing fence.
	Body []byte
	// FrontLine is the 1-based line of the file where Front starts; add
	// FrontLine-1 to a line number within Front to get the file's line.
	FrontLine int
	// BodyLine is the 1-based line of the file where Body starts.
	BodyLine int
}

// Split splits data. A leading byte order mark is skipped (and counts as no
// column).
func Split(data []byte) (Parts, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, rest, ok := cutLine(data)
	if !isFence(first) {
		return Parts{}, ErrMissing
	}
	if !ok {
		return Parts{}, ErrUnclosed
	}
	frontStart := len(data) - len(rest)
	line := 2
	for len(rest) > 0 {
		l, next, _ := cutLine(rest)
		if isFence(l) {
			end := len(data) - len(rest)
			return Parts{
				Front:     data[frontStart:end],
				Body:      next,
				FrontLine: 2,
				BodyLine:  line + 1,
			}, nil
		}
		rest = next
		line++
	}
	return Parts{}, ErrUnclosed
}

// cutLine returns the first line without its line ending, the rest after
// it, and whether a line ending was found.
func cutLine(b []byte) (line, rest []byte, ok bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil, false
	}
	return bytes.TrimSuffix(b[:i], []byte("\r")), b[i+1:], true
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t")) == Fence
}
