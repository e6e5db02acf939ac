package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// amendedSite is the generator's test site of an amended plan: the
// Svatove plan with the amendment TestAmendSeed makes (two measures
// reworded, one dropped, two added, a term changed). Its plan.toml must be
// what import --amend writes, so that the site's tests see what staff
// will publish.
const amendedSite = "../../testdata/sites/amended"

// amendedAct is the act of the test site's amendment.
const amendedAct = "розпорядження голови Сватівської районної державної адміністрації від 14.03.2022 № 58"

// TestAmendedSiteFixture checks that the test site's plan.toml is the
// amendment as imported; -update writes it.
func TestAmendedSiteFixture(t *testing.T) {
	seed, _ := importSeed(t, 0)
	res, _ := amendSeed(t, seed.Plan, svatoveAmendment, amendedAct)
	if len(res.NewExecutors) > 0 {
		t.Fatalf("the amendment names bodies the registry lacks: %+v", res.NewExecutors)
	}
	got := Encode(res.Plan, res.File)
	file := filepath.Join(amendedSite, "content", "plans", "svatove-2019", "plan.toml")
	if *update {
		must(t, os.MkdirAll(filepath.Dir(file), 0o755))
		must(t, os.WriteFile(file, got, 0o644))
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (go test ./generator/internal/importer -run AmendedSiteFixture -update writes it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s is not what import --amend writes now: run go test ./generator/internal/importer -run AmendedSiteFixture -update and review the change", file)
	}
}
