package diag

import (
	"bytes"
	"strings"
	"testing"
)

func TestKindFormatsUseTheirArguments(t *testing.T) {
	k := Kind{Code: "x", UK: "невідомий статус «%s»", EN: "unknown status %q",
		HintUK: "можливі статуси: %[2]s", HintEN: "statuses: %[2]s"}
	p := k.At("a.md", Pos{Line: 4, Col: 10, Len: 8}, "готово", `"виконано", "триває"`)
	if p.Message.UK != "невідомий статус «готово»" || p.Message.EN != `unknown status "готово"` {
		t.Errorf("message: %+v", p.Message)
	}
	if p.Hint.UK != `можливі статуси: "виконано", "триває"` {
		t.Errorf("hint: %+v", p.Hint)
	}
	for format, want := range map[string]int{"": 0, "%s": 1, "%s %d": 2, "%[2]s": 2, "100%% %s": 1, "%6.2f": 1, "%[3]d %s": 4} {
		if got := argsUsed(format); got != want {
			t.Errorf("argsUsed(%q) = %d, want %d", format, got, want)
		}
	}
}

func TestPrettyCaret(t *testing.T) {
	p := Kind{Code: "x", UK: "погано", EN: "bad", HintUK: "виправте", HintEN: "fix"}.At("f.toml", Pos{Line: 3, Col: 8, Len: 5}, nil...)
	p.Source = "\tstatus = «x»"
	var b bytes.Buffer
	List{p}.Pretty(&b, "uk")
	out := b.String()
	for _, want := range []string{"f.toml:3:8: помилка: погано", "     3 |     status = «x»", "       |           ^^^^^", "як виправити: виправте", "Знайдено помилок: 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("Pretty output lacks %q:\n%s", want, out)
		}
	}
}

func TestTextArgumentsFollowTheLanguage(t *testing.T) {
	k := Kind{Code: "x", UK: "«%s» має бути %s", EN: "%q must be %s", HintUK: "%[3]s", HintEN: "%[3]s"}
	p := k.At("f", Pos{}, "start", Text{"цілим числом", "a whole number"}, Text{"приберіть лапки", "drop the quotes"})
	if p.Message.UK != "«start» має бути цілим числом" || p.Message.EN != `"start" must be a whole number` {
		t.Errorf("message: %+v", p.Message)
	}
	if p.Hint.UK != "приберіть лапки" || p.Hint.EN != "drop the quotes" {
		t.Errorf("hint: %+v", p.Hint)
	}
}

func TestPrettyWholeFile(t *testing.T) {
	p := Kind{Code: "x", UK: "файл порожній", EN: "empty", HintUK: "заповніть", HintEN: "fill"}.At("content/plans/a/notes/звіт.md", Pos{})
	var b bytes.Buffer
	List{p}.Pretty(&b, "uk")
	for _, want := range []string{"content/plans/a/notes/звіт.md: помилка: файл порожній\n",
		"       | content/plans/a/notes/звіт.md\n",
		"       |                       ^^^^^^^\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Pretty output lacks %q:\n%s", want, b.String())
		}
	}
	// An empty line still shows, with the caret where something is missing.
	p = Kind{Code: "x", UK: "бракує", EN: "missing"}.At("f.md", Pos{Line: 2, Col: 1, Len: 1})
	b.Reset()
	List{p}.Pretty(&b, "uk")
	if !strings.Contains(b.String(), "     2 | \n       | ^\n") {
		t.Errorf("empty source line:\n%s", b.String())
	}
}

func TestLimit(t *testing.T) {
	k := Kind{Code: "x", UK: "погано", EN: "bad"}
	var l List
	for i := 0; i < 5; i++ {
		l.Add(k.At("a.toml", Pos{Line: i + 1, Col: 1}), k.At("b.toml", Pos{Line: i + 1, Col: 1}))
	}
	got := l.Limit(3)
	var a, b, more int
	for _, p := range got {
		switch {
		case p.Code == "too-many-problems":
			more++
			if !strings.Contains(p.Message.UK, "ще 2") || p.Pos.Line != 0 {
				t.Errorf("summary: %+v", p)
			}
		case p.File == "a.toml":
			a++
		case p.File == "b.toml":
			b++
		}
	}
	if a != 3 || b != 3 || more != 2 {
		t.Errorf("kept %d and %d with %d summaries: %v", a, b, more, got)
	}
	if got := l.Limit(5); len(got) != len(l) {
		t.Errorf("Limit under the count changed the list")
	}
}
