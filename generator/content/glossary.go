package content

// Glossary lists the abbreviations plans use, decoded from
// content/glossary.toml. Plans write "СЖО" in one place and "складних
// життєвих обставинах" in another; search finds a measure by either form,
// and pages can spell an abbreviation out.
type Glossary struct {
	Terms []GlossaryTerm `toml:"term"`
}

// GlossaryTerm is one abbreviation and its full forms.
type GlossaryTerm struct {
	// Abbr is the abbreviation as plans write it, e.g. "СЖО".
	Abbr string `toml:"abbr"`
	// Full are its expansions, e.g. "складні життєві обставини"; any
	// inflected form in a text counts.
	Full []string `toml:"full"`
}
