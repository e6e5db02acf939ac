package render

// What the data page lists: the tables, the JSON Schemas and the licence,
// from the same lists the files are made from.

// DataTables are the names of the tables of all plans, in order: each is
// data/<name>.csv and a sheet of the workbooks.
func (p *page) DataTables() []string {
	out := make([]string, len(dataTables))
	for i, t := range dataTables {
		out[i] = t.Name
	}
	return out
}

// DataSchemas are the names of the JSON Schemas in data/schema/.
func (p *page) DataSchemas() []string {
	out := make([]string, len(dataSchemaDocs))
	for i, d := range dataSchemaDocs {
		out[i] = d.name
	}
	return out
}

// DataLicence is the open data's licence.
func (p *page) DataLicence() licence { return licenceOf(p.Site.Config.Data.Licence) }
