package markdown

import (
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	cases := []struct {
		url  string
		safe bool
	}{
		{"https://svatove-rda.gov.ua/zvit.pdf", true},
		{"http://example.org", true},
		{"mailto:ssd@example.org", true},
		{"/svatove-2019/ii/2-3/", true},
		{"#notes", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"data:text/html,<script>", false},
		{"vbscript:x", false},
		{"//evil.example/", false},
		{"https://", false},
		{"ftp://example.org/", false},
		{"", false},
		// Character references are decoded as a browser decodes them.
		{"javascript&#58;alert(1)", false},
		{"javascript&colon;alert(1)", false},
		{"&#106;avascript:alert(1)", false},
		{"&#x6A;avascript:alert(1)", false},
		{"java&#x09;script:alert(1)", false},
		{"java&Tab;script:alert(1)", false},
		{"https://example.org/?a=1&amp;b=2", true},
		{"/plan/notes/?a&amp;b", true},
	}
	for _, c := range cases {
		if got := SafeURL(c.url); got != c.safe {
			t.Errorf("SafeURL(%q) = %v, want %v", c.url, got, c.safe)
		}
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		name, src string
		kinds     []IssueKind
		line, col int
	}{
		{"clean", "Проведено **засідання**.\n\n- пункт\n- [звіт](https://example.org/z.pdf)\n", nil, 0, 0},
		{"script block", "Текст\n\n<script>alert(1)</script>\n", []IssueKind{RawHTML}, 3, 1},
		// The closing tag is part of the same mistake.
		{"inline html", "Текст <b>жирний</b> далі", []IssueKind{RawHTML}, 1, 7},
		{"stray closing tag", "Текст </div> далі", []IssueKind{RawHTML}, 1, 7},
		{"two elements", "<i>а</i> і <u>б</u>", []IssueKind{RawHTML, RawHTML}, 1, 1},
		{"indented html block", "  <div>\nтекст\n</div>\n", []IssueKind{RawHTML}, 1, 3},
		{"javascript link", "Дивіться [тут](javascript:alert(1)).", []IssueKind{UnsafeLink}, 1, 16},
		{"javascript autolink", "<javascript:alert(1)>", []IssueKind{UnsafeLink}, 1, 2},
		{"data image", "![x](data:image/png;base64,AAA)", []IssueKind{UnsafeLink}, 1, 6},
		{"reference link", "[звіт][1]\n\n[1]: javascript:evil()\n", []IssueKind{UnsafeLink}, 3, 6},
		// "www." written as a link's address would be a link within the
		// site; as plain text, Linkify makes it an http link.
		{"www link", "[сайт](www.example.org)", []IssueKind{UnsafeLink}, 1, 8},
		{"www text", "Дивіться www.example.org.", nil, 0, 0},
		// Found by FuzzDecodeNote: an autolink inside a link's text has
		// an inline parent, which has no lines to search from.
		{"autolink in link text", "[a <x0:y>](https://example.org)", []IssueKind{UnsafeLink}, 1, 5},
		{"code is not html", "Тег `<b>` у коді.\n\n    <script>\n", nil, 0, 0},
		// The entity-encoded schemes the docs promise to stop: goldmark
		// keeps the destination as written, the browser decodes it.
		{"entity colon", "[x](javascript&#58;alert(1))", []IssueKind{UnsafeLink}, 1, 5},
		{"named entity colon", "[x](javascript&colon;alert(1))", []IssueKind{UnsafeLink}, 1, 5},
		{"entity in reference", "[x][r]\n\n[r]: javascript&#58;alert(1)\n", []IssueKind{UnsafeLink}, 3, 6},
		// Images from other sites are blocked by the site's CSP.
		{"external image", "Фото: ![зала](https://example.org/zala.jpg)", []IssueKind{ExternalImage}, 1, 15},
		{"external image by entity", "![x](https&#58;//example.org/a.png)", []IssueKind{ExternalImage}, 1, 6},
		{"link to an image is fine", "[фото](https://example.org/zala.jpg)", nil, 0, 0},
		{"image within the site is fine", "![схема](/assets/schema.svg)", nil, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Check([]byte(c.src))
			if len(got) != len(c.kinds) {
				t.Fatalf("got %d issues %+v, want %d", len(got), got, len(c.kinds))
			}
			for i, k := range c.kinds {
				if got[i].Kind != k {
					t.Errorf("issue %d kind %v, want %v", i, got[i].Kind, k)
				}
			}
			if len(got) > 0 && (got[0].Line != c.line || got[0].Col != c.col) {
				t.Errorf("first issue at %d:%d, want %d:%d", got[0].Line, got[0].Col, c.line, c.col)
			}
		})
	}
}

func TestRenderEscapesAndShifts(t *testing.T) {
	out, err := Render([]byte("# Звіт\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) https://example.org ![i](https://tracker.example/p.gif)\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, bad := range []string{"<script", "javascript:", "<h1", "tracker.example"} {
		if strings.Contains(s, bad) {
			t.Errorf("rendered output contains %q:\n%s", bad, s)
		}
	}
	for _, want := range []string{"<h3>Звіт</h3>", `<a href="https://example.org">`} {
		if !strings.Contains(s, want) {
			t.Errorf("rendered output lacks %q:\n%s", want, s)
		}
	}
}
