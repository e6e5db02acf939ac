package chart

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var cardDir = flag.String("cards", "", "also write the test cards as PNG files into this directory, to look at")

// cardCases are a plan's card and measures' cards, with and without a chart.
func cardCases() map[string]CardData {
	plan := svatoveStatus(LangUK)
	ind := patronage(LangUK)
	sup := suppressed(LangUK)
	return map[string]CardData{
		"card-plan": {Lang: LangUK, Site: "Деінституціалізація: плани громад", Code: "План · 2019–2026",
			Title:  "План заходів з реформування системи інституційного догляду та виховання дітей Сватівського району на 2019–2026 роки",
			Status: "51 захід · станом на 24.11.2026", Counts: plan.Counts},
		"card-measure-indicator": {Lang: LangUK, Site: "Сватівський район · ґрунтовні зміни, її їжак, єдність", Code: "Захід ІІ.2.1",
			Title:  "Забезпечити охоплення патронажним наглядом 100 % новонароджених і дітей першого року життя",
			Status: "Виконується — звіт від 12.03.2025", StatusKey: StatusOngoing, Indicator: &ind},
		"card-measure-suppressed": {Lang: LangUK, Site: "Дубенська міська громада", Code: "Дія І.3",
			Title: sup.Title, Status: "Прострочено на 2 роки — звіту немає", StatusKey: StatusOverdue, Indicator: &sup},
		"card-measure-long": {Lang: LangEN, Site: "Local plans", Code: "Measure VI.1.2",
			Title:  strings.Repeat("Надзвичайнодовгеслово", 8) + " " + strings.Repeat("a long title that must wrap and end with an ellipsis ", 8),
			Status: "Due soon", StatusKey: "custom"},
	}
}

// TestCardGolden draws each card, checks it is the promised size and that
// the same data gives the same bytes, and compares it with testdata.
func TestCardGolden(t *testing.T) {
	for name, d := range cardCases() {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := WriteCard(&a, d); err != nil {
				t.Fatal(err)
			}
			if err := WriteCard(&b, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("the same card encoded twice differs")
			}
			img, err := png.Decode(bytes.NewReader(a.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if s := img.Bounds().Size(); s.X != CardWidth || s.Y != CardHeight {
				t.Fatalf("card is %v", s)
			}
			if *cardDir != "" {
				os.WriteFile(filepath.Join(*cardDir, name+".png"), a.Bytes(), 0o644)
			}
			path := filepath.Join("testdata", name+".png")
			if *update {
				if err := os.WriteFile(path, a.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(a.Bytes(), want) {
				t.Errorf("%s differs (run go test -update -cards=DIR and look at the card)", path)
			}
		})
	}
}

// TestCardFonts checks that the Go fonts have every letter of Ukrainian
// and the signs the charts write, so no card shows a missing-glyph box.
func TestCardFonts(t *testing.T) {
	reg, bold := loadFonts()
	var buf sfnt.Buffer
	for _, f := range []*sfnt.Font{reg, bold} {
		for _, r := range "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’'—–…·↑↓−×\u00a0\u202f%№" {
			if i, err := f.GlyphIndex(&buf, glyphFor(r)); err != nil || i == 0 {
				t.Errorf("no glyph for %q (U+%04X)", r, r)
			}
		}
	}
}

// TestCardText checks the wrapping: lines fit, words are kept whole where
// they can be, and text beyond the last line ends in an ellipsis.
func TestCardText(t *testing.T) {
	p := newPainter(10, 10)
	lines := p.wrap("Забезпечити охоплення патронажним наглядом 100 % новонароджених", 500, 44, true, 5)
	if len(lines) < 2 || strings.Join(lines, " ") != "Забезпечити охоплення патронажним наглядом 100 % новонароджених" {
		t.Errorf("wrap: %q", lines)
	}
	for _, l := range lines {
		if w := p.measure(l, 44, true); w > 500 {
			t.Errorf("line %q is %v wide", l, w)
		}
	}
	long := p.wrap(strings.Repeat("слово ", 200), 500, 44, true, 3)
	if len(long) != 3 || !strings.HasSuffix(long[2], "…") {
		t.Errorf("long text: %q", long)
	}
	within(t, "wrap of a 100 000-letter word", func() {
		if got := p.wrap(strings.Repeat("ї", 100000), 500, 44, true, 2); len(got) != 2 {
			t.Errorf("one long word: %d lines", len(got))
		}
	})
}

// BenchmarkCard draws and encodes a measure's card with its chart, the
// costliest kind: a site has one per plan and per measure.
func BenchmarkCard(b *testing.B) {
	d := cardCases()["card-measure-indicator"]
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteCard(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/card")
}

// BenchmarkCardPlan is a plan's card, with its status bar.
func BenchmarkCardPlan(b *testing.B) {
	d := cardCases()["card-plan"]
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteCard(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/card")
}

// TestCardPalette checks that the cards paint with chart.css's colours.
func TestCardPalette(t *testing.T) {
	b, err := os.ReadFile(cssPath)
	if err != nil {
		t.Fatal(err)
	}
	light := blockVars(t, string(b), ".chart {")
	for name, c := range palette {
		want, ok := light[name]
		if got := fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B); !ok || got != want {
			t.Errorf("--chart-%s: card %s, chart.css %q", name, got, want)
		}
	}
}

// TestQuantizeNearest checks the fast quantiser against the palette's own
// nearest-colour rule on every pixel of every test card.
func TestQuantizeNearest(t *testing.T) {
	for name, d := range cardCases() {
		p := newPainter(CardWidth, CardHeight)
		p.card(d)
		out := image.NewPaletted(p.img.Bounds(), cardPalette())
		quantize(p.img, out, &quantCache{})
		bad := 0
		for i, j := 0, 0; j < len(out.Pix); i, j = i+4, j+1 {
			c := color.RGBA{p.img.Pix[i], p.img.Pix[i+1], p.img.Pix[i+2], 0xff}
			if want := uint8(out.Palette.Index(c)); out.Pix[j] != want {
				bad++
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d pixels not mapped to their nearest palette colour", name, bad)
		}
	}
}

// TestGlyphCache draws text with the cached glyphs and with x/image's own
// drawer: the ink must be in the same place, differing only by the quarter
// pixel the cache rounds positions to.
func TestGlyphCache(t *testing.T) {
	for _, size := range []float64{19.2, 26, 50} {
		for _, bold := range []bool{false, true} {
			s := glyphs("Сімʼї, що опинилися у складних життєвих обставинах — 1 234 VI.1.2 AVA Ty")
			a, b := newPainter(1400, 80), newPainter(1400, 80)
			a.drawString(s, 3, 60, size, bold, palette["fg"])
			d := font.Drawer{Dst: b.img, Src: image.NewUniform(palette["fg"]), Face: b.face(size, bold), Dot: fixed.P(3, 60)}
			d.DrawString(s)
			var sumA, sumB, worst int
			for i := 0; i < len(a.img.Pix); i += 4 {
				va, vb := 255-int(a.img.Pix[i+1]), 255-int(b.img.Pix[i+1])
				sumA, sumB, worst = sumA+va, sumB+vb, max(worst, va-vb, vb-va)
			}
			if sumB == 0 || math.Abs(float64(sumA-sumB))/float64(sumB) > 0.01 || worst > 128 {
				t.Errorf("size %v bold %v: ink %d vs %d, worst pixel differs by %d", size, bold, sumA, sumB, worst)
			}
		}
	}
}
