package generator

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/check"
	"github.com/plansite/plansite/generator/internal/source"
)

// budget fails the fuzz input when fn takes longer than a second or
// allocates more than 64 MiB plus 256 bytes for each byte of input: the
// fuzzers' inputs are small, so a blow-up shows as an overrun here long
// before a large file would crash anything.
func budget(t *testing.T, size int, fn func()) {
	t.Helper()
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	before := sample[0].Value.Uint64()
	start := time.Now()
	fn()
	took := time.Since(start)
	metrics.Read(sample)
	if took > time.Second {
		t.Errorf("took %v for %d bytes of input", took, size)
	}
	if allocated, limit := sample[0].Value.Uint64()-before, uint64(64<<20+256*size); allocated > limit {
		t.Errorf("allocated %d MiB for %d bytes of input", allocated>>20, size)
	}
}

// hostileSeeds are the shapes that were slow or large for some stage,
// small enough to fuzz from: nesting past every limit, long lines, wide
// tables, numbers and dates out of range.
func hostileSeeds(f *testing.F, note bool) {
	front := "+++\ndate = 2021-03-01\nmeasures = [\"i/2\"]\nstatus = \"виконується\"\n"
	if !note {
		for _, s := range []string{
			"id = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n",
			"id = " + strings.Repeat("{a=", 40) + "1" + strings.Repeat("}", 40) + "\n",
			strings.Repeat("a.", 40) + "b = 1\n",
			"columns = [" + strings.Repeat("1,", 3000) + "]\n",
			strings.Repeat("[[section]]\nid = \"data\"\n[[section.measure]]\nid = \"notes\"\n", 50),
			"id = \"en\"\n[approval]\ndate = 0001-01-01\n[period]\nstart = 2020\nend = 1e309\n",
		} {
			f.Add([]byte(s))
		}
		return
	}
	for _, s := range []string{
		front + "+++\n\n" + strings.Repeat(">", 200) + "\n" + strings.Repeat("- ", 40) + "\n",
		front + "+++\n\n|" + strings.Repeat("a|", 80) + "\n|" + strings.Repeat("-|", 80) + "\n" + strings.Repeat("|\n", 200),
		front + "+++\n\n" + strings.Repeat("[a](", 2000) + "\n![x](https://example.org/a.png) [y](javascript&#58;1)\n",
		front + "x = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n+++\n",
		front + "\n[[value]]\nindicator = \"ii/1-1#2\"\nvalue = nan\ndate = 9999-12-31\n[[value]]\nindicator = \"ii/1-1#2\"\nvalue = 1.7e308\n+++\n",
		"+++\ndate = 2021-03-01\nstatus = \"\\u001b[2J\"\nmeasures = [" + strings.Repeat("1,", 300) + "]\n+++\n",
	} {
		f.Add([]byte(s))
	}
}

// fuzzSeeds adds every file under dirs whose name ends with suffix.
func fuzzSeeds(f *testing.F, suffix string, dirs ...string) {
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, suffix) {
				if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
					f.Add(data)
				}
			}
			return nil
		})
	}
}

// checkPositions wants every problem about file to point inside it: a line
// that exists, a column on it (or just past its end), and the line itself
// as the Source shown under the message. Lines are as staff see them:
// without a byte order mark, with any line end, bytes that are not UTF-8
// shown as U+FFFD.
func checkPositions(t *testing.T, data []byte, file string, probs diag.List) {
	t.Helper()
	text := strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\uFEFF"))), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	for _, p := range probs {
		if p.File != file {
			t.Errorf("a problem about another file: %s: %s", p.Where(), p.Message.EN)
			continue
		}
		if p.Pos.Line == 0 {
			if p.Pos.Col != 0 {
				t.Errorf("%s: a column without a line", p.Where())
			}
			continue
		}
		if p.Pos.Line < 0 || p.Pos.Line > len(lines) {
			t.Errorf("%s (%s): line %d of %d", p.Where(), p.Code, p.Pos.Line, len(lines))
			continue
		}
		line := strings.TrimSuffix(strings.ToValidUTF8(lines[p.Pos.Line-1], "\uFFFD"), "\r")
		if n := utf8.RuneCountInString(line); p.Pos.Col < 1 || p.Pos.Col > n+1 || p.Pos.Len < 0 {
			t.Errorf("%s (%s): column %d, length %d on a line of %d characters %q", p.Where(), p.Code, p.Pos.Col, p.Pos.Len, n, line)
		}
		if strings.TrimSuffix(p.Source, "\r") != line {
			t.Errorf("%s (%s): source %q, the line is %q", p.Where(), p.Code, p.Source, line)
		}
	}
	// Every form of output copes with whatever was found.
	var b bytes.Buffer
	probs.Pretty(&b, "uk")
	probs.Pretty(&b, "en")
	probs.GitHub(&b, "en")
	if err := probs.JSON(&b, "uk"); err != nil {
		t.Error(err)
	}
}

// FuzzDecodeNote writes a note into a copy of the small site and takes it
// through the loader (reading, front matter, TOML), validation against the
// plan, and assembly: nothing may panic, and every problem must point
// inside the note.
func FuzzDecodeNote(f *testing.F) {
	fuzzSeeds(f, ".md", "testdata/sites/small/content", brokenDir, "../content/demo")
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("\uFEFF+++\r\ndate = 2021-03-01\r\nmeasures = [\"i/1\"]\r\nstatus = \"виконано\"\r\n+++\r\n\r\n<b>x</b>\r\n"))
	f.Add([]byte("+++\ndate = 2021-03-01\nmeasures = [\"i/1\"]\nstatus = \"виконано\"\n+++\n[a](javascript:x) ![b](data:x) <javascript:y>\n\n[r]: vbscript:z\n"))
	hostileSeeds(f, true)

	site := copySite(f, "testdata/sites/small")
	src, problems := load(site)
	if len(problems) != 0 {
		f.Fatalf("the small site has problems: %v", problems)
	}
	cat, _ := validate(src)
	ps := src.plans[0]
	rel := "content/plans/town-2020/notes/2021-03-01-fuzz.md"
	abs := filepath.Join(site, filepath.FromSlash(rel))
	date := mustDate(f, "2023-01-01")

	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(abs, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var probs diag.List
		budget(t, len(data), func() {
			var n *source.Note
			n, probs = source.LoadNote(site, rel, false)
			switch {
			case n == nil:
			case n.Index == nil:
				probs.Add(check.Body(n)...)
			default:
				probs.Add(check.Note(ps, n, cat, true)...)
				saved := ps.Notes
				ps.Notes = []*source.Note{n}
				_, p := assemble(src, cat, date)
				ps.Notes = saved
				probs.Add(p...)
			}
		})
		checkPositions(t, data, rel, probs)
	})
}

// FuzzDecodePlan writes a plan.toml into a copy of the small site and reads
// and validates it: nothing may panic, and every problem must point inside
// the file.
func FuzzDecodePlan(f *testing.F) {
	fuzzSeeds(f, ".toml", "testdata/sites/small/content", brokenDir)
	f.Add([]byte("id = \"nova-2021\"\n[period]\nstart = 2021\nend = 2020\n[[section]]\nid = \"I\"\n[[section.measure]]\nid = \"1\"\nterm = \"щороку\"\n"))
	hostileSeeds(f, false)

	site := copySite(f, "testdata/sites/small")
	src, _ := load(site)
	rel := "content/plans/nova-2021/plan.toml"
	abs := filepath.Join(site, filepath.FromSlash(rel))
	os.MkdirAll(filepath.Dir(abs), 0o755)
	date := mustDate(f, "2023-01-01")

	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(abs, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var probs diag.List
		budget(t, len(data), func() {
			ps := &source.Plan{Dir: "nova-2021"}
			var plan source.File[content.Plan]
			plan, probs = source.ReadTOML[content.Plan](site, rel, source.MaxPlanBytes, true)
			ps.Plan = plan
			if ps.Plan.Found {
				// A catalog of its own: the plan may repeat the small
				// site's plan id, and that is a problem of the other file.
				c := check.NewCatalog()
				check.Registry(src.src, c)
				probs.Add(check.Plan(ps, c)...)
				s := &loaded{src: &source.Sources{Config: src.src.Config, Registry: src.src.Registry}, plans: []*source.Plan{ps}}
				_, p := assemble(s, c, date)
				probs.Add(p...)
			}
		})
		checkPositions(t, data, rel, probs)
	})
}
