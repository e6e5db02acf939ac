// Command plansite builds, checks and serves a transparency portal for
// public action plans from the content in the current folder.
//
//	plansite build [--out DIR] [--date YYYY-MM-DD]
//	plansite check [--lang uk|en] [--format text|json|github]
//	plansite serve [--bind ADDR] [--port N]
//	plansite new note --measure ID
//	plansite import [--id PLAN_ID] [--authority TEXT] FILE.txt
//
// Run plansite --help for every command and its options.
package main

import (
	"os"

	"github.com/plansite/plansite/generator/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr)) }
