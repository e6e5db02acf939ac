package generator

import (
	"encoding/csv"
	"path"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkInert fails when a built site carries something content could have
// made active: a script element holding a payload, an event handler, a
// javascript: address, a spreadsheet formula in a CSV cell, a script in an
// SVG. The broken-content cases that build (markup in names, formulas in
// funding sources, escape codes in acts) run it on their whole site.
func checkInert(t *testing.T, files map[string]string) {
	t.Helper()
	for name, data := range files {
		switch path.Ext(name) {
		case ".html":
			doc, err := html.Parse(strings.NewReader(data))
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			for _, why := range activeNodes(doc) {
				t.Errorf("%s: %s", name, why)
			}
		case ".svg":
			if strings.Contains(strings.ToLower(data), "<script") {
				t.Errorf("%s: a script in an SVG", name)
			}
		case ".csv":
			for _, cell := range formulaCells(data) {
				t.Errorf("%s: a cell a spreadsheet would run: %q", name, cell)
			}
		}
	}
}

// activeNodes lists what would run in a reader's browser: event-handler
// attributes, javascript: addresses, and inline scripts other than the
// JSON data blocks the theme writes.
func activeNodes(n *html.Node) []string {
	var out []string
	if n.Type == html.ElementNode {
		for _, a := range n.Attr {
			v := strings.ToLower(strings.TrimSpace(a.Val))
			switch {
			case strings.HasPrefix(a.Key, "on"):
				out = append(out, "<"+n.Data+"> has an event handler "+a.Key)
			case (a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "formaction") && strings.HasPrefix(v, "javascript:"):
				out = append(out, "<"+n.Data+"> links to "+a.Val)
			}
		}
		if n.Data == "script" && !isDataScript(n) && n.FirstChild != nil {
			out = append(out, "an inline script: "+n.FirstChild.Data)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, activeNodes(c)...)
	}
	return out
}

func isDataScript(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" && (a.Val == "application/json" || a.Val == "application/ld+json") {
			return true
		}
	}
	return false
}

// formulaCells lists the cells of a CSV file that a spreadsheet would take
// for a formula: = + - @ first, unless a number ("-5", "+3.5").
func formulaCells(data string) []string {
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\uFEFF"))).ReadAll()
	if err != nil {
		return []string{"unreadable: " + err.Error()}
	}
	var out []string
	for _, row := range rows {
		for _, c := range row {
			if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				continue
			}
			if len(c) > 1 && (c[0] == '-' || c[0] == '+') && (c[1] >= '0' && c[1] <= '9' || c[1] == '.') {
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// TestInertChecker shows the checker catches what it looks for, so that a
// clean run of the broken cases means something.
func TestInertChecker(t *testing.T) {
	for _, c := range []struct {
		name, data string
		active     int
	}{
		{"a.html", `<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`, 0},
		{"a.html", `<script>alert(1)</script>`, 1},
		{"a.html", `<script type="application/ld+json">{"a":1}</script>`, 0},
		{"a.html", `<img src=x onerror=alert(1)>`, 1},
		{"a.html", `<a href=" JavaScript:alert(1)">x</a>`, 1},
		{"a.svg", `<svg><script>alert(1)</script></svg>`, 1},
		{"a.csv", "\uFEFFa,b\n-5,+3.5\n'=1+1,x\n", 0},
		{"a.csv", "a,b\n\"=HYPERLINK(\"\"http://evil\"\")\",@SUM(A1)\n", 2},
	} {
		var found int
		switch path.Ext(c.name) {
		case ".html":
			doc, _ := html.Parse(strings.NewReader(c.data))
			found = len(activeNodes(doc))
		case ".csv":
			found = len(formulaCells(c.data))
		case ".svg":
			if strings.Contains(c.data, "<script") {
				found = 1
			}
		}
		if found != c.active {
			t.Errorf("%s %q: %d active parts found, want %d", c.name, c.data, found, c.active)
		}
	}
}
