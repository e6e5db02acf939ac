package term

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Years outside these bounds are typing errors, not plans; the bounds also
// keep a recurring term's list of deadlines short.
const minYear, maxYear = 1900, 2199

// ErrUnknown is wrapped by every error Parse returns: the term could not be
// read. The caller shows the term as written and marks it "не розпізнано".
var ErrUnknown = errors.New("term not understood")

// Error says why a term could not be read.
type Error struct {
	// Text is the term as written.
	Text     string
	uk, en   string
	sentinel error // what Unwrap returns; ErrUnknown if nil
}

// Error returns the reason in English. It does not repeat the term, which
// the caller quotes.
func (e *Error) Error() string { return e.en }

// Reason returns the reason in Ukrainian ("uk", the default) or English
// ("en"), for messages to the staff who wrote the term.
func (e *Error) Reason(lang string) string {
	if isEnglish(lang) {
		return e.en
	}
	return e.uk
}

// Unwrap makes errors.Is(err, ErrUnknown) hold for Parse, and
// errors.Is(err, ErrPeriodKey) for ParsePeriodKey.
func (e *Error) Unwrap() error {
	if e.sentinel != nil {
		return e.sentinel
	}
	return ErrUnknown
}

func fail(uk, en string, args ...any) *Error {
	return &Error{uk: fmt.Sprintf(uk, args...), en: fmt.Sprintf(en, args...)}
}

// Parse reads a term as written in a plan. An empty term, or one of only
// dashes, is KindNone and no error. For text it cannot read, Parse returns
// a KindUnknown schedule holding the text and an *Error wrapping
// ErrUnknown; it never guesses and never panics.
func Parse(text string, ctx Context) (Schedule, error) {
	s, err := parse(text, ctx)
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			e = &Error{uk: err.Error(), en: err.Error()}
		}
		e.Text = text
		return Schedule{Text: text, Kind: KindUnknown}, e
	}
	s.Text = text
	return s, nil
}

func parse(text string, ctx Context) (Schedule, error) {
	if ctx.known() && (ctx.PlanStart < minYear || ctx.PlanEnd > maxYear || ctx.PlanStart > ctx.PlanEnd) {
		return Schedule{}, fail("період плану %d–%d неможливий", "the plan period %d–%d is impossible", ctx.PlanStart, ctx.PlanEnd)
	}
	if !ctx.Adopted.IsZero() && checkYear(ctx.Adopted.Year) != nil {
		return Schedule{}, fail("дата затвердження плану %s неможлива", "the plan's adoption date %s is impossible", ctx.Adopted)
	}
	toks, err := lex(text)
	if err != nil {
		return Schedule{}, err
	}
	if onlyPunctuation(toks) || matchWhole(toks, nonePhrases) {
		return Schedule{Kind: KindNone}, nil
	}
	var m marks
	if toks, err = m.extract(toks); err != nil {
		return Schedule{}, err
	}
	b, err := parseBody(trimSeparators(toks, len(m.names) > 0), ctx)
	if err != nil {
		return Schedule{}, err
	}
	return m.apply(b, ctx)
}

func onlyPunctuation(toks []token) bool {
	for _, t := range toks {
		if t.kind != tDash && t.kind != tSep {
			return false
		}
	}
	return true
}

// trimSeparators drops commas left at the ends once the marks are taken
// out ("2019-2026 роки, постійно" leaves "2019-2026 роки,"), and dashes too
// if marks were taken ("2019-2026 роки – постійно"); otherwise a dash at
// an end is a range left open, "2019-", and an error.
func trimSeparators(toks []token, marked bool) []token {
	edge := func(t token) bool { return t.kind == tSep || marked && t.kind == tDash }
	for len(toks) > 0 && edge(toks[0]) {
		toks = toks[1:]
	}
	for len(toks) > 0 && edge(toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// Phrases are sequences of words.
var (
	nonePhrases = [][]string{{"без", "терміну"}, {"без", "строку"}, {"не", "визначено"}, {"термін", "не", "визначено"}}
	// ongoingPhrases say the work is continuous.
	ongoingPhrases = [][]string{{"постійно"}, {"безперервно"}, {"на", "постійній", "основі"}}
	// asNeededPhrases: "за потреби", "у разі потреби", "при необхідності"…
	asNeededPhrases = func() [][]string {
		var out [][]string
		for _, pre := range [][]string{{"за"}, {"при"}, {"у", "разі"}, {"в", "разі"}, {"по", "мірі"}, {"у", "міру"}, {"в", "міру"}} {
			for _, noun := range []string{"потреби", "потребі", "потребою", "необхідності"} {
				out = append(out, append(slices.Clone(pre), noun))
			}
		}
		return out
	}()
	// recurrences, in the order they are tried.
	recurrences = []struct {
		kind    Kind
		phrases [][]string
	}{
		{KindYearly, [][]string{{"щороку"}, {"щорічно"}, {"щорік"}, {"кожного", "року"}, {"кожен", "рік"}, {"раз", "на", "рік"}}},
		{KindHalfYearly, [][]string{{"щопівроку"}, {"щопіврічно"}, {"кожні", "півроку"}, {"раз", "на", "півроку"}, {"кожного", "півріччя"}, {"двічі", "на", "рік"}}},
		{KindQuarterly, [][]string{{"щокварталу"}, {"щоквартально"}, {"кожного", "кварталу"}, {"раз", "на", "квартал"}}},
		{KindMonthly, [][]string{{"щомісяця"}, {"щомісячно"}, {"кожного", "місяця"}, {"раз", "на", "місяць"}}},
	}
	// deadlineStarts begin a deadline, longest first: "до кінця 2021 року".
	deadlineStarts = [][]string{{"не", "пізніше", "ніж"}, {"не", "пізніше"}, {"до", "кінця"}, {"на", "кінець"}, {"до"}, {"наприкінці"}, {"кінець"}}
	// ruleStarts may begin the day of a yearly deadline: "(до 10 січня)".
	ruleStarts = [][]string{{"не", "пізніше", "ніж"}, {"не", "пізніше"}, {"до"}}
	// fromStarts begin a span with its start: "з 2021 року", "з 2021 по
	// 2024 рік".
	fromStarts = [][]string{{"починаючи", "з"}, {"починаючи", "із"}, {"з"}, {"із"}, {"зі"}, {"від"}}
	// periodPhrases add nothing before a span: "на період 2025-2027
	// років", "на період до 2030 року".
	periodPhrases = [][]string{{"на", "період"}, {"у", "період"}, {"в", "період"}, {"протягом", "періоду"}}
	// planPhrases name the plan's whole period: "протягом дії плану",
	// "на весь період дії програми", "протягом усього періоду".
	planPhrases = func() [][]string {
		var out [][]string
		for _, pre := range [][]string{{"протягом"}, {"упродовж"}, {"впродовж"}, {"на", "весь", "період"}, {"на", "увесь", "період"}, {"на", "період"}} {
			for _, mid := range [][]string{{"дії"}, {"періоду", "дії"}, {"строку", "дії"}, {"терміну", "дії"}, {"усього", "періоду", "дії"}, {"всього", "періоду", "дії"}, {"усього", "періоду"}, {"всього", "періоду"}} {
				if len(pre) > 1 && mid[0] != "дії" {
					continue
				}
				for _, obj := range []string{"плану", "програми", ""} {
					ph := append(slices.Concat(pre, mid), obj)
					if obj == "" {
						if mid[len(mid)-1] != "періоду" {
							continue
						}
						ph = ph[:len(ph)-1]
					}
					out = append(out, ph)
				}
			}
		}
		return out
	}()
)

// matchAt returns the length of the first phrase that starts at toks[i],
// or 0.
func matchAt(toks []token, i int, phrases [][]string) int {
next:
	for _, ph := range phrases {
		if i+len(ph) > len(toks) {
			continue
		}
		for j, w := range ph {
			if t := toks[i+j]; t.kind != tWord || t.text != w {
				continue next
			}
		}
		return len(ph)
	}
	return 0
}

func matchWhole(toks []token, phrases [][]string) bool {
	n := matchAt(toks, 0, phrases)
	return n > 0 && n == len(toks)
}

// marks are the words that say how a term repeats, continues or waits,
// wherever they stand: "2019-2026 роки постійно", "щороку (до 10 січня)",
// "2022-2024 роки (за наявності фінансування)".
type marks struct {
	ongoing, asNeeded bool
	condition         Condition
	every             Kind      // KindYearly…KindMonthly, or KindNone
	rule              MonthDay  // a yearly term's day: "до 10 січня" after "щороку"
	due               []dueRule // when each cycle is due, if the term says
	names             []string  // the marks as written, for messages
}

// extract takes the marks out of toks and returns what is left.
func (m *marks) extract(toks []token) ([]token, error) {
	var rest []token
	for i := 0; i < len(toks); {
		if n := matchAt(toks, i, ongoingPhrases); n > 0 {
			m.ongoing = true
			m.note(toks[i : i+n])
			i += n
			continue
		}
		if n := matchAt(toks, i, asNeededPhrases); n > 0 {
			m.asNeeded = true
			m.note(toks[i : i+n])
			i += n
			continue
		}
		if c, n := matchCondition(toks, i); n > 0 {
			if m.condition != NoCondition && m.condition != c {
				return nil, fail("у терміні дві різні умови", "the term has two different conditions")
			}
			m.condition = c
			m.note(toks[i : i+n])
			i += n
			continue
		}
		found := false
		for _, r := range recurrences {
			if n := matchAt(toks, i, r.phrases); n > 0 {
				if m.every != KindNone && m.every != r.kind {
					return nil, fail("у терміні два різні повторення", "the term repeats in two different ways")
				}
				m.every = r.kind
				m.note(toks[i : i+n])
				i += n
				found = true
				break
			}
		}
		if !found {
			rest = append(rest, toks[i])
			i++
		}
	}
	if m.every == KindNone {
		return rest, nil
	}
	return m.extractRules(rest)
}

// matchCondition returns the condition whose phrase starts at toks[i],
// and the phrase's length; 0 if none does.
func matchCondition(toks []token, i int) (Condition, int) {
	for _, c := range conditionPhrases {
		if n := matchAt(toks, i, c.phrases); n > 0 {
			return c.cond, n
		}
	}
	return NoCondition, 0
}

func (m *marks) note(toks []token) {
	var ws []string
	for _, t := range toks {
		ws = append(ws, t.text)
	}
	m.names = append(m.names, strings.Join(ws, " "))
}

// apply puts the marks and the rest of the term together.
func (m marks) apply(b body, ctx Context) (Schedule, error) {
	if err := m.resolve(&b); err != nil {
		return Schedule{}, err
	}
	s := Schedule{Kind: b.kind, Start: b.start, End: b.end}
	if b.from == anchorAdoption && m.condition == NoCondition {
		if err := b.fromAdoption(ctx); err != nil {
			return Schedule{}, err
		}
		s.Kind, s.Start, s.End, s.rel = b.kind, b.start, b.end, b.length
	}
	switch {
	case m.every != KindNone:
		return m.recurring(s, b, ctx)
	case m.condition != NoCondition || m.asNeeded:
		// Nothing is due: a span the term gives is kept for a timeline,
		// any other is the plan's.
		s.Kind, s.Condition, s.rel = KindAsNeeded, m.condition, duration{}
		if m.condition != NoCondition {
			s.Kind = KindConditional
		}
		s.ownSpan = true
		if b.kind == KindNone || b.from != anchorNone {
			s.Start, s.End, s.ownSpan = Date{}, Date{}, false
			if ctx.known() {
				s.Start, s.End = startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
			}
		}
		return s, nil
	case m.ongoing:
		s.Kind, s.Ongoing = KindPeriod, true
		if b.kind == KindNone {
			if err := m.plan(&s, ctx); err != nil {
				return Schedule{}, err
			}
		}
	case b.kind == KindDeadlines:
		for _, y := range b.years {
			s.Dates = append(s.Dates, endOfYear(y))
		}
		s.Start, s.End = startOfYear(b.years[0]), endOfYear(b.years[len(b.years)-1])
		return s, nil
	case b.kind == KindNone:
		return s, nil
	}
	s.Dates = []Date{s.End}
	return s, nil
}

// resolve takes a recurrence's rule from the rest of the term, if it
// gives one ("у місячний строк після завершення календарного року"), and
// refuses marks that do not go together, with each other or with the
// rest.
func (m *marks) resolve(b *body) error {
	if b.from == anchorCycle {
		// "у місячний строк після завершення календарного року": the
		// length is the rule of a recurrence.
		switch {
		case b.cycle == KindNone && m.every == KindNone:
			return fail("«звітного періоду» — якого? Додайте «щороку», «щокварталу»…", "\"звітного періоду\": which period? Add \"щороку\", \"щокварталу\"…")
		case b.cycle != KindNone && m.every != KindNone && b.cycle != m.every:
			return fail("у терміні два різні повторення", "the term repeats in two different ways")
		case m.due != nil:
			return fail("у терміні два різні строки звіту", "the term gives its report two different days")
		}
		if b.cycle != KindNone {
			m.every = b.cycle
		}
		m.due = []dueRule{{after: b.length}}
		if m.every == KindYearly {
			end := endOfYear(2001)
			d := b.length.from(end)
			m.rule = MonthDay{d.Month, d.Day}
		}
	}
	names := strings.Join(m.names, " ")
	switch {
	case m.asNeeded && m.every != KindNone:
		return fail("термін водночас повторюваний і «за потреби»", "the term is both recurring and as needed")
	case m.condition != NoCondition && m.every != KindNone:
		return fail("термін водночас повторюваний і залежить від умови «%s»", "the term is both recurring and conditional (%q)", names)
	case b.kind == KindDeadlines && (m.asNeeded || m.condition != NoCondition || m.every != KindNone || m.ongoing):
		return fail("список років не поєднується з «%s»", "a list of years does not combine with %q", names)
	case b.length.unit != noUnit && b.from == anchorNone && m.condition == NoCondition:
		return fail("строк не каже, від якого дня його відлічувати: допишіть «з дня затвердження плану»", "the term does not say what day it counts from: add \"з дня затвердження плану\"")
	}
	return nil
}

// recurring makes the schedule of a recurring term.
func (m marks) recurring(s Schedule, b body, ctx Context) (Schedule, error) {
	// A recurring term is continuous by nature: "постійно" with it adds
	// nothing.
	s.Kind = m.every
	if b.kind == KindNone {
		if err := m.plan(&s, ctx); err != nil {
			return Schedule{}, err
		}
	}
	if s.Kind == KindYearly {
		s.Rule = m.rule
		if s.Rule == (MonthDay{}) {
			s.Rule = MonthDay{time.December, 31}
		}
	}
	s.due = m.due
	for _, p := range cycles(s.Kind, s.due, s.Start, s.End) {
		s.Dates = append(s.Dates, p.Due)
	}
	return s, nil
}

// plan gives s the plan's period, which the marks need.
func (m marks) plan(s *Schedule, ctx Context) error {
	if !ctx.known() {
		return fail("для «%s» потрібен період плану", "%q needs the plan's period", strings.Join(m.names, " "))
	}
	s.Start, s.End = startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
	return nil
}

// body is what is left of a term without its marks.
type body struct {
	kind       Kind // KindNone (nothing left), KindPeriod, KindDeadline or KindDeadlines
	start, end Date
	years      []int // of KindDeadlines
	// A length of time ("у місячний строк", "протягом року з дня
	// затвердження") and what it counts from.
	length duration
	from   anchor
	cycle  Kind // of anchorCycle: whose end; KindNone for the term's own
}

// fromAdoption makes a deadline of a length counted from the plan's
// adoption.
func (b *body) fromAdoption(ctx Context) error {
	if ctx.Adopted.IsZero() {
		return fail("строк відлічується від дня затвердження плану, а дату затвердження не вказано", "the term counts from the plan's adoption, and the adoption date is not known")
	}
	end := b.length.from(ctx.Adopted)
	if err := checkYear(end.Year); err != nil {
		return err
	}
	b.kind, b.start, b.end = KindDeadline, ctx.Adopted, end
	return nil
}

type parser struct {
	toks []token
	pos  int
	ctx  Context
}

func parseBody(toks []token, ctx Context) (body, error) {
	p := &parser{toks: toks, ctx: ctx}
	if p.eof() {
		return body{}, nil
	}
	if matchWhole(toks, planPhrases) {
		if !ctx.known() {
			return body{}, fail("для «протягом дії плану» потрібен період плану", "\"протягом дії плану\" needs the plan's period")
		}
		return body{kind: KindPeriod, start: startOfYear(ctx.PlanStart), end: endOfYear(ctx.PlanEnd)}, nil
	}
	p.pos += matchAt(p.toks, 0, periodPhrases)
	var b body
	var err error
	if rb, ok, rerr := p.relative(); ok || rerr != nil {
		b, err = rb, rerr
	} else if n := matchAt(p.toks, p.pos, deadlineStarts); n > 0 {
		p.pos += n
		b, err = p.deadline()
	} else if n := matchAt(p.toks, p.pos, fromStarts); n > 0 {
		p.pos += n
		b, err = p.from()
	} else {
		p.preposition()
		b, err = p.listOrSpan()
	}
	if err != nil {
		return body{}, err
	}
	if !p.eof() {
		return body{}, p.unexpected()
	}
	return b, nil
}

// deadline reads what follows "до". By the lenient reading the deadline is
// the end of what is named: "до 2020 року" is 31 December 2020, "до
// грудня 2021" is 31 December 2021, "до 1 березня 2022" is that day. The
// work runs from the plan's start. A list after "до" is the same list.
func (p *parser) deadline() (body, error) {
	if ys, pair, ok, err := p.list(); err != nil || ok && !pair {
		return body{kind: KindDeadlines, years: ys}, err
	} else if pair {
		return p.deadlineOn(endOfYear(ys[1])), nil
	}
	_, end, err := p.span()
	if err != nil {
		return body{}, err
	}
	return p.deadlineOn(end), nil
}

// deadlineOn is a deadline on end, with the work from the plan's start.
func (p *parser) deadlineOn(end Date) body {
	from := end.Year
	if p.ctx.known() {
		from = min(from, p.ctx.PlanStart)
	}
	return body{kind: KindDeadline, start: startOfYear(from), end: end}
}

// from reads what follows "з": a start, and an end after "до", "по" or a
// dash; without an end, the work runs to the plan's end.
func (p *parser) from() (body, error) {
	a, err := p.point()
	if err != nil {
		return body{}, err
	}
	if t, ok := p.peek(0); ok && (t.kind == tDash || t.kind == tWord && (t.text == "до" || t.text == "по")) {
		p.pos++
		p.isWord("кінця") // "з 2021 до кінця 2024 року"
		b, err := p.point()
		if err != nil {
			return body{}, err
		}
		start, end, err := join(a, &b)
		return body{kind: KindPeriod, start: start, end: end}, err
	}
	start, _, err := join(a, nil)
	if err != nil {
		return body{}, err
	}
	if !p.ctx.known() {
		return body{}, fail("для терміну без кінця потрібен період плану", "a term with no end needs the plan's period")
	}
	end := endOfYear(p.ctx.PlanEnd)
	if end.Before(start) {
		return body{}, fail("термін починається після кінця плану", "the term starts after the plan ends")
	}
	return body{kind: KindPeriod, start: start, end: end}, nil
}

func (p *parser) listOrSpan() (body, error) {
	if ys, pair, ok, err := p.list(); err != nil || ok && !pair {
		return body{kind: KindDeadlines, years: ys}, err
	} else if pair {
		return body{kind: KindPeriod, start: startOfYear(ys[0]), end: endOfYear(ys[1])}, nil
	}
	start, end, err := p.span()
	if err == nil && start == end {
		// A single day is when the work is due, not a day's work:
		// "15 березня 2021 року", "10.01.2020".
		return p.deadlineOn(end), nil
	}
	return body{kind: KindPeriod, start: start, end: end}, err
}

// list reads two or more years separated by commas or "і", "та": "2021,
// 2024, 2026 роки". It reports false, having read nothing, for anything
// else. Two years in a row joined by a word, "2023 і 2024 роки", are a
// pair: the two years as one span, as in "план на 2023 і 2024 роки".
func (p *parser) list() (ys []int, pair, ok bool, err error) {
	save := p.pos
	byWord := true
	for p.yearAt(p.pos) {
		ys = append(ys, p.toks[p.pos].n)
		p.pos++
		j := p.pos
		for j < len(p.toks) && (p.toks[j].kind == tSep || p.toks[j].kind == tWord && conjunctions[p.toks[j].text]) {
			byWord = byWord && p.toks[j].kind == tWord
			j++
		}
		if j == p.pos || !p.yearAt(j) {
			break
		}
		p.pos = j
	}
	if len(ys) < 2 {
		p.pos = save
		return nil, false, false, nil
	}
	p.yearWords()
	for _, y := range ys {
		if err := checkYear(y); err != nil {
			return nil, false, true, err
		}
	}
	if len(ys) == 2 && byWord && ys[1] == ys[0]+1 {
		return ys, true, true, nil
	}
	slices.Sort(ys)
	for i := 1; i < len(ys); i++ {
		if ys[i-1] == ys[i] {
			return nil, false, true, fail("рік %d названо двічі", "the year %d is listed twice", ys[i])
		}
	}
	return ys, false, true, nil
}

// span reads one point or a range of two: "2019-2026 роки", "ІІ-ІІІ кв.
// 2019 року", "січень-березень 2021", "2021-2022 навчальний рік".
func (p *parser) span() (Date, Date, error) {
	a, err := p.point()
	if err != nil {
		return Date{}, Date{}, err
	}
	if !p.is(tDash) {
		start, end, err := join(a, nil)
		if err == nil && p.academic() {
			err = fail("навчальний рік пишуть двома роками: «2021-2022 навчальний рік»", "a school year takes two years: \"2021-2022 навчальний рік\"")
		}
		return start, end, err
	}
	p.pos++
	var b point
	if t, ok := p.peek(0); ok && a.u == uYear && t.kind == tNum && len(t.text) == 2 && !p.unitAt(p.pos+1) {
		// "2021-22": the century of the first year.
		b = point{u: uYear, year: a.year/100*100 + t.n}
		if b.year <= a.year {
			return Date{}, Date{}, fail("«%d-%s»: другий рік має бути пізніше", "%d-%s: the second year must be later", a.year, t.text)
		}
		p.pos++
		p.yearWords()
	} else if b, err = p.point(); err != nil {
		return Date{}, Date{}, err
	}
	start, end, err := join(a, &b)
	if err != nil {
		return Date{}, Date{}, err
	}
	if p.academic() {
		// A school year runs from 1 September to the end of June.
		if a.u != uYear || b.u != uYear || b.year <= a.year {
			return Date{}, Date{}, fail("навчальний рік пишуть двома роками: «2021-2022 навчальний рік»", "a school year takes two years: \"2021-2022 навчальний рік\"")
		}
		start, end = Date{a.year, time.September, 1}, Date{b.year, time.June, 30}
	}
	return start, end, nil
}

// academic reads "навчальний рік", "н.р." after a span.
func (p *parser) academic() bool {
	t, ok := p.peek(0)
	if !ok || t.kind != tWord || !academicWords[t.text] {
		return false
	}
	if next, ok := p.peek(1); t.text == "н" && (!ok || next.text != "р") {
		return false
	}
	p.pos++
	p.yearWords()
	return true
}

// unit is the size of a point of time.
type unit uint8

const (
	uBare unit = iota // a number whose unit follows: "ІІ" in "ІІ-ІІІ кв."
	uYear
	uHalf
	uQuarter
	uMonth
	uDay
)

// point is one end of a span as written: a year, a half-year, a quarter,
// a month or a day.
type point struct {
	u     unit
	n     int // the half-year, quarter or month; a bare point's number
	day   int
	year  int  // 0 when left to the other end: "січень" in "січень-березень 2021"
	roman bool // a bare Roman numeral or ordinal, which cannot be a day
}

func (p *parser) point() (point, error) {
	t, ok := p.peek(0)
	if !ok {
		return point{}, p.unexpected()
	}
	switch {
	case t.kind == tDate:
		p.pos++
		p.yearWords()
		return point{u: uDay, n: int(t.date.Month), day: t.date.Day, year: t.date.Year}, checkYear(t.date.Year)
	case t.kind == tNum && len(t.text) == 4:
		p.pos++
		p.yearWords()
		return point{u: uYear, year: t.n}, checkYear(t.n)
	case t.kind == tNum:
		p.pos++
		if m, ok := p.month(); ok {
			return p.withYear(point{u: uDay, n: int(m), day: t.n})
		}
		if u := p.unit(); u != uBare {
			return p.withYear(point{u: u, n: t.n})
		}
		if p.is(tDash) {
			return point{n: t.n}, nil
		}
		return point{}, fail("незрозуміло, що означає «%s»: день, квартал чи рік", "%q is neither a day, a quarter nor a year", t.text)
	case t.kind == tDayMonth:
		return point{}, fail("у даті «%s» немає року", "the date %s has no year", t.text)
	case t.kind == tWord:
		if m, ok := p.month(); ok {
			return p.withYear(point{u: uMonth, n: int(m)})
		}
		n, ok := roman(t.text)
		if !ok {
			n, ok = ordinalWords[t.text]
		}
		if !ok {
			break
		}
		p.pos++
		if u := p.unit(); u != uBare {
			return p.withYear(point{u: u, n: n})
		}
		if p.is(tDash) {
			return point{n: n, roman: true}, nil
		}
		return point{}, fail("після «%s» очікується «квартал» або «півріччя»", "%q should be followed by a quarter or half-year", t.text)
	}
	return point{}, p.unexpected()
}

// withYear reads the year that may follow a point.
func (p *parser) withYear(pt point) (point, error) {
	if t, ok := p.peek(0); ok && t.kind == tNum && len(t.text) == 4 {
		p.pos++
		p.yearWords()
		pt.year = t.n
		return pt, checkYear(t.n)
	}
	return pt, nil
}

// join makes a span of one point or two. The first point of a range takes
// what it leaves out from the second: the unit of "ІІ" in "ІІ-ІІІ кв.", the
// month of "10" in "10-15 січня", the year of "січень" in "січень-березень
// 2021".
func join(a point, b *point) (Date, Date, error) {
	if b == nil {
		b = &a
	} else if a.u == uBare {
		switch {
		case b.u == uHalf || b.u == uQuarter:
			a.u = b.u
		case b.u == uDay && !a.roman:
			a.u, a.day, a.n = uDay, a.n, b.n
		default:
			return Date{}, Date{}, fail("незрозумілий початок терміну «%d»", "the start %d of the range has no unit", a.n)
		}
	}
	if b.u == uBare {
		return Date{}, Date{}, fail("незрозумілий кінець терміну «%d»", "the end %d of the range has no unit", b.n)
	}
	if a.year == 0 {
		a.year = b.year
	}
	if b.year == 0 {
		return Date{}, Date{}, fail("не вказано рік", "no year is given")
	}
	start, _, err := bounds(a)
	if err != nil {
		return Date{}, Date{}, err
	}
	_, end, err := bounds(*b)
	if err != nil {
		return Date{}, Date{}, err
	}
	if end.Before(start) {
		return Date{}, Date{}, fail("термін закінчується раніше, ніж починається", "the term ends before it starts")
	}
	return start, end, nil
}

// bounds returns the first and last day of a point.
func bounds(pt point) (Date, Date, error) {
	y := pt.year
	switch pt.u {
	case uYear:
		return startOfYear(y), endOfYear(y), nil
	case uHalf, uQuarter:
		months, count, what := 6, 2, "half-year"
		if pt.u == uQuarter {
			months, count, what = 3, 4, "quarter"
		}
		if pt.n < 1 || pt.n > count {
			e := fail("півріччя %d не буває", "there is no half-year %d", pt.n)
			if what == "quarter" {
				e = fail("кварталу %d не буває", "there is no quarter %d", pt.n)
			}
			return Date{}, Date{}, e
		}
		first := time.Month((pt.n-1)*months + 1)
		return Date{y, first, 1}, endOfMonth(y, first+time.Month(months)-1), nil
	case uMonth:
		return Date{y, time.Month(pt.n), 1}, endOfMonth(y, time.Month(pt.n)), nil
	case uDay:
		d, err := validDate(y, pt.n, pt.day)
		return d, d, err
	}
	return Date{}, Date{}, fail("незрозумілий термін", "the term has no unit")
}

func checkYear(y int) error {
	if y < minYear || y > maxYear {
		return fail("рік %d поза межами %d–%d", "the year %d is outside %d–%d", y, minYear, maxYear)
	}
	return nil
}

func (p *parser) eof() bool { return p.pos >= len(p.toks) }

func (p *parser) peek(k int) (token, bool) {
	if p.pos+k < len(p.toks) {
		return p.toks[p.pos+k], true
	}
	return token{}, false
}

func (p *parser) is(k tokKind) bool {
	t, ok := p.peek(0)
	return ok && t.kind == k
}

// isWord consumes the word w if it comes next.
func (p *parser) isWord(w string) bool {
	if t, ok := p.peek(0); ok && t.kind == tWord && t.text == w {
		p.pos++
		return true
	}
	return false
}

func (p *parser) yearAt(i int) bool {
	return i < len(p.toks) && p.toks[i].kind == tNum && len(p.toks[i].text) == 4
}

// unitAt reports whether toks[i] is a month or a quarter or half-year word.
func (p *parser) unitAt(i int) bool {
	if i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	w := p.toks[i].text
	return months[w] != 0 || quarterWords[w] || halfWords[w]
}

// month consumes a month name.
func (p *parser) month() (time.Month, bool) {
	if t, ok := p.peek(0); ok && t.kind == tWord && months[t.text] != 0 {
		p.pos++
		return months[t.text], true
	}
	return 0, false
}

// unit consumes a quarter or half-year word.
func (p *parser) unit() unit {
	t, ok := p.peek(0)
	switch {
	case !ok || t.kind != tWord:
		return uBare
	case quarterWords[t.text]:
		p.pos++
		return uQuarter
	case halfWords[t.text]:
		p.pos++
		return uHalf
	}
	return uBare
}

// yearWords consumes "роки", "року", "р." after a year, and "включно".
func (p *parser) yearWords() {
	for {
		t, ok := p.peek(0)
		if !ok || t.kind != tWord || !yearWords[t.text] && t.text != "включно" {
			return
		}
		p.pos++
	}
}

// preposition consumes a word such as "протягом" or "у" that adds nothing
// before a span. "У" before a dash or "квартал" is the Roman V, not "in".
func (p *parser) preposition() {
	t, ok := p.peek(0)
	if !ok || t.kind != tWord || !prepositions[t.text] {
		return
	}
	if next, ok := p.peek(1); ok && (next.kind == tDash || next.kind == tWord && (quarterWords[next.text] || halfWords[next.text])) {
		return
	}
	p.pos++
}

func (p *parser) unexpected() error {
	t, ok := p.peek(0)
	if !ok {
		return fail("термін обривається", "the term ends too early")
	}
	return fail("незрозуміле «%s»", "unexpected %q", t.text)
}
