package generator

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/tomldecode"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// Size limits keep a mistaken commit (a pasted scan, a log file) from
// stalling the build; real plans are ~100 KiB, notes a few KiB.
const (
	maxPlanBytes = 8 << 20
	maxNoteBytes = 1 << 20
)

// sources is what the load stage read: every file decoded, with positions.
type sources struct {
	root       string
	contentDir string // slash path of the content folder under root
	config     Config
	configIdx  *tomldecode.Index
	registry   tomlFile[content.Registry]
	glossary   tomlFile[content.Glossary]
	strategy   tomlFile[content.Strategies]
	plans      []*planSource
}

// tomlFile is a decoded TOML file with the positions of its keys.
type tomlFile[T any] struct {
	file  string // slash path relative to the site root
	data  T
	idx   *tomldecode.Index
	found bool
	// failed means the file exists but could not be read or parsed (and
	// that was reported): what refers to it is not checked against it,
	// so one broken file is one problem, not one per reference.
	failed bool
	// reported holds key paths whose problems were reported already.
	reported map[string]bool
}

// pos returns the position of the key at path, for diagnostics.
func (f *tomlFile[T]) pos(path string) diag.Pos { return f.idx.Pos(path, false) }

// problem makes a problem at the key path, with the source line attached.
func (f *tomlFile[T]) problem(k diag.Kind, path string, value bool, args ...any) diag.Problem {
	p := k.At(f.file, f.idx.Pos(path, value), args...)
	if f.idx != nil && p.Pos.Line > 0 {
		p.Source = f.idx.Line(p.Pos.Line)
	}
	return p
}

// planSource is one plan's folder.
type planSource struct {
	root       string // the site folder
	dir        string // folder name, e.g. "svatove-2019"
	plan       tomlFile[content.Plan]
	monitoring tomlFile[content.Monitoring]
	areas      tomlFile[content.AreaMap]
	notes      []*noteSource
	// broken are notes whose header could not be read: only their
	// Markdown body is checked, and they go no further than validate.
	broken []*noteSource
}

// noteSource is one progress note.
type noteSource struct {
	file      string
	slug      string // file name without .md; the note's URL segment
	demo      bool
	note      content.Note
	idx       *tomldecode.Index
	reported  map[string]bool // key paths whose problems were reported
	frontLine int             // file line where the front matter starts
	bodyLine  int             // file line where the Markdown body starts
	// fence is the closing "+++" line as written: a missing field is
	// shown there, where it is to be added.
	fence string
}

// problem makes a problem at a front-matter key path of the note.
func (n *noteSource) problem(k diag.Kind, path string, value bool, args ...any) diag.Problem {
	var pos diag.Pos
	if n.idx != nil {
		pos = n.idx.Pos(path, value)
		if pos.Line > 0 {
			src := n.idx.Line(pos.Line)
			pos.Line += n.frontLine - 1
			p := k.At(n.file, pos, args...)
			p.Source = src
			return p
		}
	}
	return k.At(n.file, pos, args...)
}

// loadGlobals reads config.toml, the executor registry, the glossary and
// the strategies: what every plan is checked and built with. ok is false when the content
// folder itself is unknown (config.toml is broken, or content.dir is bad),
// so that nothing more can be read.
func loadGlobals(root string) (s *sources, problems diag.List, ok bool) {
	s = &sources{root: root}
	cfg, p := readTOML[Config](root, "config.toml", maxPlanBytes, true)
	problems.Add(p...)
	s.config = cfg.data
	s.configIdx = cfg.idx
	s.config.Defaults()
	problems.Add(checkConfig(root, &s.config, &cfg)...)
	// Content is still read when config.toml has a mistake, so that every
	// problem is reported at once, unless the content folder itself is
	// unknown: a broken config.toml, or a bad content.dir.
	if cfg.failed || cfg.reported["content"] || cfg.reported["content.dir"] || escapes(s.config.Content.Dir) {
		return s, problems, false
	}
	s.contentDir = path.Clean(strings.ReplaceAll(s.config.Content.Dir, "\\", "/"))
	reg, p := readTOML[content.Registry](root, path.Join(s.contentDir, "executors.toml"), maxPlanBytes, false)
	problems.Add(p...)
	s.registry = reg
	s.glossary, p = readTOML[content.Glossary](root, path.Join(s.contentDir, "glossary.toml"), maxPlanBytes, false)
	problems.Add(p...)
	s.strategy, p = readTOML[content.Strategies](root, path.Join(s.contentDir, "strategy.toml"), maxPlanBytes, false)
	problems.Add(p...)
	return s, problems, true
}

// planDirs lists the plan folders (those holding a plan.toml), sorted.
func planDirs(s *sources) ([]string, diag.List) {
	files, err := filepath.Glob(filepath.Join(s.root, filepath.FromSlash(s.contentDir), "plans", "*", "plan.toml"))
	if err != nil || len(files) == 0 {
		return nil, diag.List{problem.NoPlans.At(s.contentDir, diag.Pos{}, s.contentDir)}
	}
	dirs := make([]string, len(files))
	for i, f := range files {
		dirs[i] = filepath.Base(filepath.Dir(f))
	}
	sort.Strings(dirs)
	return dirs, nil
}

// strayFolders reports plan folders without a plan.toml and demonstration
// folders of no plan: both are passed over, which staff should know.
func strayFolders(s *sources, dirs []string) diag.List {
	plans := map[string]bool{}
	for _, d := range dirs {
		plans[d] = true
	}
	var l diag.List
	for _, name := range folderNames(s.root, path.Join(s.contentDir, "plans")) {
		if dir, ok := strings.CutSuffix(name, "/"); ok && !plans[dir] && !strings.HasPrefix(dir, ".") {
			l.Add(problem.PlanFolderEmpty.At(path.Join(s.contentDir, "plans", dir), diag.Pos{}, path.Join(s.contentDir, "plans", dir)))
		}
	}
	if s.config.Content.Demo {
		for _, name := range folderNames(s.root, path.Join(s.contentDir, "demo")) {
			if dir, ok := strings.CutSuffix(name, "/"); ok && !plans[dir] && !strings.HasPrefix(dir, ".") {
				l.Add(problem.DemoNoPlan.At(path.Join(s.contentDir, "demo", dir), diag.Pos{}, path.Join(s.contentDir, "demo", dir), dir))
			}
		}
	}
	return l
}

// folderNames lists the names in the folder dir (a slash path under root),
// sorted, folders with a trailing slash; nil when it cannot be read.
func folderNames(root, dir string) []string {
	entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(dir)))
	if err != nil {
		return nil
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
		if e.IsDir() {
			names[i] += "/"
		}
	}
	return names
}

// planFiles lists the input files of the plan in folder dir that exist:
// plan.toml, indicators.toml, areas.toml, the adopted text, the notes and, when
// switched on, the demonstration notes. The engine stamps them to tell
// whether the plan changed.
func planFiles(s *sources, dir string) []string {
	base := path.Join(s.contentDir, "plans", dir)
	var files []string
	for _, name := range []string{"plan.toml", "indicators.toml", "areas.toml", "source.txt"} {
		if _, err := os.Lstat(filepath.Join(s.root, filepath.FromSlash(base), name)); err == nil {
			files = append(files, path.Join(base, name))
		}
	}
	files = append(files, listNotes(s.root, path.Join(base, "notes"))...)
	files = append(files, listEvidence(s.root, path.Join(base, "evidence"))...)
	if s.config.Content.Demo {
		files = append(files, listNotes(s.root, path.Join(s.contentDir, "demo", dir))...)
	}
	return files
}

// loadPlan reads the plan in folder dir: plan.toml, indicators.toml,
// areas.toml and its notes.
func loadPlan(s *sources, dir string) (*planSource, diag.List) {
	var problems diag.List
	base := path.Join(s.contentDir, "plans", dir)
	ps := &planSource{root: s.root, dir: dir}
	var p diag.List
	ps.plan, p = readTOML[content.Plan](s.root, path.Join(base, "plan.toml"), maxPlanBytes, true)
	problems.Add(p...)
	ps.monitoring, p = readTOML[content.Monitoring](s.root, path.Join(base, "indicators.toml"), maxPlanBytes, false)
	problems.Add(p...)
	ps.areas, p = readTOML[content.AreaMap](s.root, path.Join(base, "areas.toml"), maxPlanBytes, false)
	problems.Add(p...)
	noteFiles := listNotes(s.root, path.Join(base, "notes"))
	if s.config.Content.Demo {
		noteFiles = append(noteFiles, listNotes(s.root, path.Join(s.contentDir, "demo", dir))...)
	}
	notes, p := loadNotes(s.root, noteFiles, path.Join(s.contentDir, "demo")+"/")
	problems.Add(p...)
	for _, n := range notes {
		if n.idx == nil {
			ps.broken = append(ps.broken, n)
		} else {
			ps.notes = append(ps.notes, n)
		}
	}
	return ps, problems
}

// hasDemoNotes reports whether demonstration notes are switched on and any
// plan has some: every page then says that it shows demonstration data.
func hasDemoNotes(s *sources, dirs []string) bool {
	if !s.config.Content.Demo {
		return false
	}
	for _, dir := range dirs {
		if len(listNotes(s.root, path.Join(s.contentDir, "demo", dir))) > 0 {
			return true
		}
	}
	return false
}

// listNotes returns the .md files in dir, sorted, as slash paths; what
// else is there validateNoteFiles reports.
func listNotes(root, dir string) []string {
	entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(dir)))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if isNoteFile(e.Name(), e.IsDir()) {
			out = append(out, path.Join(dir, e.Name()))
		}
	}
	return out
}

// loadNotes reads notes in parallel; the order of the result follows files.
func loadNotes(root string, files []string, demoPrefix string) ([]*noteSource, diag.List) {
	notes := make([]*noteSource, len(files))
	probs := make([]diag.List, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				notes[i], probs[i] = loadNote(root, files[i], strings.HasPrefix(files[i], demoPrefix))
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	var all diag.List
	var out []*noteSource
	for i := range files {
		all.Add(probs[i]...)
		if notes[i] != nil {
			out = append(out, notes[i])
		}
	}
	return out, all
}

// loadNote reads one note. It returns nil when there is nothing to check
// further; a note whose header cannot be read comes back without an index,
// so that its Markdown body is still checked.
func loadNote(root, file string, demo bool) (*noteSource, diag.List) {
	data, problems := readSource(root, file, maxNoteBytes)
	if data == nil {
		return nil, problems
	}
	n := &noteSource{file: file, slug: strings.TrimSuffix(path.Base(file), ".md"), demo: demo}
	parts, err := content.SplitNote(data)
	switch {
	case errors.Is(err, content.ErrNoFrontMatter):
		first := firstLine(data)
		kind := problem.FrontMissing
		if strings.TrimRight(first, " \t") == "---" {
			kind = problem.FrontYAML
		}
		p := kind.At(file, diag.Pos{Line: 1, Col: 1, Len: max(1, min(3, utf8.RuneCountInString(first)))})
		p.Source = first
		return nil, append(problems, p)
	case errors.Is(err, content.ErrFrontUnclosed):
		p := problem.FrontUnclosed.At(file, diag.Pos{Line: 1, Col: 1, Len: 3})
		p.Source = firstLine(data)
		return nil, append(problems, p)
	}
	n.frontLine, n.bodyLine = parts.FrontLine, parts.BodyLine
	if lines := bytes.Split(data, []byte("\n")); parts.BodyLine-2 < len(lines) {
		n.fence = strings.TrimSuffix(string(lines[parts.BodyLine-2]), "\r")
	}
	n.note.Body = string(parts.Body)
	idx, reported, p := tomldecode.Decode(file, parts.Front, &n.note, parts.FrontLine-1)
	problems.Add(p...)
	n.idx, n.reported = idx, reported
	return n, problems
}

func firstLine(b []byte) string {
	l, _, _ := bytes.Cut(b, []byte("\n"))
	return string(l)
}

// readTOML reads and decodes one TOML file. A missing optional file is no
// problem; a missing required one is.
func readTOML[T any](root, file string, limit int, required bool) (tomlFile[T], diag.List) {
	f := tomlFile[T]{file: file}
	if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(file))); errors.Is(err, fs.ErrNotExist) {
		if required && file != "config.toml" {
			return f, diag.List{problem.MissingFile.At(file, diag.Pos{}, path.Base(file))}
		}
		return f, nil
	}
	data, problems := readSource(root, file, limit)
	if data == nil {
		f.failed = true
		return f, problems
	}
	idx, reported, p := tomldecode.Decode(file, data, &f.data, 0)
	f.idx, f.found, f.failed, f.reported = idx, idx != nil, idx == nil, reported
	return f, append(problems, p...)
}

// readSource reads a content file and checks what every file must be:
// inside the site folder, not empty, not huge, UTF-8. A byte order mark is
// dropped and CRLF line ends become LF, so that editors on any system work.
func readSource(root, file string, limit int) ([]byte, diag.List) {
	abs := filepath.Join(root, filepath.FromSlash(file))
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		if fi, lerr := os.Lstat(abs); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return nil, diag.List{problem.DanglingLink.At(file, diag.Pos{})}
		}
	} else if outsideRoot(root, real) {
		return nil, diag.List{problem.LinkEscape.At(file, diag.Pos{}, filepath.ToSlash(real))}
	}
	data, size, err := readLimited(abs, limit)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is the problem's file already
		}
		var odd notRegularError
		if errors.As(err, &odd) {
			return nil, diag.List{problem.NotRegular.At(file, diag.Pos{}, odd.kind())}
		}
		return nil, diag.List{problem.Unreadable.At(file, diag.Pos{}, err.Error())}
	}
	if size > int64(limit) {
		return nil, diag.List{problem.TooLarge.At(file, diag.Pos{}, size>>10, limit>>10)}
	}
	data, bad := uktext.Normalize(data)
	if bad != nil {
		return nil, diag.List{notUTF8(file, bad)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, diag.List{problem.EmptyFile.At(file, diag.Pos{})}
	}
	return data, nil
}

// outsideRoot reports whether real, a path with its links resolved, lies
// outside the site folder root: a file, or a folder on its way, may be a
// symbolic link to anywhere.
func outsideRoot(root, real string) bool {
	rootReal, _ := filepath.EvalSymlinks(root)
	rel, err := filepath.Rel(rootReal, real)
	return err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// notUTF8 reports the first byte that is not UTF-8, at its line and column.
// Staff on Windows most often meet this with a file saved as Windows-1251,
// so when the line reads as Ukrainian in that encoding, the hint says so.
func notUTF8(file string, bad *uktext.Invalid) diag.Problem {
	p := problem.NotUTF8.At(file, diag.Pos{Line: bad.Line, Col: bad.Col, Len: 1}, bad.Byte)
	p.Source = bad.Text
	if bad.As1251 != "" {
		p = p.WithHint(diag.Text{UK: "схоже, його збережено в кодуванні Windows-1251: тоді цей рядок читається як «" + bad.As1251 + "»",
			EN: "it looks saved as Windows-1251: this line then reads " + strconv.Quote(bad.As1251)})
	}
	return p
}
