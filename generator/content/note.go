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
	// Period names the reporting period the note reports on, as a period
	// key: "2025" (a year), "2022-H1" (a half-year), "2024-Q3" (a
	// quarter), "2024-03" (a month). Without it the period is inferred
	// from the note's date.
	Period string `toml:"period,omitempty"`
	// Periods names several reporting periods at once, e.g. ["2022-H1",
	// "2022-H2"] for a report that covers a whole year of a half-yearly
	// measure; it adds to Period.
	Periods []string `toml:"periods,omitempty"`
	// Verification says who confirms the report and how; a report without
	// it is reported by the executor itself (level "self").
	Verification *Verification `toml:"verification,omitempty"`
	// Spending is money spent on the note's measures, one entry per year,
	// source or programme.
	Spending []Spending `toml:"spending,omitempty"`
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
	// URL is an http(s) or mailto link; it may be left out when File
	// gives a local copy.
	URL string `toml:"url,omitempty"`
	// ArchivedURL is a lasting copy of the document, e.g. in the Internet
	// Archive's Wayback Machine, for when URL stops working.
	ArchivedURL string `toml:"archived_url,omitempty"`
	// File is a copy of the document kept with the site, a path inside
	// the plan's evidence folder content/plans/<plan>/evidence/, e.g.
	// "2023/protokol-kk.pdf"; it is published at
	// /<plan>/evidence/<file>.
	File string `toml:"file,omitempty"`
	// SHA256 is the document's SHA-256 checksum in hex (sha256sum prints
	// it); with File, check compares it with the local copy.
	SHA256 string `toml:"sha256,omitempty"`
}

// Verification levels of a report, from the weakest.
const (
	// VerifySelf: the executor reports on its own work.
	VerifySelf = "self"
	// VerifyDocument: an official document backs the report (an order,
	// minutes, a register extract).
	VerifyDocument = "document"
	// VerifyIndependent: someone outside the executor confirmed it: a
	// public council, an NGO, an official reply to an information request.
	VerifyIndependent = "independent"
)

// VerificationLevels are the levels a note may state, weakest first.
var VerificationLevels = []string{VerifySelf, VerifyDocument, VerifyIndependent}

// Verification says how a report is verified ([verification] in a note).
type Verification struct {
	// Level is "self" (the default), "document" or "independent".
	Level string `toml:"level,omitempty"`
	// By names who verified the report, e.g. "Громадська рада при
	// виконкомі"; required for the level "independent".
	By string `toml:"by,omitempty"`
	// Date is when the report was verified.
	Date *Date `toml:"date,omitempty"`
	// URL links the confirmation itself (a letter, minutes, a reply to an
	// information request): an http(s) or mailto link.
	URL string `toml:"url,omitempty"`
	// Comment says more about the verification.
	Comment string `toml:"comment,omitempty"`
}

// LevelOrSelf returns the verification level, "self" when none is stated.
func (v *Verification) LevelOrSelf() string {
	if v == nil || v.Level == "" {
		return VerifySelf
	}
	return v.Level
}

// Spending is money spent on a measure ([[spending]] in a note).
type Spending struct {
	// Year is the budget year the money was spent in.
	Year int `toml:"year"`
	// Amount is the sum spent, in Currency, e.g. 120000 or 85400.50.
	Amount *float64 `toml:"amount"`
	// Currency is the ISO 4217 code of the amount; "UAH" when absent.
	Currency string `toml:"currency,omitempty"`
	// Source is the funding source as the report names it, e.g. "місцевий
	// бюджет", "субвенція з державного бюджету", "грант UNICEF".
	Source string `toml:"source,omitempty"`
	// Programme is the budget programme code: a КПКВК (state budget) or
	// ТПКВКМБ / КПКВКМБ (local budget), seven digits, e.g. "0813242".
	Programme string `toml:"programme,omitempty"`
	// Prozorro are the ids of the procurements in Prozorro, e.g.
	// "UA-2024-01-15-000123-a", linked to their public pages.
	Prozorro []string `toml:"prozorro,omitempty"`
	// Measure is the measure the money was spent on ("ii/2-3"), required
	// when the note reports on several measures, so that no sum is
	// counted twice.
	Measure string `toml:"measure,omitempty"`
	// Comment says what the money bought.
	Comment string `toml:"comment,omitempty"`
}

// DefaultCurrency is the currency of an amount that names none.
const DefaultCurrency = "UAH"

// CurrencyOrDefault returns the spending's currency, DefaultCurrency when
// none is given.
func (s *Spending) CurrencyOrDefault() string {
	if s.Currency == "" {
		return DefaultCurrency
	}
	return s.Currency
}

// PeriodKeys returns the periods the note names: Period, then Periods.
func (n *Note) PeriodKeys() []string {
	var out []string
	if n.Period != "" {
		out = append(out, n.Period)
	}
	return append(out, n.Periods...)
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
