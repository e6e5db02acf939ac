package source

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/problem"
)

// isNoteFile reports whether a name in a notes folder is a note: a file
// ending in ".md" whose name does not start with "." (hidden files such
// as .gitkeep belong to tools). listNotes reads exactly these.
func isNoteFile(name string, dir bool) bool {
	return !dir && strings.HasSuffix(name, ".md") && !strings.HasPrefix(name, ".")
}

// markdownExts are the other endings editors give Markdown files.
var markdownExts = []string{".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".md.txt"}

// StrayNotes reports the entries of a notes folder that listNotes passes
// over: a near miss ("звіт.MD", "x.markdown", "x.md " with a space) is an
// error, with the name to give it; a subfolder is an error, for notes in
// it are not read; any other file is a warning.
func StrayNotes(root, dir string) diag.List {
	entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(dir)))
	if err != nil {
		return nil
	}
	var l diag.List
	for _, e := range entries {
		name := e.Name()
		if isNoteFile(name, e.IsDir()) || strings.HasPrefix(name, ".") {
			continue
		}
		file := path.Join(dir, name)
		if e.IsDir() {
			l.Add(problem.NoteFolder.At(file, diag.Pos{}, name, dir))
			continue
		}
		if fixed, ok := noteNameFor(name); ok {
			l.Add(problem.StrayNote.At(file, diag.Pos{}, name, diag.Text{
				UK: "перейменуйте файл на «" + fixed + "»", EN: "rename the file to \"" + fixed + "\""}))
			continue
		}
		l.Add(problem.OtherFile.At(file, diag.Pos{}, name))
	}
	return l
}

// noteNameFor returns the note file name a near miss was meant to be:
// the name without spaces around it, its Markdown ending written ".md".
func noteNameFor(name string) (string, bool) {
	trimmed := strings.TrimSpace(name)
	lower := strings.ToLower(trimmed)
	for _, ext := range markdownExts {
		if !strings.HasSuffix(lower, ext) {
			continue
		}
		if stem := strings.TrimSpace(trimmed[:len(trimmed)-len(ext)]); stem != "" {
			return stem + ".md", true
		}
	}
	return "", false
}
