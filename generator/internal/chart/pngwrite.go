package chart

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"io"

	"github.com/klauspost/compress/zlib"
)

// The cards are 8-bit paletted PNGs, and their compression was half of a
// card's cost (a fifth of a cold build) with image/png, which cannot be
// given another compressor. This writer makes that one kind of PNG
// (IHDR, PLTE, one IDAT, IEND; no row filters, which a palette does not
// profit from) with klauspost/compress's zlib, about twice as fast as the
// standard library's at the same level. Any PNG decoder reads the result;
// a test decodes every card with image/png.

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// pngWriter holds a card's compressor and buffers, reused across cards.
type pngWriter struct {
	z    *zlib.Writer
	idat chunkBuffer
	row  []byte
}

var pngWriters = newFreeList[*pngWriter]()

// writePaletted writes img as a PNG with its palette (at most 256 opaque
// colours) to w.
func writePaletted(w io.Writer, img *image.Paletted) error {
	if n := len(img.Palette); n == 0 || n > 256 {
		return fmt.Errorf("chart: a PNG palette holds 1 to 256 colours, not %d", n)
	}
	pw, ok := pngWriters.get()
	if !ok {
		pw = &pngWriter{}
		z, err := zlib.NewWriterLevel(&pw.idat, zlib.BestSpeed)
		if err != nil {
			return err
		}
		pw.z = z
	}
	defer pngWriters.put(pw)
	b := img.Bounds()
	pw.idat.b = pw.idat.b[:0]
	pw.z.Reset(&pw.idat)
	// Each row starts with its filter type: 0, none.
	pw.row = append(pw.row[:0], 0)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		pw.row = append(pw.row[:1], img.Pix[img.PixOffset(b.Min.X, y):][:b.Dx()]...)
		if _, err := pw.z.Write(pw.row); err != nil {
			return err
		}
	}
	if err := pw.z.Close(); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(b.Dx()))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(b.Dy()))
	ihdr[8], ihdr[9] = 8, 3 // bit depth 8, colour type 3: paletted
	plte := make([]byte, 0, 3*len(img.Palette))
	for _, c := range img.Palette {
		r, g, bl, _ := c.RGBA()
		plte = append(plte, byte(r>>8), byte(g>>8), byte(bl>>8))
	}
	if _, err := w.Write(pngSignature); err != nil {
		return err
	}
	for _, ch := range []struct {
		kind string
		data []byte
	}{{"IHDR", ihdr[:]}, {"PLTE", plte}, {"IDAT", pw.idat.b}, {"IEND", nil}} {
		if err := writeChunk(w, ch.kind, ch.data); err != nil {
			return err
		}
	}
	return nil
}

// writeChunk writes one PNG chunk: length, type, data, CRC of type and data.
func writeChunk(w io.Writer, kind string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], kind)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, p := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// chunkBuffer collects the compressed image data.
type chunkBuffer struct{ b []byte }

func (c *chunkBuffer) Write(p []byte) (int, error) {
	c.b = append(c.b, p...)
	return len(p), nil
}
