package render

import (
	"math"
	"strconv"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
	"github.com/plansite/plansite/generator/internal/model"
)

// luminance and contrast are WCAG 2's, of #rrggbb colours.
func luminance(hex string) float64 {
	ch := func(i int) float64 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(0) + 0.7152*ch(1) + 0.0722*ch(2)
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestBadgeColours: the default theme's stylesheet gives every state's
// tag its colours, which badges take, and their text is readable (WCAG AA,
// 4.5:1) on both parts of a badge.
func TestBadgeColours(t *testing.T) {
	th, problems := LoadTheme(fixture.Root(), "default")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	r := &Renderer{theme: th}
	base := r.tagOf("")
	if c := contrast(base.Bg, base.Fg); c < 4.5 {
		t.Errorf("the badge's label: contrast %.2f", c)
	}
	for _, state := range model.StateOrder {
		got, ok := th.tags[state]
		if !ok {
			t.Errorf("the stylesheet has no .tag-%s", state)
			continue
		}
		if c := contrast(got.Fg, got.Bg); c < 4.5 {
			t.Errorf(".tag-%s: %s on %s, contrast %.2f", state, got.Fg, got.Bg, c)
		}
	}
	if !th.tags[model.StateCancelled].Strike || th.tags[model.StateOverdue].Strike {
		t.Error("only a cancelled measure's tag is struck through")
	}
}

func TestParseTagColours(t *testing.T) {
	css := `.tag { color: #111111; background: #eeeeee; }
.tag-a, .tag-b { color: #222222; background-color: #dddddd; }
.tag-c { background: #cccccc; text-decoration: line-through; }
.tag-missing-colour { font-weight: 700; }
.state-a { color: #ff0000; }
@media (prefers-color-scheme: dark) { .tag-a { color: #ffffff; background: #000000; } }`
	got := parseTagColours(css)
	for state, want := range map[string]tagColours{
		"": {"#111111", "#eeeeee", false}, "a": {"#222222", "#dddddd", false}, "b": {"#222222", "#dddddd", false},
		"c": {"", "#cccccc", true}, "missing-colour": {},
	} {
		if got[state] != want {
			t.Errorf("%q: %+v, want %+v", state, got[state], want)
		}
	}
	r := &Renderer{theme: &Theme{tags: got}}
	if c := r.tagOf("c"); c.Fg != "#111111" || c.Bg != "#cccccc" {
		t.Errorf("c filled from .tag: %+v", c)
	}
	if c := r.tagOf("nowhere"); c != (tagColours{"#111111", "#eeeeee", false}) {
		t.Errorf("an unknown state: %+v", c)
	}
}

// TestRelativeLinks: a relative build links every site path from a page
// by climbing to the root, and names folders' index.html.
func TestRelativeLinks(t *testing.T) {
	site := &model.Site{Config: &model.Config{Languages: []string{"uk", "en"}, Relative: true}}
	site.Config.SetBaseURL("https://plans.example.org/portal/")
	r := &Renderer{site: site}
	for _, c := range []struct {
		depth      int
		lang, path string
		want       string
	}{
		{0, "uk", "/", "index.html"},
		{0, "uk", "/svatove-2019/", "svatove-2019/index.html"},
		{3, "uk", "/svatove-2019/ii/", "../../../svatove-2019/ii/index.html"},
		{3, "en", "/svatove-2019/ii/2-1/", "../../../en/svatove-2019/ii/2-1/index.html"},
		{1, "uk", "/svatove-2019/ii/2-1/#indicator-1", "../svatove-2019/ii/2-1/index.html#indicator-1"},
		{1, "uk", "/search/?q=x", "../search/index.html?q=x"},
		{2, "uk", "/feed.xml", "../../feed.xml"},
		{2, "uk", "/assets/style.1a2b.css", "../../assets/style.1a2b.css"},
	} {
		if got := r.href(c.depth, c.lang, c.path); got != c.want {
			t.Errorf("href(%d, %s, %s) = %q, want %q", c.depth, c.lang, c.path, got, c.want)
		}
	}
	if got := r.relative(2, "uk", "/search/", false); got != "../../search/" {
		t.Errorf("a folder as a base: %q", got)
	}
	if got := r.relative(0, "uk", "/", false); got != "./" {
		t.Errorf("the root as a base: %q", got)
	}
	site.Config.Relative = false
	if got := r.href(3, "en", "/svatove-2019/"); got != "/portal/en/svatove-2019/" {
		t.Errorf("published: %q", got)
	}
}

func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		"текст": "текст.", "текст.": "текст.", "текст…": "текст…", "текст;": "текст.", "текст, ": "текст.", "чи так?": "чи так?", "": "",
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
