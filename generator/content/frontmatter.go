package content

import (
	"bytes"
	"errors"
)

// FrontFence is the line that opens and closes TOML front matter.
const FrontFence = "+++"

// Errors returned by SplitNote.
var (
	// ErrNoFrontMatter means the file does not start with a "+++" line.
	ErrNoFrontMatter = errors.New("front matter missing")
	// ErrFrontUnclosed means no closing "+++" line follows the opening one.
	ErrFrontUnclosed = errors.New("front matter not closed")
)

// NoteParts is a split note.
type NoteParts struct {
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

// SplitNote splits a note file into its TOML front matter and its Markdown
// body.
//
// A note starts with a line "+++", then TOML, then a closing "+++" line, then
// Markdown. The splitter accepts what editors on staff machines produce: a
// UTF-8 byte order mark, CRLF line endings, trailing spaces after the fences,
// front matter of any length. It reports where the front matter starts so
// that TOML positions can be mapped back to lines of the note file.
// A leading byte order mark is skipped (and counts as no column).
func SplitNote(data []byte) (NoteParts, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, rest, ok := cutLine(data)
	if !isFence(first) {
		return NoteParts{}, ErrNoFrontMatter
	}
	if !ok {
		return NoteParts{}, ErrFrontUnclosed
	}
	frontStart := len(data) - len(rest)
	line := 2
	for len(rest) > 0 {
		l, next, _ := cutLine(rest)
		if isFence(l) {
			end := len(data) - len(rest)
			return NoteParts{
				Front:     data[frontStart:end],
				Body:      next,
				FrontLine: 2,
				BodyLine:  line + 1,
			}, nil
		}
		rest = next
		line++
	}
	return NoteParts{}, ErrFrontUnclosed
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
	return string(bytes.TrimRight(line, " \t")) == FrontFence
}
