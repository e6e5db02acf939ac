package importer

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestQuote(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Служба у справах дітей", `"Служба у справах дітей"`},
		{`КНП "Центр" \ 1`, `"КНП \"Центр\" \\ 1"`},
		{"a\tb\x01", `"a\tb\u0001"`},
		{"Потреби виявлені.\nПідтримка надана.", "\"\"\"\nПотреби виявлені.\nПідтримка надана.\"\"\""},
		{"ends with a quote\n\"", "\"\"\"\nends with a quote\n\\\"\"\"\""},
		{"\nleading break", "\"\"\"\n\nleading break\"\"\""},
		{"bad \xff byte", "\"bad \uFFFD byte\""},
		{"", `""`},
	}
	for _, c := range cases {
		got := Quote(c.in)
		if got != c.want {
			t.Errorf("Quote(%q) = %s, want %s", c.in, got, c.want)
		}
		var v struct{ S string }
		if _, err := toml.Decode("S = "+got, &v); err != nil {
			t.Errorf("Quote(%q) is not TOML: %v", c.in, err)
		} else if want := strings.ToValidUTF8(c.in, "\uFFFD"); v.S != want {
			t.Errorf("Quote(%q) decodes to %q", c.in, v.S)
		}
	}
}

func TestStrs(t *testing.T) {
	cases := []struct {
		vs   []string
		want string
	}{
		{[]string{}, "k = []\n"},
		{[]string{"svatove-ssd", "svatove-rcsssdm"}, "k = [\"svatove-ssd\", \"svatove-rcsssdm\"]\n"},
		{[]string{strings.Repeat("довгий ", 12)}, "k = [\n  \"" + strings.Repeat("довгий ", 12) + "\",\n]\n"},
		{[]string{"a\nb"}, "k = [\n  \"\"\"\na\nb\"\"\",\n]\n"},
	}
	for _, c := range cases {
		w := &tomlWriter{}
		w.strs("k", c.vs)
		if got := w.b.String(); got != c.want {
			t.Errorf("strs(%q) = %q, want %q", c.vs, got, c.want)
		}
	}
}
