package chart

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/draw"
	"image/png"

	"golang.org/x/image/vector"
)

// The site's icon: a tick on the theme's accent blue, a rounded square.
// One geometry, in a 32-unit square, makes both files browsers ask for:
// /favicon.svg for those that read SVG icons, and /favicon.ico (PNG
// images of 16, 32 and 48 pixels in an ICO container) for the rest and
// for the requests browsers make for /favicon.ico unasked. They are drawn
// here rather than shipped as files so that the ICO is made, like the
// social cards, by the same code on every machine, and cannot drift from
// the SVG.

// iconCorner is the rounded square's corner radius; iconTick the tick's
// outline, clockwise.
const iconCorner = 6

var iconTick = [][2]float32{{6, 16.5}, {9, 13.5}, {13, 17.5}, {23, 7.5}, {26, 10.5}, {13, 23.5}}

// IconSizes are the pixel sizes the ICO holds.
var IconSizes = []int{16, 32, 48}

// IconSVG is the icon as SVG.
func IconSVG() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="%d" fill="#%02x%02x%02x"/><path fill="#fff" d="`,
		iconCorner, palette["link"].R, palette["link"].G, palette["link"].B)
	for i, p := range iconTick {
		fmt.Fprintf(&b, "%c%g %g", "ML"[min(i, 1)], p[0], p[1])
	}
	b.WriteString(`Z"/></svg>`)
	return b.Bytes()
}

// iconImage draws the icon at size × size pixels.
func iconImage(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	s := float32(size) / 32
	r := vector.NewRasterizer(size, size)
	c := float32(iconCorner) * s
	w := float32(size)
	k := c * (1 - 0.5523) // a cubic's control points for a quarter circle
	r.MoveTo(c, 0)
	r.LineTo(w-c, 0)
	r.CubeTo(w-k, 0, w, k, w, c)
	r.LineTo(w, w-c)
	r.CubeTo(w, w-k, w-k, w, w-c, w)
	r.LineTo(c, w)
	r.CubeTo(k, w, 0, w-k, 0, w-c)
	r.LineTo(0, c)
	r.CubeTo(0, k, k, 0, c, 0)
	r.ClosePath()
	r.Draw(img, img.Bounds(), image.NewUniform(palette["link"]), image.Point{})
	r.Reset(size, size)
	for i, p := range iconTick {
		if i == 0 {
			r.MoveTo(p[0]*s, p[1]*s)
		} else {
			r.LineTo(p[0]*s, p[1]*s)
		}
	}
	r.ClosePath()
	white := image.NewUniform(palette["bg"])
	r.DrawOp = draw.Over
	r.Draw(img, img.Bounds(), white, image.Point{})
	return img
}

// WriteICO writes the icon as an ICO file: one PNG image per size in
// IconSizes, which every browser since Internet Explorer 9 reads.
func WriteICO(w *bytes.Buffer) error {
	var images [][]byte
	for _, size := range IconSizes {
		var b bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, iconImage(size)); err != nil {
			return err
		}
		images = append(images, b.Bytes())
	}
	le := binary.LittleEndian
	head := make([]byte, 6+16*len(images))
	le.PutUint16(head[2:], 1) // type: icon
	le.PutUint16(head[4:], uint16(len(images)))
	offset := len(head)
	for i, data := range images {
		e := head[6+16*i:]
		e[0], e[1] = byte(IconSizes[i]%256), byte(IconSizes[i]%256) // 0 would mean 256
		le.PutUint16(e[4:], 1)                                      // colour planes
		le.PutUint16(e[6:], 32)                                     // bits per pixel
		le.PutUint32(e[8:], uint32(len(data)))
		le.PutUint32(e[12:], uint32(offset))
		offset += len(data)
	}
	w.Write(head)
	for _, data := range images {
		w.Write(data)
	}
	return nil
}
