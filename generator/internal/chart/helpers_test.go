package chart

import (
	"html/template"
	"strings"

	"golang.org/x/image/font"
)

// Render executes the "chart-figure" template of t (which must include
// chart.html) for f, as the theme's templates do.
func Render(t *template.Template, f Figure) (template.HTML, error) {
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, "chart-figure", f); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil // already escaped by html/template
}

// measure is the width of s in the face.
func (p *painter) measure(s string, size float64, bold bool) float64 {
	return float64(font.MeasureString(p.face(size, bold), glyphs(s))) / 64
}
