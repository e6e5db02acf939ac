package term

// ruleDay is a day that a recurring term names for its reports.
type ruleDay struct {
	md   MonthDay // a day of the year: "10 січня", "10.01"; or
	day  int      // a day of the month: "5 числа"
	next bool     // "… наступного місяця": of the month after the cycle
}

// Words of a day of the month: "до 5 числа наступного місяця", "до 5 числа
// місяця, що настає за звітним періодом", "до 7 числа місяця, наступного
// за звітним кварталом".
var (
	dayWords        = set("числа", "число")
	nextMonthPhrase = func() [][]string {
		var out [][]string
		for _, x := range []string{"періодом", "кварталом", "місяцем", "півріччям", "роком"} {
			out = append(out,
				[]string{"місяця", "що", "настає", "за", "звітним", x},
				[]string{"місяця", "наступного", "за", "звітним", x},
				[]string{"наступного", "за", "звітним", x, "місяця"})
		}
		return append(out, []string{"наступного", "місяця"}) // longest first
	}()
	// joiners join the days of a rule: "до 15 липня та до 15 січня".
	joiners = set("і", "й", "та", "а", "також")
)

// extractRules takes the days of a recurring deadline out of toks: "(до 10
// січня)", "до 15 липня та до 15 січня", "до 10.01", "до 5 числа
// наступного місяця". A day followed by a year is a span instead
// ("щороку до 1 березня 2024 року").
func (m *marks) extractRules(toks []token) ([]token, error) {
	for i := 0; i < len(toks); i++ {
		var days []ruleDay
		k := i
		for {
			j := k
			for len(days) > 0 && j < len(toks) && (toks[j].kind == tSep || toks[j].kind == tWord && joiners[toks[j].text]) {
				j++
			}
			j += matchAt(toks, j, ruleStarts)
			d, n, err := readRuleDay(toks, j)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				break
			}
			days, k = append(days, d), j+n
		}
		if len(days) == 0 || k < len(toks) && (toks[k].kind == tNum || toks[k].kind == tDate) {
			continue
		}
		if err := m.setRules(days); err != nil {
			return nil, err
		}
		return append(toks[:i:i], toks[k:]...), nil
	}
	return toks, nil
}

// readRuleDay reads one day of a rule at toks[j] and returns how many
// tokens it took; 0 if none is there.
func readRuleDay(toks []token, j int) (ruleDay, int, error) {
	num := j < len(toks) && toks[j].kind == tNum && len(toks[j].text) <= 2
	word := func(k int) string {
		if k < len(toks) && toks[k].kind == tWord {
			return toks[k].text
		}
		return ""
	}
	switch {
	case j < len(toks) && toks[j].kind == tDayMonth:
		return ruleDay{md: MonthDay{toks[j].date.Month, toks[j].date.Day}}, 1, nil
	case num && months[word(j+1)] != 0:
		m := months[word(j+1)]
		if _, err := validDate(2000, int(m), toks[j].n); err != nil {
			return ruleDay{}, 0, err
		}
		return ruleDay{md: MonthDay{m, toks[j].n}}, 2, nil
	case num && dayWords[word(j+1)]:
		n := toks[j].n
		if n < 1 || n > 31 {
			return ruleDay{}, 0, fail("%d числа не буває", "there is no day %d of a month", n)
		}
		k := matchLoose(toks, j+2, nextMonthPhrase)
		return ruleDay{day: n, next: k > 0}, 2 + k, nil
	}
	return ruleDay{}, 0, nil
}

// matchLoose is matchAt that lets commas stand between the words:
// "місяця, що настає". It returns how many tokens matched, commas
// included.
func matchLoose(toks []token, i int, phrases [][]string) int {
next:
	for _, ph := range phrases {
		k := i
		for n, w := range ph {
			for n > 0 && k < len(toks) && toks[k].kind == tSep {
				k++
			}
			if k >= len(toks) || toks[k].kind != tWord || toks[k].text != w {
				continue next
			}
			k++
		}
		return k - i
	}
	return 0
}

// setRules turns the days of a rule into when each cycle is due.
//
// A day of the year is due in the year it reports on, or in the next if
// it falls early in the year: "щороку (до 10 січня)" reports on the year
// just ended (a day in January–March does), "щороку до 1 грудня" on the
// year under way. Two days a year ("щороку до 15 лютого та 15 липня",
// "щопівроку (до 15 липня та до 15 січня)") make a report each half-year:
// a day from April to September reports on the first half, any other on
// the second, so 15 July is the report on January–June and 15 January or
// 15 February the report on the half-year before.
//
// A day of the month is of the month after the cycle when it says so ("до
// 10 числа наступного місяця"); said alone, a day up to the 15th is of the
// month after the cycle (the report on the month or quarter just ended:
// "до 5 числа щомісяця") and a later day of the cycle's last month.
func (m *marks) setRules(days []ruleDay) error {
	if days[0].md == (MonthDay{}) {
		if len(days) > 1 {
			return fail("строк щомісячного дня пишуть одним днем: «до 5 числа наступного місяця»", "a day of the month is one day: \"до 5 числа наступного місяця\"")
		}
		d := days[0]
		if !d.next && (m.every == KindYearly || m.every == KindHalfYearly) {
			return fail("«%d числа» — якого місяця? Напишіть «до %d числа наступного місяця» або день з місяцем", "day %d of which month? Write \"до %d числа наступного місяця\" or a day with its month", d.day, d.day)
		}
		lag := 0
		if d.next || d.day <= 15 {
			lag = 1
		}
		m.due = []dueRule{{lag: lag, day: d.day}}
		return nil
	}
	for _, d := range days {
		if d.md == (MonthDay{}) {
			return fail("день року і день місяця змішано в одному строку", "a day of the year and a day of the month are mixed")
		}
	}
	switch {
	case m.every == KindQuarterly || m.every == KindMonthly:
		return fail("для щоквартального чи щомісячного терміну день пишуть так: «до 10 числа наступного місяця»", "a quarterly or monthly term gives its day as \"до 10 числа наступного місяця\"")
	case len(days) > 2:
		return fail("у терміні більше двох днів на рік", "the term gives more than two days a year")
	case m.every == KindYearly && len(days) == 1:
		md := days[0].md
		lag := int(md.Month) - 12
		if md.Month <= 3 {
			lag = int(md.Month)
		}
		m.rule, m.due = md, []dueRule{{lag: lag, day: md.Day}}
		return nil
	case len(days) == 1:
		return fail("для щопіврічного терміну потрібні два дні, по одному на півріччя: «до 15 липня та до 15 січня»", "a half-yearly term needs two days, one for each half: \"до 15 липня та до 15 січня\"")
	}
	// Two days a year: one for each half-year.
	m.every = KindHalfYearly
	rules := make([]dueRule, 2)
	seen := [2]bool{}
	for _, d := range days {
		mo, half, lag := int(d.md.Month), 1, int(d.md.Month)
		switch {
		case mo >= 4 && mo <= 9:
			half, lag = 0, mo-6
		case mo >= 10:
			lag = mo - 12
		}
		if seen[half] {
			return fail("обидва дні звітують за одне півріччя: один має бути з квітня по вересень, другий — з жовтня по березень", "both days report on the same half-year: one must fall in April–September, the other in October–March")
		}
		seen[half], rules[half] = true, dueRule{lag: lag, day: d.md.Day}
	}
	m.due = rules
	return nil
}
