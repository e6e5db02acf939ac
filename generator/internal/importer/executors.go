package importer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/translit"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// matcher finds the bodies an executors cell names. Plans name one body in
// several ways, and a name may itself hold commas ("центр соціальних служб
// для сімʼї, дітей та молоді"), so a cell is not simply split at commas:
// at each place the longest name the registry knows is taken first, and
// only text no name covers is split at commas, semicolons and line breaks.
type matcher struct {
	plan string
	// keys maps the uktext.NameKey of every name, short name and alias
	// of the bodies in the plan's scope to the body's id.
	keys map[string]string
	// words is the word count of the longest name, which bounds the
	// search.
	words int
	// taken holds every id in the registry, of all plans, and the new
	// ones, so that new ids are unique.
	taken map[string]bool
	// added are the bodies the registry did not know.
	added []content.Executor
	// splits are the cells whose split staff should confirm.
	splits []Split
}

// Split is an executors cell split into bodies, reported for staff to
// confirm because it names a body the registry did not know and holds
// more than one body or a comma inside a name: where a comma ends one
// body's name and where it is inside one ("Відділ освіти, молоді та
// спорту … ради, старости старостинських округів") is a judgement the
// registry did not settle.
type Split struct {
	// Cell is the cell's text as written.
	Cell string
	// Measures cite the measures whose executors cell reads so, "ІІ.1.3)".
	Measures []string
	// Parts are the bodies found, in order.
	Parts []SplitPart
}

// SplitPart is one body of a split cell.
type SplitPart struct {
	// Text is the part of the cell that names the body.
	Text string
	// ID is the body's registry id.
	ID string
	// New is set when this import added the body to the registry.
	New bool
}

// note records the split of a measure's executors cell when it named a
// new body; cite names the measure.
func (m *matcher) note(cell string, parts []SplitPart, cite string) {
	isNew, comma := false, false
	for _, p := range parts {
		isNew = isNew || p.New
		comma = comma || strings.Contains(p.Text, ",")
	}
	if !isNew || len(parts) < 2 && !comma {
		return // the registry settled it, or there was nothing to split
	}
	for i := range m.splits {
		if m.splits[i].Cell == cell {
			m.splits[i].Measures = append(m.splits[i].Measures, cite)
			return
		}
	}
	m.splits = append(m.splits, Split{Cell: cell, Measures: []string{cite}, Parts: parts})
}

func newMatcher(reg *content.Registry, plan string) *matcher {
	m := &matcher{plan: plan, keys: map[string]string{}, taken: map[string]bool{}}
	for i := range reg.Executors {
		e := &reg.Executors[i]
		m.taken[e.ID] = true
		if e.InScope(plan) {
			m.index(e)
		}
	}
	return m
}

func (m *matcher) index(e *content.Executor) {
	for _, n := range e.Names() {
		k := uktext.NameKey(n)
		if k == "" {
			continue
		}
		if _, dup := m.keys[k]; !dup { // the first body to claim a name keeps it
			m.keys[k] = e.ID
		}
		m.words = max(m.words, len(strings.Fields(k)))
	}
}

// token is a word of a cell with its byte span. brk is set when a kept line
// break comes before it.
type token struct {
	text       string
	start, end int
	brk        bool
}

func tokens(s string) []token {
	var out []token
	brk := false
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, token{s[start:i], start, i, brk})
				start, brk = -1, false
			}
			brk = brk || r == '\n'
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, token{s[start:], start, len(s), brk})
	}
	return out
}

// mention is a run of tokens naming one body; id is empty until resolved.
type mention struct {
	from, to int
	id       string
}

// resolve returns the ids of the bodies text names, in order, each once,
// and the parts of text that name them. Bodies the registry does not know
// are added to it.
func (m *matcher) resolve(text string) ([]string, []SplitPart) {
	toks := tokens(text)
	var ms []mention
	for i := 0; i < len(toks); {
		// "… та міський центр": the conjunction joins two bodies.
		if conjunctions[toks[i].text] && i+1 < len(toks) {
			if j, _ := m.longest(text, toks, i+1); j >= 0 || canStart(toks[i+1].text) {
				i++
				continue
			}
		}
		if j, id := m.longest(text, toks, i); j >= 0 {
			j = qualifier(toks, j)
			ms = append(ms, mention{i, j, id})
			i = j + 1
			continue
		}
		j := fragmentEnd(toks, i)
		if len(ms) > 0 && !canStart(toks[i].text) && !complete(text[toks[ms[len(ms)-1].from].start:toks[ms[len(ms)-1].to].end]) {
			// "…для сімʼї, дітей та молоді": the comma was inside a name,
			// which therefore is not the one matched before.
			last := &ms[len(ms)-1]
			last.to, last.id = j, ""
		} else {
			ms = append(ms, mention{i, j, ""})
		}
		i = j + 1
	}
	ids := []string{}
	var parts []SplitPart
	for _, mn := range ms {
		id := mn.id
		part := text[toks[mn.from].start:toks[mn.to].end]
		if id == "" {
			id = m.lookupOrAdd(part)
		}
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
			parts = append(parts, SplitPart{Text: strings.TrimRight(part, ",; "), ID: id, New: m.isNew(id)})
		}
	}
	return ids, parts
}

// isNew reports whether this import added the body id.
func (m *matcher) isNew(id string) bool {
	for _, e := range m.added {
		if e.ID == id {
			return true
		}
	}
	return false
}

// completeEnds are the words a body's full name ends with: the council or
// administration it belongs to, or its region. A comma after them ends
// the name, whatever word follows ("…міської ради, старости
// старостинських округів" is two bodies).
var completeEnds = map[string]bool{
	"ради": true, "адміністрації": true, "райдержадміністрації": true, "облдержадміністрації": true,
	"держадміністрації": true, "рда": true, "ода": true, "громади": true, "області": true,
}

// complete reports whether a mention reads as a body's full name: it ends
// with the council or administration it belongs to, a qualifier such as
// "(за згодою)", or the closing quote of a name (КНП «…», КУ «…»).
func complete(name string) bool {
	name = strings.TrimRight(name, ",;. ")
	if consent.MatchString(name) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	if last == '»' || last == '”' || last == '"' {
		return true
	}
	fields := strings.Fields(name)
	return len(fields) > 1 && completeEnds[uktext.NameKey(fields[len(fields)-1])]
}

// longest finds the longest known name that starts at token i and ends
// where a mention can end, and returns the index of its last token and the
// body's id; -1 when there is none. A name followed by more words ("Відділ
// освіти" in "Відділ освіти Дубенської міської ради") is a different,
// longer name, not a mention of the shorter one.
func (m *matcher) longest(text string, toks []token, i int) (int, string) {
	for j := min(len(toks)-1, i+m.words-1); j >= i; j-- {
		if !mentionEnd(toks, j) {
			continue
		}
		if id, ok := m.keys[uktext.NameKey(text[toks[i].start:toks[j].end])]; ok {
			return j, id
		}
	}
	return -1, ""
}

// mentionEnd reports whether a body's name can end with token j: at the
// end of the cell, before a separator, a line break, a conjunction or a
// qualifier in brackets.
func mentionEnd(toks []token, j int) bool {
	if j+1 == len(toks) || strings.HasSuffix(toks[j].text, ",") || strings.HasSuffix(toks[j].text, ";") {
		return true
	}
	next := toks[j+1]
	return next.brk || conjunctions[next.text] || strings.HasPrefix(next.text, "(")
}

// qualifier extends a mention ending at token j over a parenthesis that
// follows it, "(за згодою)", which qualifies the body and is no body.
func qualifier(toks []token, j int) int {
	if j+1 >= len(toks) || !strings.HasPrefix(toks[j+1].text, "(") {
		return j
	}
	for k := j + 1; k < len(toks); k++ {
		if strings.Contains(toks[k].text, ")") {
			return k
		}
	}
	return j
}

// fragmentEnd returns the last token of the text that starts at token i
// and runs to a comma, a semicolon or a line break outside brackets and
// quotes.
func fragmentEnd(toks []token, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		for _, r := range toks[j].text {
			switch r {
			case '(', '«', '“':
				depth++
			case ')', '»', '”':
				depth--
			}
		}
		if depth > 0 {
			continue
		}
		if strings.HasSuffix(toks[j].text, ",") || strings.HasSuffix(toks[j].text, ";") ||
			j+1 < len(toks) && toks[j+1].brk {
			return j
		}
	}
	return len(toks) - 1
}

// conjunctions join two bodies' names.
var conjunctions = map[string]bool{"та": true, "і": true, "й": true, "та/або": true, "і/або": true}

// heads are the lower-case words a body's name can start with, as when a
// list goes on "…, відділ освіти, управління соціального захисту". Any
// other lower-case word after a comma continues the name before it.
var heads = map[string]bool{
	"служба": true, "служби": true, "відділ": true, "відділи": true, "управління": true,
	"сектор": true, "центр": true, "центри": true, "органи": true, "орган": true,
	"рада": true, "ради": true, "комітет": true, "голова": true, "члени": true,
	"керівник": true, "керівники": true, "заклади": true, "заклад": true, "установи": true,
	"районний": true, "районна": true, "міський": true, "міська": true, "обласний": true,
	"обласна": true, "сільські": true, "селищні": true, "громадські": true,
	"виконавчий": true, "виконавчі": true, "департамент": true, "фахівці": true,
	"спеціалісти": true, "працівники": true, "представники": true, "начальник": true,
	"заступник": true, "структурні": true, "суб'єкти": true, "надавачі": true,
	"кнп": true, "ку": true, "кп": true, "упсзн": true, "цсссдм": true, "рцсссдм": true, "ссд": true,
	// Nominatives that open a body and never continue a genitive name.
	"староста": true, "старости": true, "старостати": true, "комісія": true, "опікунська": true,
	"координаційна": true, "координаційний": true, "міжвідомча": true, "робоча": true,
	"поліція": true, "ювенальна": true, "лікарі": true, "педагоги": true, "сімейні": true,
	"директори": true, "директор": true, "навчальні": true, "дошкільні": true, "загальноосвітні": true,
	"комунальне": true, "комунальна": true, "комунальний": true, "підприємства": true,
	"соціальні": true, "медичні": true, "освітні": true, "благодійні": true, "волонтери": true,
	"психологи": true, "вихователі": true, "батьки": true, "прийомні": true, "патронатні": true,
}

// canStart reports whether a word can open a body's name.
func canStart(word string) bool {
	w := strings.TrimLeft(word, "«\"'“„(")
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	return heads[uktext.NameKey(w)]
}

// consent matches the qualifier "(за згодою)", "(за погодженням)" at the
// end of a name: it says how the body takes part, it is not its name.
var consent = regexp.MustCompile(`\s*\([^()]*(згод|погодж)[^()]*\)\s*[,;.]*\s*$`)

// lookupOrAdd returns the id of the body named text, adding a new body to
// the registry when no name matches; "" when text names nothing.
func (m *matcher) lookupOrAdd(text string) string {
	name := strings.Join(strings.Fields(consent.ReplaceAllString(text, "")), " ")
	name = strings.TrimRight(name, ",;. ")
	if uktext.NameKey(name) == "" {
		return ""
	}
	if id, ok := m.keys[uktext.NameKey(name)]; ok {
		return id
	}
	r, size := utf8.DecodeRuneInString(name)
	name = string(unicode.ToUpper(r)) + name[size:]
	e := content.Executor{ID: m.newID(name), Name: name, Plans: []string{m.plan}}
	m.taken[e.ID] = true
	m.added = append(m.added, e)
	m.index(&e)
	return e.ID
}

// stopWords are left out of generated ids.
var stopWords = map[string]bool{
	"у": true, "в": true, "з": true, "із": true, "зі": true, "та": true, "і": true, "й": true,
	"для": true, "по": true, "на": true, "при": true, "щодо": true, "з/п": true,
}

// newID makes an id for a new body: the plan's community, then up to three
// transliterated words of the name, "dubno-hromadski-orhanizatsii".
func (m *matcher) newID(name string) string {
	var parts []string
	for _, w := range strings.Fields(name) {
		if stopWords[strings.ToLower(w)] {
			continue
		}
		if s := translit.Slug(w); s != "" {
			parts = append(parts, s)
		}
		if len(parts) == 3 {
			break
		}
	}
	if len(parts) == 0 {
		parts = []string{"vykonavets"}
	}
	id := community(m.plan) + "-" + strings.Join(parts, "-")
	if m.taken[id] {
		id = uniqueID(id, func(x string) bool { return m.taken[x] })
	}
	return id
}

// community returns a plan id without its years: "svatove-2019" →
// "svatove".
func community(plan string) string {
	parts := strings.Split(plan, "-")
	for len(parts) > 1 && strings.Trim(parts[len(parts)-1], "0123456789") == "" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, "-")
}
