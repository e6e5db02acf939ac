package generator

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/engine"
)

const (
	commitA = "0123456789abcdef0123456789abcdef01234567"
	commitB = "89abcdef0123456789abcdef0123456789abcdef"
)

// TestReadCommit reads the commit from the shapes a checkout's .git takes.
func TestReadCommit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string // under the site folder
		want  string
	}{
		{"no checkout", map[string]string{"config.toml": ""}, ""},
		{"branch", map[string]string{".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": commitA + "\n"}, commitA},
		{"detached", map[string]string{".git/HEAD": commitB + "\n"}, commitB},
		{"packed", map[string]string{".git/HEAD": "ref: refs/heads/main\n",
			".git/packed-refs": "# pack-refs with: peeled fully-peeled sorted\n" + commitB + " refs/heads/dev\n" + commitA + " refs/heads/main\n^" + commitB + "\n"}, commitA},
		{"loose before packed", map[string]string{".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": commitB, ".git/packed-refs": commitA + " refs/heads/main\n"}, commitB},
		{"linked work tree", map[string]string{
			".git":                               "gitdir: repo/.git/worktrees/site\n",
			"repo/.git/worktrees/site/HEAD":      "ref: refs/heads/feature\n",
			"repo/.git/worktrees/site/commondir": "../..\n",
			"repo/.git/packed-refs":              commitB + " refs/heads/feature\n",
			"repo/.git/refs/heads/main":          commitA,
		}, commitB},
		{"symbolic ref", map[string]string{".git/HEAD": "ref: refs/heads/alias\n", ".git/refs/heads/alias": "ref: refs/heads/main\n", ".git/refs/heads/main": commitA}, commitA},
		{"ref loop", map[string]string{".git/HEAD": "ref: refs/heads/a\n", ".git/refs/heads/a": "ref: refs/heads/b\n", ".git/refs/heads/b": "ref: refs/heads/a\n"}, ""},
		{"escaping ref", map[string]string{".git/HEAD": "ref: ../../secret\n"}, ""},
		{"unborn branch", map[string]string{".git/HEAD": "ref: refs/heads/main\n"}, ""},
		{"garbage", map[string]string{".git/HEAD": "not a commit\n"}, ""},
		{"short id in HEAD", map[string]string{".git/HEAD": "0123456\n"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			for name, data := range tc.files {
				p := filepath.Join(root, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if got := readCommit(root); got != tc.want {
				t.Errorf("readCommit = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReadCommitGit compares what the files say with what git says, in a
// repository git made: loose refs, then packed by git gc, then a linked
// work tree.
func TestReadCommitGit(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed")
	}
	root := t.TempDir()
	run := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.Command(git, append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	run(root, "init", "-q", "-b", "main")
	os.WriteFile(filepath.Join(root, "config.toml"), []byte("title = \"t\"\n"), 0o644)
	run(root, "add", "config.toml")
	run(root, "commit", "-q", "-m", "one")
	check := func(dir, what string) {
		t.Helper()
		want := run(dir, "rev-parse", "HEAD")
		if got := readCommit(dir); got != want {
			t.Errorf("%s: readCommit = %q, git says %q", what, got, want)
		}
		if got := gitCommit(dir); got != want {
			t.Errorf("%s: gitCommit = %q, git says %q", what, got, want)
		}
	}
	check(root, "loose ref")
	run(root, "commit", "-q", "--allow-empty", "-m", "two")
	run(root, "gc", "-q")
	check(root, "packed ref")
	wt := filepath.Join(t.TempDir(), "wt")
	run(root, "worktree", "add", "-q", "-b", "side", wt)
	run(wt, "commit", "-q", "--allow-empty", "-m", "three")
	check(wt, "linked work tree")
	run(root, "checkout", "-q", "--detach", "HEAD~1")
	check(root, "detached")
}

// TestCommitInCitation builds a site from a checkout: measure pages name
// the commit in their citation, and only they change when it changes.
func TestCommitInCitation(t *testing.T) {
	root := copySiteAndTheme(t, "testdata/sites/small")
	for name, data := range map[string]string{".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": commitA + "\n"} {
		writeFile(t, root, name, data)
	}
	res := generate(t, root, "2021-07-01")
	measures := 0
	for name, data := range res.Files {
		isMeasure := strings.HasSuffix(name, "/ii/1-1/index.html") || strings.HasSuffix(name, "/i/1/index.html")
		has := strings.Contains(string(data), commitA[:12])
		if isMeasure {
			measures++
			if !has || !strings.Contains(string(data), `<code class="commit">`+commitA+`</code>`) {
				t.Errorf("%s: the citation does not name the commit", name)
			}
		}
		if has && !strings.Contains(string(data), `class="citation"`) {
			t.Errorf("%s shows the commit, but it is no measure page", name)
		}
	}
	if measures != 4 {
		t.Fatalf("%d measure pages checked, want 4", measures)
	}
	none, err := New(WithRoot(root), WithDate(mustDate(t, "2021-07-01")), WithCommit(NoCommit)).Generate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(none.Files["town-2020/ii/1-1/index.html"]), commitA[:12]) {
		t.Error("WithCommit(NoCommit): the citation still names the commit")
	}

	// A new commit, same content: the incremental build writes the measure
	// pages again, and nothing else.
	out := filepath.Join(t.TempDir(), "public")
	ctx := context.Background()
	date := mustDate(t, "2021-07-01")
	if _, err := New(WithRoot(root), WithDate(date)).Build(ctx, out); err != nil {
		t.Fatal(err)
	}
	writeFile(t, root, ".git/refs/heads/main", commitB+"\n")
	again, err := New(WithRoot(root), WithDate(date)).Build(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	var changed []string
	for _, f := range again.Changed {
		if f != engine.Marker {
			changed = append(changed, f)
		}
	}
	var want []string
	for name := range res.Files {
		if strings.Contains(string(res.Files[name]), `class="citation"`) {
			want = append(want, name)
		}
	}
	slices.Sort(want)
	if !slices.Equal(changed, want) {
		t.Errorf("a new commit changed %q, want the measure pages only %q", changed, want)
	}
	clean := generate(t, root, "2021-07-01")
	if diff := compareOutput(t, out, clean.Files); diff != "" {
		t.Errorf("after a new commit, the incremental build differs from a clean one: %s", diff)
	}
	for _, bad := range []string{"HEAD", "0123", "ABCDEF0123", "main~1", "none "} {
		if CheckCommit(bad) == nil {
			t.Errorf("CheckCommit(%q) accepts it", bad)
		}
	}
}
