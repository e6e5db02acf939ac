package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// TestImportCommand runs "plansite import" on the Svatove plan the way the
// committed content was made, and checks the exit status and messages of
// the ways staff can call it.
func TestImportCommand(t *testing.T) {
	seed := fixture.SeedSource("svatove-2019")
	out := t.TempDir()
	registry, err := os.ReadFile(filepath.Join(fixture.Root(), "content/executors.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "executors.toml"), registry, 0o644); err != nil {
		t.Fatal(err)
	}
	authority := "Сватівська районна державна адміністрація"
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := runImport(args, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}

	// --strict turns the missing term of III.1.6 into an error.
	code, _, stderr := run("--strict", "--authority", authority, "--out", out, seed)
	if code != 1 || !strings.Contains(stderr, "ІІІ.1.6) не має терміну") || !strings.Contains(stderr, "план не записано") {
		t.Errorf("--strict: exit %d\n%s", code, stderr)
	}
	// Flags may follow the file.
	code, stdout, stderr := run(seed, "--authority", authority, "--out", out)
	if code != 0 || !strings.Contains(stdout, "розділів 6, заходів 51") || !strings.Contains(stderr, "source.txt:280:1") {
		t.Errorf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(out, "plans", "svatove-2019", "plan.toml"))
	want, _ := os.ReadFile(filepath.Join(fixture.Root(), "content/plans/svatove-2019/plan.toml"))
	if !bytes.Equal(got, want) {
		t.Errorf("the command's plan.toml differs from the committed one")
	}
	if after, _ := os.ReadFile(filepath.Join(out, "executors.toml")); !bytes.Equal(after, registry) {
		t.Errorf("the registry changed though it knows every body")
	}
	// The plan exists now.
	code, _, stderr = run("--authority", authority, "--out", out, seed)
	if code != 1 || !strings.Contains(stderr, "план уже існує") || !strings.Contains(stderr, "--force") {
		t.Errorf("existing plan: exit %d\n%s", code, stderr)
	}
	code, _, _ = run("--force", "--authority", authority, "--out", out, seed)
	if code != 0 {
		t.Errorf("--force: exit %d", code)
	}
	// Usage errors.
	if code, _, stderr = run("--out", out); code != 2 || !strings.Contains(stderr, "вкажіть один файл") {
		t.Errorf("no file: exit %d\n%s", code, stderr)
	}
	if code, _, _ = run("--no-such-flag", seed); code != 2 {
		t.Errorf("unknown flag: exit %d", code)
	}
	if code, _, stderr = run("--out", out, filepath.Join(out, "missing.txt")); code != 1 || !strings.Contains(stderr, "не вдалося прочитати") {
		t.Errorf("missing file: exit %d\n%s", code, stderr)
	}
}
