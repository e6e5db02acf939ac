package render

import (
	"net/url"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// /data/datapackage.json describes the CSV files as a Frictionless
// Tabular Data Package (https://specs.frictionlessdata.io/, version 1,
// which data portals such as data.gov.ua take): every CSV file a resource
// with its Table Schema — types, formats, allowed values, required fields,
// primary and foreign keys (datatables.go) — the licence, the sources (the
// plans as adopted) and the build date. The tests validate it against the
// profile's official JSON Schema and every CSV row against its Table
// Schema.

// licence is a data licence as the data package and catalogue name it.
type licence struct {
	Name  string `json:"name"`
	Path  string `json:"path,omitempty"`
	Title string `json:"title"`
}

// licences are the licences open data is commonly published under, by
// SPDX id.
var licences = map[string]licence{
	"CC-BY-4.0":    {Path: "https://creativecommons.org/licenses/by/4.0/", Title: "Creative Commons Attribution 4.0 International"},
	"CC-BY-SA-4.0": {Path: "https://creativecommons.org/licenses/by-sa/4.0/", Title: "Creative Commons Attribution-ShareAlike 4.0 International"},
	"CC0-1.0":      {Path: "https://creativecommons.org/publicdomain/zero/1.0/", Title: "Creative Commons Zero v1.0 Universal"},
	"ODbL-1.0":     {Path: "https://opendatacommons.org/licenses/odbl/1-0/", Title: "Open Data Commons Open Database License v1.0"},
	"ODC-By-1.0":   {Path: "https://opendatacommons.org/licenses/by/1-0/", Title: "Open Data Commons Attribution License v1.0"},
	"PDDL-1.0":     {Path: "https://opendatacommons.org/licenses/pddl/1-0/", Title: "Open Data Commons Public Domain Dedication and License v1.0"},
}

// licenceOf describes the licence with SPDX id; an id it does not know
// is named as it is.
func licenceOf(id string) licence {
	l, ok := licences[id]
	if !ok {
		l.Title = id
	}
	l.Name = id
	return l
}

type dataPackage struct {
	Profile      string            `json:"profile"`
	Name         string            `json:"name"`
	ID           string            `json:"id,omitempty"`
	Title        string            `json:"title"`
	Description  string            `json:"description"`
	Homepage     string            `json:"homepage,omitempty"`
	Created      string            `json:"created"`
	Keywords     []string          `json:"keywords"`
	Licenses     []licence         `json:"licenses"`
	Contributors []dataContributor `json:"contributors"`
	Sources      []dataSource      `json:"sources,omitempty"`
	Resources    []dataResource    `json:"resources"`
}

type dataContributor struct {
	Title string `json:"title"`
	Email string `json:"email,omitempty"`
	Role  string `json:"role"`
}

type dataSource struct {
	Title string `json:"title"`
	Path  string `json:"path"`
}

type dataResource struct {
	Profile     string      `json:"profile"`
	Name        string      `json:"name"`
	Path        string      `json:"path"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Format      string      `json:"format"`
	Mediatype   string      `json:"mediatype"`
	Encoding    string      `json:"encoding"`
	Dialect     dataDialect `json:"dialect"`
	Schema      dataSchema  `json:"schema"`
}

// dataDialect is how the CSV files are written (see csvRows).
type dataDialect struct {
	Delimiter      string `json:"delimiter"`
	LineTerminator string `json:"lineTerminator"`
	QuoteChar      string `json:"quoteChar"`
	DoubleQuote    bool   `json:"doubleQuote"`
	Header         bool   `json:"header"`
}

var csvDialect = dataDialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true}

// resource is table t's resource in the data package, at path.
func (t *dataTable) resource(name, path, title, description string) dataResource {
	return dataResource{Profile: "tabular-data-resource", Name: name, Path: path, Title: title, Description: description,
		Format: "csv", Mediatype: "text/csv", Encoding: "utf-8", Dialect: csvDialect, Schema: t.Schema}
}

// packageName is the data package's name: the portal's host, which does
// not change when the portal is retitled.
func (r *Renderer) packageName() string {
	if u, err := url.Parse(r.site.Config.BaseURL); err == nil && u.Host != "" {
		return strings.ToLower(u.Host)
	}
	return "plansite"
}

// dataPackage writes /data/datapackage.json.
func (r *Renderer) dataPackage(plans []*model.PlanSummary, homeKey engine.Key) error {
	const file = "data/datapackage.json"
	k := r.key("data-package", "").Key(homeKey).String(r.site.AsOf.String()).Done()
	if r.out.Keep(SiteUnit, file, k) {
		return nil
	}
	c := r.site.Config
	dp := dataPackage{Profile: "tabular-data-package", Name: r.packageName(), Title: c.Title,
		Description: strings.TrimSpace(c.Description + " Відкриті дані порталу: плани, заходи, виконавці, індикатори, звіти про виконання. " +
			"The portal's open data: plans, measures, executors, indicators and progress reports."),
		Homepage: r.pageURL("/data/"), Created: r.site.AsOf.Time().Format("2006-01-02T15:04:05Z"),
		Keywords:     []string{"деінституціалізація", "діти", "план дій", "deinstitutionalisation", "children", "action plan"},
		Licenses:     []licence{licenceOf(c.Data.Licence)},
		Contributors: []dataContributor{{Title: c.Data.Publisher, Email: c.Data.Contact, Role: "publisher"}}}
	if abs := r.pageURL("/data/datapackage.json"); strings.Contains(abs, "://") {
		dp.ID = abs
	}
	for _, p := range plans {
		dp.Sources = append(dp.Sources, dataSource{Title: sourceTitle(p), Path: r.pageURL(p.Path)})
	}
	for _, t := range dataTables {
		dp.Resources = append(dp.Resources, t.resource(t.Name, t.Name+".csv", t.Title, t.Description))
	}
	for _, p := range plans {
		dp.Resources = append(dp.Resources, measuresTable.resource(p.ID+"-measures", p.ID+"-measures.csv",
			measuresTable.Title+": "+p.Label(), "The measures of one plan, "+p.ID+": the rows of measures.csv for it."))
	}
	data, err := jsonBytes(dp)
	if err != nil {
		return err
	}
	return r.Emit(SiteUnit, file, k, data)
}

// sourceTitle names a plan as adopted: its title and the act that adopted
// it.
func sourceTitle(p *model.PlanSummary) string {
	t := p.Title
	if act := strings.TrimSpace(p.Approval.Act); act != "" {
		t += " — " + act
		if p.Approval.Date != nil {
			t += " від " + p.Approval.Date.String()
		}
		if p.Approval.Number != "" {
			t += " № " + p.Approval.Number
		}
	}
	return t
}
