package main

import (
	"fmt"
	"io"
)

// runImport is replaced by the importer's command.
func runImport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "plansite import: not yet available")
	return 1
}
