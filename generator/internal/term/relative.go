package term

import "strings"

// Words of a term counted from an event. The apostrophe is folded to '
// by lex, and may be missing altogether ("пяти").
var (
	// durationStarts begin a length of time: "протягом року".
	durationStarts = [][]string{{"протягом"}, {"впродовж"}, {"упродовж"}, {"через"}}
	// durationUnits are the nouns of a length: "року", "двох років".
	durationUnits = map[string]durUnit{
		"день": durDays, "дня": durDays, "дні": durDays, "днів": durDays,
		"тиждень": durWeeks, "тижня": durWeeks, "тижні": durWeeks, "тижнів": durWeeks,
		"місяць": durMonths, "місяця": durMonths, "місяці": durMonths, "місяців": durMonths,
		"рік": durYears, "року": durYears, "роки": durYears, "років": durYears,
	}
	// numberWords are numbers written out, in the cases a length takes.
	numberWords = func() map[string]int {
		m := map[string]int{}
		for n, forms := range map[int][]string{
			1: {"один", "одна", "одного", "одної", "однієї"}, 2: {"два", "дві", "двох"}, 3: {"три", "трьох"},
			4: {"чотири", "чотирьох"}, 5: {"п'ять", "п'яти"}, 6: {"шість", "шести"}, 7: {"сім", "семи"},
			8: {"вісім", "восьми"}, 9: {"дев'ять", "дев'яти"}, 10: {"десять", "десяти"},
			12: {"дванадцять", "дванадцяти"}, 14: {"чотирнадцять", "чотирнадцяти"}, 15: {"п'ятнадцять", "п'ятнадцяти"},
			20: {"двадцять", "двадцяти"}, 30: {"тридцять", "тридцяти"}, 60: {"шістдесят", "шістдесяти"},
			90: {"дев'яносто", "дев'яноста"},
		} {
			for _, f := range forms {
				m[f] = n
				m[strings.ReplaceAll(f, "'", "")] = n
			}
		}
		return m
	}()
	// lengthRoots end the adjectives of a length: "місячний" in "у
	// тримісячний строк", "денний" in "у 10-денний строк".
	lengthRoots = []struct {
		root string
		unit durUnit
	}{{"денний", durDays}, {"тижневий", durWeeks}, {"місячний", durMonths}, {"річний", durYears}}
	// lengthPrefixes are the numbers that begin those adjectives.
	lengthPrefixes = func() map[string]int {
		m := map[string]int{"": 1, "одно": 1, "дво": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4}
		for n, f := range map[int]string{5: "п'яти", 6: "шести", 7: "семи", 8: "восьми", 9: "дев'яти", 10: "десяти",
			14: "чотирнадцяти", 15: "п'ятнадцяти", 20: "двадцяти", 30: "тридцяти", 60: "шістдесяти", 90: "дев'яносто"} {
			m[f], m[strings.ReplaceAll(f, "'", "")] = n, n
		}
		return m
	}()
	termNouns = set("строк", "термін")
	// Words of the event a term counts from.
	anchorStarts = [][]string{{"з", "дня"}, {"із", "дня"}, {"від", "дня"}, {"з", "дати"}, {"від", "дати"}, {"з", "моменту"}, {"з"}, {"із"}, {"від"}, {"після"}}
	// adoptionEvents are the plan's adoption: "затвердження", "набрання
	// чинності". "Прийняття" and "ухвалення" are the plan's only with a
	// word that says so ("цього рішення", "плану"): "після прийняття
	// рішення" alone is a decision still to come, a condition.
	adoptionEvents = [][]string{{"затвердження"}, {"набрання", "чинності"}, {"прийняття"}, {"ухвалення"}}
	ownWords       = set("цього", "цієї", "даного", "даної", "цим", "цією", "даним", "даною", "плану", "програми")
	actWords       = set("плану", "програми", "заходів", "цього", "цієї", "цих", "даного", "даної", "цим", "цією", "даним", "даною",
		"рішення", "рішенням", "розпорядження", "розпорядженням", "постанови", "постановою", "наказу", "наказом")
	// cycleAnchors: "після завершення календарного року" counts from the
	// end of each cycle of a recurring term.
	cycleEnds   = set("завершення", "закінчення", "завершенні", "закінченні")
	cycleQuals  = set("календарного", "звітного", "кожного", "бюджетного")
	cycleNouns  = map[string]Kind{"року": KindYearly, "півріччя": KindHalfYearly, "кварталу": KindQuarterly, "місяця": KindMonthly, "періоду": KindNone}
	workingDays = set("робочих", "робочі")
)

// anchor is what a length of time counts from.
type anchor uint8

const (
	anchorNone     anchor = iota // nothing said: "протягом року"
	anchorAdoption               // the plan's adoption: "з дня затвердження"
	anchorCycle                  // the end of each cycle: "після завершення року"
)

// relative reads a term counted from an event: from the plan's adoption
// ("у місячний строк", "у 10-денний строк", "протягом року з дня
// затвердження", "протягом двох років з дня набрання чинності цим
// рішенням") or from the end of each cycle of a recurring term ("у
// місячний строк після завершення календарного року"). It reports false,
// having read nothing, for anything else. The length is resolved against
// the plan by marks.apply.
//
// "У місячний строк" with no event counts from the adoption: that is how
// acts word what follows from them. "Протягом року" with no event names
// no day to count from; it is read only beside a condition ("протягом
// місяця після прийняття рішення").
func (p *parser) relative() (body, bool, error) {
	save := p.pos
	d, implied := p.lengthAdjective()
	if !implied {
		n := matchAt(p.toks, p.pos, durationStarts)
		if n == 0 {
			return body{}, false, nil
		}
		p.pos += n
		var ok bool
		var err error
		if d, ok, err = p.length(); err != nil || !ok {
			p.pos = save
			return body{}, false, err
		}
	}
	b := body{length: d}
	if every, ok := p.cycleAnchor(); ok {
		b.from, b.cycle = anchorCycle, every
		return b, true, nil
	}
	ok, err := p.adoptionAnchor()
	if err != nil {
		return body{}, true, err
	}
	if ok || implied {
		b.from = anchorAdoption
	}
	return b, true, nil
}

// lengthAdjective reads "у місячний строк", "у 10-денний строк".
func (p *parser) lengthAdjective() (duration, bool) {
	save := p.pos
	if t, ok := p.peek(0); ok && t.kind == tWord && (t.text == "у" || t.text == "в") {
		p.pos++
	}
	n := 0
	if t, ok := p.peek(0); ok && t.kind == tNum && len(t.text) <= 3 && t.n > 0 && p.pos+1 < len(p.toks) && p.toks[p.pos+1].kind == tDash {
		n = t.n
		p.pos += 2
	}
	t, ok := p.peek(0)
	noun, ok2 := p.peek(1)
	if !ok || !ok2 || t.kind != tWord || noun.kind != tWord || !termNouns[noun.text] {
		p.pos = save
		return duration{}, false
	}
	for _, r := range lengthRoots {
		prefix, found := strings.CutSuffix(t.text, r.root)
		if !found {
			continue
		}
		var d duration
		switch k, known := lengthPrefixes[prefix]; {
		case n > 0 && prefix == "":
			d = duration{n, r.unit}
		case n == 0 && prefix == "пів" && r.unit == durYears:
			d = duration{6, durMonths}
		case n == 0 && known:
			d = duration{k, r.unit}
		default:
			continue
		}
		p.pos += 2
		return d, true
	}
	p.pos = save
	return duration{}, false
}

// length reads "року", "двох років", "30 календарних днів", "півроку".
func (p *parser) length() (duration, bool, error) {
	if p.isWord("півроку") {
		return duration{6, durMonths}, true, nil
	}
	n := 1
	if t, ok := p.peek(0); ok && t.kind == tNum && len(t.text) <= 3 && t.n > 0 {
		n = t.n
		p.pos++
	} else if ok && t.kind == tWord && numberWords[t.text] > 0 {
		n = numberWords[t.text]
		p.pos++
	}
	if t, ok := p.peek(0); ok && t.kind == tWord && workingDays[t.text] {
		return duration{}, false, fail("робочі дні не обчислюються: календаря вихідних і свят немає; напишіть календарні дні чи дату", "working days are not counted: there is no calendar of days off; give calendar days or a date")
	}
	p.isWord("календарних")
	t, ok := p.peek(0)
	if !ok || t.kind != tWord || durationUnits[t.text] == noUnit {
		return duration{}, false, nil
	}
	p.pos++
	return duration{n, durationUnits[t.text]}, true, nil
}

// cycleAnchor reads "після завершення календарного року", "по закінченні
// звітного кварталу": the end of each cycle. KindNone stands for "звітного
// періоду", the cycle of the term's own recurrence.
func (p *parser) cycleAnchor() (Kind, bool) {
	save := p.pos
	if !p.isWord("після") && !p.isWord("по") {
		return KindNone, false
	}
	if t, ok := p.peek(0); !ok || t.kind != tWord || !cycleEnds[t.text] {
		p.pos = save
		return KindNone, false
	}
	p.pos++
	for {
		t, ok := p.peek(0)
		if !ok || t.kind != tWord || !cycleQuals[t.text] {
			break
		}
		p.pos++
	}
	t, ok := p.peek(0)
	k, known := cycleNouns[t.text]
	if !ok || t.kind != tWord || !known {
		p.pos = save
		return KindNone, false
	}
	p.pos++
	return k, true
}

// adoptionAnchor reads "з дня затвердження", "з дня набрання чинності цим
// рішенням", "після затвердження плану". It reports false, having read
// nothing, when nothing follows, and an error for an event that is not the
// plan's adoption.
func (p *parser) adoptionAnchor() (bool, error) {
	n := matchAt(p.toks, p.pos, anchorStarts)
	if n == 0 {
		return false, nil
	}
	at := p.pos + n
	ev := matchAt(p.toks, at, adoptionEvents)
	if ev == 0 {
		if at < len(p.toks) {
			return false, fail("строк відлічується від «%s», а відома лише дата затвердження плану", "the term counts from %q; only the plan's adoption has a known date", p.toks[at].text)
		}
		return false, nil
	}
	verb := p.toks[at].text
	p.pos = at + ev
	own := verb == "затвердження" || verb == "набрання"
	for {
		t, ok := p.peek(0)
		if !ok || t.kind != tWord || !actWords[t.text] {
			break
		}
		own = own || ownWords[t.text]
		p.pos++
	}
	if !own {
		return false, fail("«%s рішення» — якого? Від затвердження плану пишуть «з дня прийняття цього рішення»", "\"%s рішення\": which decision? Counting from the plan's adoption is written \"з дня прийняття цього рішення\"", verb)
	}
	return true, nil
}
