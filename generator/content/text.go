package content

import (
	"strings"
)

// foldSpace trims s and collapses runs of white space to one space.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }
