package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/diag"
)

// TestSave writes a plan with new bodies into a fresh content folder, then
// checks that the registry keeps its bytes, that an existing plan is kept
// without --force and replaced with it, and that no temporary file is
// left behind.
func TestSave(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/third/ostroh-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	registry := "# Наш реєстр — коментар лишається.\n[[executor]]\nid = \"x\"\nname = \"Х\" # і цей теж" // no final line break
	regPath := filepath.Join(dir, "executors.toml")
	if err := os.WriteFile(regPath, []byte(registry), 0o600); err != nil {
		t.Fatal(err)
	}
	reg, _, err := ReadRegistry(regPath)
	if err != nil {
		t.Fatal(err)
	}
	res, problems := Import(src, Options{File: "ostroh-2022.txt", Authority: "Виконавчий комітет Острозької міської ради", Registry: reg})
	if problems.HasErrors() || len(res.NewExecutors) == 0 {
		t.Fatalf("import: %v, %d new executors", problems, len(res.NewExecutors))
	}
	planPath, err := savePlan(dir, res, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "plans", "ostroh-2022", "plan.toml"); planPath != want {
		t.Errorf("plan written to %s, want %s", planPath, want)
	}
	written, _ := os.ReadFile(planPath)
	if string(written) != string(Encode(res.Plan, "ostroh-2022.txt")) {
		t.Errorf("plan.toml is not the encoded plan")
	}
	after, _ := os.ReadFile(regPath)
	if !strings.HasPrefix(string(after), registry+"\n") {
		t.Errorf("the registry's own bytes changed:\n%s", after)
	}
	if fi, _ := os.Stat(regPath); fi.Mode().Perm() != 0o600 {
		t.Errorf("the registry's permissions changed to %v", fi.Mode().Perm())
	}
	reg2, _, err := ReadRegistry(regPath)
	if err != nil || len(reg2.Executors) != 1+len(res.NewExecutors) {
		t.Fatalf("registry after import: %v, %d executors", err, len(reg2.Executors))
	}

	// A second import finds every body in the registry and must not
	// replace the plan without force.
	res2, _ := Import(src, Options{File: "ostroh-2022.txt", Registry: reg2, Authority: "Острозька міська рада"})
	if len(res2.NewExecutors) != 0 {
		t.Errorf("re-import added %d executors again", len(res2.NewExecutors))
	}
	_, err = savePlan(dir, res2, false)
	var p diag.Problem
	if !errors.As(err, &p) || p.Code != "import-plan-exists" {
		t.Fatalf("save over an existing plan: %v", err)
	}
	if again, _ := os.ReadFile(planPath); string(again) != string(written) {
		t.Errorf("the existing plan changed without force")
	}
	if _, err := savePlan(dir, res2, true); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(planPath); !strings.Contains(string(again), `authority = "Острозька міська рада"`) {
		t.Errorf("force did not replace the plan")
	}
	if final, _ := os.ReadFile(regPath); string(final) != string(after) {
		t.Errorf("a re-import changed the registry")
	}
	for _, d := range []string{dir, filepath.Dir(planPath)} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp-") {
				t.Errorf("temporary file %s left in %s", e.Name(), d)
			}
		}
	}
}

// TestSaveNewRegistry creates executors.toml with its explanatory header
// when there is none.
func TestSaveNewRegistry(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("testdata/third/kupiansk-2020.txt")
	res, _ := Import(src, Options{File: "kupiansk-2020.txt"})
	if _, err := savePlan(dir, res, false); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "executors.toml"))
	if !strings.HasPrefix(string(got), RegistryHeader) || !strings.Contains(string(got), `id = "kupiansk-sluzhba-spravakh-ditei"`) {
		t.Errorf("new registry:\n%s", got)
	}
}

// TestWriteUndo writes a plan with new bodies and undoes it: the folder
// is as it was, file for file.
func TestWriteUndo(t *testing.T) {
	dir := t.TempDir()
	registry := []byte("# реєстр\n")
	regPath := filepath.Join(dir, "executors.toml")
	if err := os.WriteFile(regPath, registry, 0o644); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile("testdata/third/zdolbuniv-2021.txt")
	res, _ := Import(src, Options{File: "zdolbuniv-2021.txt"})
	saved, err := Write(dir, res, false)
	if err != nil || len(res.NewExecutors) == 0 {
		t.Fatalf("write: %v", err)
	}
	if err := saved.Undo(); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(regPath); string(after) != string(registry) {
		t.Errorf("the registry is not as it was:\n%s", after)
	}
	if _, err := os.Stat(filepath.Join(dir, "plans", "zdolbuniv-2021")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the plan's folder is left: %v", err)
	}
}

// TestSaveKeepsAmendments refuses to replace a plan that records
// amendments with a plain import, even with force.
func TestSaveKeepsAmendments(t *testing.T) {
	dir := t.TempDir()
	seed, _ := importSeed(t, 0)
	res1, _ := amendSeed(t, seed.Plan, svatoveAmendment, "рішення від 14.03.2022 № 58")
	if _, err := savePlan(dir, res1, false); err != nil {
		t.Fatal(err)
	}
	again, _ := importSeed(t, 0)
	_, err := savePlan(dir, again, true)
	var p diag.Problem
	if !errors.As(err, &p) || p.Code != "import-has-amendments" {
		t.Fatalf("a plain import over an amended plan: %v", err)
	}
	res2, _ := amendSeed(t, res1.Plan, func(t *testing.T, rows [][]string) [][]string {
		rows = svatoveAmendment(t, rows)
		rows[rowOf(t, rows, "2) розроблення та впровадження механізму")][3] = "2022-2026 роки"
		return rows
	}, "рішення від 01.02.2023 № 9")
	if _, err := savePlan(dir, res2, true); err != nil {
		t.Errorf("a second amendment: %v", err)
	}
}

// savePlan writes r under dir as import does and returns the plan's path.
func savePlan(dir string, r *Result, force bool) (string, error) {
	s, err := Write(dir, r, force)
	return s.Plan, err
}
