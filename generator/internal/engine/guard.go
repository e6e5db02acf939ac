package engine

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// UnsafeOut is the error of an output folder a build must not write to.
type UnsafeOut struct {
	Out    string
	UK, EN string // why, and what to do
}

func (e *UnsafeOut) Error() string {
	return "не можу писати сайт у " + e.Out + ": " + e.UK + " (cannot write the site into " + e.Out + ": " + e.EN + ")"
}

// CheckOut refuses an output folder whose replacement would destroy
// something: the site folder itself or a folder above it, a folder inside
// one of the sources (content, themes), a file, or a folder with files that
// no plansite build made. A build replaces its output folder whole, so
// `--out content` would otherwise delete the content.
func CheckOut(out, root string, sources ...string) error {
	abs, err := realPath(out)
	if err != nil {
		return err
	}
	rootAbs, err := realPath(root)
	if err != nil {
		return err
	}
	bad := func(uk, en string) error { return &UnsafeOut{Out: out, UK: uk, EN: en} }
	if within(rootAbs, abs) {
		return bad("це тека сайту або тека, що її містить; сайт пишуть в окрему теку, наприклад public",
			"it is the site folder or a folder holding it; write the site into a folder of its own, such as public")
	}
	for _, src := range sources {
		s, err := realPath(src)
		if err == nil && (within(abs, s) || within(s, abs)) {
			return bad("ця тека містить вихідні файли ("+filepath.Base(src)+"); оберіть іншу, наприклад public",
				"it holds source files ("+filepath.Base(src)+"); choose another, such as public")
		}
	}
	fi, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.IsDir():
		return bad("це файл, а не тека", "it is a file, not a folder")
	}
	if ok, err := ownFolder(out); err != nil || !ok {
		if err != nil {
			return err
		}
		return bad("у теці є файли, яких plansite не створював; оберіть порожню теку або видаліть цю, якщо вона не потрібна",
			"the folder holds files plansite did not make; choose an empty folder, or delete this one if nothing in it is needed")
	}
	return nil
}

// ownFolder reports whether dir is empty or was made by a plansite build:
// it has the marker, or, for a site built before the marker existed, the
// search index manifest and the home page every build writes.
func ownFolder(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		return err == nil, err
	}
	for _, name := range []string{Marker, filepath.Join("search", "manifest.json")} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			_, err := os.Stat(filepath.Join(dir, "index.html"))
			return err == nil || name == Marker, nil
		}
	}
	return false, nil
}

// realPath is the absolute path of p with symbolic links resolved, as far
// as p exists.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest), nil
		}
		if filepath.Dir(dir) == dir {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}

// within reports whether path is dir or lies inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
