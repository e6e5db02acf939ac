package render

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// TestTranslationsComplete checks that Ukrainian and English have the same
// keys (plural forms aside). The generator's tests check that no page shows
// a missing translation.
func TestTranslationsComplete(t *testing.T) {
	th, problems := LoadTheme(fixture.Root(), "default")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	plural := regexp.MustCompile(`\.(one|few|many|other)$`)
	keys := func(lang string) []string {
		set := map[string]bool{}
		for k := range th.strings[lang] {
			set[plural.ReplaceAllString(k, "")] = true
		}
		var out []string
		for k := range set {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	uk, en := keys("uk"), keys("en")
	if strings.Join(uk, " ") != strings.Join(en, " ") {
		t.Errorf("translation keys differ:\nuk only: %v\nen only: %v", minus(uk, en), minus(en, uk))
	}
}

func minus(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}
