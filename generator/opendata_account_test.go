package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// Accountability in the open data, checked as a journalist would add it
// up: the plans' tallies are the sums of their measures', the spending
// table is the money the measures and plans total, the checksums are of
// the files published, and the small site's note of the second half of
// 2020 is in every table that should carry it.

// csvTable reads a CSV file of the open data as rows by column name.
func csvTable(t *testing.T, files map[string][]byte, name string) []map[string]string {
	t.Helper()
	data, ok := files["data/"+name+".csv"]
	if !ok {
		t.Fatalf("data/%s.csv was not generated", name)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatalf("%s.csv: %v", name, err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		out = append(out, row)
	}
	return out
}

func cellNumber(t *testing.T, v string) float64 {
	t.Helper()
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("%q is no number", v)
	}
	return f
}

// TestAccountabilityTotalsAddUp checks on both sites that plans.csv's
// tallies and money are the sums of measures.csv's and spending.csv's.
func TestAccountabilityTotalsAddUp(t *testing.T) {
	eachOpenDataSite(t, func(t *testing.T, files map[string][]byte) {
		sums := map[string]map[string]float64{}
		add := func(plan, col string, v float64) {
			if sums[plan] == nil {
				sums[plan] = map[string]float64{}
			}
			sums[plan][col] += v
		}
		measureSpent := map[string]float64{}
		for _, m := range csvTable(t, files, "measures") {
			if m["state"] == "removed" {
				continue
			}
			for _, col := range []string{"periods_due", "periods_on_time", "periods_late", "periods_missing", "spent_uah"} {
				add(m["plan"], col, cellNumber(t, m[col]))
			}
			if m["latest_verification"] != "" {
				add(m["plan"], "latest_"+m["latest_verification"], 1)
				add(m["plan"], "measures_reported", 1)
			}
			if due, rep := cellNumber(t, m["periods_due"]), cellNumber(t, m["periods_on_time"])+cellNumber(t, m["periods_late"])+cellNumber(t, m["periods_missing"]); due != rep {
				t.Errorf("measure %s %s: %v periods due, %v on time, late or missing", m["plan"], m["id"], due, rep)
			}
			if m["costs_read"] != "" && m["costs"] == "" {
				t.Errorf("measure %s %s: sums read from no costs cell", m["plan"], m["id"])
			}
			measureSpent[m["plan"]+" "+m["id"]] = cellNumber(t, m["spent_uah"])
		}
		spentBy := map[string]float64{}
		spending := csvTable(t, files, "spending")
		if len(spending) == 0 {
			t.Error("spending.csv has no rows")
		}
		for _, s := range spending {
			if s["currency"] == "UAH" {
				add(s["plan"], "spending", cellNumber(t, s["amount"]))
				spentBy[s["plan"]+" "+s["measure"]] += cellNumber(t, s["amount"])
			}
			ids, urls := strings.Split(s["prozorro"], "; "), strings.Split(s["prozorro_urls"], "\n")
			for i := range ids {
				if ids[i] != "" && urls[i] != "https://prozorro.gov.ua/tender/"+ids[i] {
					t.Errorf("spending %s %s: Prozorro %s links %s", s["plan"], s["note"], ids[i], urls[i])
				}
			}
		}
		for k, v := range spentBy {
			if measureSpent[k] != v {
				t.Errorf("measure %s: spent_uah %v, its spending rows %v", k, measureSpent[k], v)
			}
		}
		plans := csvTable(t, files, "plans")
		for _, p := range plans {
			got := sums[p["id"]]
			for _, col := range []string{"periods_due", "periods_on_time", "periods_late", "periods_missing", "measures_reported",
				"latest_self", "latest_document", "latest_independent"} {
				if cellNumber(t, p[col]) != got[col] {
					t.Errorf("plan %s: %s = %s, its measures add up to %v", p["id"], col, p[col], got[col])
				}
			}
			if cellNumber(t, p["spent_uah"]) != got["spent_uah"] || got["spent_uah"] != got["spending"] {
				t.Errorf("plan %s: spent_uah %s, its measures %v, its spending rows %v", p["id"], p["spent_uah"], got["spent_uah"], got["spending"])
			}
			if !strings.HasSuffix(p["quality_json"], "/"+p["id"]+"/quality.json") || files[p["id"]+"/quality.json"] == nil {
				t.Errorf("plan %s: quality_json %s is not its published report", p["id"], p["quality_json"])
			}
		}
		// plans.json says what plans.csv says.
		var pj struct {
			Plans []struct {
				ID        string
				Reporting struct{ Due, Missing int }
				Quality   struct{ Complete int }
			}
		}
		if err := json.Unmarshal(files["data/plans.json"], &pj); err != nil {
			t.Fatal(err)
		}
		for i, p := range pj.Plans {
			if strconv.Itoa(p.Reporting.Due) != plans[i]["periods_due"] || strconv.Itoa(p.Reporting.Missing) != plans[i]["periods_missing"] ||
				strconv.Itoa(p.Quality.Complete) != plans[i]["quality_complete"] {
				t.Errorf("plans.json's %s does not tally as plans.csv does", p.ID)
			}
		}
	})
}

// TestAccountabilityRows checks the small site's rows of the note of the
// second half of 2020: verified independently, its period named, late by
// five days, its evidence copy published with its checksum, its spending
// beside the measure's planned money (the costs cell as adopted).
func TestAccountabilityRows(t *testing.T) {
	files := generate(t, "testdata/sites/small", "2021-07-01").Files
	const note = "2021-01-05-zasidannia"
	find := func(table string, match map[string]string) map[string]string {
		t.Helper()
	rows:
		for _, r := range csvTable(t, files, table) {
			for k, v := range match {
				if r[k] != v {
					continue rows
				}
			}
			return r
		}
		t.Fatalf("%s.csv has no row %v", table, match)
		return nil
	}
	want := func(table string, row map[string]string, cells map[string]string) {
		t.Helper()
		for k, v := range cells {
			if row[k] != v {
				t.Errorf("%s.csv: %s = %q, want %q", table, k, row[k], v)
			}
		}
	}
	want("notes", find("notes", map[string]string{"id": note}), map[string]string{
		"verification": "independent", "verified_by": "Громадська рада міста", "verified_on": "2021-01-20",
		"verification_url": "https://example.org/rada-vysnovok.pdf", "periods": "2020-H2", "periods_inferred": "false", "spending": "1"})
	want("periods", find("periods", map[string]string{"measure": "i/2", "period": "2020-H2"}), map[string]string{
		"status": "late", "days_late": "5", "notes": note, "named_by": note, "inferred": "false", "first_report": "2021-01-05"})
	want("periods", find("periods", map[string]string{"measure": "i/2", "period": "2020-H1"}), map[string]string{
		"status": "missing", "notes": "", "first_report": ""})
	ev := find("evidence", map[string]string{"note": note})
	copyFile := strings.TrimPrefix(ev["file_url"], "https://plans.example.org/")
	sum := sha256.Sum256(files[copyFile])
	want("evidence", ev, map[string]string{"archived_url": "https://web.archive.org/web/2021/https://example.org/protokol-2020-12.pdf",
		"size": strconv.Itoa(len(files[copyFile])), "sha256": hex.EncodeToString(sum[:])})
	if files[copyFile] == nil {
		t.Errorf("evidence.csv's file_url %s is not published", ev["file_url"])
	}
	want("spending", find("spending", map[string]string{"note": note}), map[string]string{
		"measure": "i/2", "year": "2020", "amount": "45000", "currency": "UAH", "programme": "0113242",
		"prozorro": "UA-2020-11-02-000123-a"})
	want("measures", find("measures", map[string]string{"id": "i/2"}), map[string]string{
		"costs": "120,0 тис. грн щороку", "costs_read": "120000 yearly: 120,0 тис. грн щороку", "planned_uah": "360000",
		"planned_uah_by_year": "2020: 120000; 2021: 120000; 2022: 120000", "spent_uah": "45000", "spent_by_year": "2020: 45000 UAH",
		"periods_due": "3", "periods_late": "1", "periods_missing": "2", "latest_verification": "independent"})
	if !bytes.Contains(files["data/town-2020/notes.json"], []byte(`"level": "independent"`)) {
		t.Error("the plan's notes.json does not say how the note is verified")
	}
}
