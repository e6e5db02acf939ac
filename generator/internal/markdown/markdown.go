// Package markdown renders progress notes with goldmark, safely.
//
// Notes are written by staff and published as they are, so the renderer
// allows nothing that could run in a reader's browser or deface a page:
// raw HTML is never passed through (Check reports it so the build stops with
// a clear message, and Render escapes it should it ever get there), links and
// images may only use http, https or mailto, and headings are shifted down
// so a note's "# Title" sits under the page's own headings.
package markdown

import (
	"bytes"
	stdhtml "html"
	"html/template"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// md is shared: goldmark's Markdown is safe for concurrent use.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(headingShift{by: 2}, 100))),
	// html.WithUnsafe is deliberately absent: raw HTML is omitted.
	goldmark.WithRendererOptions(html.WithXHTML()),
)

// SafeURL reports whether a link destination may be published: http(s) and
// mailto URLs, and links within the site (a path or a #fragment). The
// destination is read as a browser reads it, with its character
// references decoded: "javascript&#58;…" is a javascript: link.
func SafeURL(raw string) bool {
	raw = strings.TrimSpace(stdhtml.UnescapeString(raw))
	if raw == "" {
		return false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return u.Opaque != ""
	case "":
		// A relative link: it must not smuggle a scheme past the parser
		// (e.g. "javascript&colon;"), so allow only path characters.
		return !strings.ContainsAny(raw, ":\\") && !strings.HasPrefix(raw, "//")
	}
	return false
}

// External reports whether a URL lies on another site. Images may not:
// the site's Content-Security-Policy (img-src 'self' data:) stops readers'
// browsers from loading them, so they would show as broken images, and it
// keeps readers' visits from being reported to that site.
func External(raw string) bool {
	u, err := url.Parse(strings.TrimSpace(stdhtml.UnescapeString(raw)))
	return err == nil && u.Host != ""
}

// Render renders a note body to HTML. A body beyond the limits (see
// limits.go) is not parsed and renders as nothing: Check reports it, so
// that a build never publishes it, and until then it costs nothing.
func Render(src []byte) (template.HTML, error) {
	if len(limits(src)) > 0 {
		return "", nil
	}
	var buf bytes.Buffer
	doc := md.Parser().Parse(text.NewReader(src))
	// Defence in depth: Check stops the build before an unsafe link gets
	// here, but should one slip through, it is dropped, not rendered.
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			if !SafeURL(string(l.Destination)) {
				l.Destination = nil
			}
		case *ast.Image:
			if !SafeURL(string(l.Destination)) || External(string(l.Destination)) {
				l.Destination = nil
			}
		}
		return ast.WalkContinue, nil
	})
	if err := md.Renderer().Render(&buf, src, doc); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil // #nosec: goldmark output, raw HTML omitted
}

// IssueKind says what Check found.
type IssueKind int

const (
	// RawHTML is HTML written into the Markdown.
	RawHTML IssueKind = iota
	// UnsafeLink is a link or image whose scheme is not allowed.
	UnsafeLink
	// ExternalImage is an image from another site (see External).
	ExternalImage
	// TooLarge is a body over MaxBody bytes; it has no line.
	TooLarge
	// TooDeep is a line whose quotes and lists nest deeper than MaxDepth.
	TooDeep
	// LongLine is a line longer than MaxLine characters.
	LongLine
	// TableTooWide is a table of more than MaxColumns columns, marked at
	// its delimiter row.
	TableTooWide
	// TableTooBig is the row at which the body's tables pass MaxCells.
	TableTooBig
)

// Issue is a problem Check found in a note body.
type Issue struct {
	Kind IssueKind
	// Line and Col (1-based, characters) locate it in the body; Len is
	// the length to mark.
	Line, Col, Len int
	// Text is the offending HTML or URL; Source is the whole line.
	Text, Source string
	// Image marks an UnsafeLink that is an image's source.
	Image bool
	// Limit is the limit passed, for the kinds that are limits.
	Limit int
}

// Check finds raw HTML, unsafe links and images from other sites in a note
// body. A closing tag is not reported when its opening tag was:
// "<b>text</b>" is one mistake. A link written "www.example.org" is
// reported too: it is safe, but as a link within the site it would lead
// nowhere. A body beyond the limits (limits.go) is not parsed: only what
// is beyond them is reported.
func Check(src []byte) []Issue {
	if issues := limits(src); len(issues) > 0 {
		return issues
	}
	var issues []Issue
	doc := md.Parser().Parse(text.NewReader(src))
	add := func(kind IssueKind, offset int, found string, image bool) {
		line, col, lineText := locate(src, offset)
		issues = append(issues, Issue{Kind: kind, Line: line, Col: col,
			Len: max(1, utf8.RuneCountInString(firstLine(found))), Text: found, Source: lineText, Image: image})
	}
	opened := map[string]bool{}
	rawHTML := func(offset int, html string) {
		name, closing := tagName(html)
		if closing && opened[name] {
			return
		}
		if !closing && name != "" {
			opened[name] = true
		}
		add(RawHTML, offset, html, false)
	}
	link := func(n ast.Node, dest []byte, image bool) {
		switch d := string(dest); {
		case !SafeURL(d) || strings.HasPrefix(strings.ToLower(strings.TrimSpace(d)), "www."):
			add(UnsafeLink, destinationOffset(src, n, dest), d, image)
		case image && External(d):
			add(ExternalImage, destinationOffset(src, n, dest), d, image)
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.HTMLBlock:
			if v.Lines().Len() > 0 {
				seg := v.Lines().At(0)
				lead := len(seg.Value(src)) - len(bytes.TrimLeft(seg.Value(src), " \t"))
				rawHTML(seg.Start+lead, strings.TrimSpace(string(seg.Value(src))))
			}
		case *ast.RawHTML:
			if v.Segments.Len() > 0 {
				seg := v.Segments.At(0)
				rawHTML(seg.Start, string(seg.Value(src)))
			}
		case *ast.Link:
			link(v, v.Destination, false)
		case *ast.Image:
			link(v, v.Destination, true)
		case *ast.AutoLink:
			u := string(v.URL(src))
			if v.AutoLinkType == ast.AutoLinkEmail {
				u = "mailto:" + u
			}
			// Linkify makes "www.example.org" in the text a link of
			// its own, which renders with http://: that is fine.
			if !SafeURL(u) && !(v.AutoLinkType == ast.AutoLinkURL && strings.HasPrefix(strings.ToLower(u), "www.")) {
				add(UnsafeLink, destinationOffset(src, v, v.URL(src)), u, false)
			}
		}
		return ast.WalkContinue, nil
	})
	return issues
}

// tagName returns the lower-case name of the first tag in raw HTML, and
// whether it is a closing tag.
func tagName(html string) (name string, closing bool) {
	s := strings.TrimSpace(html)
	if !strings.HasPrefix(s, "<") {
		return "", false
	}
	s = strings.TrimSpace(s[1:])
	if strings.HasPrefix(s, "/") {
		closing = true
		s = strings.TrimSpace(s[1:])
	}
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end]), closing
}

// destinationOffset finds where a link's destination is written: goldmark
// keeps positions for text, not for link destinations, so search from the
// link text onwards, or else from the start of the enclosing block (only a
// block has lines: an autolink may sit inside a link's text).
func destinationOffset(src []byte, n ast.Node, dest []byte) int {
	from := -1
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			from = t.Segment.Start
			break
		}
	}
	if from < 0 {
		for p := n.Parent(); p != nil; p = p.Parent() {
			if p.Type() == ast.TypeBlock {
				if p.Lines().Len() > 0 {
					from = p.Lines().At(0).Start
				}
				break
			}
		}
	}
	from = min(max(from, 0), len(src))
	if i := bytes.Index(src[from:], dest); i >= 0 && len(dest) > 0 {
		return from + i
	}
	return from
}

// locate turns a byte offset into a 1-based line and character column.
func locate(src []byte, offset int) (line, col int, lineText string) {
	offset = min(max(offset, 0), len(src))
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	end := bytes.IndexByte(src[offset:], '\n')
	if end < 0 {
		end = len(src)
	} else {
		end += offset
	}
	return bytes.Count(src[:offset], []byte("\n")) + 1, utf8.RuneCount(src[start:offset]) + 1, string(src[start:end])
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// headingShift moves headings down by a number of levels.
type headingShift struct{ by int }

func (h headingShift) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if hd, ok := n.(*ast.Heading); ok && entering {
			hd.Level = min(hd.Level+h.by, 6)
		}
		return ast.WalkContinue, nil
	})
}

// PlainText returns the words of a note body without Markdown syntax, for
// the search index and feed summaries; "" for a body beyond the limits,
// which Check reports.
func PlainText(src []byte) string {
	if len(limits(src)) > 0 {
		return ""
	}
	var b strings.Builder
	doc := md.Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock && b.Len() > 0 {
				b.WriteByte('\n')
			}
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.Text:
			b.Write(v.Segment.Value(src))
			if v.SoftLineBreak() || v.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(v.Value)
		case *ast.CodeSpan, *ast.HTMLBlock, *ast.RawHTML:
			if _, ok := v.(*ast.CodeSpan); !ok {
				return ast.WalkSkipChildren, nil
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
