package markdown

import (
	"html"
	"net/url"
	"regexp"
	"strings"

	"github.com/plansite/plansite/generator/diag"
)

// What staff are told about what a note may not publish: why a link is
// refused and what to write instead, how to write in Markdown what raw HTML
// was used for. The checks are in check.go and markdown.go; the words are
// here, beside them, for validate to put into problems.

// ImageAsLink writes the image at url in source as the link to write
// instead: "![plan](https://…)" becomes "[plan](https://…)", and an image
// without a description a link with its address for text.
func ImageAsLink(source, url string) string {
	alt := ""
	if i := strings.Index(source, "]("+url); i >= 0 {
		if j := strings.LastIndex(source[:i], "!["); j >= 0 {
			alt = source[j+2 : i]
		}
	}
	if strings.TrimSpace(alt) == "" {
		alt = url // a link needs words to click on
	}
	return diag.Excerpt("[" + alt + "](" + url + ")")
}

// FirstTag returns the first HTML tag of raw HTML, e.g. "<script>".
func FirstTag(html string) string {
	html = strings.TrimSpace(html)
	if i := strings.IndexByte(html, '>'); i >= 0 {
		return html[:i+1]
	}
	return html
}

// htmlTag matches the name of an HTML tag.
var htmlTag = regexp.MustCompile(`^<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)`)

// HTMLAdvice says how to write in Markdown what the tag was used for.
func HTMLAdvice(html string) diag.Text {
	name := ""
	if m := htmlTag.FindStringSubmatch(strings.TrimSpace(html)); m != nil {
		name = strings.ToLower(m[1])
	}
	switch name {
	case "b", "strong":
		return diag.Text{UK: "жирний текст пишіть розміткою Markdown: **текст**", EN: "write bold text in Markdown: **text**"}
	case "i", "em":
		return diag.Text{UK: "курсив пишіть розміткою Markdown: *текст*", EN: "write italics in Markdown: *text*"}
	case "a":
		return diag.Text{UK: "посилання пишіть так: [текст](https://…)", EN: "write a link as [text](https://…)"}
	case "br", "p":
		return diag.Text{UK: "новий абзац — це порожній рядок між рядками тексту", EN: "a new paragraph is an empty line between lines of text"}
	case "ul", "ol", "li":
		return diag.Text{UK: "пункти списку пишіть рядками, що починаються з «- »", EN: "write list items as lines starting with \"- \""}
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return diag.Text{UK: "заголовок — це рядок, що починається з «## »", EN: "a heading is a line starting with \"## \""}
	case "img":
		return diag.Text{UK: "зображення вставляйте так: ![опис](https://…)", EN: "insert an image as ![description](https://…)"}
	case "table", "tr", "td", "th", "thead", "tbody":
		return diag.Text{UK: "таблицю пишіть рядками | стовпець | стовпець |", EN: "write a table as lines | column | column |"}
	case "script", "iframe", "style", "object", "embed", "form", "input", "link", "meta", "svg":
		return diag.Text{UK: "скрипти, стилі та вбудовані вікна не публікуються заради безпеки читачів; щоб показати відео чи форму, дайте посилання [назва](https://…)",
			EN: "scripts, styles and embedded frames are not published, for readers' safety; to show a video or a form, give a link [title](https://…)"}
	}
	return diag.Text{UK: "приберіть теги, залишивши сам текст; оформлення — розміткою Markdown", EN: "remove the tags and keep the text; format it with Markdown"}
}

// LinkProblem says why a link may not be published, and what to write
// instead. Evidence links (complete) must be complete addresses; links in
// a note's text may also point within the site.
func LinkProblem(raw string, complete bool) (reason, advice diag.Text, bad bool) {
	// Read as the browser reads it: "javascript&#58;" is javascript:.
	u := strings.TrimSpace(html.UnescapeString(raw))
	lower := strings.ToLower(u)
	full := diag.Text{UK: "дайте звичайне посилання на сторінку чи документ: https://…", EN: "give an ordinary link to a page or document: https://…"}
	switch {
	case u == "":
		return diag.Text{UK: "адресу не вказано", EN: "there is no address"}, full, true
	case strings.HasPrefix(lower, "javascript:") || strings.HasPrefix(lower, "vbscript:"):
		return diag.Text{UK: "воно запускало б програму в браузері читача", EN: "it would run a program in the reader's browser"}, full, true
	case strings.HasPrefix(lower, "data:"):
		return diag.Text{UK: "вбудовані дані (data:) не публікуються", EN: "embedded data (data:) is not published"},
			diag.Text{UK: "покладіть файл на сайт громади чи у сховище й дайте його адресу https://…", EN: "put the file on the community's website or a file store and give its address https://…"}, true
	case strings.HasPrefix(lower, "file:") || strings.HasPrefix(u, `\\`) || (len(u) > 2 && u[1] == ':' && (u[2] == '\\' || u[2] == '/')):
		return diag.Text{UK: "це файл на вашому компʼютері чи в локальній мережі, читачі його не відкриють", EN: "it is a file on your computer or local network, which readers cannot open"},
			diag.Text{UK: "опублікуйте документ і дайте його адресу https://…", EN: "publish the document and give its address https://…"}, true
	case strings.HasPrefix(lower, "www."):
		return diag.Text{UK: "бракує https:// на початку", EN: "https:// is missing at the start"},
			diag.Text{UK: "пишіть повну адресу: https://" + u, EN: "write the full address: https://" + u}, true
	}
	if SafeURL(u) {
		if p, err := url.Parse(u); !complete || (err == nil && p.Scheme != "") {
			return diag.Text{}, diag.Text{}, false
		}
		return diag.Text{UK: "це не повна адреса", EN: "it is not a complete address"},
			diag.Text{UK: "пишіть повну адресу з https:// на початку", EN: "write the complete address, starting with https://"}, true
	}
	if p, err := url.Parse(u); err == nil && p.Scheme != "" && p.Scheme != "http" && p.Scheme != "https" && p.Scheme != "mailto" {
		return diag.Text{UK: "адреси «" + p.Scheme + ":» не дозволені", EN: "\"" + p.Scheme + ":\" addresses are not allowed"},
			diag.Text{UK: "дозволені лише адреси https://, http:// та mailto:; опублікуйте файл і дайте посилання https://…", EN: "only https://, http:// and mailto: addresses are allowed; publish the file and link it with https://…"}, true
	}
	return diag.Text{UK: "адресу записано неправильно", EN: "the address is malformed"},
		diag.Text{UK: "перевірте адресу: https://назва-сайту/шлях, без пробілів", EN: "check the address: https://site-name/path, without spaces"}, true
}
