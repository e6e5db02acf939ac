package check

import (
	"os"
	"path"
	"path/filepath"
	"regexp"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/source"
)

// PlanSource checks one plan's files against each other and
// against the registry.
func PlanSource(s *source.Sources, ps *source.Plan, c *Catalog, owners map[string]string) diag.List {
	var l diag.List
	if ps.Plan.Found {
		l.Add(validatePlanOwned(s, ps, c, owners)...)
	}
	indexed := ps.Plan.Found && c.owner[ps.Plan.Data.ID] == ps
	if indexed {
		l.Add(validateMonitoring(ps, c)...)
		l.Add(validateAreas(ps, c)...)
	}
	for _, n := range ps.Notes {
		l.Add(Note(ps, n, c, indexed)...)
	}
	for _, n := range ps.Broken {
		l.Add(Body(n)...)
	}
	l.Add(validateNoteFiles(s, ps)...)
	return l
}

// validatePlanOwned validates a plan whose id another folder may claim
// too: the folder named after the id owns it (see ClaimIDs), and the other
// is told.
func validatePlanOwned(s *source.Sources, ps *source.Plan, c *Catalog, owners map[string]string) diag.List {
	id := ps.Plan.Data.ID
	if cur := c.owner[id]; cur != nil && cur.Dir == ps.Dir {
		delete(c.owner, id) // the claim made for it below, by a folder before it
	}
	if owner := owners[id]; owner != "" && owner != ps.Dir && c.owner[id] == nil {
		c.owner[id] = &source.Plan{Dir: owner, Plan: source.File[content.Plan]{Path: planTOML(s, owner)}}
	}
	return Plan(ps, c)
}

// planIDLine finds a plan's top-level id without decoding the file, before
// its first table header.
var (
	planIDLine  = regexp.MustCompile(`(?m)^\s*id\s*=\s*"([^"\n]*)"`)
	tableHeader = regexp.MustCompile(`(?m)^\s*\[`)
)

// QuickID reads the id a plan.toml gives, cheaply: folders are built one at
// a time, and which of two folders owns an id must be known before either
// is built.
func QuickID(root, file string) string {
	f, err := os.Open(filepath.Join(root, filepath.FromSlash(file)))
	if err != nil {
		return ""
	}
	defer f.Close()
	buf := make([]byte, 8<<10)
	n, _ := f.Read(buf)
	head := buf[:n]
	if i := tableHeader.FindIndex(head); i != nil {
		head = head[:i[0]]
	}
	if m := planIDLine.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// ClaimIDs decides which folder owns each plan id: the folder named after
// it, else the first folder in order. When a plan.toml is copied into a new
// folder and its id not changed, the copy is the one to be told.
func ClaimIDs(s *source.Sources, dirs []string) map[string]string {
	owners := map[string]string{}
	for _, dir := range dirs {
		id := QuickID(s.Root, planTOML(s, dir))
		if id == "" {
			continue
		}
		if cur, ok := owners[id]; !ok || (cur != id && dir == id) {
			owners[id] = dir
		}
	}
	return owners
}

// planTOML is the slash path of the plan.toml in folder dir.
func planTOML(s *source.Sources, dir string) string {
	return path.Join(s.ContentDir, "plans", dir, "plan.toml")
}
