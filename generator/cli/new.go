package cli

import (
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

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
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
	text := noteSkeleton(m, date, *status)
	dir := filepath.Join(sf.root, "content", "plans", m.Plan.ID, "notes")
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
// portal knows it, and comments that tell staff what to write.
func noteSkeleton(m *generator.Measure, date content.Date, status string) string {
	if status == "" {
		status = "виконується"
		if r := m.Progress.Reported; r != nil {
			status = r.Status.Key
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "+++\n# Звіт про захід %s: %s\n", m.Code, oneLine(m.Text))
	fmt.Fprintf(&b, "date = %s\n", date)
	fmt.Fprintf(&b, "measures = [%q]\n", m.Ref)
	var keys []string
	for _, s := range content.Statuses {
		keys = append(keys, strconv.Quote(s.Key))
	}
	fmt.Fprintf(&b, "# можливі статуси: %s\n", strings.Join(keys, ", "))
	fmt.Fprintf(&b, "status = %q\n", status)
	if len(m.Executors) > 0 {
		fmt.Fprintf(&b, "reporter = %q  # %s\n", m.Executors[0].ID, m.Executors[0].Name)
	}
	for _, ind := range m.Indicators {
		fmt.Fprintf(&b, "\n# Показник %d: %s\n", ind.N, oneLine(ind.Text))
		if ind.Spec != nil {
			last := ""
			if n := len(ind.Values); n > 0 && ind.Values[n-1].Value != nil {
				last = strconv.FormatFloat(*ind.Values[n-1].Value, 'f', -1, 64)
			}
			fmt.Fprintf(&b, "[[value]]\nindicator = %q\n", ind.Ref)
			if last != "" {
				fmt.Fprintf(&b, "value = %s  # попереднє значення, %s; впишіть нове\n", last, ind.Spec.Unit)
			} else {
				fmt.Fprintf(&b, "# value = 0  # число, %s\n", ind.Spec.Unit)
			}
		} else {
			fmt.Fprintf(&b, "# [[value]]\n# indicator = %q\n# achieved = true  # або false\n", ind.Ref)
		}
	}
	b.WriteString("\n# Посилання на документи, що підтверджують звіт:\n# [[evidence]]\n# title = \"Рішення виконкому № …\"\n# url = \"https://…\"\n+++\n\n")
	b.WriteString("Що зроблено за звітний період: коротко, фактами й цифрами.\n")
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
