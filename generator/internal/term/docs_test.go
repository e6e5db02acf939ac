package term

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocsTerms keeps docs/terms.md true: every term its tables say is
// read parses, and every term they say is not read does not.
func TestDocsTerms(t *testing.T) {
	b, err := os.ReadFile("../../../docs/terms.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start, end := strings.Index(doc, "## Як портал читає термін"), strings.Index(doc, "## Звітні періоди")
	if start < 0 || end < start {
		t.Fatal("docs/terms.md has lost its sections")
	}
	code := regexp.MustCompile("`([^`]+)`")
	read, unread := 0, 0
	notRead := false
	for _, line := range strings.Split(doc[start:end], "\n") {
		if strings.HasPrefix(line, "### ") {
			notRead = strings.Contains(line, "Не розпізнається")
		}
		cells := strings.Split(line, "|")
		if !strings.HasPrefix(line, "| ") || len(cells) < 3 || strings.HasPrefix(cells[1], "---") {
			continue
		}
		for _, m := range code.FindAllStringSubmatch(cells[1], -1) {
			_, err := Parse(m[1], svatoveAdopted)
			switch {
			case notRead && err == nil:
				t.Errorf("docs/terms.md says %q is not read, but it is", m[1])
			case !notRead && err != nil:
				t.Errorf("docs/terms.md says %q is read, but: %v", m[1], err)
			}
			if notRead {
				unread++
			} else {
				read++
			}
		}
	}
	if read < 100 || unread < 15 {
		t.Errorf("only %d read and %d unread examples found: has the table layout changed?", read, unread)
	}
}
