package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/importer"
)

const importUsage = `Використання (usage):
  plansite import [--id PLAN_ID] [--authority ТЕКСТ] [--out content] [--force] [--strict] ФАЙЛ.txt

Перетворює план — таблицю Word, збережену як «Звичайний текст (.txt)» у UTF-8, —
на content/plans/<id>/plan.toml і дописує нових виконавців до content/executors.toml.
Turns a plan saved from Word as plain text (UTF-8) into content/plans/<id>/plan.toml
and adds new executors to content/executors.toml.

Параметри (options):
`

// runImport is "plansite import": it reads a plan's Word table saved as
// text and writes it into the content folder. Exit status: 0 written
// (perhaps with warnings), 1 problems or nothing written, 2 wrong usage.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, importUsage)
		fs.PrintDefaults()
	}
	id := fs.String("id", "", "ідентифікатор плану, напр. svatove-2019; типово — з назви файлу (plan id; default: from the file name)")
	authority := fs.String("authority", "", "орган, що затвердив план (the body that adopted the plan)")
	out := fs.String("out", "content", "тека вмісту сайту (the content folder)")
	force := fs.Bool("force", false, "замінити наявний plan.toml (replace an existing plan.toml)")
	strict := fs.Bool("strict", false, "вважати попередження помилками (treat warnings as errors)")
	lang := fs.String("lang", "uk", "мова повідомлень: uk або en (language of messages)")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "plansite import: вкажіть один файл .txt (give one .txt file)")
		fs.Usage()
		return 2
	}
	file := files[0]
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "plansite import: не вдалося прочитати файл (cannot read the file): %v\n", err)
		return 1
	}
	regPath := filepath.Join(*out, "executors.toml")
	reg, _, err := importer.ReadRegistry(regPath)
	if err != nil {
		fmt.Fprintf(stderr, "plansite import: не вдалося прочитати реєстр виконавців (cannot read the executor registry): %v\n", err)
		return 1
	}
	res, problems := importer.Import(src, importer.Options{File: filepath.ToSlash(file), ID: *id, Authority: *authority, Registry: reg})
	if *strict {
		problems = importer.Strict(problems)
	}
	var planPath string
	if res != nil && !problems.HasErrors() {
		planPath, err = importer.Save(*out, res, *force)
		var p diag.Problem
		switch {
		case errors.As(err, &p):
			problems.Add(p)
		case err != nil:
			fmt.Fprintf(stderr, "plansite import: не вдалося записати (cannot write): %v\n", err)
			return 1
		}
	}
	if len(problems) > 0 {
		problems.Pretty(stderr, *lang)
	}
	if res == nil || problems.HasErrors() {
		fmt.Fprintln(stderr, "plansite import: план не записано (the plan was not written)")
		return 1
	}
	fmt.Fprintf(stdout, "Записано %s: розділів %d, заходів %d.\n(Wrote %[1]s: %[2]d sections, %[3]d measures.)\n",
		filepath.ToSlash(planPath), len(res.Plan.Sections), res.Measures())
	if n := len(res.NewExecutors); n > 0 {
		fmt.Fprintf(stdout, "\nДо %s додано нових виконавців: %d. Перевірте їхні назви; якщо це інше написання відомого органу, перенесіть його в aliases того органу.\n(Added %[2]d new executors to %[1]s: check their names; if one is another spelling of a known body, move it to that body's aliases.)\n",
			filepath.ToSlash(regPath), n)
		for _, e := range res.NewExecutors {
			fmt.Fprintf(stdout, "  %s  %s\n", e.ID, e.Name)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintln(stdout, "\nДалі: перегляньте попередження вище й запустіть plansite check.\n(Next: review the warnings above and run plansite check.)")
	} else {
		fmt.Fprintln(stdout, "\nДалі: запустіть plansite check.\n(Next: run plansite check.)")
	}
	return 0
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
