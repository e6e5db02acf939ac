package engine

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
)

// A pack keeps a unit's larger data between builds — rendered fragments,
// rows of open data, search documents — for the pages that span units, so
// that a plan that did not change is never loaded again. It is one file of
// named sections with an index at its start, so one section can be read
// without the rest.
//
// Layout: "PSPK", a uvarint count, then per section its name (uvarint
// length and bytes), offset and length (uvarints); then the sections' bytes.

const packMagic = "PSPK"

// PackWriter collects a pack's sections.
type PackWriter struct {
	sections map[string][]byte
}

// NewPackWriter returns an empty pack.
func NewPackWriter() *PackWriter { return &PackWriter{sections: map[string][]byte{}} }

// Put sets section name to data.
func (w *PackWriter) Put(name string, data []byte) { w.sections[name] = data }

// Bytes returns the pack's file content (see WriteTo).
func (w *PackWriter) Bytes() []byte {
	var buf bytes.Buffer
	w.WriteTo(&buf) // a bytes.Buffer takes every write
	return buf.Bytes()
}

// WriteTo writes the pack's file content to out: the index, then the
// sections as they are (a plan's pack runs to megabytes; putting it
// together in memory first grew a buffer over and over). Sections are in
// name order, so the same sections give the same bytes.
func (w *PackWriter) WriteTo(out io.Writer) (int64, error) {
	names := make([]string, 0, len(w.sections))
	for n := range w.sections {
		names = append(names, n)
	}
	sort.Strings(names)
	head := []byte(packMagic)
	head = binary.AppendUvarint(head, uint64(len(names)))
	off := 0
	for _, n := range names {
		head = binary.AppendUvarint(head, uint64(len(n)))
		head = append(head, n...)
		head = binary.AppendUvarint(head, uint64(off))
		head = binary.AppendUvarint(head, uint64(len(w.sections[n])))
		off += len(w.sections[n])
	}
	written, err := out.Write(head)
	total := int64(written)
	for _, n := range names {
		if err != nil {
			break
		}
		written, err = out.Write(w.sections[n])
		total += int64(written)
	}
	return total, err
}

// Pack reads a pack.
type Pack struct {
	r     io.ReaderAt
	name  string
	close func() error
	base  int64
	index map[string][2]int64 // name → offset, length
}

// OpenPack opens the pack file name.
func OpenPack(name string) (*Pack, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	p, err := ReadPack(f, name)
	if err != nil {
		f.Close()
		return nil, err
	}
	p.close = f.Close
	return p, nil
}

// ReadPack reads a pack from r; name is for messages.
func ReadPack(r io.ReaderAt, name string) (*Pack, error) {
	p := &Pack{r: r, name: name, index: map[string][2]int64{}, close: func() error { return nil }}
	if err := p.readIndex(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

var errBadPack = errors.New("not a pack file, or a damaged one")

func (p *Pack) readIndex() error {
	r := &countingReader{r: bufio.NewReader(io.NewSectionReader(p.r, 0, 1<<62))}
	magic := make([]byte, len(packMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != packMagic {
		return errBadPack
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<24 {
		return errBadPack
	}
	for i := uint64(0); i < n; i++ {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 1<<16 {
			return errBadPack
		}
		name := make([]byte, l)
		if _, err := io.ReadFull(r, name); err != nil {
			return errBadPack
		}
		off, err1 := binary.ReadUvarint(r)
		ln, err2 := binary.ReadUvarint(r)
		if err1 != nil || err2 != nil {
			return errBadPack
		}
		p.index[string(name)] = [2]int64{int64(off), int64(ln)}
	}
	p.base = r.n
	return nil
}

// Section returns the bytes of section name; a missing section is nil.
func (p *Pack) Section(name string) ([]byte, error) {
	if _, ok := p.index[name]; !ok {
		return nil, nil
	}
	return p.AppendSection(nil, name)
}

// SectionSize returns the length of section name; a missing one is empty.
func (p *Pack) SectionSize(name string) int { return int(p.index[name][1]) }

// AppendSection appends the bytes of section name to dst. Reading into a
// buffer made for them, or reused, spares the fresh memory a section of
// its own takes (large sections of every plan are read on each build).
func (p *Pack) AppendSection(dst []byte, name string) ([]byte, error) {
	loc := p.index[name]
	n := len(dst)
	dst = slices.Grow(dst, int(loc[1]))[:n+int(loc[1])]
	if _, err := p.r.ReadAt(dst[n:], p.base+loc[0]); err != nil && !(err == io.EOF && loc[1] == 0) {
		return dst[:n], fmt.Errorf("%s: section %s: %w", p.name, name, err)
	}
	return dst, nil
}

// WriteSection writes the bytes of section name to w, through w's own
// buffer if it has one (io.Copy), never the whole section at once.
func (p *Pack) WriteSection(w io.Writer, name string) error {
	loc := p.index[name]
	n, err := io.Copy(w, io.NewSectionReader(p.r, p.base+loc[0], loc[1]))
	if err == nil && n != loc[1] {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return fmt.Errorf("%s: section %s: %w", p.name, name, err)
	}
	return nil
}

// Close closes the pack file.
func (p *Pack) Close() error { return p.close() }

// countingReader counts the bytes read, byte by byte as binary.ReadUvarint
// needs.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	var b [1]byte
	_, err := io.ReadFull(c, b[:])
	return b[0], err
}
