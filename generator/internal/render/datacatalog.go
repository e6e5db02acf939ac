package render

import (
	"strconv"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// /data/catalog.jsonld describes the open data as a DCAT-AP catalogue
// (JSON-LD), which national data portals harvest: a dataset of all plans'
// tables, and one per plan, each with its distributions — every file with
// its address, media type, format and licence — its publisher, period and
// the build date as the date it was modified.

// The vocabularies the catalogue uses, and the EU's authority tables for
// file types and languages that DCAT-AP asks formats and languages from.
const (
	iana      = "https://www.iana.org/assignments/media-types/"
	fileTypes = "http://publications.europa.eu/resource/authority/file-type/"
	ukrainian = "http://publications.europa.eu/resource/authority/language/UKR"
)

var catalogContext = map[string]any{
	"dcat":           "http://www.w3.org/ns/dcat#",
	"dct":            "http://purl.org/dc/terms/",
	"foaf":           "http://xmlns.com/foaf/0.1/",
	"vcard":          "http://www.w3.org/2006/vcard/ns#",
	"xsd":            "http://www.w3.org/2001/XMLSchema#",
	"dct:modified":   map[string]string{"@type": "xsd:date"},
	"dct:issued":     map[string]string{"@type": "xsd:date"},
	"dcat:startDate": map[string]string{"@type": "xsd:date"},
	"dcat:endDate":   map[string]string{"@type": "xsd:date"},
}

type ldRef struct {
	ID string `json:"@id"`
}

type ldText struct {
	Lang  string `json:"@language"`
	Value string `json:"@value"`
}

type ldAgent struct {
	Type string `json:"@type"`
	Name string `json:"foaf:name"`
}

type ldContact struct {
	Type  string `json:"@type"`
	Name  string `json:"vcard:fn"`
	Email ldRef  `json:"vcard:hasEmail"`
}

type ldCatalog struct {
	Context     map[string]any `json:"@context"`
	ID          string         `json:"@id"`
	Type        string         `json:"@type"`
	Title       ldText         `json:"dct:title"`
	Description ldText         `json:"dct:description"`
	Publisher   ldAgent        `json:"dct:publisher"`
	License     ldRef          `json:"dct:license"`
	Language    ldRef          `json:"dct:language"`
	Modified    string         `json:"dct:modified"`
	Homepage    ldRef          `json:"foaf:homepage"`
	Datasets    []ldDataset    `json:"dcat:dataset"`
}

type ldDataset struct {
	ID           string           `json:"@id"`
	Type         string           `json:"@type"`
	Identifier   string           `json:"dct:identifier"`
	Title        ldText           `json:"dct:title"`
	Description  ldText           `json:"dct:description"`
	Publisher    ldAgent          `json:"dct:publisher"`
	Contact      *ldContact       `json:"dcat:contactPoint,omitempty"`
	Modified     string           `json:"dct:modified"`
	Issued       string           `json:"dct:issued,omitempty"`
	Language     ldRef            `json:"dct:language"`
	Keywords     []ldText         `json:"dcat:keyword"`
	Temporal     *ldPeriod        `json:"dct:temporal,omitempty"`
	LandingPage  ldRef            `json:"dcat:landingPage"`
	Distribution []ldDistribution `json:"dcat:distribution"`
}

type ldPeriod struct {
	Type  string `json:"@type"`
	Start string `json:"dcat:startDate"`
	End   string `json:"dcat:endDate"`
}

type ldDistribution struct {
	ID          string `json:"@id"`
	Type        string `json:"@type"`
	Title       ldText `json:"dct:title"`
	AccessURL   ldRef  `json:"dcat:accessURL"`
	DownloadURL ldRef  `json:"dcat:downloadURL"`
	MediaType   ldRef  `json:"dcat:mediaType"`
	Format      ldRef  `json:"dct:format"`
	License     ldRef  `json:"dct:license"`
	ConformsTo  *ldRef `json:"dct:conformsTo,omitempty"`
}

// dataFormats are the files' media types and DCAT-AP file types, by
// extension.
var dataFormats = map[string]struct{ media, format string }{
	".csv":    {"text/csv", "CSV"},
	".json":   {"application/json", "JSON"},
	".jsonld": {"application/ld+json", "JSON_LD"},
	".xlsx":   {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"},
}

// distribution describes the file /data/<name>.
func (r *Renderer) distribution(name, title string) ldDistribution {
	ext := name[lastDot(name):]
	f := dataFormats[ext]
	u := r.dataURL(name)
	lic := licenceOf(r.site.Config.Data.Licence)
	d := ldDistribution{ID: u, Type: "dcat:Distribution", Title: ldText{"uk", title}, AccessURL: ldRef{u}, DownloadURL: ldRef{u},
		MediaType: ldRef{iana + f.media}, Format: ldRef{fileTypes + f.format}, License: ldRef{licenceRef(lic)}}
	if name == "datapackage.json" {
		d.ConformsTo = &ldRef{"https://specs.frictionlessdata.io/tabular-data-package/"}
	}
	return d
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return len(s)
}

// licenceRef is the address of a licence: its text, or its SPDX page.
func licenceRef(l licence) string {
	if l.Path != "" {
		return l.Path
	}
	return "https://spdx.org/licenses/" + l.Name + ".html"
}

// catalog writes /data/catalog.jsonld.
func (r *Renderer) catalog(plans []*model.PlanSummary, homeKey engine.Key) error {
	const file = "data/catalog.jsonld"
	k := r.key("data-catalog", "").Key(homeKey).String(r.site.AsOf.String()).Done()
	if r.out.Keep(SiteUnit, file, k) {
		return nil
	}
	c := r.site.Config
	modified := r.site.AsOf.String()
	publisher := ldAgent{Type: "foaf:Agent", Name: c.Data.Publisher}
	var contact *ldContact
	if c.Data.Contact != "" {
		contact = &ldContact{Type: "vcard:Organization", Name: c.Data.Publisher, Email: ldRef{"mailto:" + c.Data.Contact}}
	}
	keywords := []ldText{{"uk", "деінституціалізація"}, {"uk", "діти"}, {"uk", "план дій"}, {"en", "deinstitutionalisation"}}
	cat := ldCatalog{Context: catalogContext, ID: r.dataURL("catalog.jsonld"), Type: "dcat:Catalog",
		Title: ldText{"uk", c.Title}, Description: ldText{"uk", c.Description}, Publisher: publisher,
		License: ldRef{licenceRef(licenceOf(c.Data.Licence))}, Language: ldRef{ukrainian}, Modified: modified,
		Homepage: ldRef{r.pageURL("/")}}
	all := ldDataset{ID: r.pageURL("/data/"), Type: "dcat:Dataset", Identifier: r.packageName(), Title: ldText{"uk", c.Title + ": відкриті дані"},
		Description: ldText{"uk", "Усі плани порталу: заходи, виконавці, індикатори, звіти про виконання, звітні періоди — таблицями CSV і Excel, JSON і описом пакета даних."},
		Publisher:   publisher, Contact: contact, Modified: modified, Language: ldRef{ukrainian}, Keywords: keywords, LandingPage: ldRef{r.pageURL("/data/")}}
	all.Distribution = append(all.Distribution, r.distribution("datapackage.json", "Опис пакета даних (Frictionless Tabular Data Package)"),
		r.distribution("all-plans.xlsx", "Усі таблиці — книга Excel"), r.distribution("plans.json", "Плани — JSON"),
		r.distribution("notes.json", "Звіти — JSON"), r.distribution("indicator-results.json", "Результати за індикаторами (IATI) — JSON"))
	for _, t := range dataTables {
		all.Distribution = append(all.Distribution, r.distribution(t.Name+".csv", t.Title+" — CSV"))
	}
	cat.Datasets = append(cat.Datasets, all)
	for _, p := range plans {
		ds := ldDataset{ID: r.pageURL(p.Path), Type: "dcat:Dataset", Identifier: p.ID, Title: ldText{"uk", p.Title},
			Description: ldText{"uk", p.Label() + ": заходи плану, їхній стан, виконавці, індикатори та звіти про виконання."},
			Publisher:   publisher, Contact: contact, Modified: modified, Language: ldRef{ukrainian}, Keywords: keywords,
			Temporal:    &ldPeriod{Type: "dct:PeriodOfTime", Start: strconv.Itoa(p.Period.Start) + "-01-01", End: strconv.Itoa(p.Period.End) + "-12-31"},
			LandingPage: ldRef{r.pageURL(p.Path)}}
		if p.Approval.Date != nil {
			ds.Issued = p.Approval.Date.String()
		}
		ds.Distribution = []ldDistribution{r.distribution(p.ID+".json", "План — JSON"), r.distribution(p.ID+"-measures.csv", "Заходи — CSV"),
			r.distribution(p.ID+".xlsx", "Усі таблиці плану — книга Excel"), r.distribution(p.ID+"/notes.json", "Звіти — JSON"),
			r.distribution(p.ID+"/indicator-results.json", "Результати за індикаторами (IATI) — JSON")}
		cat.Datasets = append(cat.Datasets, ds)
	}
	data, err := jsonBytes(cat)
	if err != nil {
		return err
	}
	return r.Emit(SiteUnit, file, k, data)
}
