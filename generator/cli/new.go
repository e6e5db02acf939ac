package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/term"
)

func runNew(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "note" {
		fmt.Fprintln(stderr, "використання (usage): plansite new note --measure ID [--status S] [--date YYYY-MM-DD]")
		return 2
	}
	flags := flag.NewFlagSet("new note", flag.ContinueOnError)
	flags.SetOutput(stderr)
	var sf siteFlags
	sf.register(flags)
	measure := flags.String("measure", "", "measure id, e.g. svatove-2019/ii/2-3 (or ii/2-3 when only one plan has it)")
	status := flags.String("status", "", "status to pre-fill (default: the measure's latest reported status)")
	opts, ok := sf.parse(flags, args[1:], stderr)
	if !ok {
		return 2
	}
	if *measure == "" {
		fmt.Fprintln(stderr, "plansite new note: вкажіть --measure ID (give --measure ID)")
		return 2
	}
	if *status != "" {
		st, ok := content.LookupStatus(*status)
		if !ok {
			fmt.Fprintf(stderr, "plansite new note: невідомий статус %s (unknown status); можливі: %s\n", strconv.QuoteToGraphic(*status), statusKeys())
			return 2
		}
		*status = st.Key
	}
	b := generator.New(opts...)
	res, err := b.Assemble(context.Background())
	var list diag.ListError
	if errors.As(err, &list) {
		fmt.Fprintln(stderr, "plansite new note: спершу виправте помилки у вмісті (fix the content errors first):")
		res.Problems.Pretty(stderr, sf.lang)
		return 1
	}
	m, candidates := findMeasure(res.Site, *measure)
	if m == nil {
		fmt.Fprintf(stderr, "plansite new note: заходу %q немає (no such measure)\n", *measure)
		if near := diag.Nearest(*measure, candidates, 5); len(near) > 0 {
			fmt.Fprintf(stderr, "  схожі (did you mean): %s\n", strings.Join(near, ", "))
		}
		return 1
	}
	date := res.Site.AsOf
	text, err := noteSkeleton(m, date, *status)
	if err != nil {
		fmt.Fprintln(stderr, "plansite new note:", err)
		return 1
	}
	// The content folder config.toml names: the build has checked that
	// it stays inside the site folder, and that the plan's folder is its id.
	dir := filepath.Join(sf.root, filepath.FromSlash(res.Site.Config.Content.Dir), "plans", m.Plan.ID, "notes")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(stderr, "plansite new note:", err)
		return 1
	}
	name := date.String() + "-" + strings.ReplaceAll(m.Ref, "/", "-")
	file := filepath.Join(dir, name+".md")
	for i := 2; ; i++ {
		f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			file = filepath.Join(dir, name+"-"+strconv.Itoa(i)+".md")
			continue
		}
		if err != nil {
			fmt.Fprintln(stderr, "plansite new note:", err)
			return 1
		}
		_, err = f.WriteString(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(file)
			fmt.Fprintln(stderr, "plansite new note:", err)
			return 1
		}
		break
	}
	fmt.Fprintf(stdout, "Створено %s\nЗаповніть текст і перевірте: plansite check\n", file)
	return 0
}

// findMeasure looks a measure up by full id, or by plan-relative id when
// only one plan has it; it also returns all full ids for suggestions.
func findMeasure(site *generator.Site, id string) (*generator.Measure, []string) {
	id = strings.Trim(strings.TrimSpace(id), "/")
	var all []string
	var byRef []*generator.Measure
	for _, p := range site.Plans {
		for _, m := range p.Measures {
			all = append(all, m.FullID)
			if m.FullID == id {
				return m, nil
			}
			if m.Ref == id {
				byRef = append(byRef, m)
			}
		}
	}
	if len(byRef) == 1 {
		return byRef[0], nil
	}
	sort.Strings(all)
	return nil, all
}

// noteSkeleton is a note with the front matter filled in as far as the
// portal knows it, and comments that tell staff what to write. Every
// value is written by the TOML encoder; text from content (names, the
// measure's wording, units) goes only into comments, on one line, so no
// character in it can add a key or close the front matter.
func noteSkeleton(m *generator.Measure, date content.Date, status string) (string, error) {
	if status == "" {
		status = "виконується"
		if r := m.Progress.Reported; r != nil {
			status = r.Status.Key
		}
	}
	var b strings.Builder
	var err error
	// set writes "key = value" and keeps the first encoding error.
	set := func(key string, v any, comment string) {
		enc, e := tomlValue(v)
		if e != nil && err == nil {
			err = e
		}
		b.WriteString(key + " = " + enc)
		if comment != "" {
			b.WriteString("  # " + comment)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "+++\n# Звіт про захід %s: %s\n", oneLine(m.Code), oneLine(m.Text))
	fmt.Fprintf(&b, "date = %s\n", date)
	set("measures", []string{m.Ref}, "")
	fmt.Fprintf(&b, "# можливі статуси: %s\n", statusKeys())
	set("status", status, "")
	if len(m.Executors) > 0 {
		set("reporter", m.Executors[0].ID, oneLine(m.Executors[0].Name))
	}
	for _, ind := range m.Indicators {
		fmt.Fprintf(&b, "\n# Показник %d: %s\n", ind.N, oneLine(ind.Text))
		ref, e := tomlValue(ind.Ref)
		if e != nil && err == nil {
			err = e
		}
		if ind.Spec == nil {
			fmt.Fprintf(&b, "# [[value]]\n# indicator = %s\n# achieved = true  # або false\n", ref)
			continue
		}
		b.WriteString("[[value]]\n")
		set("indicator", ind.Ref, "")
		unit := oneLine(ind.Spec.Unit)
		if n := len(ind.Values); n > 0 && ind.Values[n-1].Value != nil {
			set("value", *ind.Values[n-1].Value, "попереднє значення, "+unit+"; впишіть нове")
		} else {
			fmt.Fprintf(&b, "# value = 0  # число, %s\n", unit)
		}
	}
	if per := nextPeriod(m); per != nil {
		fmt.Fprintf(&b, "\n# Звітний період (необовʼязково; без нього — за датою звіту): %s\n# period = %q\n", per.Label("uk"), per.Key)
	}
	b.WriteString("\n# Хто підтвердив звіт (необовʼязково): \"self\" — сам виконавець, \"document\" — офіційний документ,\n# \"independent\" — хтось поза виконавцем (тоді й by = \"…\")\n# [verification]\n# level = \"document\"\n")
	b.WriteString("\n# Посилання на документи, що підтверджують звіт:\n# [[evidence]]\n# title = \"Рішення виконкому № …\"\n# url = \"https://…\"\n+++\n\n")
	b.WriteString("Що зроблено за звітний період: коротко, фактами й цифрами.\n")
	return b.String(), err
}

// nextPeriod is the reporting period a new note most likely reports on:
// the first of the measure's ledger not yet reported and not yet past, or
// else its last; nil for a term without several periods.
func nextPeriod(m *generator.Measure) *term.Period {
	l := m.Progress.Ledger
	for i := range l {
		if l[i].Status == term.DueSoon || l[i].Status == term.NotDue {
			return &l[i].Period
		}
	}
	if len(l) > 0 {
		return &l[len(l)-1].Period
	}
	return nil
}

// statusKeys lists the statuses a note may report, quoted as in TOML.
func statusKeys() string {
	keys := make([]string, len(content.Statuses))
	for i, s := range content.Statuses {
		keys[i] = strconv.Quote(s.Key)
	}
	return strings.Join(keys, ", ")
}

// tomlValue is v as the TOML encoder writes a value: strings on one line
// with quotes, backslashes and control characters escaped. Invalid UTF-8
// becomes U+FFFD first, since TOML files are UTF-8.
func tomlValue(v any) (string, error) {
	switch x := v.(type) {
	case string:
		v = strings.ToValidUTF8(x, "\uFFFD")
	case []string:
		valid := make([]string, len(x))
		for i, s := range x {
			valid[i] = strings.ToValidUTF8(s, "\uFFFD")
		}
		v = valid
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(map[string]any{"v": v}); err != nil {
		return "", err
	}
	return strings.TrimSuffix(strings.TrimPrefix(buf.String(), "v = "), "\n"), nil
}

// oneLine makes text from content safe for a TOML comment: one line,
// with no control characters (TOML forbids them in comments) and no
// bidirectional overrides (which make a line read other than it parses).
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || isBidiControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s) // strings.Map reads each invalid byte as utf8.RuneError
	return strings.Join(strings.Fields(s), " ")
}

// isBidiControl reports the invisible characters that reorder text:
// embeddings, overrides and isolates (Unicode's Bidi_Control, less the
// marks LRM, RLM and ALM, which are harmless).
func isBidiControl(r rune) bool {
	return r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}
