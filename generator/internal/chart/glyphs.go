package chart

import (
	"image"
	"image/color"
	"image/draw"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// x/image's opentype faces rasterise every glyph each time it is drawn, and
// a build draws thousands of cards with the same few hundred letters: the
// rasterised glyphs are kept here, shared by every painter. A glyph's
// horizontal position is rounded to a quarter pixel, so a letter has at
// most four masks per size.

// glyphSteps is the number of horizontal positions a glyph is cached at
// within one pixel.
const glyphSteps = 4

// maxCachedGlyphs bounds the cache: text in many scripts (hostile content
// may hold every letter there is) draws uncached past it.
const maxCachedGlyphs = 8192

type glyphKey struct {
	size float64
	bold bool
	r    rune
	step int // the position within a pixel, in 1/glyphSteps
}

// glyph is a rasterised letter: its mask, placed relative to a dot at the
// origin (rounded to the step), and its advance.
type glyph struct {
	dr      image.Rectangle
	mask    *image.Alpha
	advance fixed.Int26_6
	ok      bool
}

var glyphCache = struct {
	sync.RWMutex
	m map[glyphKey]*glyph
}{m: map[glyphKey]*glyph{}}

// cachedGlyph returns the glyph of r in face f at the position step, from
// the cache or rasterised now.
func cachedGlyph(f font.Face, k glyphKey) *glyph {
	glyphCache.RLock()
	g := glyphCache.m[k]
	glyphCache.RUnlock()
	if g != nil {
		return g
	}
	dot := fixed.Point26_6{X: fixed.Int26_6(k.step * 64 / glyphSteps)}
	dr, mask, mp, adv, ok := f.Glyph(dot, k.r)
	g = &glyph{dr: dr, advance: adv, ok: ok}
	if ok && !dr.Empty() {
		// The face reuses its mask for the next glyph: keep a copy.
		g.mask = image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
		draw.Draw(g.mask, g.mask.Bounds(), mask, mp, draw.Src)
	}
	glyphCache.Lock()
	if len(glyphCache.m) < maxCachedGlyphs {
		glyphCache.m[k] = g
	}
	glyphCache.Unlock()
	return g
}

// drawString draws s (already mapped by glyphs) from the dot at (x, y),
// kerned as font.Drawer does.
func (p *painter) drawString(s string, x, y int, size float64, bold bool, c color.RGBA) {
	f := p.face(size, bold)
	src := image.NewUniform(c)
	dot := fixed.P(x, y)
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += f.Kern(prev, r)
		}
		prev = r
		// Round the dot to the nearest step; the integer pixel moves the mask.
		q := (dot.X + 64/glyphSteps/2) / (64 / glyphSteps) * (64 / glyphSteps)
		px, step := q.Floor(), int(q-fixed.I(q.Floor()))/(64/glyphSteps)
		g := cachedGlyph(f, glyphKey{size: size, bold: bold, r: r, step: step})
		if g.mask != nil {
			dr := g.dr.Add(image.Pt(px, dot.Y.Floor()))
			draw.DrawMask(p.img, dr, src, image.Point{}, g.mask, image.Point{}, draw.Over)
		}
		dot.X += g.advance
	}
}
