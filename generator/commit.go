package generator

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// The commit a site is built from. A citation of a measure names it, so
// that a reader can see the site exactly as the journalist did: the
// content of that commit built as of the citation's date gives the same
// pages. It is read from the site folder's own git checkout (the folder
// that holds config.toml is the top of the work tree), without running
// git where the files say it — HEAD, a loose ref, packed-refs, also in a
// linked work tree or a submodule — and with `git rev-parse` where they
// do not (a reftable repository). WithCommit overrides it: a CI checkout
// may be shallow or detached, or the site may sit in a subfolder.

// NoCommit is the WithCommit value that names no commit.
const NoCommit = "none"

// commitPattern is a commit id: SHA-1 or SHA-256, abbreviated or whole.
var commitPattern = regexp.MustCompile(`^[0-9a-f]{7,64}$`)

// WithCommit sets the commit the site is built from, as citations name
// it: an id in hex (abbreviated from 7 digits), or NoCommit to name none.
// Without it the commit is read from the site folder's git checkout.
func WithCommit(id string) Option { return func(b *Builder) { b.commit = id } }

// CheckCommit says what is wrong with an id given to WithCommit, if
// anything.
func CheckCommit(id string) error {
	if id == NoCommit || commitPattern.MatchString(id) {
		return nil
	}
	return fmt.Errorf("%q is not a commit id (7 to 64 hex digits, lower case) nor %q", id, NoCommit)
}

// commitOf returns the commit to name: the one given, or the one checked
// out at root, or "" for none.
func (b *Builder) commitOf() string {
	switch {
	case b.commit == NoCommit:
		return ""
	case b.commit != "":
		return b.commit
	}
	if id := readCommit(b.root); id != "" {
		return id
	}
	return gitCommit(b.root)
}

// fullCommit is a whole commit id, SHA-1 or SHA-256.
var fullCommit = regexp.MustCompile(`^([0-9a-f]{40}|[0-9a-f]{64})$`)

// readCommit reads the commit checked out in the work tree at root from
// its files; "" when root is no work tree or the files do not say.
func readCommit(root string) string {
	gitDir := filepath.Join(root, ".git")
	st, err := os.Stat(gitDir)
	if err != nil {
		return ""
	}
	if !st.Mode().IsDir() {
		// A linked work tree or a submodule: "gitdir: <path>".
		b, err := readSmall(gitDir)
		if err != nil {
			return ""
		}
		dir, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "gitdir:")
		if !ok {
			return ""
		}
		gitDir = underDir(root, strings.TrimSpace(dir))
	}
	common := gitDir
	if b, err := readSmall(filepath.Join(gitDir, "commondir")); err == nil {
		common = underDir(gitDir, strings.TrimSpace(string(b)))
	}
	return resolveRef(gitDir, common, "HEAD", 0)
}

// resolveRef follows the ref name to a commit: a file in the work tree's
// git folder (HEAD, per-tree refs) or in the common one (branches), then
// packed-refs.
func resolveRef(gitDir, common, name string, depth int) string {
	if depth > 5 || strings.Contains(name, "..") {
		return ""
	}
	for _, dir := range []string{gitDir, common} {
		b, err := readSmall(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			continue
		}
		v := strings.TrimSpace(string(b))
		if target, ok := strings.CutPrefix(v, "ref:"); ok {
			return resolveRef(gitDir, common, strings.TrimSpace(target), depth+1)
		}
		if fullCommit.MatchString(v) {
			return v
		}
		return ""
	}
	return packedRef(common, name)
}

// packedRef looks name up in packed-refs: lines "<id> <name>".
func packedRef(common, name string) string {
	b, err := readSmall(filepath.Join(common, "packed-refs"))
	if err != nil {
		return ""
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		id, ref, ok := strings.Cut(sc.Text(), " ")
		if ok && ref == name && fullCommit.MatchString(id) {
			return id
		}
	}
	return ""
}

// readSmall reads a file of git's metadata, refusing anything large.
func readSmall(name string) ([]byte, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() || st.Size() > 64<<20 {
		return nil, fmt.Errorf("%s: not a small regular file", name)
	}
	return os.ReadFile(name)
}

func underDir(base, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// gitCommit asks git for the commit checked out at root, when git is
// installed and root is the top of a work tree; "" otherwise.
func gitCommit(root string) string {
	if _, err := os.Stat(filepath.Join(root, ".git")); err != nil {
		return ""
	}
	git, err := exec.LookPath("git")
	if err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, git, "-C", root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").Output()
	if id := strings.TrimSpace(string(out)); err == nil && fullCommit.MatchString(id) {
		return id
	}
	return ""
}
