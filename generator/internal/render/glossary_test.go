package render

import (
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
)

func TestExpander(t *testing.T) {
	e := newExpander([]content.GlossaryTerm{
		{Abbr: "СЖО", Full: []string{"складні життєві обставини"}},
		{Abbr: "ДБСТ", Full: []string{"дитячий будинок сімейного типу"}},
		{Abbr: "РДА", Full: []string{"районна державна адміністрація", "райдержадміністрація"}},
	})
	cases := []struct {
		text      string
		want, not []string
	}{
		{"супровід сімей, які перебувають у складних життєвих обставинах", []string{"СЖО"}, []string{"ДБСТ"}},
		{"Затвердження програми адресної підтримки сімей в СЖО", []string{"складні життєві обставини"}, nil},
		{"розвиток мережі дитячих будинків сімейного типу", []string{"ДБСТ"}, []string{"СЖО"}},
		{"Створення  ДБСТ у разі необхідності", []string{"дитячий будинок сімейного типу"}, nil},
		{"Відділ освіти райдержадміністрації", []string{"РДА"}, nil},
		{"обставини складні, життєві", nil, []string{"СЖО"}}, // the words, but not the phrase
	}
	for _, c := range cases {
		got := e.expand(c.text)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("expand(%q) = %q, want %q in it", c.text, got, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("expand(%q) = %q, must not add %q", c.text, got, w)
			}
		}
	}
}
