package chart

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/vector"
)

// The PNG cards are drawn in Go, with x/image's rasteriser and the Go fonts
// (which cover Cyrillic, Ukrainian і ї є ґ included): no browser, no cgo, no
// external program, the same bytes on every machine. The drawing is the
// same geometry the SVG views hold; this file paints it.

// palette is chart.css's light scheme (a test checks they agree).
var palette = map[string]color.RGBA{
	"bg": rgb(0xffffff), "fg": rgb(0x1f2328), "muted": rgb(0x59636e), "link": rgb(0x0b5fb8),
	"axis": rgb(0x6e7781), "series": rgb(0x0b5fb8), "baseline": rgb(0x59636e), "target": rgb(0x1a7f37),
	"grid": rgb(0xd8dee4), "band": rgb(0xcfe0f5), "border": rgb(0xd0d7de), "stripe": rgb(0xf4f6f8),
	"s-done": rgb(0x2e7d32), "s-ongoing": rgb(0x1f6fd1), "s-due-soon": rgb(0xb35c00), "s-overdue": rgb(0xd42a2a),
	"s-not-started": rgb(0x8a4fd6), "s-as-needed": rgb(0x0f8187), "s-no-term": rgb(0x6b7a8f),
	"s-cancelled": rgb(0x757575), "s-suspended": rgb(0xb83b8e), "s-no-report": rgb(0x8a6a3c),
	"s-removed": rgb(0x80705f),
}

func rgb(v uint32) color.RGBA { return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff} }

// fonts are parsed once; a Face is made per painter, since faces are not
// safe for concurrent use and a build draws cards in parallel.
var fonts struct {
	once            sync.Once
	regular, bold   *opentype.Font
	regErr, boldErr error
}

func loadFonts() (*opentype.Font, *opentype.Font) {
	fonts.once.Do(func() {
		fonts.regular, fonts.regErr = opentype.Parse(goregular.TTF)
		fonts.bold, fonts.boldErr = opentype.Parse(gobold.TTF)
	})
	if fonts.regErr != nil || fonts.boldErr != nil {
		panic("chart: the Go fonts do not parse") // they are compiled in
	}
	return fonts.regular, fonts.bold
}

// painter draws shapes and text onto an RGBA image.
type painter struct {
	img   *image.RGBA
	z     vector.Rasterizer
	faces map[faceKey]font.Face
}

type faceKey struct {
	size float64
	bold bool
}

func newPainter(w, h int) *painter {
	p := &painter{img: image.NewRGBA(image.Rect(0, 0, w, h)), faces: map[faceKey]font.Face{}}
	p.clear()
	return p
}

// clear paints the whole image in the background colour.
func (p *painter) clear() {
	bg := palette["bg"]
	pix := p.img.Pix
	if len(pix) < 4 {
		return
	}
	pix[0], pix[1], pix[2], pix[3] = bg.R, bg.G, bg.B, bg.A
	for n := 4; n < len(pix); n *= 2 {
		copy(pix[n:], pix[:n])
	}
}

func (p *painter) face(size float64, bold bool) font.Face {
	k := faceKey{size, bold}
	if f, ok := p.faces[k]; ok {
		return f
	}
	reg, b := loadFonts()
	ft := reg
	if bold {
		ft = b
	}
	f, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("chart: " + err.Error())
	}
	p.faces[k] = f
	return f
}

// fill paints the polygons (each a closed ring) in c, anti-aliased. The
// rasteriser is sized to the shapes' bounds, so small shapes cost little.
func (p *painter) fill(c color.RGBA, rings ...[]xy) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range rings {
		for _, q := range r {
			x0, y0, x1, y1 = min(x0, q.x), min(y0, q.y), max(x1, q.x), max(y1, q.y)
		}
	}
	b := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(p.img.Bounds())
	if b.Empty() {
		return
	}
	p.z.Reset(b.Dx(), b.Dy())
	ox, oy := float64(b.Min.X), float64(b.Min.Y)
	for _, r := range rings {
		if len(r) < 3 {
			continue
		}
		p.z.MoveTo(float32(r[0].x-ox), float32(r[0].y-oy))
		for _, q := range r[1:] {
			p.z.LineTo(float32(q.x-ox), float32(q.y-oy))
		}
		p.z.ClosePath()
	}
	p.z.DrawOp = draw.Over
	p.z.Draw(p.img, b, image.NewUniform(c), image.Point{})
}

// rect fills an axis-aligned rectangle.
func (p *painter) rect(x, y, w, h float64, c color.RGBA) {
	p.fill(c, []xy{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}})
}

// circle is a ring of points around (cx, cy).
func circle(cx, cy, r float64) []xy {
	const n = 24
	out := make([]xy, n)
	for i := range out {
		a := 2 * math.Pi * float64(i) / n
		out[i] = xy{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	return out
}

// stroke draws a polyline of width w with round joins and caps; dash, when
// given, alternates drawn and skipped lengths.
func (p *painter) stroke(pts []xy, w float64, c color.RGBA, dash ...float64) {
	var rings [][]xy
	seg := func(a, b xy) {
		dx, dy := b.x-a.x, b.y-a.y
		l := math.Hypot(dx, dy)
		if l == 0 {
			return
		}
		nx, ny := -dy/l*w/2, dx/l*w/2
		rings = append(rings, []xy{{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}})
	}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		if len(dash) == 0 {
			seg(a, b)
			if i > 1 && w > 1.5 {
				rings = append(rings, circle(a.x, a.y, w/2))
			}
			continue
		}
		l := math.Hypot(b.x-a.x, b.y-a.y)
		for t, k := 0.0, 0; t < l && k < 10000; k++ {
			d := dash[k%len(dash)]
			if k%2 == 0 {
				e := min(t+d, l)
				seg(xy{a.x + (b.x-a.x)*t/l, a.y + (b.y-a.y)*t/l}, xy{a.x + (b.x-a.x)*e/l, a.y + (b.y-a.y)*e/l})
			}
			t += max(d, 0.5)
		}
	}
	// One ring per call would make overlapping segments cancel out in
	// places; filled separately they simply overlap.
	for _, r := range rings {
		p.fill(c, r)
	}
}

// text draws s with its baseline at y, anchored at x as SVG's text-anchor.
// Only a centred or end-anchored text needs measuring first.
func (p *painter) text(s string, x, y, size float64, bold bool, anchor string, c color.RGBA) {
	s = glyphs(s)
	if anchor == "middle" || anchor == "end" {
		w := float64(font.MeasureString(p.face(size, bold), s)) / 64
		if anchor == "middle" {
			w /= 2
		}
		x -= w
	}
	p.drawString(s, int(math.Round(x)), int(math.Round(y)), size, bold, c)
}

// wrap breaks s into at most maxLines lines no wider than width, the last
// one ending in "…" when the text does not fit. A word wider than a line is
// broken between letters. Each letter is measured a bounded number of
// times, so any length of text costs linear time.
func (p *painter) wrap(s string, width, size float64, bold bool, maxLines int) []string {
	f := p.face(size, bold)
	adv := func(r rune) float64 {
		a, _ := f.GlyphAdvance(glyphFor(r))
		return float64(a) / 64
	}
	space := adv(' ')
	var lines []string
	var line []rune
	lineW := 0.0
	for _, word := range strings.Fields(s) {
		ww := 0.0
		rs := []rune(word)
		for _, r := range rs {
			ww += adv(r)
		}
		switch {
		case len(line) > 0 && lineW+space+ww <= width:
			line, lineW = append(append(line, ' '), rs...), lineW+space+ww
			continue
		case len(line) > 0:
			lines, line, lineW = append(lines, string(line)), nil, 0
		}
		// The word starts a line, in pieces if it is wider than one.
		for _, r := range rs {
			if a := adv(r); lineW+a > width && len(line) > 0 {
				lines, line, lineW = append(lines, string(line)), nil, 0
				if len(lines) > maxLines {
					break
				}
			}
			line, lineW = append(line, r), lineW+adv(r)
		}
		if len(lines) > maxLines {
			break
		}
	}
	if len(line) > 0 && len(lines) <= maxLines {
		lines = append(lines, string(line))
	}
	if len(lines) <= maxLines {
		return lines
	}
	last := []rune(lines[maxLines-1])
	ell := adv('…')
	w := 0.0
	for _, r := range last {
		w += adv(r)
	}
	for len(last) > 0 && w+ell > width {
		w -= adv(last[len(last)-1])
		last = last[:len(last)-1]
	}
	return append(lines[:maxLines-1], strings.TrimRight(string(last), " ,;.")+"…")
}

// glyphFor is the letter drawn for r: the Go fonts lack the modifier
// apostrophe (Ukrainian "сімʼї") and the narrow no-break space that groups
// thousands, so they are drawn as the right quote and a no-break space.
func glyphFor(r rune) rune {
	switch r {
	case '\u02bc':
		return '’'
	case '\u202f':
		return '\u00a0'
	}
	return r
}

// glyphs maps a string with glyphFor.
func glyphs(s string) string { return strings.Map(glyphFor, s) }

// tile is a status texture as a tile of pixels, scale times the SVG's.
func (p *painter) tile(style string, scale float64) *image.RGBA {
	t := textures[max(styleIndex(style), 0)]
	n := int(math.Round(8 * scale))
	q := &painter{img: image.NewRGBA(image.Rect(0, 0, n, n))}
	draw.Draw(q.img, q.img.Bounds(), image.NewUniform(palette["s-"+t.style]), image.Point{}, draw.Src)
	bg := palette["bg"]
	for _, sub := range splitPath(t.hatch, scale) {
		q.stroke(sub, 1.3*scale, bg)
	}
	for _, sub := range splitPath(t.dots, scale) {
		q.fill(bg, sub)
	}
	return q.img
}

// pattern fills a rectangle with a texture tile, aligned to the image's
// origin as an SVG pattern in user space is.
func (p *painter) pattern(x, y, w, h float64, tile *image.RGBA) {
	r := image.Rect(int(math.Round(x)), int(math.Round(y)), int(math.Round(x+w)), int(math.Round(y+h))).Intersect(p.img.Bounds())
	tw, th := tile.Bounds().Dx(), tile.Bounds().Dy()
	for py := r.Min.Y; py < r.Max.Y; py++ {
		for px := r.Min.X; px < r.Max.X; px++ {
			copy(p.img.Pix[p.img.PixOffset(px, py):][:4], tile.Pix[tile.PixOffset(px%tw, py%th):][:4])
		}
	}
}

// splitPath reads the texture paths (M, L, H, V, h, v, z with numbers) into
// subpaths, scaled. Only the commands the textures use are understood.
func splitPath(d string, scale float64) [][]xy {
	var out [][]xy
	var cur []xy
	var cmd byte
	var nums []float64
	pos := xy{}
	flush := func() {
		switch cmd {
		case 'M':
			if len(cur) > 0 {
				out = append(out, cur)
			}
			pos = xy{nums[0], nums[1]}
			cur = []xy{pos}
		case 'L':
			pos = xy{nums[0], nums[1]}
			cur = append(cur, pos)
		case 'H', 'h', 'V', 'v':
			switch cmd {
			case 'H':
				pos.x = nums[0]
			case 'h':
				pos.x += nums[0]
			case 'V':
				pos.y = nums[0]
			case 'v':
				pos.y += nums[0]
			}
			cur = append(cur, pos)
		}
		nums = nums[:0]
	}
	for _, tok := range strings.FieldsFunc(strings.NewReplacer("M", " M ", "L", " L ", "H", " H ", "V", " V ", "h", " h ", "v", " v ", "z", " z ", "Z", " z ").Replace(d), func(r rune) bool { return r == ' ' || r == ',' }) {
		switch tok {
		case "M", "L", "H", "V", "h", "v":
			cmd = tok[0]
		case "z":
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		default:
			v, _ := strconv.ParseFloat(tok, 64)
			nums = append(nums, v)
			need := 2
			if cmd != 'M' && cmd != 'L' {
				need = 1
			}
			if len(nums) == need {
				flush()
				if cmd == 'M' {
					cmd = 'L' // numbers after a move are lines
				}
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	for _, s := range out {
		for i := range s {
			s[i].x *= scale
			s[i].y *= scale
		}
	}
	return out
}
