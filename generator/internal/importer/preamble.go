package importer

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

// The preamble of a plan is its approval block ("ЗАТВЕРДЖЕНО / Розпорядження
// голови райдержадміністрації / 27.06.2019 № 309", or "Додаток 1 / до
// рішення … / від ___ квітня 2021 року № __") followed by its title, which
// names the period ("на 2019 – 2026 роки").

var (
	// approvalHead is the first line of an approval block, which is not
	// part of the act's name.
	approvalHead = regexp.MustCompile(`(?i)^(ЗАТВЕРДЖЕН|СХВАЛЕН|ПОГОДЖЕН|ДОДАТОК)`)
	numericDate  = regexp.MustCompile(`(\d{1,2})\.(\d{1,2})\.(\d{4})`)
	wordDate     = regexp.MustCompile(`(\d{1,2})\s+(\p{L}+)\s+(\d{4})`)
	periodYears  = regexp.MustCompile(`((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)`)
	onlyBlanks   = regexp.MustCompile(`^[_\s.…-]*$`)
)

// months are the genitive month names dates are written with.
var months = map[string]time.Month{
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
	"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}

// maxApprovalLines bounds the approval block, so that a title that happens
// to hold a date is not taken for one.
const maxApprovalLines = 6

// preamble fills the plan's approval, title and period from the lines above
// the table.
func (b *builder) preamble(lines []wordtable.Line) {
	var text []wordtable.Line
	for _, l := range lines {
		if s := strings.TrimSpace(l.Text); s != "" {
			text = append(text, wordtable.Line{Num: l.Num, Text: s})
		}
	}
	end := -1 // the approval block's last line: the one with the date or number
	for i := 0; i < len(text) && i < maxApprovalLines; i++ {
		if strings.Contains(text[i].Text, "№") || numericDate.MatchString(text[i].Text) {
			end = i
			break
		}
	}
	where := diag.Pos{Line: 1}
	if len(text) > 0 {
		where = diag.Pos{Line: text[0].Num, Col: 1, Len: len([]rune(text[0].Text))}
		b.heading = where
	}
	if end < 0 {
		b.warn(kindNoApproval, where)
	} else {
		b.approval(text[:end+1])
	}
	title := text[end+1:]
	if len(title) == 0 {
		b.warn(kindNoTitle, where)
		return
	}
	parts := make([]string, len(title))
	for i, l := range title {
		parts[i] = l.Text
	}
	b.plan.Title = strings.Join(parts, " ")
	for _, l := range title {
		if m := periodYears.FindStringSubmatch(l.Text); m != nil {
			start, _ := strconv.Atoi(m[1])
			end, _ := strconv.Atoi(m[2])
			b.plan.Period = content.Period{Start: start, End: end, Text: l.Text}
			return
		}
	}
	b.warn(kindNoPeriod, diag.Pos{Line: title[0].Num, Col: 1, Len: len([]rune(title[0].Text))})
}

// approval parses the approval block: its lines as written, the act named
// between the heading and the date line, the date and the number.
func (b *builder) approval(lines []wordtable.Line) {
	a := &b.plan.Approval
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.Text
	}
	a.Text = strings.Join(texts, "\n")
	act := texts[:len(texts)-1]
	if len(act) > 0 && approvalHead.MatchString(act[0]) {
		act = act[1:]
	}
	last := texts[len(texts)-1]
	datePart, number, _ := strings.Cut(last, "№")
	// The act may share the date's line: "рішенням виконкому від 12.03.2020".
	if i := strings.Index(datePart, "від "); i >= 0 {
		if before := strings.TrimSpace(datePart[:i]); before != "" {
			act = append(act[:len(act):len(act)], before)
		}
		datePart = datePart[i+len("від "):]
	} else if loc := numericDate.FindStringIndex(datePart); loc != nil {
		if before := strings.TrimSpace(datePart[:loc[0]]); before != "" {
			act = append(act[:len(act):len(act)], before)
		}
		datePart = datePart[loc[0]:]
	}
	a.Act = strings.TrimPrefix(strings.Join(act, " "), "до ")
	if datePart = strings.TrimSpace(datePart); !onlyBlanks.MatchString(datePart) {
		a.DateText = datePart
		if d, ok := parseDate(datePart); ok {
			a.Date = &d
		}
	}
	if number = strings.TrimSpace(number); !onlyBlanks.MatchString(number) {
		a.Number = number
	}
}

// parseDate reads "27.06.2019" or "27 червня 2019 року".
func parseDate(s string) (content.Date, bool) {
	var day, year int
	var month time.Month
	if m := numericDate.FindStringSubmatch(s); m != nil {
		day, _ = strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		month = time.Month(mo)
		year, _ = strconv.Atoi(m[3])
	} else if m := wordDate.FindStringSubmatch(s); m != nil && months[strings.ToLower(m[2])] != 0 {
		day, _ = strconv.Atoi(m[1])
		month = months[strings.ToLower(m[2])]
		year, _ = strconv.Atoi(m[3])
	} else {
		return content.Date{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != month {
		return content.Date{}, false // 31.02.2019
	}
	return content.DateOf(t), true
}

// signatory is the signature block under the table: its lines as written,
// runs of spaces (which only aligned the name to the right) collapsed.
func signatory(lines []wordtable.Line) string {
	var out []string
	for _, l := range lines {
		if s := strings.Join(strings.Fields(l.Text), " "); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n")
}
