package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
)

// A badge is a measure's state in a line: a small SVG picture a news site
// puts beside a story, "II.2.1 | прострочено", the code on the left and the
// state in words on the right in the state's colours. It is read at the
// size of body text, so its letters are 12 pixels high in the reader's
// system font (it loads no font), and it names itself for assistive
// technology with a <title>.

// BadgeData is what a badge says and in which colours.
type BadgeData struct {
	Lang string
	// Label is the left part (a measure's code), Status the right (its
	// state in words).
	Label, Status string
	// Title is the badge's accessible name, the whole statement: "Захід
	// II.2.1 плану …: прострочено".
	Title string
	// Colours, as #rrggbb: text and background of each part.
	LabelFg, LabelBg, StatusFg, StatusBg string
	// Strike draws the state struck through, as the pages show a
	// cancelled measure's.
	Strike bool
}

// BadgeHeight is a badge's height in pixels.
const BadgeHeight = 22

// Badge geometry: the letters' size, the room either side of a part's
// text.
const (
	badgeFont = 12.0
	badgePad  = 7
)

// badgeFonts are the system fonts a badge asks for, widest first: the
// width of each part is measured with the Go font and the text fitted to
// it (textLength), so any of them fills its part without spilling.
const badgeFonts = "Verdana, 'DejaVu Sans', Geneva, 'Segoe UI', sans-serif"

// BadgeWidth is the width in pixels of d's badge.
func BadgeWidth(d BadgeData) int {
	_, _, _, w := badgeLayout(d)
	return w
}

// badgeLayout measures d's badge: its texts' widths, the left part's
// width and the whole.
func badgeLayout(d BadgeData) (lw, sw, left, width int) {
	face := badgeFace()
	lw, sw = badgeTextWidth(face, d.Label), badgeTextWidth(face, d.Status)
	left = lw + 2*badgePad
	return lw, sw, left, left + sw + 2*badgePad
}

// Badge draws d as SVG: the same data gives the same bytes.
func Badge(d BadgeData) []byte {
	lw, sw, left, width := badgeLayout(d)
	var b bytes.Buffer
	esc := func(s string) string {
		var buf bytes.Buffer
		xml.EscapeText(&buf, []byte(s))
		return buf.String()
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s" lang="%s">`,
		width, BadgeHeight, width, BadgeHeight, esc(d.Title), esc(d.Lang))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(d.Title))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="3" fill="%s"/>`, width, BadgeHeight, esc(d.StatusBg))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="3" fill="%s"/>`, left, BadgeHeight, esc(d.LabelBg))
	fmt.Fprintf(&b, `<rect x="%d" width="3" height="%d" fill="%s"/>`, left-3, BadgeHeight, esc(d.LabelBg))
	fmt.Fprintf(&b, `<g font-family="%s" font-size="%g" text-anchor="middle">`, esc(badgeFonts), badgeFont)
	text := func(x, w int, fill, s, extra string) {
		fmt.Fprintf(&b, `<text x="%d" y="15" textLength="%d" lengthAdjust="spacingAndGlyphs" fill="%s"%s>%s</text>`, x, w, esc(fill), extra, esc(s))
	}
	text(badgePad+lw/2, lw, d.LabelFg, d.Label, ` font-weight="bold"`)
	strike := ""
	if d.Strike {
		strike = ` text-decoration="line-through"`
	}
	text(left+badgePad+sw/2, sw, d.StatusFg, d.Status, strike)
	b.WriteString(`</g></svg>`)
	b.WriteByte('\n')
	return b.Bytes()
}

// badgeFace is the Go font at the badge's size; faces are not safe for
// concurrent use, and badges are drawn in parallel, so each badge has one.
func badgeFace() font.Face {
	reg, _ := loadFonts()
	f, err := opentype.NewFace(reg, &opentype.FaceOptions{Size: badgeFont, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("chart: " + err.Error())
	}
	return f
}

// badgeTextWidth is the width s takes, rounded up: the Go font's widths,
// a tenth more for the wider system fonts (Verdana), and the bold label's
// extra weight covered by the same margin.
func badgeTextWidth(face font.Face, s string) int {
	w := float64(font.MeasureString(face, glyphs(s))) / 64
	return int(math.Ceil(w * 1.1))
}
