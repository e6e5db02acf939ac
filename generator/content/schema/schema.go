// Package schema ships JSON Schemas for plansite's content files, so that
// editors which validate TOML as staff type (Taplo: "Even Better TOML" in
// VS Code, the taplo command) point at a mistake before `plansite check`
// does. The repository's .taplo.toml maps each kind of file to its schema;
// docs/schemas.md tells staff how to set an editor up.
//
// The schemas are generated from the content structs (their `toml` tags,
// types and doc comments) by this package's tests, which also check that
// they are up to date: a field added to a content struct without its schema
// fails `go test`. docs/schemas.md says how to add one.
//
// The schemas are JSON Schema draft-07: Taplo validates with a draft-07
// validator and ignores the keywords of later drafts.
package schema

import (
	"embed"
	"io/fs"
	"path"
)

//go:embed *.schema.json
var files embed.FS

// Document is one kind of content file and the schema it is written to.
type Document struct {
	// Name names the schema: its file is Name + ".schema.json".
	Name string
	// Paths are where files of this kind lie in a site, relative to the
	// site folder, as path.Match patterns. They assume the default content
	// folder, "content".
	Paths []string
	// FrontMatter marks Markdown files: the schema describes the TOML
	// front matter between their "+++" lines, not the file.
	FrontMatter bool
}

// File is the name of the document's schema file.
func (d Document) File() string { return d.Name + ".schema.json" }

// Documents are the kinds of content file, each with its schema.
var Documents = []Document{
	{Name: "config", Paths: []string{"config.toml"}},
	{Name: "executors", Paths: []string{"content/executors.toml"}},
	{Name: "glossary", Paths: []string{"content/glossary.toml"}},
	{Name: "plan", Paths: []string{"content/plans/*/plan.toml"}},
	{Name: "indicators", Paths: []string{"content/plans/*/indicators.toml"}},
	{Name: "strategy", Paths: []string{"content/strategy.toml"}},
	{Name: "areas", Paths: []string{"content/plans/*/areas.toml"}},
	{Name: "note", Paths: []string{"content/plans/*/notes/*.md", "content/demo/*/*.md"}, FrontMatter: true},
}

// FS holds the schema files, one <name>.schema.json per Document.
func FS() fs.FS { return files }

// For returns the document that the file at sitePath (slash-separated,
// relative to the site folder) is, if any.
func For(sitePath string) (Document, bool) {
	for _, d := range Documents {
		for _, p := range d.Paths {
			if ok, _ := path.Match(p, sitePath); ok {
				return d, true
			}
		}
	}
	return Document{}, false
}
