package generator

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestLangMarked builds the shipped site and the amended plan's site and
// reads every page of both languages as a screen reader would choose its
// voice (WCAG 3.1.2): each run of text is in the language of its nearest
// lang attribute. On English pages every text with a Cyrillic letter
// (the official plan text, executors' names, notes, titles in breadcrumbs,
// chart labels…) must be inside lang="uk"; on Ukrainian pages every run of
// English words must be inside lang="en". Spoken attributes (aria-label,
// title, alt, placeholder) count as text of their element.
func TestLangMarked(t *testing.T) {
	for _, s := range []struct{ name, root, date string }{
		{"shipped", repoRoot(t), "2026-11-24"},
		{"amended plan", amendedSite, amendedDate},
	} {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			res := generate(t, s.root, s.date)
			var mu sync.Mutex
			bad := map[string][]string{} // "where \x00 excerpt" → pages
			var pages int
			var wg sync.WaitGroup
			sem := make(chan struct{}, 4)
			for name, data := range res.Files {
				if !strings.HasSuffix(name, ".html") {
					continue
				}
				pages++
				wg.Add(1)
				sem <- struct{}{}
				go func() {
					defer func() { <-sem; wg.Done() }()
					found, err := unmarkedRuns(data)
					if err != nil {
						t.Errorf("%s: %v", name, err)
						return
					}
					mu.Lock()
					for _, f := range found {
						bad[f] = append(bad[f], name)
					}
					mu.Unlock()
				}()
			}
			wg.Wait()
			// One error per place in the templates (the element and its
			// ancestors), with the first page and run found there.
			type group struct {
				runs  int
				first string
			}
			groups := map[string]*group{}
			for k, files := range bad {
				where, what, _ := strings.Cut(k, " \x00")
				g := groups[where]
				if g == nil {
					g = &group{}
					groups[where] = g
				}
				g.runs += len(files)
				if ex := slices.Min(files) + ": " + what; g.first == "" || ex < g.first {
					g.first = ex
				}
			}
			t.Logf("%d pages read, %d runs in the wrong language in %d places", pages, len(bad), len(groups))
			for _, where := range slices.Sorted(maps.Keys(groups)) {
				g := groups[where]
				t.Errorf("%s: %d runs, e.g. %s", where, g.runs, g.first)
			}
		})
	}
}

var (
	cyrillic = regexp.MustCompile(`\p{Cyrillic}`)
	// englishRun is two English words in a row: a Ukrainian page's Latin
	// abbreviations (CSV, PDF, II.2.1, CC-BY-4.0) and URLs are not.
	englishRun = regexp.MustCompile(`\b[A-Za-z][a-z]{2,} [A-Za-z][a-z]{1,}\b`)
	webAddress = regexp.MustCompile(`\b(https?://|www\.)\S+`)
	// properNames are English names that Ukrainian text uses as they are:
	// WCAG 3.1.2 leaves proper names and technical terms out.
	properNames = regexp.MustCompile(`Frictionless (Tabular )?Data Package|Open Government Partnership|plansite \w+|Google \w+`)
)

// spokenAttrs are the attributes screen readers read out.
var spokenAttrs = []string{"aria-label", "title", "alt", "placeholder", "aria-description"}

// unmarkedRuns lists the text of a page in a language other than its
// nearest lang attribute says: Cyrillic outside lang="uk", English
// outside lang="en", as "<element> excerpt".
func unmarkedRuns(data []byte) ([]string, error) {
	doc, err := html.ParseWithOptions(strings.NewReader(string(data)), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, err
	}
	var out []string
	check := func(n *html.Node, lang, s, where string) {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			return
		}
		switch {
		case lang != "uk" && cyrillic.MatchString(s):
			out = append(out, fmt.Sprintf("%s%q in lang=%q", where+ancestry(n)+" \x00", excerpt(s, cyrillicAt(s)), lang))
		case lang == "uk" && englishRun.MatchString(latinPart(s)):
			t := latinPart(s)
			out = append(out, fmt.Sprintf("%s%q in lang=%q", where+ancestry(n)+" \x00", excerpt(t, englishRun.FindStringIndex(t)[0]), lang))
		}
	}
	var walk func(n *html.Node, lang string)
	walk = func(n *html.Node, lang string) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Textarea, atom.Code:
				return // code, not text in a language (an embed code's HTML)
			case atom.Head:
				return // <title> and <meta> are read with the page's language: see the browser tests
			}
			for _, a := range n.Attr {
				if a.Key == "lang" && a.Namespace == "" {
					lang = strings.ToLower(strings.SplitN(a.Val, "-", 2)[0])
				}
			}
			for _, a := range n.Attr {
				if slices.Contains(spokenAttrs, a.Key) {
					check(n, lang, a.Val, "<"+n.Data+" "+a.Key+">")
				}
			}
		}
		if n.Type == html.TextNode && n.Parent != nil {
			check(n, lang, n.Data, "<"+n.Parent.Data+">")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, lang)
		}
	}
	walk(doc, "")
	return out, nil
}

// cyrillicAt is the byte offset of the first Cyrillic letter in s.
func cyrillicAt(s string) int {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}

// excerpt is up to 60 bytes of s around offset i.
func excerpt(s string, i int) string {
	from := max(0, i-20)
	for from > 0 && !utf8Start(s[from]) {
		from--
	}
	to := min(len(s), from+60)
	for to < len(s) && !utf8Start(s[to]) {
		to++
	}
	return s[from:to]
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// ancestry names the element's nearest ancestors with their classes, so that
// a run reported is found in the templates.
func ancestry(n *html.Node) string {
	var parts []string
	for p := n.Parent; p != nil && p.Type == html.ElementNode && len(parts) < 4; p = p.Parent {
		s := p.Data
		if c := attr(p, "class"); c != "" {
			s += "." + strings.ReplaceAll(c, " ", ".")
		}
		parts = append(parts, s)
	}
	slices.Reverse(parts)
	return " in " + strings.Join(parts, " > ")
}

// latinPart is s without web addresses and proper names.
func latinPart(s string) string {
	return properNames.ReplaceAllString(webAddress.ReplaceAllString(s, ""), "")
}
