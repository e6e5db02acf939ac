package markdown

import (
	"bytes"
	"html/template"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// budget fails the fuzz input when Check and Render take longer than a
// second or allocate more than 64 MiB plus 256 bytes for each byte of
// input: a blow-up shows as an overrun on small inputs, long before it
// would crash anything.
func budget(t *testing.T, size int, fn func()) {
	t.Helper()
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	before := sample[0].Value.Uint64()
	start := time.Now()
	fn()
	took := time.Since(start)
	metrics.Read(sample)
	allocated := sample[0].Value.Uint64() - before
	if took > time.Second {
		t.Errorf("took %v for %d bytes of input", took, size)
	}
	if limit := uint64(64<<20 + 256*size); allocated > limit {
		t.Errorf("allocated %d MiB for %d bytes of input", allocated>>20, size)
	}
}

// FuzzCheck wants Check and Render never to panic, to stay within budget,
// every issue to point at a line of the body and a column on it, with that
// line as its Source, and no unsafe link or image from another site to
// survive Render.
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
		"[x](javascript&#58;alert(1)) [y](&#106;avascript:1) ![z](https://example.org/p.gif)",
		// The shapes that are quadratic in goldmark, at and past the
		// limits.
		strings.Repeat(">", MaxDepth) + " x\n" + strings.Repeat(">", 2000),
		strings.Repeat("> - ", MaxDepth/2) + "x\n" + strings.Repeat("1. ", 500),
		strings.Repeat("[a](", 2000),
		strings.Repeat("[", 4000) + strings.Repeat("](u)", 1000),
		strings.Repeat("*a **a ", 1000),
		"|" + strings.Repeat("a|", MaxColumns+1) + "\n|" + strings.Repeat("-|", MaxColumns+1) + "\n" + strings.Repeat("|\n", 100),
		"|a|b|\n|-|-|\n" + strings.Repeat("|1|2|\n", MaxCells/2),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := strings.Split(string(src), "\n")
		var issues []Issue
		var html []byte
		var err error
		budget(t, len(src), func() {
			issues = Check(src)
			var h template.HTML
			h, err = Render(src)
			html = []byte(h)
		})
		for _, is := range issues {
			if is.Kind == TooLarge {
				continue
			}
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
		if err != nil {
			t.Fatal(err)
		}
		lower := bytes.ToLower(html)
		if bytes.Contains(lower, []byte(`href="javascript:`)) || bytes.Contains(lower, []byte(`src="http`)) {
			t.Errorf("an unsafe link or an image from another site was rendered: %s", html)
		}
	})
}
