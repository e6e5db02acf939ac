package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/docx"
	"github.com/plansite/plansite/generator/internal/importer"
)

const importUsage = `Використання (usage):
  plansite import [--id PLAN_ID] [--authority ТЕКСТ] [--out content] [--force] [--strict] ФАЙЛ.docx|ФАЙЛ.txt
  plansite import --amend --act "рішення … від … № …" [--act-date РРРР-ММ-ДД] --id PLAN_ID ФАЙЛ

Перетворює план — документ Word (.docx) або його таблицю, збережену як «Звичайний
текст (.txt)» у UTF-8, — на content/plans/<id>/plan.toml і дописує нових виконавців
до content/executors.toml; потім перевіряє сайт (plansite check). З --amend записує
нову редакцію таблиці як зміну до наявного плану: адреси заходів зберігаються.
Turns a plan (a Word .docx, or its table saved as UTF-8 text) into
content/plans/<id>/plan.toml, adds new executors to content/executors.toml and
checks the site. With --amend it records the table's new wording as an amendment
of the existing plan, keeping the measures' addresses.

Параметри (options):
`

// maxInput bounds the file imported: a plan is a few hundred kilobytes.
const maxInput = docx.MaxFileSize

// importFlags are the options of plansite import.
type importFlags struct {
	id, authority, out, lang, act, actDate string
	force, strict, amend, dryRun           bool
}

// runImport is "plansite import": it reads a plan's Word document (or its
// table saved as text), writes it into the content folder and checks the
// site. Exit status: 0 written (perhaps with warnings), 1 problems or
// nothing written, 2 wrong usage.
func runImport(args []string, stdout, stderr io.Writer) int {
	f, file, ok := parseImportFlags(args, stderr)
	if !ok {
		return 2
	}
	src, err := readInput(file)
	if err != nil {
		fmt.Fprintf(stderr, "plansite import: не вдалося прочитати файл (cannot read the file): %v\n", err)
		return 1
	}
	regPath := filepath.Join(f.out, "executors.toml")
	reg, _, err := importer.ReadRegistry(regPath)
	if err != nil {
		fmt.Fprintf(stderr, "plansite import: не вдалося прочитати реєстр виконавців (cannot read the executor registry): %v\n", err)
		return 1
	}
	opts := importer.Options{File: filepath.ToSlash(file), ID: f.id, Authority: f.authority, Registry: reg}
	var current *content.Plan
	if f.amend {
		if current, err = readCurrent(f, file); err != nil {
			fmt.Fprintf(stderr, "plansite import --amend: %v\n", err)
			return 1
		}
		opts.ID = current.ID
		if opts.Authority == "" {
			opts.Authority = current.Authority
		}
	}
	res, problems := importer.Import(src, opts)
	var amended *importer.Amended
	if current != nil && res != nil && !problems.HasErrors() {
		var date *content.Date
		if f.actDate != "" {
			d, _ := content.ParseDate(f.actDate) // checked with the flags
			date = &d
		}
		var p diag.List
		amended, p = importer.Amend(current, res, importer.AmendOptions{Act: f.act, Date: date})
		problems.Add(p...)
	}
	if f.strict {
		problems = importer.Strict(problems)
	}
	if res == nil || problems.HasErrors() || f.dryRun {
		if len(problems) > 0 {
			problems.Pretty(stderr, f.lang)
		}
		if res == nil || problems.HasErrors() {
			fmt.Fprintln(stderr, "plansite import: план не записано (the plan was not written)")
			return 1
		}
		report(stdout, res, amended, f, "")
		fmt.Fprintln(stdout, "\n--dry-run: нічого не записано. (Nothing was written.)")
		return 0
	}
	return write(stdout, stderr, f, res, amended, problems)
}

// write saves the plan, checks the site, and undoes the import when the
// check finds errors the site did not have before.
func write(stdout, stderr io.Writer, f importFlags, res *importer.Result, amended *importer.Amended, problems diag.List) int {
	root := filepath.Dir(filepath.Clean(f.out))
	check := siteCheck(root)
	var before diag.List
	if check != nil {
		before = check()
	}
	saved, err := importer.Write(f.out, res, f.force || f.amend)
	var p diag.Problem
	switch {
	case errors.As(err, &p):
		problems.Add(p)
		problems.Pretty(stderr, f.lang)
		fmt.Fprintln(stderr, "plansite import: план не записано (the plan was not written)")
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "plansite import: не вдалося записати (cannot write): %v\n", err)
		return 1
	}
	if len(problems) > 0 {
		problems.Pretty(stderr, f.lang)
	}
	if check == nil {
		report(stdout, res, amended, f, filepath.ToSlash(saved.Plan))
		fmt.Fprintf(stdout, "\nУ %s немає config.toml: сайт не перевірено; запустіть plansite check у теці сайту.\n(No config.toml in %[1]s: the site was not checked; run plansite check in the site's folder.)\n", root)
		return 0
	}
	after := check()
	if fresh := newErrors(before, after); len(fresh) > 0 {
		fresh.Pretty(stderr, f.lang)
		if err := saved.Undo(); err != nil {
			fmt.Fprintf(stderr, "plansite import: не вдалося повернути файли (cannot restore the files): %v\n", err)
			return 1
		}
		fmt.Fprintln(stderr, "plansite import: із цим планом сайт не проходить перевірку (plansite check), тож план не записано, файли повернуто як були.\n(With this plan the site fails plansite check, so the plan was not written and the files are as they were.)")
		return 1
	}
	report(stdout, res, amended, f, filepath.ToSlash(saved.Plan))
	verdict(stdout, f, res.Plan.ID, after)
	return 0
}

func parseImportFlags(args []string, stderr io.Writer) (importFlags, string, bool) {
	var f importFlags
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, importUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.id, "id", "", "ідентифікатор плану, напр. svatove-2019; типово — з назви файлу (plan id; default: from the file name)")
	fs.StringVar(&f.authority, "authority", "", "орган, що затвердив план; типово — із заголовка документа (the adopting body; default: read from the heading)")
	fs.StringVar(&f.out, "out", "content", "тека вмісту сайту (the content folder)")
	fs.BoolVar(&f.force, "force", false, "замінити наявний plan.toml (replace an existing plan.toml)")
	fs.BoolVar(&f.strict, "strict", false, "вважати попередження помилками (treat warnings as errors)")
	fs.StringVar(&f.lang, "lang", "uk", "мова повідомлень: uk або en (language of messages)")
	fs.BoolVar(&f.amend, "amend", false, "записати таблицю як зміну до наявного плану (record the table as an amendment of the plan)")
	fs.StringVar(&f.act, "act", "", "з --amend: акт, яким змінено план (with --amend: the amending act)")
	fs.StringVar(&f.actDate, "act-date", "", "з --amend: дата акта, РРРР-ММ-ДД; типово — з --act (the act's date; default: read from --act)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "показати, що буде записано, нічого не записуючи (show what would be written, write nothing)")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return f, "", false
	}
	bad := func(msg string) (importFlags, string, bool) {
		fmt.Fprintln(stderr, "plansite import: "+msg)
		fs.Usage()
		return f, "", false
	}
	switch {
	case len(files) != 1:
		return bad("вкажіть один файл .docx або .txt (give one .docx or .txt file)")
	case f.amend && strings.TrimSpace(f.act) == "":
		return bad("з --amend вкажіть --act \"рішення … від … № …\" (with --amend give the act)")
	case !f.amend && (f.act != "" || f.actDate != ""):
		return bad("--act і --act-date потрібні лише з --amend (--act and --act-date go with --amend)")
	}
	if f.actDate != "" {
		if _, err := content.ParseDate(f.actDate); err != nil {
			return bad("--act-date: дата має бути РРРР-ММ-ДД (the date must be YYYY-MM-DD): " + err.Error())
		}
	}
	return f, files[0], true
}

// readInput reads the file imported, refusing one far bigger than a plan.
func readInput(file string) ([]byte, error) {
	fi, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	if fi.Size() > maxInput {
		return nil, fmt.Errorf("%d МБ — завеликий для плану, можна до %d МБ (too big for a plan)", fi.Size()>>20, maxInput>>20)
	}
	return os.ReadFile(file)
}

// readCurrent reads the plan an amendment changes.
func readCurrent(f importFlags, file string) (*content.Plan, error) {
	id := importer.PlanID(file, f.id)
	path := filepath.Join(f.out, "plans", id, "plan.toml")
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("плану %q немає (%s): вкажіть --id плану, який змінює акт (no such plan; give the --id of the plan the act amends)", id, filepath.ToSlash(path))
	}
	return importer.ReadPlan(path)
}

// siteCheck returns a function that runs plansite check on the site in
// root, or nil when root holds no site.
func siteCheck(root string) func() diag.List {
	if _, err := os.Stat(filepath.Join(root, "config.toml")); err != nil {
		return nil
	}
	return func() diag.List {
		return generator.New(generator.WithRoot(root)).Check(context.Background())
	}
}

// newErrors returns the errors of after that before did not have.
func newErrors(before, after diag.List) diag.List {
	seen := map[string]int{}
	for _, p := range before.Errors() {
		seen[p.File+"\x00"+p.Code+"\x00"+p.Message.UK]++
	}
	var out diag.List
	for _, p := range after.Errors() {
		k := p.File + "\x00" + p.Code + "\x00" + p.Message.UK
		if seen[k] > 0 {
			seen[k]--
			continue
		}
		out.Add(p)
	}
	return out
}

// verdict prints the site check's verdict: the problems of the plan's
// files in full, the rest counted.
func verdict(w io.Writer, f importFlags, id string, problems diag.List) {
	var mine, others diag.List
	for _, p := range problems {
		if strings.Contains(p.File, "/plans/"+id+"/") || strings.HasSuffix(p.File, "executors.toml") {
			mine.Add(p)
		} else {
			others.Add(p)
		}
	}
	fmt.Fprintln(w, "\nПеревірка сайту (plansite check):")
	mine.Pretty(w, f.lang)
	if len(others) > 0 {
		fmt.Fprintf(w, "В інших файлах сайту: помилок %d, попереджень %d — див. plansite check.\n(Elsewhere on the site: %[1]d errors, %[2]d warnings; see plansite check.)\n",
			len(others.Errors()), len(others)-len(others.Errors()))
	}
}

// report prints what the import did: the plan written, the body it was
// read as adopted by, new executors and how cells were split, and for an
// amendment the confirmation table.
func report(w io.Writer, res *importer.Result, amended *importer.Amended, f importFlags, planPath string) {
	p := res.Plan
	if planPath != "" {
		fmt.Fprintf(w, "Записано %s: розділів %d, заходів %d.\n(Wrote %[1]s: %[2]d sections, %[3]d measures.)\n", planPath, len(p.Sections), res.Measures())
	} else {
		fmt.Fprintf(w, "План %s: розділів %d, заходів %d.\n(Plan %[1]s: %[2]d sections, %[3]d measures.)\n", p.ID, len(p.Sections), res.Measures())
	}
	if res.AuthorityFrom != "" {
		fmt.Fprintf(w, "\nОрган, що затвердив план: %s — прочитано з заголовка («%s»); якщо це не так, вкажіть --authority.\n(Adopting body: read from the heading; if wrong, give --authority.)\n", p.Authority, res.AuthorityFrom)
	}
	if n := len(res.NewExecutors); n > 0 {
		fmt.Fprintf(w, "\nДо %s додано нових виконавців: %d. Перевірте їхні назви; якщо це інше написання відомого органу, перенесіть його в aliases того органу.\n(Added %[2]d new executors to %[1]s: check their names; if one is another spelling of a known body, move it to that body's aliases.)\n",
			filepath.ToSlash(filepath.Join(f.out, "executors.toml")), n)
		for _, e := range res.NewExecutors {
			fmt.Fprintf(w, "  %s  %s\n", e.ID, e.Name)
		}
	}
	splits(w, res.Splits)
	if amended != nil {
		amendment(w, amended, f.lang)
	}
}

// splits prints how executor cells with new bodies were split.
func splits(w io.Writer, ss []importer.Split) {
	if len(ss) == 0 {
		return
	}
	fmt.Fprintln(w, "\nЯк розділено клітинки виконавців з новими органами — перевірте межі між органами:\n(How executor cells naming new bodies were split — check where one body ends and the next begins:)")
	for _, s := range ss {
		more := ""
		if n := len(s.Measures) - 1; n > 0 {
			more = fmt.Sprintf(" (і ще %d; and %[1]d more)", n)
		}
		fmt.Fprintf(w, "  %s%s: «%s»\n", s.Measures[0], more, s.Cell)
		for _, part := range s.Parts {
			mark := ""
			if part.New {
				mark = " (новий; new)"
			}
			fmt.Fprintf(w, "    → %s  «%s»%s\n", part.ID, part.Text, mark)
		}
	}
}

// changeWords name the kinds of change in the confirmation table.
var changeWords = map[string][4]string{
	"uk": {"без змін", "змінено", "додано", "вилучено"},
	"en": {"kept", "reworded", "added", "removed"},
}

// amendment prints the confirmation table of an amendment: every measure
// that changed, with its permanent address, its number now and before,
// and what changed; then the counts.
func amendment(w io.Writer, a *importer.Amended, lang string) {
	words := changeWords["uk"]
	if lang == "en" {
		words = changeWords["en"]
	}
	rec := a.Amendment
	date := "без дати (no date)"
	if rec.Date != nil {
		date = rec.Date.String()
	}
	fmt.Fprintf(w, "\nЗміна %s: %s, %s.\n(Amendment %[1]s.) Перевірте таблицю змін (check the table of changes):\n\n", rec.ID, rec.Act, date)
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "  що\tадреса\tномер\tбуло\tтекст")
	fmt.Fprintln(tw, "  what\taddress\tnumber\twas\ttext")
	for _, c := range a.Containers {
		what := words[c.Kind]
		if c.Retitled {
			what = map[bool]string{true: "retitled", false: "нова назва"}[lang == "en"]
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t\t%s\n", what, c.Ref, c.Cite, excerpt(c.Text))
	}
	for _, c := range a.Changes {
		what := changeLabel(c, words, lang)
		if what == "" {
			continue
		}
		was := ""
		if c.Was != c.Cite {
			was = c.Was
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", what, c.Ref, c.Cite, was, excerpt(c.Text))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nБез змін: %d; змінено формулювання: %d; змінено лише термін, виконавців, показники чи номер: %d; додано: %d; вилучено (лишаються на сайті з позначкою): %d.\n(Unchanged %[1]d, reworded %[2]d, only term, executors, indicators or number changed %[3]d, added %[4]d, removed %[5]d; removed measures stay on the site, marked.)\n",
		a.Unchanged(), a.Count(importer.Reworded), a.Count(importer.Kept)-a.Unchanged(), a.Count(importer.Added), a.Count(importer.Removed))
}

// changeLabel says what changed in a measure, "" for one unchanged.
func changeLabel(c importer.Change, words [4]string, lang string) string {
	var parts []string
	if c.Kind != importer.Kept {
		parts = append(parts, words[c.Kind])
		if c.Kind == importer.Reworded {
			parts[0] += fmt.Sprintf(" %.0f%%", c.Similarity*100)
		}
	}
	flags := []struct {
		on     bool
		uk, en string
	}{{c.Retermed, "термін", "term"}, {c.ExecutorsChanged, "виконавці", "executors"}, {c.IndicatorsChanged, "показники", "indicators"},
		{c.CostsChanged, "витрати", "costs"}, {c.Renumbered, "номер", "number"}}
	for _, fl := range flags {
		if fl.on {
			parts = append(parts, map[bool]string{true: fl.en, false: fl.uk}[lang == "en"])
		}
	}
	return strings.Join(parts, ", ")
}

// excerpt shortens a text for a table row.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}

// parseInterleaved parses flags that may stand before or after the file
// names, as staff type them either way, and returns the file names.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}
