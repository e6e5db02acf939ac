package chart

import (
	"bytes"
	"image"
	"image/color"
	"io"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// CardWidth and CardHeight are the size of the PNG cards: the 1.91:1 image
// Facebook, Telegram and X show for a shared link (1200×630).
const (
	CardWidth  = 1200
	CardHeight = 630
)

// CardData is what a shared link's card shows: the portal, the plan's or
// measure's code and title, a status line, and a small chart — a plan's
// measures by status as one bar, or a measure's indicator series.
type CardData struct {
	Lang  string
	Site  string // the portal's name, the first line
	Code  string // e.g. "Захід ІІ.2.1" or "План 2019–2026"
	Title string // wrapped to the room there is, "…" when longer
	// Status is a line under the title, e.g. "Виконується — звіт від
	// 12.03.2025"; StatusKey (a Status* key) gives its swatch colour and
	// texture, none when empty.
	Status    string
	StatusKey string
	Counts    []StatusCount  // a plan: measures by status, drawn as a bar
	Indicator *IndicatorData // a measure: its series beside the title (narrow view)
}

// Card geometry: a margin all round, the chart column of a measure card.
const (
	cardPad    = 64.0
	cardChartX = 700.0
	cardScale  = 1.6 // the narrow indicator view, 270×250, becomes 432×400
)

// card paints d onto the painter's card-sized image.
func (p *painter) card(d CardData) {
	accent := palette["link"]
	if d.StatusKey != "" {
		accent = palette["s-"+newPatternSet("c", []string{d.StatusKey}).list[0].Style]
	}
	p.rect(0, 0, CardWidth, 12, accent)

	textW := CardWidth - 2*cardPad
	var ind *View
	if d.Indicator != nil {
		f := Indicator(*d.Indicator)
		if v, ok := f.View(ViewNarrow); ok && len(v.Indicator.Marks) > 0 {
			ind = &v
			textW = cardChartX - cardPad - 40
		}
	}
	y := cardPad + 36
	if d.Site != "" {
		p.text(fitLine(p, d.Site, textW, 28, false), cardPad, y, 28, false, "start", palette["muted"])
		y += 56
	}
	if d.Code != "" {
		p.text(fitLine(p, d.Code, textW, 36, true), cardPad, y, 36, true, "start", palette["link"])
		y += 24
	}
	maxLines := 5
	if len(d.Counts) > 0 {
		maxLines = 3
	}
	size := 50.0
	if ind != nil {
		size = 44
	}
	for _, line := range p.wrap(d.Title, textW, size, true, maxLines) {
		y += size * 1.24
		p.text(line, cardPad, y, size, true, "start", palette["fg"])
	}
	if len(d.Counts) > 0 {
		p.statusBar(d.Counts, d.Lang, CardHeight-cardPad-150)
	}
	if ind != nil {
		p.indicator(ind, cardChartX, (CardHeight-float64(ind.Height)*cardScale)/2)
	}
	if d.Status != "" {
		x := cardPad
		if d.StatusKey != "" {
			style := newPatternSet("c", []string{d.StatusKey}).list[0].Style
			p.pattern(x, CardHeight-cardPad-30, 40, 30, p.tile(style, 3))
			x += 56
		}
		// Under the chart the status line has the card's whole width.
		p.text(fitLine(p, d.Status, CardWidth-cardPad-x, 32, true), x, CardHeight-cardPad-4, 32, true, "start", palette["fg"])
	}
}

// fitLine shortens s with "…" to one line of width.
func fitLine(p *painter, s string, width, size float64, bold bool) string {
	if lines := p.wrap(s, width, size, bold, 1); len(lines) > 0 {
		return lines[0]
	}
	return ""
}

// statusBar draws the counts as one bar across the card, each status its
// colour and texture, with the counts written under it.
func (p *painter) statusBar(counts []StatusCount, lang string, y float64) {
	keys := make([]string, len(counts))
	total := 0
	for i, c := range counts {
		keys[i] = c.Key
		total += max(c.Count, 0)
	}
	if total == 0 {
		return
	}
	ps := newPatternSet("c", keys)
	w := float64(CardWidth) - 2*cardPad
	x := cardPad
	var legend []string
	for _, c := range counts {
		if c.Count <= 0 {
			continue
		}
		sw := max(w*float64(c.Count)/float64(total), 4)
		p.pattern(x, y, sw, 48, p.tile(ps.byKey[c.Key].Style, 3))
		p.rect(x+sw-2, y, 2, 48, palette["bg"])
		x += sw
		legend = append(legend, FormatNumber(float64(c.Count), 0, lang)+" "+c.Label)
	}
	p.text(fitLine(p, strings.Join(legend, " · "), w, 26, false), cardPad, y+90, 26, false, "start", palette["fg"])
}

// indicator paints a narrow indicator view at (ox, oy), cardScale times its
// size: the same geometry as the SVG.
func (p *painter) indicator(v *View, ox, oy float64) {
	s := cardScale
	pt := func(x, y Coord) xy { return xy{ox + float64(x)*s, oy + float64(y)*s} }
	line := func(l Line, w float64, c string, dash ...float64) {
		for i := range dash {
			dash[i] *= s
		}
		p.stroke([]xy{pt(l.X1, l.Y1), pt(l.X2, l.Y2)}, w*s, palette[c], dash...)
	}
	text := func(t Text, size float64, bold bool, c string) {
		if t.Text == "" {
			return
		}
		a := pt(t.X, t.Y)
		p.text(t.Text, a.x, a.y, size*s, bold, t.Anchor, palette[c])
		if t.Sub != "" {
			p.text(t.Sub, a.x, a.y+1.3*size*s, size*s, bold, t.Anchor, palette[c])
		}
	}
	plot := v.Indicator
	for _, g := range plot.Grid {
		line(g, 1, map[bool]string{true: "axis", false: "grid"}[g.Class == "chart-axis"])
	}
	for _, l := range plot.YLabels {
		text(l, tickSize, false, "muted")
	}
	text(plot.Unit, tickSize, false, "muted")
	line(plot.Axis, 1, "axis")
	for _, t := range plot.XTicks {
		line(t, 1, "axis")
	}
	for _, l := range plot.XLabels {
		text(l, tickSize, false, "muted")
	}
	for _, r := range plot.Refs {
		if r.Class == "chart-target" {
			line(r.Line, 2, "target", 8, 4)
			text(r.Label, tickSize, false, "target")
		} else {
			line(r.Line, 1.5, "baseline", 2, 3)
			text(r.Label, tickSize, false, "baseline")
		}
	}
	for _, run := range plot.runs {
		pts := make([]xy, len(run))
		for i, q := range run {
			pts[i] = xy{ox + q.x*s, oy + q.y*s}
		}
		p.stroke(pts, 2.5*s, palette["series"])
	}
	if m := plot.TargetMark; m != nil {
		c := pt(m.X, m.Y)
		p.fill(palette["target"], circle(c.x, c.y, 6.5*s))
		p.fill(palette["bg"], circle(c.x, c.y, 4.5*s))
	}
	for _, m := range plot.Marks {
		if b := m.Band; b != nil {
			a := pt(b.X, b.Y)
			p.rect(a.x-s, a.y-s, float64(b.W+2)*s, float64(b.H+2)*s, palette["series"])
			p.rect(a.x+s, a.y+s, float64(b.W-2)*s, float64(b.H-2)*s, palette["band"])
			continue
		}
		c := pt(m.X, m.Y)
		p.fill(palette["bg"], circle(c.x, c.y, 6*s))
		p.fill(palette["series"], circle(c.x, c.y, 4.5*s))
	}
	for _, m := range plot.Marks {
		text(m.Label, fontSize, true, "fg")
	}
}

// WriteCard writes d's card as PNG: 8-bit colour from a fixed palette of
// the chart colours in eight strengths over the background, which keeps
// anti-aliased edges smooth, lets PNG skip its per-row filters and makes a
// card a few times faster to encode and smaller than full colour.
func WriteCard(w io.Writer, d CardData) error {
	// A build writes thousands of cards: their 4 MB canvases, with their
	// faces and colour caches, are reused.
	c, ok := cardCanvases.get()
	if !ok {
		c = &canvas{p: newPainter(CardWidth, CardHeight), pal: image.NewPaletted(image.Rect(0, 0, CardWidth, CardHeight), cardPalette())}
	} else {
		c.p.clear()
	}
	defer cardCanvases.put(c)
	c.p.card(d)
	quantize(c.p.img, c.pal, &c.colours)
	return writePaletted(w, c.pal)
}

// canvas is a painter and a paletted image of a card's size.
type canvas struct {
	p       *painter
	pal     *image.Paletted
	colours quantCache
}

var cardCanvases = newFreeList[*canvas]()

// freeList keeps a few values for reuse. Unlike a sync.Pool it survives
// garbage collection, which emptied the pool many times a build and threw
// the canvases and their colour caches away with it.
type freeList[T any] struct{ ch chan T }

// newFreeList keeps two values per processor.
func newFreeList[T any]() *freeList[T] {
	return &freeList[T]{ch: make(chan T, 2*runtime.GOMAXPROCS(0))}
}

func (f *freeList[T]) get() (T, bool) {
	select {
	case v := <-f.ch:
		return v, true
	default:
		var zero T
		return zero, false
	}
}

func (f *freeList[T]) put(v T) {
	select {
	case f.ch <- v:
	default: // enough kept
	}
}

// cardPalette is every palette colour blended over the background at
// eighths, the background first; sorted by name, so it is the same on
// every run.
var cardPalette = sync.OnceValue(func() color.Palette {
	names := make([]string, 0, len(palette))
	for k := range palette {
		names = append(names, k)
	}
	sort.Strings(names)
	bg := palette["bg"]
	out := color.Palette{bg}
	seen := map[color.RGBA]bool{bg: true}
	for _, k := range names {
		c := palette[k]
		for i := 1; i <= 8; i++ {
			t := float64(i) / 8
			mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-t) + float64(b)*t)) }
			m := color.RGBA{mix(bg.R, c.R), mix(bg.G, c.G), mix(bg.B, c.B), 0xff}
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
})

// quantize maps every pixel to its nearest palette colour. Most of a card
// is background: a stretch of it is recognised with one comparison of
// memory (and the background is the palette's first colour); the other
// colours are looked up in the cache, which a canvas keeps from card to
// card, since cards share their colours.
func quantize(img *image.RGBA, out *image.Paletted, cache *quantCache) {
	bg := bgRun()
	src, dst := img.Pix, out.Pix
	for j := 0; j < len(dst); j += quantRun {
		n := min(quantRun, len(dst)-j)
		if run := src[4*j : 4*(j+n)]; bytes.Equal(run, bg[:4*n]) {
			clear(dst[j : j+n])
			continue
		}
		for k := j; k < j+n; k++ {
			i := 4 * k
			dst[k] = cache.index(uint32(src[i])<<16|uint32(src[i+1])<<8|uint32(src[i+2]), out.Palette)
		}
	}
}

// quantRun is how many pixels are compared with the background at once.
const quantRun = 32

// bgRun is quantRun pixels of the background colour, as RGBA bytes.
var bgRun = sync.OnceValue(func() []byte {
	bg := palette["bg"]
	out := make([]byte, 4*quantRun)
	for i := 0; i < len(out); i += 4 {
		out[i], out[i+1], out[i+2], out[i+3] = bg.R, bg.G, bg.B, bg.A
	}
	return out
})

// quantCache remembers the palette index of colours already matched: a
// direct-mapped table in front of a map, since even a map lookup costs
// more than the rest of the loop. The map is bounded (anti-aliasing makes
// a few thousand colours; hostile drawing could make millions).
type quantCache struct {
	tag [4096]uint32 // the colour + 1<<24; zero when empty
	idx [4096]uint8
	all map[uint32]uint8
}

const maxQuantColours = 1 << 16

func (c *quantCache) index(key uint32, pal color.Palette) uint8 {
	slot := key * 2654435761 >> 20
	if c.tag[slot] == key|1<<24 {
		return c.idx[slot]
	}
	idx, ok := c.all[key]
	if !ok {
		idx = uint8(pal.Index(color.RGBA{uint8(key >> 16), uint8(key >> 8), uint8(key), 0xff}))
		if c.all == nil || len(c.all) >= maxQuantColours {
			c.all = map[uint32]uint8{}
		}
		c.all[key] = idx
	}
	c.tag[slot], c.idx[slot] = key|1<<24, idx
	return idx
}
