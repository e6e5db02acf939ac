// Package cli is the plansite command: it parses the command line and
// calls the generator. The command in cmd/plansite only hands it os.Args.
//
// plansite builds, checks and serves a transparency portal for
// public action plans from the content in the current folder.
//
//	plansite build [--out DIR] [--date YYYY-MM-DD] [--relative]
//	plansite pack [--out site.zip] [--date YYYY-MM-DD]
//	plansite check [--lang uk|en] [--format text|json|github]
//	plansite serve [--bind ADDR] [--port N]
//	plansite new note --measure ID
//	plansite import [--id PLAN_ID] [--authority TEXT] [--out content/] [--force] [--strict] FILE.txt
package cli

import (
	"fmt"
	"io"
)

// command is one subcommand; run returns the process exit status.
type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

var commands = []command{
	{"build", "build the site into public/ (or --out)", runBuild},
	{"pack", "build a copy that opens from a folder (file://) as a zip: pack --out site.zip", runPack},
	{"check", "validate all content and print every problem", runCheck},
	{"serve", "build, serve on 127.0.0.1 and rebuild on change", runServe},
	{"new", "write a skeleton progress note: new note --measure ID", runNew},
	{"import", "turn a plan's Word-table text into content", runImport},
}

// Run runs the command line args (without the program name) and returns
// the process exit status.
func Run(args []string, stdout, stderr io.Writer) int { return run(args, stdout, stderr) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "plansite: невідома команда %q (unknown command)\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "plansite — генератор порталу прозорості для планів дій\n\nКоманди (commands):")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nplansite COMMAND --help shows a command's options.")
}
