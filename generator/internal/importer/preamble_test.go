package importer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/wordtable"
)

func TestPreamble(t *testing.T) {
	cases := []struct {
		name, in string
		// want is "act | date | date_text | number | title | start-end text".
		want string
	}{
		{"Svatove", " ЗАТВЕРДЖЕНО\nРозпорядження голови \nрайдержадміністрації \n\n27.06.2019  № 309 \nПЛАН\n\nрозвитку\n\nна 2019 – 2026 роки\n",
			"Розпорядження голови райдержадміністрації | 2019-06-27 | 27.06.2019 | 309 | ПЛАН розвитку на 2019 – 2026 роки | 2019-2026 на 2019 – 2026 роки"},
		{"Dubno", "\nДодаток 1\nдо рішення винавчого комітету\n\nвід ___ квітня 2021 року № __\nСТРАТЕГІЧНИЙ ПЛАН ДІЙ\n\nв м.Дубно на 2021 - 2026 роки\n",
			"рішення винавчого комітету | <nil> | ___ квітня 2021 року | | СТРАТЕГІЧНИЙ ПЛАН ДІЙ в м.Дубно на 2021 - 2026 роки | 2021-2026 в м.Дубно на 2021 - 2026 роки"},
		{"a date in words", "ЗАТВЕРДЖЕНО\nрішенням сесії від 3 березня 2022 року № 12/4\nПлан на 2022—2024 роки\n",
			"рішенням сесії | 2022-03-03 | 3 березня 2022 року | 12/4 | План на 2022—2024 роки | 2022-2024 План на 2022—2024 роки"},
		{"an impossible date", "ЗАТВЕРДЖЕНО\nнаказ\n31.02.2020 № 5\nПлан\n",
			"наказ | <nil> | 31.02.2020 | 5 | План | 0-0 "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb, _ := wordtable.Read("p.txt", []byte(c.in+"\tx\n"))
			b := &builder{t: tb, plan: &content.Plan{}}
			b.preamble(tb.Preamble)
			a, p := b.plan.Approval, b.plan
			got := fmt.Sprintf("%s | %v | %s | %s | %s | %d-%d %s", a.Act, a.Date, a.DateText, a.Number, p.Title, p.Period.Start, p.Period.End, p.Period.Text)
			if got = strings.ReplaceAll(got, "|  |", "| |"); got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestSectionTitle(t *testing.T) {
	cases := []struct {
		in     string
		number string
		value  int
		title  string
	}{
		{"І. Координація", "І", 1, "Координація"},
		{"ІІ. Розвиток", "ІІ", 2, "Розвиток"},
		{"ІУ. Кадрове", "ІУ", 4, "Кадрове"},
		{"У. Інформаційно", "У", 5, "Інформаційно"},
		{"УІ. Моніторинг", "УІ", 6, "Моніторинг"},
		{"IV. Трансформація", "IV", 4, "Трансформація"},
		{"IІ. Мішанина", "IІ", 2, "Мішанина"},
		{"ІХ.Без пробілу", "ІХ", 9, "Без пробілу"},
		{"У разі потреби", "", 0, ""},
		{"ІІІІ. Не число", "", 0, ""},
		{"І.", "", 0, ""},
		{"Освітні послуги", "", 0, ""},
	}
	for _, c := range cases {
		number, value, title, ok := sectionTitle(c.in)
		if number != c.number || value != c.value || title != c.title || ok != (c.value > 0) {
			t.Errorf("sectionTitle(%q) = %q %d %q %v", c.in, number, value, title, ok)
		}
	}
}
