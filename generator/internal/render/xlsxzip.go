package render

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/klauspost/compress/flate"
)

// sortedZip is excelize's archive writer made deterministic and joined
// with the rows written apart from it: excelize writes a workbook's
// streamed sheets in map order, so sortedZip keeps each entry, compressed,
// and writes them all in name order on Close, with no timestamps. A
// sheet's entry, as excelize writes it, is the frame of the sheet (its
// columns, frozen pane, an empty <sheetData>); Close puts the sheet's runs
// of rows inside its sheetData (see sheetBody).
type sortedZip struct {
	w       io.Writer
	entries []*zipEntry
	bodies  map[string]*sheetBody // by the sheet's entry name
}

type zipEntry struct {
	name string
	data bytes.Buffer // compressed, or the frame of a sheet as it is
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

func (e *zipEntry) Write(p []byte) (int, error) {
	if e.fw == nil {
		return e.data.Write(p)
	}
	e.crc.Write(p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

func newSortedZip(w io.Writer, bodies map[string]*sheetBody) *sortedZip {
	return &sortedZip{w: w, bodies: bodies}
}

// Create starts an entry.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	e := &zipEntry{name: name, crc: crc32.NewIEEE()}
	z.entries = append(z.entries, e)
	if z.bodies[name] != nil {
		return e, nil // a sheet's frame, kept as it is for its rows
	}
	fw := deflaters.Get().(*flate.Writer) // returned by writeEntry
	fw.Reset(&e.data)
	e.fw = fw
	return e, nil
}

// AddFS adds a file system's files, as zip.Writer does.
func (z *sortedZip) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		w, err := z.Create(name)
		if err == nil {
			_, err = w.Write(data)
		}
		return err
	})
}

// Close writes the entries in order: the content types first, as Office
// writes them, then by name.
func (z *sortedZip) Close() error {
	rank := func(name string) int {
		if name == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	slices.SortFunc(z.entries, func(a, b *zipEntry) int {
		if ra, rb := rank(a.name), rank(b.name); ra != rb {
			return ra - rb
		}
		return strings.Compare(a.name, b.name)
	})
	zw := zip.NewWriter(z.w)
	seen := 0
	for _, e := range z.entries {
		var err error
		if body := z.bodies[e.name]; body != nil {
			seen++
			err = writeSheet(zw, e, body)
		} else {
			err = writeEntry(zw, e)
		}
		if err != nil {
			return err
		}
	}
	if seen != len(z.bodies) {
		return fmt.Errorf("xlsx: %d sheets have rows, %d were written", len(z.bodies), seen)
	}
	return zw.Close()
}

// writeEntry writes an entry compressed as it was written.
func writeEntry(zw *zip.Writer, e *zipEntry) error {
	if err := e.fw.Close(); err != nil {
		return err
	}
	deflaters.Put(e.fw)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: e.crc.Sum32(),
		CompressedSize64: uint64(e.data.Len()), UncompressedSize64: e.size})
	if err == nil {
		_, err = w.Write(e.data.Bytes())
	}
	return err
}

// writeSheet writes a sheet's frame with its rows inside its sheetData:
// the frame up to </sheetData> deflated, then each run of rows as it was
// deflated, then the rest of the frame as the last block. The entry's CRC
// is the runs' CRCs combined, so no row is read but to copy it.
func writeSheet(zw *zip.Writer, e *zipEntry, body *sheetBody) error {
	frame := e.data.Bytes()
	i := bytes.LastIndex(frame, []byte("</sheetData>"))
	if i < 0 {
		return fmt.Errorf("xlsx: %s has no sheetData to hold its rows", e.name)
	}
	head, tail := deflateXML(frame[:i], false), deflateXML(frame[i:], true)
	crc := crc32Combine(crc32Combine(head.crc, body.crc, body.size), tail.crc, tail.size)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64:   uint64(len(head.data)) + body.compressed + uint64(len(tail.data)),
		UncompressedSize64: head.size + body.size + tail.size})
	if err != nil {
		return err
	}
	if _, err := w.Write(head.data); err != nil {
		return err
	}
	if err := body.writeTo(w); err != nil {
		return fmt.Errorf("xlsx: %s: %w", e.name, err)
	}
	_, err = w.Write(tail.data)
	return err
}

// rowsSource appends a run of rows, as sheetRows.appendTo wrote it, to
// dst.
type rowsSource func(dst []byte) ([]byte, error)

// sheetBody is a sheet's rows: runs read when they are added, for their
// CRC and sizes, and again when the workbook is written, so that a
// portal's sheets are never held whole (a national portal's notes sheet
// is hundreds of megabytes).
type sheetBody struct {
	crc        uint32 // of the rows' XML
	size       uint64 // of the rows' XML
	compressed uint64
	runs       []rowsSource
	scratch    []byte
}

// add adds a run of rows.
func (b *sheetBody) add(src rowsSource) error {
	run, err := b.read(src)
	if err != nil {
		return err
	}
	b.crc = crc32Combine(b.crc, run.crc, run.size)
	b.size += run.size
	b.compressed += uint64(len(run.data))
	b.runs = append(b.runs, src)
	return nil
}

// read reads a run.
func (b *sheetBody) read(src rowsSource) (sheetRows, error) {
	raw, err := src(b.scratch[:0])
	if err != nil {
		return sheetRows{}, err
	}
	b.scratch = raw[:0]
	return parseRows(raw)
}

// writeTo writes the runs' deflated rows, checking that each is what it
// was when it was added.
func (b *sheetBody) writeTo(w io.Writer) error {
	var crc uint32
	var size uint64
	for _, src := range b.runs {
		run, err := b.read(src)
		if err != nil {
			return err
		}
		crc, size = crc32Combine(crc, run.crc, run.size), size+run.size
		if _, err := w.Write(run.data); err != nil {
			return err
		}
	}
	if crc != b.crc || size != b.size {
		return fmt.Errorf("rows changed while the workbook was written")
	}
	return nil
}

// crc32Combine is the CRC-32 (IEEE) of the bytes of crc1 followed by len2
// bytes whose CRC is crc2: the CRC of the first part shifted through len2
// zero bytes, by squaring the operator of one zero bit (zlib's
// crc32_combine, which hash/crc32 does not have).
func crc32Combine(crc1, crc2 uint32, len2 uint64) uint32 {
	if len2 == 0 {
		return crc1
	}
	var even, odd [32]uint32
	odd[0] = 0xedb88320 // the polynomial: one zero bit
	for n, row := 1, uint32(1); n < 32; n, row = n+1, row<<1 {
		odd[n] = row
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	for {
		gf2Square(&even, &odd) // the first pass: one zero byte
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

// gf2Times multiplies a 32×32 matrix over GF(2) by a vector.
func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

// gf2Square sets square to mat × mat.
func gf2Square(square, mat *[32]uint32) {
	for n := range square {
		square[n] = gf2Times(mat, mat[n])
	}
}
