package generator

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/engine"
)

// The broken-content corpus: testdata/broken/<NN-name>/ holds one small
// mistake a staff member could commit, and what plansite must say about
// it. Each case starts from a copy of testdata/sites/small and changes it
// with:
//
//	<any path>   an overlay file copied over the site (or added to it)
//	DELETE       site paths to remove, one a line
//	LINK         "site/path -> case/path": a symlink from the site to a file
//	             of the case folder, which lies outside the copied site
//	GROW         "site/path bytes": pad an overlay file to that size, for
//	             files too large to keep in the repository
//	RENAME       "site/path -> name": rename a site file, name in Go quotes,
//	             for names a repository should not hold (a trailing space,
//	             a control character)
//	FIFO         site paths to make named pipes at (skipped where there are
//	             none)
//	expect.txt   every problem expected, one a line, in any order:
//	             "file:line:col: code [substring of the Ukrainian message]";
//	             "file: code" for a problem about the whole file; the file
//	             may be in Go quotes; "#" lines are comments. An expect.txt
//	             without problems is a case that must build cleanly (CRLF,
//	             a byte order mark, long headers); one with only warnings
//	             must build.
//
// Files under _outside/ are not copied: they are LINK targets.
const brokenDir = "testdata/broken"

// brokenDate is the build date of the corpus: late enough that the small
// site's demonstration notes are in the past, so its only problems are the
// case's own.
const brokenDate = "2023-01-01"

// expected is one line of expect.txt.
type expected struct {
	file      string
	line, col int
	code      string
	substr    string
}

func (e expected) String() string {
	s := e.file
	if e.line > 0 {
		s += ":" + strconv.Itoa(e.line) + ":" + strconv.Itoa(e.col)
	}
	return s + ": " + e.code
}

// matches reports whether p is the expected problem.
func (e expected) matches(p diag.Problem) bool {
	return p.File == e.file && p.Pos.Line == e.line && p.Pos.Col == e.col && p.Code == e.code &&
		strings.Contains(p.Message.UK, e.substr)
}

var expectLine = regexp.MustCompile(`^("(?:[^"\\]|\\.)*"|[^:\s]+)(?::(\d+):(\d+))?: ([a-z0-9-]+)(?:\s+(.*))?$`)

func readExpect(t *testing.T, file string) []expected {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []expected
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		m := expectLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("%s:%d: cannot read %q", file, n, l)
		}
		e := expected{file: m[1], code: m[4], substr: strings.TrimSpace(m[5])}
		if strings.HasPrefix(e.file, `"`) {
			if e.file, err = strconv.Unquote(e.file); err != nil {
				t.Fatalf("%s:%d: %v", file, n, err)
			}
		}
		e.line, _ = strconv.Atoi(m[2])
		e.col, _ = strconv.Atoi(m[3])
		out = append(out, e)
	}
	return out
}

// brokenSite makes the case's site in a temporary folder.
func brokenSite(t *testing.T, caseDir string) string {
	t.Helper()
	site := copySite(t, "testdata/sites/small")
	control := map[string]bool{"expect.txt": true, "DELETE": true, "LINK": true, "GROW": true, "RENAME": true, "FIFO": true}
	err := filepath.WalkDir(caseDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(caseDir, p)
		if d.IsDir() {
			if rel == "_outside" {
				return fs.SkipDir
			}
			return nil
		}
		if control[rel] {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		target := filepath.Join(site, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range controlLines(t, filepath.Join(caseDir, "DELETE")) {
		if err := os.RemoveAll(filepath.Join(site, filepath.FromSlash(l))); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range controlLines(t, filepath.Join(caseDir, "LINK")) {
		from, to, ok := strings.Cut(l, " -> ")
		if !ok {
			t.Fatalf("LINK: %q is not \"site/path -> case/path\"", l)
		}
		abs, _ := filepath.Abs(filepath.Join(caseDir, filepath.FromSlash(to)))
		link := filepath.Join(site, filepath.FromSlash(from))
		os.MkdirAll(filepath.Dir(link), 0o755)
		if err := os.Symlink(abs, link); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range controlLines(t, filepath.Join(caseDir, "GROW")) {
		f := strings.Fields(l)
		size, err := strconv.Atoi(f[len(f)-1])
		if len(f) != 2 || err != nil {
			t.Fatalf("GROW: %q is not \"site/path bytes\"", l)
		}
		p := filepath.Join(site, filepath.FromSlash(f[0]))
		data, _ := os.ReadFile(p)
		filler := []byte("Рядок, що повторюється, щоб файл став завеликим.\n")
		for len(data) < size {
			data = append(data, filler...)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range controlLines(t, filepath.Join(caseDir, "RENAME")) {
		from, to, ok := strings.Cut(l, " -> ")
		name, err := strconv.Unquote(to)
		if !ok || err != nil {
			t.Fatalf("RENAME: %q is not \"site/path -> \"name\"\"", l)
		}
		old := filepath.Join(site, filepath.FromSlash(from))
		if err := os.Rename(old, filepath.Join(filepath.Dir(old), name)); err != nil {
			t.Skipf("this file system cannot hold the name %q: %v", name, err)
		}
	}
	for _, l := range controlLines(t, filepath.Join(caseDir, "FIFO")) {
		if err := mkfifo(filepath.Join(site, filepath.FromSlash(l))); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}
	return site
}

// controlLines returns the non-empty, non-comment lines of an optional file.
func controlLines(t *testing.T, file string) []string {
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// TestBrokenContent runs Check and Build on every case of the corpus.
func TestBrokenContent(t *testing.T) {
	cases, err := os.ReadDir(brokenDir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		n++
		caseDir := filepath.Join(brokenDir, c.Name())
		t.Run(c.Name(), func(t *testing.T) {
			t.Parallel()
			runBrokenCase(t, caseDir)
		})
	}
	if n < 110 {
		t.Errorf("the corpus has %d cases; it should cover at least 110 mistakes", n)
	}
}

func runBrokenCase(t *testing.T, caseDir string) {
	want := readExpect(t, filepath.Join(caseDir, "expect.txt"))
	site := brokenSite(t, caseDir)
	date := mustDate(t, brokenDate)

	got := New(WithRoot(site), WithDate(date)).Check(context.Background())
	got.Sort()
	var pretty bytes.Buffer
	got.Pretty(&pretty, "uk")
	t.Logf("plansite check:\n%s", pretty.String())
	compareProblems(t, want, got)

	for _, p := range got {
		checkPretty(t, site, p)
		checkLanguages(t, p)
	}
	checkTerminal(t, got)

	// Build into a folder that holds the previous site.
	out := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(filepath.Join(out, "measures"), 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("previous site\n"), 0o644)
	os.WriteFile(filepath.Join(out, "measures", "marker.txt"), []byte("previous site marker\n"), 0o644)
	os.WriteFile(filepath.Join(out, engine.Marker), []byte("an earlier build\n"), 0o644)
	before := snapshot(t, out)
	res, err := New(WithRoot(site), WithDate(date)).Build(context.Background(), out)
	after := snapshot(t, out)
	if got.HasErrors() {
		var list diag.ListError
		if !errors.As(err, &list) {
			t.Fatalf("Build error = %v, want the content problems", err)
		}
		if fmt.Sprint(diag.List(list)) != fmt.Sprint(got) {
			t.Errorf("Build reported other problems than Check:\n%v\nvs\n%v", diag.List(list), got)
		}
		if res != nil && len(res.Files) != 0 {
			t.Errorf("Build returned %d files although it failed", len(res.Files))
		}
		if fmt.Sprint(before) != fmt.Sprint(after) {
			t.Errorf("the previous site changed although the build failed:\nbefore %v\nafter  %v", keys(before), keys(after))
		}
	} else {
		if err != nil {
			t.Fatalf("Build failed on content with warnings only: %v", err)
		}
		if _, ok := after["measures/marker.txt"]; ok || len(after) == 0 {
			t.Errorf("a clean build did not replace the previous site")
		}
		checkInert(t, after)
	}
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// compareProblems wants exactly the expected problems, no more, no fewer.
func compareProblems(t *testing.T, want []expected, got diag.List) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, p := range got {
			if !used[i] && w.matches(p) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing: %s %s", w, w.substr)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected: %s: %s  [%s]", p.Where(), p.Code, p.Message.UK)
		}
	}
}

// checkPretty wants the offending line of the file itself, and a caret
// under the reported column; for a problem with a whole file, its name
// with a caret.
func checkPretty(t *testing.T, site string, p diag.Problem) {
	t.Helper()
	var buf bytes.Buffer
	diag.List{p}.Pretty(&buf, "uk")
	out := buf.String()
	if p.Pos.Line == 0 {
		if !strings.Contains(out, "| "+diag.Printable(p.File)+"\n") || !strings.Contains(out, "^") {
			t.Errorf("%s: no file name with a caret in\n%s", p.Where(), out)
		}
		return
	}
	lines := fileLines(t, filepath.Join(site, filepath.FromSlash(p.File)))
	if p.Pos.Line > len(lines) {
		t.Errorf("%s: line %d is past the end of the file (%d lines)", p.Where(), p.Pos.Line, len(lines))
		return
	}
	src := lines[p.Pos.Line-1]
	if p.Pos.Col < 1 || p.Pos.Col > utf8.RuneCountInString(src)+1 {
		t.Errorf("%s: column %d is outside the line %q", p.Where(), p.Pos.Col, src)
		return
	}
	if utf8.RuneCountInString(src) > 200 {
		// A long line is shown around the caret (diag tests that).
		if strings.Contains(out, "…") && strings.Contains(out, "^") {
			return
		}
		t.Errorf("%s: a long line is not shown around the caret:\n%s", p.Where(), out)
		return
	}
	wantSrc := fmt.Sprintf("%6d | %s\n", p.Pos.Line, strings.ReplaceAll(src, "\t", "    "))
	if !strings.Contains(out, wantSrc) {
		t.Errorf("%s: the source line %q is not shown in\n%s", p.Where(), src, out)
	}
	var pad strings.Builder
	for i, r := range []rune(src) {
		if i >= p.Pos.Col-1 {
			break
		}
		if r == '\t' {
			pad.WriteString("    ")
		} else {
			pad.WriteByte(' ')
		}
	}
	if !strings.Contains(out, "\n       | "+pad.String()+"^") {
		t.Errorf("%s: no caret at column %d in\n%s", p.Where(), p.Pos.Col, out)
	}
}

// checkTerminal wants no character that a terminal acts on in what check
// prints, in any format: content is written by anyone who can commit.
func checkTerminal(t *testing.T, got diag.List) {
	t.Helper()
	var b bytes.Buffer
	got.Pretty(&b, "uk")
	got.Pretty(&b, "en")
	got.GitHub(&b, "uk")
	for _, r := range b.String() {
		if r != '\n' && r != '\t' && diag.Printable(string(r)) != string(r) {
			t.Errorf("check prints the control character %U:\n%s", r, b.String())
			return
		}
	}
}

// fileLines returns a content file's lines as staff see them: without a
// byte order mark and with any line ending.
func fileLines(t *testing.T, file string) []string {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	// Bytes that are not UTF-8 are shown as U+FFFD, one for a run.
	return strings.Split(strings.ToValidUTF8(s, "\uFFFD"), "\n")
}

// quoted matches a quoted part of an English message: names and values
// from the content, which may well be Ukrainian.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|«[^»]*»`)

// checkLanguages wants a Ukrainian message and hint, and English ones
// that are English apart from quoted content.
func checkLanguages(t *testing.T, p diag.Problem) {
	t.Helper()
	hasCyrillic := func(s string) bool {
		for _, r := range s {
			if unicode.Is(unicode.Cyrillic, r) {
				return true
			}
		}
		return false
	}
	if !hasCyrillic(p.Message.UK) {
		t.Errorf("%s: the Ukrainian message is not Ukrainian: %q", p.Where(), p.Message.UK)
	}
	if p.Hint.UK == "" || p.Hint.EN == "" {
		t.Errorf("%s: %s has no advice on how to fix it", p.Where(), p.Code)
	} else if !hasCyrillic(p.Hint.UK) {
		t.Errorf("%s: the Ukrainian hint is not Ukrainian: %q", p.Where(), p.Hint.UK)
	}
	for _, s := range []string{p.Message.EN, p.Hint.EN} {
		if hasCyrillic(quoted.ReplaceAllString(s, `""`)) {
			t.Errorf("%s: the English text has Ukrainian outside quotes: %q", p.Where(), s)
		}
	}
	var en bytes.Buffer
	diag.List{p}.Pretty(&en, "en")
	if strings.Contains(en.String(), "помилка") || strings.Contains(en.String(), "як виправити") {
		t.Errorf("%s: --lang en shows Ukrainian labels:\n%s", p.Where(), en.String())
	}
}

// TestFutureNoteIsAWarning builds a site with a note dated after the build
// date: the build succeeds and replaces the previous site, the note is
// reported as a warning, and it is not published yet.
func TestFutureNoteIsAWarning(t *testing.T) {
	site := brokenSite(t, filepath.Join(brokenDir, "56-future-note-warning"))
	out := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "marker.txt"), []byte("previous site\n"), 0o644)
	os.WriteFile(filepath.Join(out, engine.Marker), []byte("an earlier build\n"), 0o644)
	res, err := New(WithRoot(site), WithDate(mustDate(t, brokenDate))).Build(context.Background(), out)
	if err != nil {
		t.Fatalf("a warning stopped the build: %v", err)
	}
	if len(res.Problems) != 1 || res.Problems[0].Severity != diag.Warning || res.Problems[0].Code != "future-note" {
		t.Errorf("problems = %v, want one future-note warning", res.Problems)
	}
	got := snapshot(t, out)
	if _, ok := got["marker.txt"]; ok {
		t.Error("the previous site was not replaced")
	}
	if _, ok := got["town-2020/notes/2020-12-20-komitet/index.html"]; !ok {
		t.Error("the site's other notes are missing")
	}
	for p := range got {
		if strings.Contains(p, "2023-06-01-zasidannia") {
			t.Errorf("the future note is published already: %s", p)
		}
	}
	// Built on its date, it is published and there is nothing to report.
	res, err = New(WithRoot(site), WithDate(mustDate(t, "2023-06-01"))).Generate(context.Background())
	if err != nil || len(res.Problems) != 0 {
		t.Fatalf("on the note's date: %v %v", err, res.Problems)
	}
	if _, ok := res.Files["town-2020/notes/2023-06-01-zasidannia/index.html"]; !ok {
		t.Error("the note is not published on its date")
	}
}

// TestFutureValueIsAWarning: a value dated after the build date does not
// stop the build, and it is not published (in the data or the chart) until
// a build on or after its date.
func TestFutureValueIsAWarning(t *testing.T) {
	site := brokenSite(t, filepath.Join(brokenDir, "72-future-value-warning"))
	res, err := New(WithRoot(site), WithDate(mustDate(t, brokenDate))).Generate(context.Background())
	if err != nil {
		t.Fatalf("a warning stopped the build: %v", err)
	}
	values := string(res.Files["data/indicator-values.csv"])
	if !strings.Contains(values, ",2021-05-31,61,") || strings.Contains(values, ",99,") {
		t.Errorf("indicator values as of %s:\n%s", brokenDate, values)
	}
	res, err = New(WithRoot(site), WithDate(mustDate(t, "2023-07-01"))).Generate(context.Background())
	if err != nil || len(res.Problems) != 0 {
		t.Fatalf("on a later date: %v %v", err, res.Problems)
	}
	if values := string(res.Files["data/indicator-values.csv"]); !strings.Contains(values, ",2023-06-30,99,") {
		t.Errorf("the value is not published on its date:\n%s", values)
	}
}

// TestCheckRefusesNamedPipe: a named pipe where a note should be is an
// unreadable file for check and for build (which stamps its input files
// first), not a read that waits forever.
func TestCheckRefusesNamedPipe(t *testing.T) {
	site := copySite(t, "testdata/sites/small")
	note := "content/plans/town-2020/notes/2021-03-01-pipe.md"
	if err := mkfifo(filepath.Join(site, filepath.FromSlash(note))); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan diag.List, 1)
	go func() { done <- New(WithRoot(site), WithDate(mustDate(t, brokenDate))).Check(context.Background()) }()
	select {
	case got := <-done:
		compareProblems(t, []expected{{file: note, code: "unreadable", substr: "це не звичайний файл (це іменований канал)"}}, got)
	case <-time.After(10 * time.Second):
		t.Fatal("check waits on a named pipe")
	}
	built := make(chan error, 1)
	go func() {
		_, err := New(WithRoot(site), WithDate(mustDate(t, brokenDate))).Build(context.Background(), filepath.Join(t.TempDir(), "public"))
		built <- err
	}()
	select {
	case err := <-built:
		var list diag.ListError
		if !errors.As(err, &list) {
			t.Errorf("build with a named pipe: %v, want the content problem", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("build waits on a named pipe")
	}
}
