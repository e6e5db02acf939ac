package markdown

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCheck wants Check and Render never to panic, every issue to point
// at a line of the body and a column on it, with that line as its Source,
// and no unsafe link to survive Render.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Проведено **засідання**.\n\n- пункт\n- [звіт](https://example.org/z.pdf)\n",
		"<script>alert(1)</script>\n",
		"Текст <b>жирний</b> далі <i>x</i>",
		"[x](javascript:alert(1)) <javascript:y> ![i](data:x)\n\n[r]: vbscript:z\n[a][r]",
		"[сайт](www.example.org) www.example.org <a@b.c>",
		"| a | b |\n|---|---|\n| <b>1</b> | [x](JaVaScRiPt:1) |\n",
		"> <div>\n> цитата\n> </div>\n",
		"0отокол0000[0Абонатисніть<A000000000:>](0)",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := strings.Split(string(src), "\n")
		for _, is := range Check(src) {
			if is.Line < 1 || is.Line > len(lines) {
				t.Fatalf("issue %+v: line outside the %d lines", is, len(lines))
			}
			line := lines[is.Line-1]
			if is.Source != line {
				t.Errorf("issue %+v: source is not line %d %q", is, is.Line, line)
			}
			if n := utf8.RuneCountInString(line); is.Col < 1 || is.Col > n+1 || is.Len < 1 {
				t.Errorf("issue %+v: column outside the line of %d characters", is, n)
			}
		}
		html, err := Render(src)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(bytes.ToLower([]byte(html)), []byte(`href="javascript:`)) {
			t.Errorf("a javascript: link was rendered: %s", html)
		}
	})
}
