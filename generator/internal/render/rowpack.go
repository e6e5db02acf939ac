package render

import (
	"encoding/binary"
	"errors"
)

// A plan keeps its open-data rows in its pack twice: as the CSV lines the
// portal's files are put together from (copied, not re-encoded), and in
// this plain binary form for the portal's workbook, which needs the cells
// and which decoding JSON made the slowest part of an edit's rebuild.
//
// The form is uvarint counts and lengths: rows, then per row its cells,
// then per cell its length and bytes.

var errDamagedRows = errors.New("damaged table rows")

// packRows encodes rows.
func packRows(rows [][]string) []byte {
	n := binary.MaxVarintLen64
	for _, row := range rows {
		n += binary.MaxVarintLen64
		for _, c := range row {
			n += len(c) + binary.MaxVarintLen64
		}
	}
	b := make([]byte, 0, n)
	b = binary.AppendUvarint(b, uint64(len(rows)))
	for _, row := range rows {
		b = binary.AppendUvarint(b, uint64(len(row)))
		for _, c := range row {
			b = binary.AppendUvarint(b, uint64(len(c)))
			b = append(b, c...)
		}
	}
	return b
}

// unpackRows decodes what packRows encoded. Its cells share one string,
// the section's bytes, instead of allocating one each.
func unpackRows(b []byte) ([][]string, error) {
	if len(b) == 0 {
		return nil, nil
	}
	all := string(b)
	at := 0
	next := func() (int, error) {
		v, k := binary.Uvarint(b[at:])
		if k <= 0 || v > uint64(len(b)) {
			return 0, errDamagedRows
		}
		at += k
		return int(v), nil
	}
	n, err := next()
	if err != nil {
		return nil, err
	}
	rows := make([][]string, 0, min(n, len(b)))
	for range n {
		cells, err := next()
		if err != nil {
			return nil, err
		}
		row := make([]string, 0, min(cells, len(b)))
		for range cells {
			l, err := next()
			if err != nil || l > len(b)-at {
				return nil, errDamagedRows
			}
			row = append(row, all[at:at+l])
			at += l
		}
		rows = append(rows, row)
	}
	if at != len(b) {
		return nil, errDamagedRows
	}
	return rows, nil
}
