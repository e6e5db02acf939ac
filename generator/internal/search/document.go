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
	// Boost multiplies the document's scores; zero means 1.
	Boost float64
	// Facets maps a facet name ("plan", "section", "executor", "status",
	// "year") to the document's values.
	Facets map[string][]string
	// Meta is shown under the result ("plan", "section", "executor",
	// "status", "id").
	Meta map[string]string
}
