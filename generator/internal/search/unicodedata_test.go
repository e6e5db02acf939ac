package search

import (
	"compress/bzip2"
	"io"
	"os"
	"strings"
	"testing"
)

// normalizationTest opens the Unicode conformance file of the unicode-data
// Debian package, if it is installed; the parity test feeds its strings to
// both normalisers.
func normalizationTest(t *testing.T) io.Reader {
	t.Helper()
	for _, p := range []string{"/usr/share/unicode/NormalizationTest.txt.bz2", "/usr/share/unicode/NormalizationTest.txt"} {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		t.Cleanup(func() { f.Close() })
		if strings.HasSuffix(p, ".bz2") {
			return bzip2.NewReader(f)
		}
		return f
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("NormalizationTest.txt not found, and CI=true: .ci/run installs unicode-data")
	}
	t.Skip("NormalizationTest.txt not found (apt-get install unicode-data)")
	return nil
}
