package generator

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestTranslationsComplete checks that Ukrainian and English have the same
// keys (plural forms aside) and that no page of the small site shows a
// missing translation, which the renderer writes as "[key]".
func TestTranslationsComplete(t *testing.T) {
	th, problems := loadTheme("..", "default")
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
	res := generate(t, "testdata/sites/small", "2021-07-01")
	missing := regexp.MustCompile(`\[[a-z0-9-]+(\.[a-z0-9-]+)+\]`)
	for p, data := range res.Files {
		if strings.HasSuffix(p, ".html") {
			if m := missing.Find(data); m != nil {
				t.Errorf("%s shows an untranslated key %s", p, m)
			}
		}
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
