package chart

import "strings"

// rect is an axis-aligned box in SVG coordinates (y grows downwards).
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) overlaps(o rect) bool {
	return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1
}

// covered is the share of r's area that o covers.
func (r rect) covered(o rect) float64 {
	w := min(r.x1, o.x1) - max(r.x0, o.x0)
	h := min(r.y1, o.y1) - max(r.y0, o.y0)
	area := (r.x1 - r.x0) * (r.y1 - r.y0)
	if w <= 0 || h <= 0 || area <= 0 {
		return 0
	}
	return w * h / area
}

// dist2 is the squared distance from (x, y) to r, 0 inside it.
func (r rect) dist2(x, y float64) float64 {
	dx := max(r.x0-x, 0, x-r.x1)
	dy := max(r.y0-y, 0, y-r.y1)
	return dx*dx + dy*dy
}

func (r rect) inside(o rect) bool {
	return r.x0 >= o.x0 && r.x1 <= o.x1 && r.y0 >= o.y0 && r.y1 <= o.y1
}

// segment is a line segment, an obstacle for labels.
type segment struct{ ax, ay, bx, by float64 }

// hits reports whether the segment crosses r (Liang–Barsky clipping).
func (s segment) hits(r rect) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := s.bx-s.ax, s.by-s.ay
	for _, e := range [4][2]float64{
		{-dx, s.ax - r.x0}, {dx, r.x1 - s.ax},
		{-dy, s.ay - r.y0}, {dy, r.y1 - s.ay},
	} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return false
			}
			t0 = max(t0, t)
		} else {
			if t < t0 {
				return false
			}
			t1 = min(t1, t)
		}
	}
	return t0 <= t1
}

// textBox is the box a one-line label occupies, given the baseline position
// and anchor; ascent and descent are for the charts' sans-serif at size.
func textBox(x, y, w, size float64, anchor string) rect {
	switch anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	return rect{x, y - 0.78*size, x + w, y + 0.22*size}
}

// labelSpot is a candidate position of a value label relative to its mark:
// the offset of the text's baseline anchor point and the text-anchor.
type labelSpot struct {
	dx, dy float64
	anchor string
}

// labelSpots are tried in order of preference.
var labelSpots = []labelSpot{
	{0, -10, "middle"}, // above
	{0, 20, "middle"},  // below
	{7, -8, "start"},   // above right
	{-7, -8, "end"},    // above left
	{7, 18, "start"},   // below right
	{-7, 18, "end"},    // below left
	{10, 4.5, "start"}, // right
	{-10, 4.5, "end"},  // left
}

// labelPlacer puts value labels next to their marks so that they avoid the
// data line, the marks, each other and (less strictly) reference lines, and
// stay inside the plot. The result depends only on the input order, so it is
// deterministic.
type labelPlacer struct {
	bounds rect
	hard   []segment // the data line: crossing it hides the label
	soft   []segment // reference lines: crossing is allowed but avoided
	boxes  []rect    // marks and labels already placed
	marks  []xy      // the marks' centres: a label is read as the nearest one's
}

// place returns the best position for a label of width w and font size at
// the mark (x, y), whose half height is hh (a band is taller than a dot),
// and records it as an obstacle for the next labels. A label whose best
// position costs limit or more is not placed: ok is false.
func (p *labelPlacer) place(x, y, hh, w, size, limit float64) (lx, ly float64, anchor string, ok bool) {
	best := -1.0
	var bestBox rect
	for i, c := range labelSpots {
		dy := c.dy
		switch {
		case dy < 0:
			dy -= max(hh-5, 0)
		case dy > 5:
			dy += max(hh-5, 0)
		}
		bx, by := x+c.dx, y+dy
		box := textBox(bx, by, w, size, c.anchor)
		pen := float64(i) // prefer the earlier candidates when all else is equal
		if !box.inside(p.bounds) {
			pen += 1000
		}
		for _, s := range p.hard {
			if s.hits(box) {
				pen += 200
			}
		}
		for _, s := range p.soft {
			if s.hits(box) {
				pen += 40
			}
		}
		if p.nearerOther(box, x, y) {
			pen += 200 // it would be read as another mark's value
		}
		for _, b := range p.boxes {
			if b.overlaps(box) {
				// Any overlap rules a spot out for all but the latest
				// value (see series); among spots that all overlap,
				// grazing a mark's edge beats covering a label.
				pen += 200 + 250*box.covered(b)
			}
		}
		if best < 0 || pen < best {
			best, lx, ly, anchor, bestBox = pen, bx, by, c.anchor, box
		}
	}
	if best >= limit {
		return 0, 0, "", false
	}
	p.boxes = append(p.boxes, bestBox)
	return lx, ly, anchor, true
}

// nearerOther reports whether box is nearer another mark than the mark at
// (x, y).
func (p *labelPlacer) nearerOther(box rect, x, y float64) bool {
	own := box.dist2(x, y)
	for _, m := range p.marks {
		if (m.x != x || m.y != y) && box.dist2(m.x, m.y) < own {
			return true
		}
	}
	return false
}

// spread moves label centres apart to at least gap, keeping their order and
// staying within [lo, hi] as far as possible. centres must be sorted.
func spread(centres []float64, gap, lo, hi float64) []float64 {
	out := append([]float64(nil), centres...)
	for i := 1; i < len(out); i++ {
		if out[i]-out[i-1] < gap {
			out[i] = out[i-1] + gap
		}
	}
	if n := len(out); n > 0 && out[n-1] > hi {
		out[n-1] = hi
		for i := n - 2; i >= 0; i-- {
			if out[i+1]-out[i] < gap {
				out[i] = out[i+1] - gap
			}
		}
	}
	if len(out) > 0 && out[0] < lo {
		out[0] = lo
		for i := 1; i < len(out); i++ {
			if out[i]-out[i-1] < gap {
				out[i] = out[i-1] + gap
			}
		}
	}
	return out
}

func newLabelPlacer(bounds rect) *labelPlacer { return &labelPlacer{bounds: bounds} }

// truncate shortens s with an ellipsis to fit width at size. It measures
// each rune once, so a label of any length costs linear time.
func truncate(s string, width, size float64) string {
	if textWidth(s, size) <= width {
		return s
	}
	room := width - textWidth("…", size)
	end, w := 0, 0.0
	for i, r := range s {
		w += textWidth(string(r), size)
		if w > room {
			break
		}
		end = i + len(string(r))
	}
	return strings.TrimRight(s[:end], " ,;.") + "…"
}
