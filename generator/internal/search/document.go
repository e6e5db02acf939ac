package search

// Document is one searchable page or fragment of the site.
type Document struct {
	// ID is a stable identifier, e.g. "svatove-2019/ii/2-3".
	ID string
	// URL is the site-relative URL, e.g. "/svatove-2019/ii/2-3/".
	URL string
	// Kind is one of "measure", "task", "section", "plan", "executor",
	// "indicator", "note" (others are shown as they are).
	Kind string
	// Title is the result headline; it is searched with a higher weight.
	Title string
	// Body is the searchable text; its start also feeds the snippet.
	Body string
	// Codes are citation codes and identifiers that name exactly this
	// document, e.g. "II.2.1" and "svatove-2019/ii/2-1". A query that
	// is one of them, in any script and spacing ("ІІ.2.1", "II 2 1"), or
	// its tail of two or more numbers ("2.1"), finds the document ahead of
	// word matches. See code.go.
	Codes []string
	// Boost multiplies the document's scores; zero means 1.
	Boost float64
	// Facets maps a facet name ("plan", "section", "executor", "status",
	// "year") to the document's values.
	Facets map[string][]string
	// Meta is shown under the result ("plan", "section", "executor",
	// "status", "id").
	Meta map[string]string
}
