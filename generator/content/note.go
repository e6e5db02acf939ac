package content

// Note is a progress note: a Markdown file with TOML front matter between
// "+++" lines, kept in content/plans/<plan>/notes/. One small file is one
// report, so staff publish an update by committing one file.
type Note struct {
	// Date is the date of the report.
	Date Date `toml:"date"`
	// Title is an optional headline; the first measure's text stands in.
	Title string `toml:"title,omitempty"`
	// Measures are the ids of the measures the note reports on, relative to
	// the plan ("ii/2-3") or full ("svatove-2019/ii/2-3").
	Measures []string `toml:"measures"`
	// Status is the measures' status as of Date; one of the Statuses.
	Status string `toml:"status"`
	// Reporter is the registry id of the reporting body.
	Reporter string `toml:"reporter,omitempty"`
	// Values are indicator values measured.
	Values []Value `toml:"value,omitempty"`
	// Evidence are links to documents that back the report.
	Evidence []Evidence `toml:"evidence,omitempty"`
	// Body is the Markdown text after the front matter; not read from TOML.
	Body string `toml:"-"`
}

// Value is one measured indicator value.
type Value struct {
	// Indicator is "<measure>#<n>": the n-th indicator (from 1) of a
	// measure, e.g. "ii/2-1#1".
	Indicator string `toml:"indicator"`
	// Value is the number measured, for numeric indicators.
	Value *float64 `toml:"value,omitempty"`
	// Achieved marks a qualitative indicator as reached (true) or not yet.
	Achieved *bool `toml:"achieved,omitempty"`
	// Date is when it was measured; the note's date when absent.
	Date *Date `toml:"date,omitempty"`
	// Comment qualifies the value, e.g. "за даними ЦПМСД".
	Comment string `toml:"comment,omitempty"`
}

// Evidence is a link to a document that backs a report.
type Evidence struct {
	Title string `toml:"title"`
	// URL is an http(s) or mailto link.
	URL string `toml:"url"`
}

// Status is a reported status of a measure.
type Status struct {
	// Key is the value written in notes.
	Key string
	// Aliases are accepted spellings, English included.
	Aliases []string
	// Done marks the status that completes a measure or a cycle of it.
	Done bool
	// Halts marks statuses that take a measure out of the schedule:
	// cancelled and suspended measures are never overdue.
	Halts bool
}

// Statuses are the statuses a note may report, in display order.
var Statuses = []Status{
	{Key: "не розпочато", Aliases: []string{"not-started", "не розпочатий"}},
	{Key: "виконується", Aliases: []string{"in-progress", "триває"}},
	{Key: "виконано", Aliases: []string{"done", "виконаний"}, Done: true},
	{Key: "із запізненням", Aliases: []string{"delayed", "з запізненням", "із затримкою"}},
	{Key: "призупинено", Aliases: []string{"suspended"}, Halts: true},
	{Key: "скасовано", Aliases: []string{"cancelled", "canceled"}, Halts: true},
}

// LookupStatus finds a status by key or alias, ignoring case and spaces
// around it.
func LookupStatus(s string) (Status, bool) {
	s = foldSpace(s)
	for _, st := range Statuses {
		if equalFold(s, st.Key) {
			return st, true
		}
		for _, a := range st.Aliases {
			if equalFold(s, a) {
				return st, true
			}
		}
	}
	return Status{}, false
}
