package schema_test

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content/schema"
)

// taploConfig is the part of .taplo.toml the tests read.
type taploConfig struct {
	Exclude []string
	Rule    []struct {
		Include []string
		Schema  struct{ Path string }
	}
}

// testSites is where .taplo.toml finds the test sites, whose files it
// validates too.
const testSites = "generator/testdata/sites/*/"

// TestTaploConfig checks that .taplo.toml maps every TOML document, in the
// repository's site and the test sites, to its schema, and nothing else.
func TestTaploConfig(t *testing.T) {
	root, _, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	var c taploConfig
	md, err := toml.DecodeFile(filepath.Join(root, ".taplo.toml"), &c)
	if err != nil {
		t.Fatal(err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		t.Errorf(".taplo.toml: keys this test does not know: %v", un)
	}
	rules := map[string][]string{} // schema path → include
	for _, r := range c.Rule {
		if _, dup := rules[r.Schema.Path]; dup {
			t.Errorf(".taplo.toml: two rules for %s", r.Schema.Path)
		}
		rules[r.Schema.Path] = r.Include
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(r.Schema.Path))); err != nil {
			t.Errorf(".taplo.toml: %v", err)
		}
	}
	for _, d := range schema.Documents {
		p := "generator/content/schema/" + d.File()
		include, ok := rules[p]
		delete(rules, p)
		if d.FrontMatter {
			if ok {
				t.Errorf(".taplo.toml: Taplo reads no front matter; drop the rule for %s", p)
			}
			continue
		}
		var want []string
		for _, dp := range d.Paths {
			want = append(want, dp, testSites+dp)
		}
		if !slices.Equal(include, want) {
			t.Errorf(".taplo.toml: the rule for %s includes %q, want %q", p, include, want)
		}
	}
	for p := range rules {
		t.Errorf(".taplo.toml: a rule for %s, which is no document's schema", p)
	}
}

// TestTaplo runs the real taplo (TAPLO, or taplo on PATH; npm's
// @taplo/cli) with the repository's .taplo.toml over the shipped content,
// the small site and every broken case, and checks that it fails exactly
// the files this package's validator fails: the Go validation above
// stands for what staff see in the editor. Without taplo it is skipped.
func TestTaplo(t *testing.T) {
	bin := os.Getenv("TAPLO")
	if bin == "" {
		bin, _ = exec.LookPath("taplo")
	}
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no taplo under CI: .ci/run installs npm's @taplo/cli and sets TAPLO")
		}
		t.Skip("no taplo: set TAPLO or put taplo on PATH (npm install @taplo/cli)")
	}
	root, _, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	copyFile(t, filepath.Join(root, ".taplo.toml"), filepath.Join(dir, ".taplo.toml"))
	for _, d := range schema.Documents {
		b, err := fs.ReadFile(schema.FS(), d.File())
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "generator/content/schema", d.File()), b)
	}
	sites := map[string]map[string][]byte{"": readSite(t, root, "config.toml", "content")}
	small := readSite(t, "../../testdata/sites/small", "config.toml", "content")
	sites["generator/testdata/sites/small/"] = small
	cases, err := os.ReadDir(brokenDir)
	if err != nil {
		t.Fatal(err)
	}
	lenient := map[string]bool{}
	for _, c := range cases {
		if c.IsDir() {
			prefix := "generator/testdata/sites/" + c.Name() + "/"
			sites[prefix] = caseSite(t, small, filepath.Join(brokenDir, c.Name()))
			lenient[prefix] = taploLenient[c.Name()] != ""
		}
	}
	v := newValidator(t)
	// want maps each file to how taplo is to fail it: "schema", "unread"
	// (a syntax, semantic or encoding error, before any schema), or "".
	want := map[string]string{}
	for prefix, site := range sites {
		for p, data := range site {
			d, ok := schema.For(p)
			if !ok || d.FrontMatter {
				continue
			}
			writeFile(t, filepath.Join(dir, prefix+p), data)
			switch r := v.check(d, data); {
			case lenient[prefix] && r.unread != nil:
				want[prefix+p] = ""
			case r.unread != nil || bytes.HasPrefix(data, []byte("\uFEFF")):
				// Taplo reads no byte order mark (check drops it).
				want[prefix+p] = "unread"
			case len(r.errors) > 0:
				want[prefix+p] = "schema"
			default:
				want[prefix+p] = ""
			}
		}
	}
	cmd := exec.Command(bin, "check", "--colors", "never")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	failed := map[string]string{}
	for _, m := range invalidFile.FindAllStringSubmatch(string(out), -1) {
		rel, err := filepath.Rel(dir, m[2])
		if err != nil {
			t.Fatal(err)
		}
		failed[filepath.ToSlash(rel)] = "unread"
		if m[1] == "schema validation failed" {
			failed[filepath.ToSlash(rel)] = "schema"
		}
	}
	if len(want) < 100 {
		t.Fatalf("only %d files laid out", len(want))
	}
	for _, p := range slices.Sorted(maps.Keys(want)) {
		if want[p] != failed[p] {
			t.Errorf("%s: taplo says %q, want %q", p, failed[p], want[p])
		}
	}
	if t.Failed() {
		t.Logf("taplo said:\n%s", lastLines(string(out), 60))
	}
}

// taploLenient are the broken cases taplo reads though plansite refuses
// them, and why: staff find these when they run plansite check.
var taploLenient = map[string]string{
	"78-number-beyond-int64": "taplo 0.9 reads integers beyond 64 bits, which TOML 1.0 says must be an error",
}

// invalidFile is taplo's summary line for a file that failed.
var invalidFile = regexp.MustCompile(`invalid file error=([^\n]*?) path="([^"]+)"`)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, b)
}

func writeFile(t *testing.T, name string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
