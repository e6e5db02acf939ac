package chart

import "fmt"

// Status keys the charts know. Each has its own colour (set in chart.css as
// --chart-s-KEY) and its own texture, so that colour is never the only cue.
// Keys outside this list borrow a style not otherwise used in the figure.
const (
	StatusDone       = "done"        // виконано
	StatusOngoing    = "ongoing"     // триває
	StatusDueSoon    = "due-soon"    // настає строк
	StatusOverdue    = "overdue"     // прострочено
	StatusNotStarted = "not-started" // ще не розпочато
	StatusAsNeeded   = "as-needed"   // за потреби
	StatusNoTerm     = "no-term"     // без терміну
	StatusCancelled  = "cancelled"   // скасовано
	StatusSuspended  = "suspended"   // призупинено
	StatusNoReport   = "no-report"   // звітів немає
	StatusRemoved    = "removed"     // вилучено зміною до плану
)

// Pattern is one SVG <pattern>: a tile of the status colour (class
// chart-c-Style) with a texture drawn over it in the background colour,
// stroked (Hatch) or filled (Dots).
type Pattern struct {
	ID    string
	Style string // one of the Status* keys: selects colour and texture
	Size  Coord
	Hatch string // path data, stroked
	Dots  string // path data, filled
}

// Fill is the value for a fill attribute that paints with the pattern.
func (p Pattern) Fill() string { return "url(#" + p.ID + ")" }

// textures are on an 8×8 tile; lines that cross an edge are drawn on both
// sides so the tiles join seamlessly.
var textures = []struct {
	style, hatch, dots string
}{
	{StatusDone, "", ""}, // solid: the one plain fill
	{StatusOngoing, "M-2 2L2 -2M0 8L8 0M6 10L10 6", ""},
	{StatusDueSoon, "", "M1 1h2.5v2.5h-2.5zM5 5h2.5v2.5h-2.5z"},
	{StatusOverdue, "M-2 2L2 -2M0 8L8 0M6 10L10 6M-2 6L2 10M0 0L8 8M6 -2L10 2", ""},
	{StatusNotStarted, "M0 4H8", ""},
	{StatusAsNeeded, "M4 0V8", ""},
	{StatusNoTerm, "M-2 6L2 10M0 0L8 8M6 -2L10 2", ""},
	{StatusCancelled, "M0 4H8M4 0V8", ""},
	{StatusSuspended, "M0 6L2 2L4 6L6 2L8 6", ""},
	{StatusNoReport, "", "M3 3h2v2h-2z"},
	{StatusRemoved, "M0 2H8M0 6H8", ""},
}

// fallbackStyles is the order in which unknown keys borrow styles: the
// neutral ones first, so that a caller's own state does not look like
// "overdue" or "done".
var fallbackStyles = []string{StatusSuspended, StatusCancelled, StatusNoTerm, StatusNoReport, StatusAsNeeded, StatusNotStarted,
	StatusOngoing, StatusDueSoon, StatusOverdue, StatusDone, StatusRemoved}

// patternSet gives each status key of one figure a distinct pattern.
type patternSet struct {
	prefix string
	byKey  map[string]Pattern
	list   []Pattern
}

// newPatternSet assigns styles to keys in order: known keys get their own,
// unknown keys the first fallback style nobody in this figure uses
// (repeating styles only past nine distinct keys).
func newPatternSet(prefix string, keys []string) *patternSet {
	ps := &patternSet{prefix: prefix, byKey: map[string]Pattern{}}
	used := map[string]bool{}
	for _, k := range keys {
		if knownStyle(k) != "" {
			used[k] = true
		}
	}
	next := 0
	for _, k := range keys {
		if _, ok := ps.byKey[k]; ok {
			continue
		}
		style := knownStyle(k)
		if style == "" {
			style = fallbackStyles[next%len(fallbackStyles)]
			for i := range fallbackStyles {
				if s := fallbackStyles[(next+i)%len(fallbackStyles)]; !used[s] {
					style = s
					break
				}
			}
			next++
			used[style] = true
		}
		t := textures[styleIndex(style)]
		p := Pattern{ID: fmt.Sprintf("%s-p%d", prefix, len(ps.list)), Style: style, Size: 8, Hatch: t.hatch, Dots: t.dots}
		ps.byKey[k] = p
		ps.list = append(ps.list, p)
	}
	return ps
}

// knownStyle is k if it is one of the Status* keys, else "".
func knownStyle(k string) string {
	if styleIndex(k) >= 0 {
		return k
	}
	return ""
}

// styleIndex is the position of a style in textures, or -1.
func styleIndex(style string) int {
	for i, t := range textures {
		if t.style == style {
			return i
		}
	}
	return -1
}
