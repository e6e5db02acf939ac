package term

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// token is a word, a number or a punctuation mark of a term.
type token struct {
	kind byte // 'w' word, 'n' number, or the punctuation character
	text string
}

// lex splits a term into tokens: lower case, dashes unified, noise such as
// "роки" and "року" dropped (it only says the numbers are years).
func lex(s string) []token {
	var toks []token
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			toks = append(toks, token{'n', string(rs[i:j])})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '\'' || rs[j] == 'ʼ' || rs[j] == '’') {
				j++
			}
			w := string(rs[i:j])
			if !noise[w] {
				toks = append(toks, token{'w', w})
			}
			i = j
		default:
			switch r {
			case '–', '—', '‑', '−', '‒':
				r = '-'
			}
			if r < 128 {
				toks = append(toks, token{byte(r), string(r)})
			}
			i++
		}
	}
	// A trailing dot ("2021 р.") or comma says nothing.
	for len(toks) > 0 && (toks[len(toks)-1].kind == '.' || toks[len(toks)-1].kind == ',' || toks[len(toks)-1].kind == ';') {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// noise words say "years" or "during"; the numbers say the rest.
var noise = map[string]bool{
	"рік": true, "роки": true, "року": true, "році": true, "років": true, "рр": true, "р": true,
	"протягом": true, "впродовж": true, "упродовж": true, "у": true, "в": true, "на": true,
	"включно": true, "термін": true,
}

var months = map[string]time.Month{}

func init() {
	names := [][]string{
		{"січень", "січня"}, {"лютий", "лютого"}, {"березень", "березня"}, {"квітень", "квітня"},
		{"травень", "травня"}, {"червень", "червня"}, {"липень", "липня"}, {"серпень", "серпня"},
		{"вересень", "вересня"}, {"жовтень", "жовтня"}, {"листопад", "листопада"}, {"грудень", "грудня"},
	}
	for i, forms := range names {
		for _, f := range forms {
			months[f] = time.Month(i + 1)
		}
	}
}

// roman reads a Roman numeral typed in Latin or Cyrillic letters ("ІІ",
// "ІУ", "IV", "ІІІ"); Cyrillic У and Х stand for V and X in the plans.
func roman(w string) (int, bool) {
	val := map[rune]int{'i': 1, 'і': 1, 'v': 5, 'у': 5, 'x': 10, 'х': 10}
	total, prev := 0, 0
	rs := []rune(w)
	if len(rs) == 0 || len(rs) > 6 {
		return 0, false
	}
	for i := len(rs) - 1; i >= 0; i-- {
		v, ok := val[rs[i]]
		if !ok {
			return 0, false
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total, total > 0
}

// ErrUnknown is wrapped by Parse's error for text it cannot read.
var ErrUnknown = errors.New("term not understood")

// Parse reads a term. An empty term gives a None schedule and no error.
func Parse(text string, ctx Context) (Schedule, error) {
	s := Schedule{Text: text}
	if ctx.PlanEnd < ctx.PlanStart {
		ctx.PlanEnd = ctx.PlanStart
	}
	p := &parser{toks: lex(text), ctx: ctx}
	if len(p.toks) == 0 {
		return s, nil
	}
	if err := p.parse(&s); err != nil {
		return Schedule{Text: text}, fmt.Errorf("%w: %v", ErrUnknown, err)
	}
	if s.End.Before(s.Start) {
		return Schedule{Text: text}, fmt.Errorf("%w: the term ends before it starts", ErrUnknown)
	}
	return s, nil
}

type parser struct {
	toks []token
	ctx  Context
}

// has reports whether a word token equals one of words or, for a word
// ending in "*", starts with it.
func (p *parser) has(words ...string) bool { return p.find(words) >= 0 }

// take removes the first word token has would find.
func (p *parser) take(words ...string) bool {
	i := p.find(words)
	if i < 0 {
		return false
	}
	p.toks = append(p.toks[:i:i], p.toks[i+1:]...)
	return true
}

func (p *parser) find(words []string) int {
	for i, t := range p.toks {
		if t.kind != 'w' {
			continue
		}
		for _, w := range words {
			if pre, ok := strings.CutSuffix(w, "*"); ok && strings.HasPrefix(t.text, pre) || t.text == w {
				return i
			}
		}
	}
	return -1
}

func (p *parser) parse(s *Schedule) error {
	ctx := p.ctx
	s.Ongoing = p.take("постійн*")
	switch {
	case p.has("потреб*"): // за потреби, у разі потреби, при потребі
		s.Kind, s.Start, s.End = KindAsNeeded, startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
		return nil
	case p.take("щороку", "щорічн*"):
		return p.yearly(s)
	case p.take("щопівроку", "щопіврічн*"):
		s.Kind, s.first, s.last = KindHalfYearly, ctx.PlanStart, ctx.PlanEnd
		s.Start, s.End = startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
		return p.rest("every half year")
	case p.take("щокварталу", "щоквартальн*"):
		s.Kind, s.first, s.last = KindQuarterly, ctx.PlanStart, ctx.PlanEnd
		s.Start, s.End = startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
		return p.rest("every quarter")
	case p.take("щомісяця", "щомісячн*"):
		s.Kind, s.first, s.last = KindMonthly, ctx.PlanStart, ctx.PlanEnd
		s.Start, s.End = startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
		return p.rest("every month")
	}
	if len(p.toks) == 0 && s.Ongoing { // "постійно" alone
		s.Kind, s.Start, s.End = KindPeriod, startOfYear(ctx.PlanStart), endOfYear(ctx.PlanEnd)
		return nil
	}
	p.take("не")
	if p.take("до", "пізніше") {
		end, err := p.date(true)
		if err != nil {
			return err
		}
		s.Kind, s.Start, s.End = KindDeadline, startOfYear(min(ctx.PlanStart, end.Year())), end
		return nil
	}
	if p.has("кв", "квартал*", "півріч*") {
		return p.quarters(s)
	}
	if p.take("навчальн*") {
		a, b, err := p.yearRange()
		if err != nil {
			return err
		}
		if a == b {
			b = a + 1
		}
		s.Kind, s.Start, s.End = KindPeriod, NewDate(a, 9, 1), NewDate(b, 6, 30)
		return nil
	}
	if p.isYearList() {
		for _, t := range p.toks {
			if t.kind == 'n' {
				y, _ := strconv.Atoi(t.text)
				s.Dates = append(s.Dates, endOfYear(y))
			}
		}
		sortDates(s.Dates)
		s.Kind, s.Start, s.End = KindDeadlines, startOfYear(s.Dates[0].Year()), s.Dates[len(s.Dates)-1]
		return nil
	}
	if len(p.toks) >= 1 && p.toks[0].kind == 'w' {
		if m, ok := months[p.toks[0].text]; ok && len(p.toks) == 2 && p.toks[1].kind == 'n' {
			y, err := p.year(p.toks[1].text)
			if err != nil {
				return err
			}
			s.Kind, s.Start, s.End = KindPeriod, NewDate(y, m, 1), endOfMonth(y, m)
			return nil
		}
	}
	if d, ok := p.fullDate(); ok {
		s.Kind, s.Start, s.End = KindDeadline, startOfYear(min(ctx.PlanStart, d.Year())), d
		return nil
	}
	a, b, err := p.yearRange()
	if err != nil {
		return err
	}
	s.Kind, s.Start, s.End = KindPeriod, startOfYear(a), endOfYear(b)
	return nil
}

// rest fails when words are left that the form does not explain.
func (p *parser) rest(form string) error {
	for _, t := range p.toks {
		if t.kind == 'w' || t.kind == 'n' {
			return fmt.Errorf("unexpected %q after %s", t.text, form)
		}
	}
	return nil
}

// yearly reads what follows "щороку": nothing, or "(до 10 січня)".
func (p *parser) yearly(s *Schedule) error {
	ctx := p.ctx
	s.Kind, s.Month, s.Day = KindYearly, time.December, 31
	s.first, s.last = ctx.PlanStart, ctx.PlanEnd
	p.take("до")
	var nums []int
	var month time.Month
	for _, t := range p.toks {
		switch {
		case t.kind == 'n':
			n, _ := strconv.Atoi(t.text)
			nums = append(nums, n)
		case t.kind == 'w':
			m, ok := months[t.text]
			if !ok {
				return fmt.Errorf("unexpected %q after щороку", t.text)
			}
			month = m
		}
	}
	switch {
	case month != 0 && len(nums) == 1 && nums[0] >= 1 && nums[0] <= 31:
		s.Month, s.Day = month, nums[0]
		// An annual deadline early in the year is the report on the year
		// before: "щороку (до 10 січня)" is first due 10 January after
		// the plan's first year.
		if month <= time.March {
			s.first, s.last = ctx.PlanStart+1, ctx.PlanEnd+1
		}
	case month != 0 || len(nums) > 0:
		return errors.New("expected a day and a month after щороку, e.g. (до 10 січня)")
	}
	s.Start = startOfYear(ctx.PlanStart)
	s.End = clampDay(s.last, s.Month, s.Day)
	return nil
}

// quarters reads "ІІ-ІІІ кв. 2019", "ІІ квартал 2019", "І півріччя 2022".
func (p *parser) quarters(s *Schedule) error {
	var nums []int
	half := false
	year := 0
	for _, t := range p.toks {
		switch t.kind {
		case 'w':
			switch {
			case t.text == "кв" || strings.HasPrefix(t.text, "квартал"):
			case strings.HasPrefix(t.text, "півріч"):
				half = true
			default:
				n, ok := roman(t.text)
				if !ok {
					return fmt.Errorf("unexpected %q in a quarter term", t.text)
				}
				nums = append(nums, n)
			}
		case 'n':
			n, _ := strconv.Atoi(t.text)
			if len(t.text) == 4 {
				y, err := p.year(t.text)
				if err != nil {
					return err
				}
				year = y
			} else {
				nums = append(nums, n)
			}
		}
	}
	if year == 0 {
		return errors.New("a quarter needs a year, e.g. ІІ квартал 2019 року")
	}
	if len(nums) == 0 || len(nums) > 2 {
		return errors.New("expected one quarter or a range, e.g. ІІ-ІІІ кв.")
	}
	a, b := nums[0], nums[len(nums)-1]
	limit := 4
	if half {
		limit = 2
	}
	if a < 1 || b > limit || a > b {
		return fmt.Errorf("no such quarter or half-year: %d–%d", a, b)
	}
	if half {
		a, b = 2*a-1, 2*b
	}
	s.Kind, s.Start, s.End = KindPeriod, startOfQuarter(year, a), endOfQuarter(year, b)
	return nil
}

// isYearList matches "2021, 2024, 2026".
func (p *parser) isYearList() bool {
	n, commas := 0, 0
	for _, t := range p.toks {
		switch {
		case t.kind == 'n' && len(t.text) == 4:
			n++
		case t.kind == ',' || t.kind == ';':
			commas++
		case t.kind == 'w' && (t.text == "і" || t.text == "та" || t.text == "й"):
			commas++
		default:
			return false
		}
	}
	return n >= 2 && commas == n-1
}

// yearRange reads "2019-2026", "2019 - 2026" or "2021".
func (p *parser) yearRange() (int, int, error) {
	var years []int
	dash := false
	for _, t := range p.toks {
		switch {
		case t.kind == 'n':
			y, err := p.year(t.text)
			if err != nil {
				return 0, 0, err
			}
			years = append(years, y)
		case t.kind == '-':
			dash = true
		case t.kind == 'w' && (t.text == "з" || t.text == "із" || t.text == "по"):
			dash = dash || t.text == "по"
		case t.kind == '.' || t.kind == '(' || t.kind == ')':
		default:
			return 0, 0, fmt.Errorf("unexpected %q", t.text)
		}
	}
	switch {
	case len(years) == 1 && !dash:
		return years[0], years[0], nil
	case len(years) == 2 && dash:
		if years[1] < years[0] {
			return 0, 0, fmt.Errorf("the range %d–%d runs backwards", years[0], years[1])
		}
		return years[0], years[1], nil
	}
	return 0, 0, errors.New("expected a year or a range of years, e.g. 2019-2026 роки")
}

func (p *parser) year(s string) (int, error) {
	y, err := strconv.Atoi(s)
	if err != nil || len(s) != 4 || y < 1990 || y > 2100 {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	return y, nil
}

// date reads what follows "до": a year ("до 2020 року" — the end of it, by
// the lenient reading), a month and year, a day, month and year, or a
// numeric date.
func (p *parser) date(lenient bool) (Date, error) {
	if d, ok := p.fullDate(); ok {
		return d, nil
	}
	var nums []int
	var month time.Month
	for _, t := range p.toks {
		switch t.kind {
		case 'n':
			n, _ := strconv.Atoi(t.text)
			nums = append(nums, n)
		case 'w':
			m, ok := months[t.text]
			if !ok {
				return Date{}, fmt.Errorf("unexpected %q after до", t.text)
			}
			month = m
		case '.', '(', ')':
		default:
			return Date{}, fmt.Errorf("unexpected %q after до", t.text)
		}
	}
	switch {
	case month == 0 && len(nums) == 1:
		y, err := p.year(strconv.Itoa(nums[0]))
		if err != nil {
			return Date{}, err
		}
		return endOfYear(y), nil
	case month != 0 && len(nums) == 1:
		y, err := p.year(strconv.Itoa(nums[0]))
		if err != nil {
			return Date{}, err
		}
		return endOfMonth(y, month), nil
	case month != 0 && len(nums) == 2 && nums[0] >= 1 && nums[0] <= 31:
		y, err := p.year(strconv.Itoa(nums[1]))
		if err != nil {
			return Date{}, err
		}
		return clampDay(y, month, nums[0]), nil
	}
	return Date{}, errors.New("expected a date after до, e.g. до 2020 року or до 1 березня 2022 року")
}

// fullDate matches a numeric date "10.01.2020" as the whole term.
func (p *parser) fullDate() (Date, bool) {
	t := p.toks
	if len(t) != 5 || t[0].kind != 'n' || t[1].kind != '.' || t[2].kind != 'n' || t[3].kind != '.' || t[4].kind != 'n' {
		return Date{}, false
	}
	d, _ := strconv.Atoi(t[0].text)
	m, _ := strconv.Atoi(t[2].text)
	y, err := p.year(t[4].text)
	if err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	date := NewDate(y, time.Month(m), d)
	if date.Time().Day() != d {
		return Date{}, false
	}
	return date, true
}
