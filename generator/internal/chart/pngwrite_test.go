package chart

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"
)

// TestWritePaletted writes paletted images of odd sizes and palettes with
// our PNG writer and reads them back with image/png, pixel by pixel.
func TestWritePaletted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct{ w, h, colours int }{{1, 1, 1}, {7, 3, 2}, {1200, 630, 200}, {33, 65, 256}} {
		pal := make(color.Palette, tc.colours)
		for i := range pal {
			pal[i] = color.RGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 0xff}
		}
		img := image.NewPaletted(image.Rect(0, 0, tc.w, tc.h), pal)
		for i := range img.Pix {
			img.Pix[i] = uint8(rng.IntN(tc.colours))
		}
		var buf bytes.Buffer
		if err := writePaletted(&buf, img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("%dx%d: %v", tc.w, tc.h, err)
		}
		p, ok := got.(*image.Paletted)
		if !ok || p.Bounds() != img.Bounds() || !bytes.Equal(p.Pix, img.Pix) {
			t.Fatalf("%dx%d: the image read back differs", tc.w, tc.h)
		}
		for i, c := range pal {
			if p.Palette[i] != c {
				t.Fatalf("%dx%d: palette colour %d is %v, want %v", tc.w, tc.h, i, p.Palette[i], c)
			}
		}
	}
	if err := writePaletted(&bytes.Buffer{}, image.NewPaletted(image.Rect(0, 0, 1, 1), make(color.Palette, 257))); err == nil {
		t.Error("a palette of 257 colours was written")
	}
}
