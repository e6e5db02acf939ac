package generator

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The hostile inputs of the corpus at full size: each is about 1 MiB, the
// largest note plansite reads, in the shape that was slowest or largest
// for some part of check. BenchmarkCheckHostile runs check on a site with
// one of them; docs/security.md quotes its results (the promise: under
// 2 s and 500 MB each, B/op bounding the memory).
const hostileSize = 1 << 20

// hostileFiles returns, for each case, the site file and its content.
func hostileFiles() map[string][2]string {
	const (
		plan = "content/plans/town-2020/plan.toml"
		note = "content/plans/town-2020/notes/2021-03-01-hostile.md"
	)
	fill := func(prefix, unit, suffix string) string {
		return prefix + strings.Repeat(unit, (hostileSize-len(prefix)-len(suffix))/len(unit)) + suffix
	}
	front := "+++\ndate = 2021-03-01\nmeasures = [\"i/2\"]\nstatus = \"виконується\"\n+++\n\n"
	var tables, keys strings.Builder
	for tables.Len() < hostileSize {
		tables.WriteString("[[section]]\nid = \"s" + strconv.Itoa(tables.Len()) + "\"\n")
	}
	for i := 0; keys.Len() < hostileSize; i++ {
		keys.WriteString("k" + strconv.Itoa(i) + " = 1\n")
	}
	return map[string][2]string{
		"plan-nested-arrays":   {plan, fill("id = ", "[\n", "")},
		"plan-nested-inline":   {plan, fill("id = ", "{a=", "")},
		"plan-dotted-key":      {plan, fill("", "a.", "b = 1\n")},
		"plan-one-line":        {plan, fill("columns = [", "\"x\",", "]\n")},
		"plan-long-list":       {plan, fill("columns = [\n", "1,\n", "]\n")},
		"plan-many-sections":   {plan, tables.String()},
		"plan-unknown-keys":    {plan, keys.String()},
		"note-header-nested":   {note, fill("+++\nx = ", "[\n", "\n+++\n")},
		"note-header-list":     {note, fill("+++\ndate = 2021-03-01\nstatus = \"виконується\"\nmeasures = [\n", "\"i/9\",\n", "]\n+++\n")},
		"note-body-brackets":   {note, fill(front, "[", "")},
		"note-body-quotes":     {note, fill(front, ">", "")},
		"note-body-wide-table": {note, fill(front+"|"+strings.Repeat("a|", 5000)+"\n|"+strings.Repeat("-|", 5000)+"\n", "|\n", "")},
		// Within every limit: 256 KiB of the body shape goldmark is
		// slowest on, lines of 5,000 characters, behind 768 KiB of
		// header comments.
		"note-within-limits": {note, "+++\n" + strings.Repeat("# "+strings.Repeat("x", 1000)+"\n", 760) + "date = 2021-03-01\nmeasures = [\"i/2\"]\nstatus = \"виконується\"\n+++\n" +
			strings.Repeat(strings.Repeat("[a](", 1249)+"\n", 52)},
	}
}

// BenchmarkCheckHostile runs check on the small site with one hostile
// file of about 1 MiB.
func BenchmarkCheckHostile(b *testing.B) {
	date := mustDate(b, brokenDate)
	for name, f := range hostileFiles() {
		b.Run(name, func(b *testing.B) {
			site := copySite(b, "testdata/sites/small")
			if err := os.WriteFile(filepath.Join(site, filepath.FromSlash(f[0])), []byte(f[1]), 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(f[1])))
			b.ReportAllocs()
			for b.Loop() {
				if got := New(WithRoot(site), WithDate(date)).Check(context.Background()); !got.HasErrors() && name != "note-within-limits" {
					b.Fatalf("%s passed check", name)
				}
			}
		})
	}
}

// TestHostileRefused: each hostile file is refused by check, with its
// problems capped: a file of a megabyte is never a megabyte of output.
func TestHostileRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("megabyte inputs")
	}
	date := mustDate(t, brokenDate)
	for name, f := range hostileFiles() {
		t.Run(name, func(t *testing.T) {
			site := copySite(t, "testdata/sites/small")
			if err := os.WriteFile(filepath.Join(site, filepath.FromSlash(f[0])), []byte(f[1]), 0o644); err != nil {
				t.Fatal(err)
			}
			got := New(WithRoot(site), WithDate(date)).Check(context.Background())
			if name == "note-within-limits" {
				return // what goldmark makes of it is the benchmark's business
			}
			if !got.HasErrors() {
				t.Fatalf("passed check")
			}
			if len(got) > 2*100+10 {
				t.Errorf("%d problems for one file", len(got))
			}
		})
	}
}
