package render

import (
	"os"
	"strings"
	"testing"
)

// TestDataDocsDescribeEveryColumn checks that docs/data.md describes each
// table and each of its columns, in Ukrainian and in English.
func TestDataDocsDescribeEveryColumn(t *testing.T) {
	data, err := os.ReadFile("../../../docs/data.md")
	if err != nil {
		t.Fatal(err)
	}
	uk, en, ok := strings.Cut(string(data), "\n# Open data\n")
	if !ok {
		t.Fatal("docs/data.md has no English part (# Open data)")
	}
	for lang, doc := range map[string]string{"uk": uk, "en": en} {
		for _, tb := range dataTables {
			_, sec, ok := strings.Cut(doc, "\n### "+tb.Name+".csv\n")
			if !ok {
				t.Errorf("docs/data.md (%s): no section ### %s.csv", lang, tb.Name)
				continue
			}
			if i := strings.Index(sec, "\n#"); i >= 0 {
				sec = sec[:i]
			}
			for _, f := range tb.Schema.Fields {
				if !strings.Contains(sec, "`"+f.Name+"`") {
					t.Errorf("docs/data.md (%s), %s.csv: column %s is not described", lang, tb.Name, f.Name)
				}
			}
		}
	}
}
