package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/internal/chart"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Shared links: a link to the portal posted on Facebook, Telegram or X
// shows a card — a title, a sentence from the page and a picture. Every
// page says them in Open Graph and Twitter tags; the pictures are PNG
// (those sites show no SVG), drawn in Go by the chart package at build
// time: one per plan and one per measure, in each language, beside the
// page (/<plan>/card.png, /<plan>/<section>/<measure>/card.png).

// CardFile is the name of a page's card picture in its folder.
const CardFile = "card.png"

// cardJob is one card picture to draw.
type cardJob struct {
	file string
	key  engine.Key
	data chart.CardData
}

// planCards draws the cards of plan p and its measures in every language,
// those whose data did not change since the previous build excepted: a
// card takes some milliseconds to draw, and a build makes hundreds. A
// card's key is the data it is drawn from, and so covers all it shows.
func (r *Renderer) planCards(p *model.Plan) error {
	var jobs []cardJob
	add := func(lang, sitePath string, d chart.CardData) {
		file := r.fileIn(lang, sitePath, CardFile)
		key := model.HashJSON(r.key("card", lang), d).Done()
		if !r.out.Keep(p.Dir, file, key) {
			jobs = append(jobs, cardJob{file, key, d})
		}
	}
	for _, lang := range r.site.Config.Languages {
		pg := r.newPage(lang, "plan", p.Path, "", nil)
		add(lang, p.Path, pg.PlanCard(p))
		for _, m := range p.All {
			add(lang, m.Path, pg.MeasureCard(m))
		}
	}
	return parallel(len(jobs), func(i int, buf *bytes.Buffer) error {
		buf.Reset()
		if err := chart.WriteCard(buf, jobs[i].data); err != nil {
			return err
		}
		return r.Emit(p.Dir, jobs[i].file, jobs[i].key, bytes.Clone(buf.Bytes()))
	})
}

// fileIn is the output file name in the folder of a site path in lang.
func (r *Renderer) fileIn(lang, sitePath, name string) string {
	prefix := ""
	if lang != r.site.Config.Languages[0] {
		prefix = lang + "/"
	}
	return prefix + strings.TrimPrefix(sitePath, "/") + name
}

// socialImage is a page's card picture for shared links.
type socialImage struct {
	// URL is the picture's absolute address; Alt says what it shows.
	URL, Alt      string
	Width, Height int
}

// SocialImage returns the picture of the page's card: a measure's own on
// its page, the plan's on the plan's other pages, none on the pages that
// span plans. The description names what the card shows without the
// figures that change with the date, so that it never needs more of a
// page's key than the page's own.
func (p *page) SocialImage() *socialImage {
	img := &socialImage{Width: chart.CardWidth, Height: chart.CardHeight}
	switch {
	case p.Measure != nil:
		m := p.Measure
		img.URL = p.Abs(m.Path + CardFile)
		img.Alt = p.T("og.card.measure", m.Code, Short(m.Text, 100), p.State(m.Progress.State))
	case p.Plan != nil:
		img.URL = p.Abs(p.Plan.Path + CardFile)
		img.Alt = p.T("og.card.plan", planLabel(p.Plan))
	default:
		return nil
	}
	return img
}

// OGType is the Open Graph type of the page.
func (p *page) OGType() string {
	if p.Kind == "note" {
		return "article"
	}
	return "website"
}

// Locale is a language's Open Graph locale, e.g. "uk_UA".
func (p *page) Locale(lang string) string { return p.r.theme.text(lang, "og.locale") }

// OGTitle is the title a shared link shows: the page's own, or the
// portal's name on the home page.
func (p *page) OGTitle() string {
	if p.Kind == "home" || p.Title == "" {
		t, _ := p.Site.Config.SiteTitle(p.Lang)
		return t
	}
	return p.Title
}

// Description is a sentence from the page's content for search engines
// and shared links: what the page shows, with its figures; the portal's
// description only where the page is the portal's own (home, 404).
func (p *page) Description() string {
	switch p.Kind {
	case "measure", "embed":
		m := p.Measure
		return p.T("desc.measure", m.Code, planLabel(m.Plan), sentence(Short(m.Text, 160)), p.stateWithReason(m))
	case "plan":
		return p.T("desc.plan", p.Plan.Title, p.countsLine(p.Plan.Counts))
	case "section":
		return p.T("desc.section", p.Section.Number+". "+p.Section.Title, planLabel(p.Plan), p.countsLine(p.Section.Counts))
	case "task":
		return p.T("desc.task", model.TaskNumber(p.Task), p.Task.Title, planLabel(p.Plan), p.countsLine(p.Task.Counts))
	case "group":
		return p.T("desc.group", p.Group.Title, planLabel(p.Plan), p.countsLine(p.Group.Counts))
	case "note":
		return p.T("desc.note", model.NoteTitle(p.Note), planLabel(p.Plan), p.Date(p.Note.Date))
	case "changes":
		if p.Plan == nil {
			return p.T("desc.changes.portal")
		}
		return p.T("desc.changes", planLabel(p.Plan))
	case "notes", "timeline", "indicators":
		return p.T("desc."+p.Kind, planLabel(p.Plan))
	case "executor":
		return p.T("desc.executor", p.Executor.Name, p.N(p.Executor.Count, "n.measure"))
	case "print":
		return p.T("desc.print", planLabel(p.Plan))
	case "executors", "search", "data", "accessibility":
		return p.T("desc." + p.Kind)
	}
	if d, _ := p.Site.Config.SiteDescription(p.Lang); d != "" {
		return d
	}
	t, _ := p.Site.Config.SiteTitle(p.Lang)
	return t
}

// stateWithReason is a measure's state and why, as a sentence's end.
func (p *page) stateWithReason(m *model.Measure) string {
	s := p.State(m.Progress.State)
	if why := p.Reason(m); why != "" {
		s += " — " + why
	}
	return s
}

// countsLine says how many measures there are and how many in each state:
// "51 захід: виконано — 10, прострочено — 5".
func (p *page) countsLine(c model.Counts) string {
	var parts []string
	for _, sc := range p.States(c) {
		parts = append(parts, sc.Label+" — "+strconv.Itoa(sc.Count))
	}
	s := p.N(c.Total(), "n.measure")
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

// sentence ends s as a sentence: with its own full stop, ellipsis or
// mark, or else a full stop (a trailing comma or semicolon becomes one).
func sentence(s string) string {
	s = strings.TrimRight(s, " ,;:—–-")
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func init() { templateFuncs["upperFirst"] = upperFirst }
