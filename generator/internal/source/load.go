// Package source is the load stage: it reads a site's content files —
// config.toml, the executor registry, the glossary, the strategies, and
// each plan's folder with its notes — and decodes them with the positions
// of their keys. It reports what every file must be by itself (inside the
// site folder, an ordinary file, not empty, not huge, UTF-8, well-formed
// TOML and front matter) at file:line:column; what files say of each
// other is checked by internal/check.
package source

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
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/tomldecode"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// Size limits keep a mistaken commit (a pasted scan, a log file) from
// stalling the build; real plans are ~100 KiB, notes a few KiB.
// MaxPlanBytes bounds every TOML file, maxNoteBytes a note.
const (
	MaxPlanBytes = 8 << 20
	maxNoteBytes = 1 << 20
)

// Sources is what every plan is checked and built with, as LoadGlobals
// read it: every file decoded, with positions.
type Sources struct {
	Root       string // the site folder
	ContentDir string // slash path of the content folder under Root
	// Config is config.toml with its defaults filled in; ConfigFile is the
	// file as written, for the checks of its values.
	Config     model.Config
	ConfigFile File[model.Config]
	Registry   File[content.Registry]
	Glossary   File[content.Glossary]
	Strategy   File[content.Strategies]
}

// File is a decoded TOML file with the positions of its keys.
type File[T any] struct {
	Path  string // slash path relative to the site root
	Data  T
	Index *tomldecode.Index // nil when the file is missing or broken
	Found bool              // the file exists and was decoded
	// Failed means the file exists but could not be read or parsed (and
	// that was reported): what refers to it is not checked against it,
	// so one broken file is one problem, not one per reference.
	Failed bool
	// Reported holds key paths whose problems were reported already.
	Reported map[string]bool
}

// Pos returns the position of the key at path, for diagnostics.
func (f *File[T]) Pos(path string) diag.Pos { return f.Index.Pos(path, false) }

// Problem makes a problem at the key path (at its value when value is
// true, else at its key), with the source line attached.
func (f *File[T]) Problem(k diag.Kind, path string, value bool, args ...any) diag.Problem {
	p := k.At(f.Path, f.Index.Pos(path, value), args...)
	if f.Index != nil && p.Pos.Line > 0 {
		p.Source = f.Index.Line(p.Pos.Line)
	}
	return p
}

// Plan is one plan's folder, as LoadPlan read it.
type Plan struct {
	Root       string // the site folder
	Dir        string // folder name, e.g. "svatove-2019"
	Plan       File[content.Plan]
	Monitoring File[content.Monitoring]
	Areas      File[content.AreaMap]
	Notes      []*Note
	// Broken are notes whose header could not be read: only their
	// Markdown body is checked, and they go no further than validate.
	Broken []*Note
}

// EvidenceDir is the folder of a plan's local evidence files: the notes
// of the plan and its demonstration notes name files in it.
func (ps *Plan) EvidenceDir() string { return path.Join(path.Dir(ps.Plan.Path), "evidence") }

// Note is one progress note.
type Note struct {
	Path      string // slash path relative to the site root
	Slug      string // file name without .md; the note's URL segment
	Demo      bool   // a demonstration note (content/demo/)
	Note      content.Note
	Index     *tomldecode.Index // of the front matter; nil when it could not be read
	Reported  map[string]bool   // key paths whose problems were reported
	frontLine int               // file line where the front matter starts
	BodyLine  int               // file line where the Markdown body starts
	// Fence is the closing "+++" line as written: a missing field is
	// shown there, where it is to be added.
	Fence string
}

// Problem makes a problem at a front-matter key path of the note.
func (n *Note) Problem(k diag.Kind, path string, value bool, args ...any) diag.Problem {
	var pos diag.Pos
	if n.Index != nil {
		pos = n.Index.Pos(path, value)
		if pos.Line > 0 {
			src := n.Index.Line(pos.Line)
			pos.Line += n.frontLine - 1
			p := k.At(n.Path, pos, args...)
			p.Source = src
			return p
		}
	}
	return k.At(n.Path, pos, args...)
}

// LoadGlobals reads config.toml, the executor registry, the glossary and
// the strategies: what every plan is checked and built with. ok is false when the content
// folder itself is unknown (config.toml is broken, or content.dir is bad),
// so that nothing more can be read. The values of config.toml are checked
// by check.Config.
func LoadGlobals(root string) (s *Sources, problems diag.List, ok bool) {
	s = &Sources{Root: root}
	cfg, p := ReadTOML[model.Config](root, "config.toml", MaxPlanBytes, true)
	problems.Add(p...)
	s.Config = cfg.Data
	s.ConfigFile = cfg
	s.Config.Defaults()
	// Content is still read when config.toml has a mistake, so that every
	// problem is reported at once, unless the content folder itself is
	// unknown: a broken config.toml, or a bad content.dir.
	if cfg.Failed || cfg.Reported["content"] || cfg.Reported["content.dir"] || Escapes(s.Config.Content.Dir) {
		return s, problems, false
	}
	s.ContentDir = path.Clean(strings.ReplaceAll(s.Config.Content.Dir, "\\", "/"))
	reg, p := ReadTOML[content.Registry](root, path.Join(s.ContentDir, "executors.toml"), MaxPlanBytes, false)
	problems.Add(p...)
	s.Registry = reg
	s.Glossary, p = ReadTOML[content.Glossary](root, path.Join(s.ContentDir, "glossary.toml"), MaxPlanBytes, false)
	problems.Add(p...)
	s.Strategy, p = ReadTOML[content.Strategies](root, path.Join(s.ContentDir, "strategy.toml"), MaxPlanBytes, false)
	problems.Add(p...)
	return s, problems, true
}

// PlanDirs lists the plan folders (those holding a plan.toml), sorted.
func PlanDirs(s *Sources) ([]string, diag.List) {
	files, err := filepath.Glob(filepath.Join(s.Root, filepath.FromSlash(s.ContentDir), "plans", "*", "plan.toml"))
	if err != nil || len(files) == 0 {
		return nil, diag.List{problem.NoPlans.At(s.ContentDir, diag.Pos{}, s.ContentDir)}
	}
	dirs := make([]string, len(files))
	for i, f := range files {
		dirs[i] = filepath.Base(filepath.Dir(f))
	}
	sort.Strings(dirs)
	return dirs, nil
}

// StrayFolders reports plan folders without a plan.toml and demonstration
// folders of no plan: both are passed over, which staff should know.
func StrayFolders(s *Sources, dirs []string) diag.List {
	plans := map[string]bool{}
	for _, d := range dirs {
		plans[d] = true
	}
	var l diag.List
	for _, name := range FolderNames(s.Root, path.Join(s.ContentDir, "plans")) {
		if dir, ok := strings.CutSuffix(name, "/"); ok && !plans[dir] && !strings.HasPrefix(dir, ".") {
			l.Add(problem.PlanFolderEmpty.At(path.Join(s.ContentDir, "plans", dir), diag.Pos{}, path.Join(s.ContentDir, "plans", dir)))
		}
	}
	if s.Config.Content.Demo {
		for _, name := range FolderNames(s.Root, path.Join(s.ContentDir, "demo")) {
			if dir, ok := strings.CutSuffix(name, "/"); ok && !plans[dir] && !strings.HasPrefix(dir, ".") {
				l.Add(problem.DemoNoPlan.At(path.Join(s.ContentDir, "demo", dir), diag.Pos{}, path.Join(s.ContentDir, "demo", dir), dir))
			}
		}
	}
	return l
}

// FolderNames lists the names in the folder dir (a slash path under root),
// sorted, folders with a trailing slash; nil when it cannot be read.
func FolderNames(root, dir string) []string {
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

// PlanFiles lists the input files of the plan in folder dir that exist:
// plan.toml, indicators.toml, areas.toml, the adopted text, the notes and, when
// switched on, the demonstration notes. The engine stamps them to tell
// whether the plan changed.
func PlanFiles(s *Sources, dir string) []string {
	base := path.Join(s.ContentDir, "plans", dir)
	var files []string
	for _, name := range []string{"plan.toml", "indicators.toml", "areas.toml", "source.txt"} {
		if _, err := os.Lstat(filepath.Join(s.Root, filepath.FromSlash(base), name)); err == nil {
			files = append(files, path.Join(base, name))
		}
	}
	files = append(files, listNotes(s.Root, path.Join(base, "notes"))...)
	files = append(files, listEvidence(s.Root, path.Join(base, "evidence"))...)
	if s.Config.Content.Demo {
		files = append(files, listNotes(s.Root, path.Join(s.ContentDir, "demo", dir))...)
	}
	return files
}

// LoadPlan reads the plan in folder dir: plan.toml, indicators.toml,
// areas.toml and its notes.
func LoadPlan(s *Sources, dir string) (*Plan, diag.List) {
	var problems diag.List
	base := path.Join(s.ContentDir, "plans", dir)
	ps := &Plan{Root: s.Root, Dir: dir}
	var p diag.List
	ps.Plan, p = ReadTOML[content.Plan](s.Root, path.Join(base, "plan.toml"), MaxPlanBytes, true)
	problems.Add(p...)
	ps.Monitoring, p = ReadTOML[content.Monitoring](s.Root, path.Join(base, "indicators.toml"), MaxPlanBytes, false)
	problems.Add(p...)
	ps.Areas, p = ReadTOML[content.AreaMap](s.Root, path.Join(base, "areas.toml"), MaxPlanBytes, false)
	problems.Add(p...)
	noteFiles := listNotes(s.Root, path.Join(base, "notes"))
	if s.Config.Content.Demo {
		noteFiles = append(noteFiles, listNotes(s.Root, path.Join(s.ContentDir, "demo", dir))...)
	}
	notes, p := loadNotes(s.Root, noteFiles, path.Join(s.ContentDir, "demo")+"/")
	problems.Add(p...)
	for _, n := range notes {
		if n.Index == nil {
			ps.Broken = append(ps.Broken, n)
		} else {
			ps.Notes = append(ps.Notes, n)
		}
	}
	return ps, problems
}

// HasDemoNotes reports whether demonstration notes are switched on and any
// plan has some: every page then says that it shows demonstration data.
func HasDemoNotes(s *Sources, dirs []string) bool {
	if !s.Config.Content.Demo {
		return false
	}
	for _, dir := range dirs {
		if len(listNotes(s.Root, path.Join(s.ContentDir, "demo", dir))) > 0 {
			return true
		}
	}
	return false
}

// listNotes returns the .md files in dir, sorted, as slash paths; what
// else is there StrayNotes reports.
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

// listEvidence lists the files of a plan's evidence folder, for the engine
// to tell whether the plan changed: a file replaced under the same name
// changes its pages (the checksum) and the file published.
func listEvidence(root, dir string) []string {
	var out []string
	base := filepath.Join(root, filepath.FromSlash(dir))
	filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || len(out) >= 10000 {
			return nil
		}
		rel, _ := filepath.Rel(base, p)
		out = append(out, path.Join(dir, filepath.ToSlash(rel)))
		return nil
	})
	return out
}

// loadNotes reads notes in parallel; the order of the result follows files.
func loadNotes(root string, files []string, demoPrefix string) ([]*Note, diag.List) {
	notes := make([]*Note, len(files))
	probs := make([]diag.List, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				notes[i], probs[i] = LoadNote(root, files[i], strings.HasPrefix(files[i], demoPrefix))
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	var all diag.List
	var out []*Note
	for i := range files {
		all.Add(probs[i]...)
		if notes[i] != nil {
			out = append(out, notes[i])
		}
	}
	return out, all
}

// LoadNote reads one note. It returns nil when there is nothing to check
// further; a note whose header cannot be read comes back without an index,
// so that its Markdown body is still checked.
func LoadNote(root, file string, demo bool) (*Note, diag.List) {
	data, problems := readSource(root, file, maxNoteBytes)
	if data == nil {
		return nil, problems
	}
	n := &Note{Path: file, Slug: strings.TrimSuffix(path.Base(file), ".md"), Demo: demo}
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
	n.frontLine, n.BodyLine = parts.FrontLine, parts.BodyLine
	if lines := bytes.Split(data, []byte("\n")); parts.BodyLine-2 < len(lines) {
		n.Fence = strings.TrimSuffix(string(lines[parts.BodyLine-2]), "\r")
	}
	n.Note.Body = string(parts.Body)
	idx, reported, p := tomldecode.Decode(file, parts.Front, &n.Note, parts.FrontLine-1)
	problems.Add(p...)
	n.Index, n.Reported = idx, reported
	return n, problems
}

func firstLine(b []byte) string {
	l, _, _ := bytes.Cut(b, []byte("\n"))
	return string(l)
}

// ReadTOML reads and decodes one TOML file. A missing optional file is no
// problem; a missing required one is.
func ReadTOML[T any](root, file string, limit int, required bool) (File[T], diag.List) {
	f := File[T]{Path: file}
	if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(file))); errors.Is(err, fs.ErrNotExist) {
		if required && file != "config.toml" {
			return f, diag.List{problem.MissingFile.At(file, diag.Pos{}, path.Base(file))}
		}
		return f, nil
	}
	data, problems := readSource(root, file, limit)
	if data == nil {
		f.Failed = true
		return f, problems
	}
	idx, reported, p := tomldecode.Decode(file, data, &f.Data, 0)
	f.Index, f.Found, f.Failed, f.Reported = idx, idx != nil, idx == nil, reported
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
	} else if OutsideRoot(root, real) {
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

// OutsideRoot reports whether real, a path with its links resolved, lies
// outside the site folder root: a file, or a folder on its way, may be a
// symbolic link to anywhere.
func OutsideRoot(root, real string) bool {
	rootReal, _ := filepath.EvalSymlinks(root)
	rel, err := filepath.Rel(rootReal, real)
	return err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// Escapes reports whether a relative path leaves its base folder.
func Escapes(p string) bool {
	p = strings.ReplaceAll(p, "\\", "/")
	if path.IsAbs(p) {
		return true
	}
	c := path.Clean(p)
	return c == ".." || strings.HasPrefix(c, "../")
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
