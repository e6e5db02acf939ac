package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
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

// importSite makes an empty site: config.toml, the repository's executor
// registry and theme, no plans.
func importSite(t *testing.T) string {
	t.Helper()
	site := t.TempDir()
	registry, err := os.ReadFile(filepath.Join(fixture.Root(), "content/executors.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"config.toml":            []byte("title = \"Портал\"\nlanguages = [\"uk\"]\n"),
		"content/executors.toml": registry,
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(site, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(site, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(fixture.Root(), "themes"), filepath.Join(site, "themes")); err != nil {
		t.Fatal(err)
	}
	return site
}

// heldOut is a plan of the Dubno layout from another town, whose heading
// names the adopting body over three lines.
var heldOut = filepath.Join(fixture.Root(), "generator/internal/importer/testdata/third/zdolbuniv-2021.txt")

func runImportCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := runImport(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func build(t *testing.T, site string) {
	t.Helper()
	date, _ := content.ParseDate("2024-06-01")
	if _, err := generator.New(generator.WithRoot(site), generator.WithDate(date)).Generate(context.Background()); err != nil {
		t.Fatalf("build: %v", err)
	}
}

// TestImportHeldOut imports a held-out plan with no flags but --id: the
// adopting body is read from the heading, the split of executor cells and
// the check's verdict are printed, and the site builds.
func TestImportHeldOut(t *testing.T) {
	site := importSite(t)
	code, stdout, stderr := runImportCmd("--id", "zdolbuniv-2021", "--out", filepath.Join(site, "content"), heldOut)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"Орган, що затвердив план: Виконавчий комітет Здолбунівської міської ради — прочитано з заголовка («виконавчого комітету Здолбунівської міської ради»)",
		"І.1.: «Служба у справах дітей Здолбунівської міської ради, Відділ освіти, молоді та спорту Здолбунівської міської ради, старости старостинських округів»",
		"→ zdolbuniv-viddil-osvity-molodi  «Відділ освіти, молоді та спорту Здолбунівської міської ради» (новий; new)",
		"→ zdolbuniv-starosty-starostynskykh-okruhiv  «старости старостинських округів» (новий; new)",
		"Перевірка сайту (plansite check):\nУсе гаразд: помилок немає.",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the summary lacks %q:\n%s", want, stdout)
		}
	}
	build(t, site)
}

// TestImportNeedsAuthority fails, writing nothing, when the heading does
// not name the adopting body and --authority is not given.
func TestImportNeedsAuthority(t *testing.T) {
	site := importSite(t)
	code, _, stderr := runImportCmd("--out", filepath.Join(site, "content"), fixture.SeedSource("dubno-2021"))
	if code != 1 || !strings.Contains(stderr, "--authority \"Виконавчий комітет Дубенської міської ради\"") || !strings.Contains(stderr, "план не записано") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(site, "content/plans/dubno-2021")); !os.IsNotExist(err) {
		t.Errorf("something was written: %v", err)
	}
}

// TestImportUndoneWhenCheckFails imports a plan the importer can write
// but the site check rejects (no title, no period): the files are put
// back as they were and the command fails.
func TestImportUndoneWhenCheckFails(t *testing.T) {
	site := importSite(t)
	src := "ЗАТВЕРДЖЕНО\nрішенням виконкому Острозької міської ради від 12.03.2022 № 45\n\n" +
		"\t№\n\tЗаходи\n\tТермін виконання\n\tВиконавці\n\tІндикатори виконання\n\n\tІ. Розвиток\n\n\t1\n\tНавчання\n\tщороку\n\tСлужба у справах дітей\n\tНавчено\n"
	file := filepath.Join(t.TempDir(), "ostroh-2022.txt")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	registry, _ := os.ReadFile(filepath.Join(site, "content/executors.toml"))
	code, stdout, stderr := runImportCmd("--out", filepath.Join(site, "content"), file)
	if code != 1 || !strings.Contains(stderr, "сайт не проходить перевірку") || !strings.Contains(stderr, "title") {
		t.Errorf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(site, "content/plans/ostroh-2022")); !os.IsNotExist(err) {
		t.Errorf("the plan is left: %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(site, "content/executors.toml")); !bytes.Equal(after, registry) {
		t.Errorf("the registry is not as it was")
	}
}

// TestImportAmend imports the held-out plan, then a new wording of it as
// an amendment: the confirmation table lists the changes, plan.toml
// records them, and the site builds.
func TestImportAmend(t *testing.T) {
	site := importSite(t)
	out := filepath.Join(site, "content")
	if code, stdout, stderr := runImportCmd("--out", out, heldOut); code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	src, err := os.ReadFile(heldOut)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer(
		"\tНавчання прийомних батьків і батьків-вихователів\n\tщороку\n", "\tНавчання прийомних батьків і батьків-вихователів\n\tщоквартально\n",
		"\tПроведення засідань координаційного комітету\n", "\tПроведення засідань координаційного комітету та оприлюднення їх рішень\n",
	).Replace(string(src))
	amended := filepath.Join(t.TempDir(), "zdolbuniv-zminy.txt")
	if err := os.WriteFile(amended, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--amend", "--act", "рішення виконавчого комітету від 02.09.2022 № 301", "--id", "zdolbuniv-2021", "--out", out, amended}
	code, stdout, stderr := runImportCmd(append([]string{"--dry-run"}, args...)...)
	if code != 0 || !strings.Contains(stdout, "Нічого не записано") && !strings.Contains(stdout, "нічого не записано") {
		t.Errorf("--dry-run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, stdout, stderr = runImportCmd(args...)
	if code != 0 {
		t.Fatalf("amend: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"Зміна 1: рішення виконавчого комітету від 02.09.2022 № 301, 2022-09-02.",
		"змінено 67%",
		"i/2",
		"термін",
		"ii/sotsialni-2",
		"Без змін: 3; змінено формулювання: 1; змінено лише термін, виконавців, показники чи номер: 1; додано: 0; вилучено (лишаються на сайті з позначкою): 0.",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the table lacks %q:\n%s", want, stdout)
		}
	}
	plan, _ := os.ReadFile(filepath.Join(out, "plans/zdolbuniv-2021/plan.toml"))
	for _, want := range []string{"[[amendment]]\nid = \"1\"", "[[section.measure.previous]]\namendment = \"1\"\ntext = \"Проведення засідань координаційного комітету\"", "term = \"щороку\""} {
		if !strings.Contains(string(plan), want) {
			t.Errorf("plan.toml lacks %q", want)
		}
	}
	build(t, site)
	// A plain re-import would erase the history: refused, even with --force.
	if code, _, stderr := runImportCmd("--force", "--out", out, heldOut); code != 1 || !strings.Contains(stderr, "--amend") {
		t.Errorf("plain re-import over amendments: exit %d\n%s", code, stderr)
	}
	// Usage errors.
	if code, _, _ := runImportCmd("--amend", "--out", out, amended); code != 2 {
		t.Errorf("--amend without --act: exit %d", code)
	}
	if code, _, _ := runImportCmd("--amend", "--act", "x", "--act-date", "2022-13-01", "--out", out, amended); code != 2 {
		t.Errorf("a bad --act-date: exit %d", code)
	}
	if code, _, stderr := runImportCmd("--amend", "--act", "x", "--id", "nope-2020", "--out", out, amended); code != 1 || !strings.Contains(stderr, "--id") {
		t.Errorf("--amend of a missing plan: exit %d\n%s", code, stderr)
	}
}
