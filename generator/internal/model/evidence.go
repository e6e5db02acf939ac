package model

import "github.com/plansite/plansite/generator/content"

// EvidenceItem is a document that backs a report ([[evidence]] in a
// note), with its local copy when the note names one.
type EvidenceItem struct {
	content.Evidence
	// Local is the copy kept with the site; nil when there is none.
	Local *LocalFile
}

// LocalFile is a document kept under content/ and published with the
// site, as a file of its plan.
type LocalFile struct {
	// Path is its site path, "/dubno-2021/evidence/protokol.pdf"; File
	// its output file, "dubno-2021/evidence/protokol.pdf".
	Path, File string
	// Size is its length in bytes.
	Size int64
	// SHA256 is the hex SHA-256 of its bytes.
	SHA256 string
	// Data are its bytes, published as they are.
	Data []byte
}
