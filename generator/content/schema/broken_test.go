package schema_test

import (
	"bufio"
	"bytes"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/content/schema"
)

// brokenDir holds the broken-content corpus (see generator/broken_test.go):
// each case is the small test site with one mistake, and expect.txt says
// what plansite check reports.
const brokenDir = "../../testdata/broken"

// brokenCase says what an editor with the schemas shows for a broken case.
type brokenCase struct {
	// schema are the errors the schemas find, "file /json/pointer keyword",
	// where the pointer names the key at fault.
	schema []string
	// unread are the files no schema sees: not TOML (Taplo shows its own
	// syntax error there, as check does), not UTF-8, or a note without
	// front matter.
	unread []string
	// rest is what else check reports and why no schema can say it; empty
	// when the schemas find every mistake of the case.
	rest string
}

const (
	plan  = "content/plans/nova-2021/plan.toml"
	note  = "content/plans/town-2020/notes/2021-03-01-zasidannia.md"
	inds  = "content/plans/town-2020/indicators.toml"
	execs = "content/executors.toml"
	cfg   = "config.toml"
	plan0 = "content/plans/town-2020/plan.toml"
	zvit  = "content/plans/town-2020/notes/2021-03-01-zvit.md"
)

// typeErrors returns the "type" errors of the first n items of the list
// at pointer prefix.
func typeErrors(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = prefix + strconv.Itoa(i) + " type"
	}
	return out
}

const (
	syntax     = "a TOML syntax error: Taplo's parser reports it, as check does"
	crossFile  = "a reference to another file (registry, plan, indicators.toml): only check reads them together"
	uniqueID   = "an id used twice: JSON Schema cannot ask a key to be unique across the tables of a list"
	noFront    = "the note has no front matter for a schema to describe"
	body       = "the note's Markdown body (raw HTML, unsafe links): not TOML"
	fileSystem = "the file itself (size, symlinks, name, folder): no schema sees it"
	buildDate  = "a warning relative to the build date"
	bounds     = "a number that is not finite or beyond ±10^15: the schemas say number, check bounds it"
	dateRange  = "a date outside 1990–2100: the schemas say date, check bounds it"
	limits     = "nesting, line length or problem count past check's limits (docs/security.md): no schema bounds them"
	reserved   = "an id that names a page of the site itself (generator/internal/check/segments.go): the schemas check its shape only"
)

// brokenCases lists every case of the corpus: which are schema matters
// (a wrong type, an unknown key, a missing field, a bad id, a bad date, a
// value outside its enum) and which only plansite check can tell.
var brokenCases = map[string]brokenCase{
	"01-plan-unclosed-string":      {unread: []string{plan}, rest: syntax},
	"02-plan-missing-equals":       {unread: []string{plan}, rest: syntax},
	"03-plan-duplicate-key":        {unread: []string{plan}, rest: syntax},
	"04-executors-unclosed-string": {unread: []string{execs}, rest: syntax},
	"05-indicators-missing-equals": {unread: []string{inds}, rest: syntax},
	"06-config-duplicate-key":      {unread: []string{cfg}, rest: syntax},
	"07-note-unclosed-string":      {unread: []string{note}, rest: syntax},
	"08-note-duplicate-key":        {unread: []string{note}, rest: syntax},
	"09-unknown-keys-top": {schema: []string{
		plan + " /adopted additionalProperties",
		plan + " /period/finish additionalProperties",
		plan + " /titel additionalProperties",
	}},
	"10-unknown-keys-nested": {schema: []string{
		plan + " /section/0/task/0/measure/0/executor additionalProperties",
		plan + " /section/0/task/0/measure/0/termin additionalProperties",
		plan + " /section/0/task/0/measure/1/colour additionalProperties",
	}},
	"11-wrong-type-string-for-number": {schema: []string{plan + " /period/end type", plan + " /period/start type"}},
	"12-wrong-type-number-for-string": {schema: []string{plan + " /section/0/id type", plan + " /title type"}},
	"13-wrong-type-list-for-string":   {schema: []string{plan + " /authority type", plan + " /section/0/measure/0/executors type"}},
	"14-wrong-type-table-for-list":    {schema: []string{plan + " /columns type", plan + " /section type"}},
	"15-duplicate-plan-id":            {rest: "a plan id used by two plans: " + crossFile},
	"16-duplicate-section-id":         {rest: uniqueID},
	"17-duplicate-measure-id":         {rest: uniqueID},
	"18-duplicate-executor-id":        {rest: uniqueID},
	"19-bad-id-cyrillic":              {schema: []string{plan + " /section/0/id pattern"}},
	"20-bad-id-dot-slash":             {schema: []string{plan + " /section/0/measure/0/id pattern", plan + " /section/0/measure/1/id pattern"}},
	"21-bad-id-dotdot-uppercase":      {schema: []string{plan + " /section/0/id pattern", plan + " /section/1/id pattern"}},
	"22-missing-title-authority": {schema: []string{
		plan + " /authority minLength",
		plan + " /section/0/title required",
		plan + " /title required",
	}},
	"23-missing-measure-text": {schema: []string{plan + " /section/0/measure/0/text minLength", plan + " /section/0/measure/1/text required"}},
	"24-note-missing-fields":  {schema: []string{note + " /date required", note + " /measures required", note + " /status required"}},
	"25-dangling-executor":    {rest: crossFile},
	"26-unknown-measure-note": {rest: crossFile},
	"27-measure-wrong-plan":   {rest: "a measure of another plan: " + crossFile},
	"28-unknown-status":       {schema: []string{note + " /status enum"}},
	"29-unknown-indicator-note": {schema: []string{note + " /value/2/indicator pattern"},
		rest: "the indicator without #n is a schema matter; the other two refer to measures and indicators of the plan: " + crossFile},
	"30-value-non-numeric":     {rest: "whether an indicator is numeric is in indicators.toml: " + crossFile},
	"31-bad-date-month":        {unread: []string{note}, rest: "month 13 is no TOML date: " + syntax},
	"32-bad-date-format":       {schema: []string{note + " /date format"}},
	"33-bad-date-time":         {schema: []string{note + " /date format"}},
	"34-front-matter-missing":  {unread: []string{note}, rest: noFront},
	"35-front-matter-unclosed": {unread: []string{note}, rest: noFront},
	"36-front-matter-yaml":     {unread: []string{note}, rest: noFront},
	"37-front-matter-long-ok":  {},
	"38-empty-note": {unread: []string{note},
		rest: "an empty file: an empty indicators.toml is valid TOML with no indicators, and an empty note has no front matter"},
	"39-huge-note":          {rest: fileSystem},
	"40-crlf-ok":            {},
	"41-crlf-positions":     {schema: []string{note + " /status enum"}, rest: body},
	"42-bom-ok":             {},
	"43-invalid-utf8":       {unread: []string{plan, note}, rest: "not UTF-8: Taplo cannot read it either"},
	"44-symlink-outside":    {rest: fileSystem},
	"45-content-dir-escape": {schema: []string{cfg + " /content/dir not"}},
	"46-raw-script":         {rest: body},
	"47-inline-html":        {rest: body},
	"48-javascript-links":   {rest: body},
	"49-data-image":         {rest: body},
	"50-bad-evidence-url": {schema: []string{
		note + " /evidence/0/url pattern",
		note + " /evidence/1/url pattern",
		note + " /evidence/2/url pattern",
	}},
	"51-note-cyrillic-name":        {rest: fileSystem},
	"52-plan-folder-mismatch":      {rest: "the plan id against its folder's name: " + fileSystem},
	"53-period-start-after-end":    {rest: "end before start compares two values, and the term is read against the period: JSON Schema compares no two values"},
	"54-bad-direction":             {schema: []string{inds + " /indicator/0/direction enum"}},
	"55-indicator-missing-measure": {rest: crossFile},
	"56-future-note-warning":       {rest: buildDate},
	"57-many-files": {
		schema: []string{
			execs + " /executor/2/name required",
			execs + " /executor/2/nmae additionalProperties",
			note + " /status enum",
		},
		unread: []string{inds, "content/plans/town-2020/notes/2021-04-01-zvit.md"},
		rest:   "the executor of the plan is " + crossFile + "; the note's <i> is " + body,
	},
	"58-bom-positions": {schema: []string{
		plan + " /id required",
		plan + " /ids additionalProperties",
		note + " /reportr additionalProperties",
	}},
	"59-tabs-caret": {rest: crossFile},
	"60-note-in-broken-plan": {
		schema: []string{"content/plans/nova-2021/notes/2021-03-01-sluzhba.md /status enum"},
		unread: []string{plan}, rest: syntax,
	},
	"61-note-evidence-reporter-value": {schema: []string{note + " /evidence/0/title required", note + " /value/0 anyOf"},
		rest: "the reporter is " + crossFile},
	"62-multiline-positions":   {schema: []string{plan + " /section/0/golas additionalProperties"}},
	"63-config-unknown-key":    {schema: []string{cfg + " /baseurl additionalProperties", cfg + " /content/drafts additionalProperties"}},
	"64-cyrillic-before-error": {unread: []string{note}, rest: syntax},
	"65-wrong-types-note": {schema: []string{
		note + " /measures type",
		note + " /reporter type",
		note + " /status type",
		note + " /value/0/achieved type",
		note + " /value/0/value type",
	}},
	"66-dangling-symlink": {rest: fileSystem},
	"67-bad-dates-elsewhere": {
		schema: []string{inds + " /indicator/0/baseline_date format", inds + " /indicator/0/target_date format"},
		unread: []string{note}, rest: "30 February is no TOML date: " + syntax,
	},
	"68-theme-escape": {schema: []string{cfg + " /due_window_days maximum", cfg + " /languages/1 enum", cfg + " /theme pattern"}},
	"69-bad-id-in-measure-with-unparsed-term": {schema: []string{plan + " /section/0/id pattern", plan + " /section/0/measure/0/id pattern"},
		rest: "a term that cannot be read: terms are free text as adopted"},
	"70-dotted-and-inline":    {schema: []string{note + " /evidence/0/url pattern", note + " /value/0/note additionalProperties"}},
	"71-achieved-for-numeric": {rest: "whether an indicator is numeric is in indicators.toml: " + crossFile},
	"72-future-value-warning": {rest: buildDate},
	// Hostile cases (issue 10): bounds, limits and reserved names that
	// only plansite check applies.
	"73-number-nan-baseline":         {schema: []string{inds + " /indicator/0/baseline type"}},
	"74-number-inf-target":           {schema: []string{inds + " /indicator/0/target type", inds + " /indicator/1/baseline type"}},
	"75-number-huge-value":           {rest: bounds},
	"76-number-beyond-float":         {unread: []string{note}, rest: "no float64 holds 1e309: " + syntax},
	"77-number-negative-inf-value":   {schema: []string{note + " /value/0/value type"}},
	"78-number-beyond-int64":         {unread: []string{inds}, rest: "no int64 holds it: " + syntax},
	"79-number-just-over-bound":      {rest: bounds},
	"80-number-at-bound-ok":          {},
	"81-number-nan-value":            {schema: []string{note + " /value/0/value type"}},
	"82-date-year-one":               {rest: dateRange},
	"83-date-year-9999":              {rest: dateRange},
	"84-date-before-1990":            {rest: dateRange},
	"85-date-approval-2101":          {rest: dateRange},
	"86-date-quoted-out-of-range":    {rest: dateRange},
	"87-toml-deep-arrays":            {schema: []string{plan0 + " /columns/0 type", plan0 + " /signatory2 additionalProperties"}, rest: limits},
	"88-toml-deep-inline-tables":     {schema: []string{note + " /extra additionalProperties"}, rest: limits},
	"89-toml-dotted-key":             {schema: []string{execs + " /executor/2/a additionalProperties"}, rest: limits},
	"90-toml-long-line":              {rest: limits},
	"91-toml-deep-header":            {schema: []string{inds + " /a additionalProperties"}, rest: limits},
	"92-toml-many-wrong-values":      {schema: typeErrors(note+" /measures/", 150), rest: limits},
	"93-md-nested-quotes":            {rest: body},
	"94-md-nested-lists":             {rest: body},
	"95-md-long-line":                {rest: body},
	"96-md-wide-table":               {rest: body},
	"97-md-table-cells":              {rest: body},
	"98-md-body-too-large":           {rest: body},
	"99-md-external-image":           {rest: body},
	"100-md-entity-javascript":       {rest: body},
	"101-evidence-entity-javascript": {schema: []string{note + " /evidence/0/url pattern"}},
	"102-executor-javascript-url":    {rest: body},
	"103-note-upper-md":              {rest: fileSystem},
	"104-note-markdown-ext":          {rest: fileSystem},
	"105-note-trailing-space":        {rest: fileSystem},
	"106-note-subfolder":             {rest: fileSystem},
	"107-note-other-file-warning":    {rest: fileSystem},
	"108-note-md-txt":                {rest: fileSystem},
	"109-duplicate-note-demo":        {rest: fileSystem},
	"110-escape-codes-in-values":     {schema: []string{note + " /status enum"}},
	"111-escape-in-file-name":        {rest: fileSystem},
	"112-reserved-plan-data":         {rest: reserved},
	"113-reserved-plan-language":     {rest: reserved},
	"114-reserved-plan-assets":       {rest: reserved},
	"115-reserved-plan-plans":        {rest: reserved},
	"116-reserved-plan-404":          {rest: reserved},
	"117-reserved-section-notes":     {rest: reserved},
	"118-reserved-section-timeline":  {rest: reserved},
	"119-reserved-plan-two-letters":  {rest: reserved},
	"73-period-keys": {schema: []string{note + " /period pattern"},
		rest: "whether the measure's term has the period: " + crossFile},
	"74-verification": {schema: []string{note + " /verification/level enum", note + " /verification/url pattern"},
		rest: "by is required only when level is independent: the schemas leave conditions between fields to check"},
	"75-evidence-files": {schema: []string{note + " /evidence/1/file pattern", note + " /evidence/3/sha256 pattern", note + " /evidence/4/file pattern"},
		rest: "the file's type, whether it is there and its checksum: " + fileSystem},
	"76-spending": {schema: []string{note + " /spending/0/amount minimum", note + " /spending/0/currency pattern", note + " /spending/0/programme pattern",
		note + " /spending/0/prozorro/1 pattern", note + " /spending/1/year required"},
		rest: "a Prozorro id's impossible date, and which of the note's measures the money was for: " + crossFile},
	"77-privacy": {schema: []string{cfg + " /privacy/min_count minimum"},
		rest: "total_of naming indicators of the same file: " + crossFile},
	"78-disclosure":                   {rest: "published values that give a suppressed one away: only check adds them up"},
	"121-evidence-file-absolute":      {schema: []string{zvit + " /evidence/0/file pattern"}},
	"122-evidence-file-backslash":     {schema: []string{zvit + " /evidence/0/file pattern"}},
	"123-evidence-file-symlink":       {rest: "a link in place of the file: " + fileSystem},
	"124-evidence-folder-symlink":     {rest: "a link in place of the folder: " + fileSystem},
	"125-evidence-file-fifo":          {rest: "a named pipe in place of the file: " + fileSystem},
	"126-evidence-file-too-large":     {rest: "the file's size: " + fileSystem},
	"127-evidence-file-folder":        {rest: "a name without a type could be a file: whether it is a folder is " + fileSystem},
	"128-verification-javascript-url": {schema: []string{zvit + " /verification/url pattern"}},
	"129-archived-url-javascript":     {schema: []string{zvit + " /evidence/0/archived_url pattern"}},
	"130-prozorro-script":             {schema: []string{zvit + " /spending/0/prozorro/0 pattern"}},
	"131-spending-nan":                {schema: []string{zvit + " /spending/0/amount type"}},
	"132-spending-inf":                {schema: []string{zvit + " /spending/0/amount type"}},
	"133-spending-huge":               {rest: bounds},
	"134-spending-year-zero":          {schema: []string{zvit + " /spending/0/year minimum"}},
	"135-period-impossible":           {schema: []string{zvit + " /periods/0 pattern", zvit + " /periods/1 pattern"}, rest: "month 13: the pattern takes any two digits, check the calendar"},
	"136-period-far-future":           {rest: "a year the pattern allows: whether the measure's term has it is " + crossFile},
	"137-period-escape-codes":         {schema: []string{zvit + " /period pattern"}},
	"138-period-and-periods":          {},
	"139-min-count-zero":              {schema: []string{cfg + " /privacy/min_count minimum"}},
	"140-min-count-huge":              {schema: []string{cfg + " /privacy/min_count maximum"}},
	"141-licence-script":              {schema: []string{cfg + " /data/licence pattern"}},
	"142-contact-not-email":           {schema: []string{cfg + " /data/contact pattern"}},
	"143-amendment-id-path":           {schema: []string{plan0 + " /amendment/0/id pattern"}},
	"144-amendment-act-escape":        {},
	"145-strategy-javascript":         {schema: []string{"content/strategy.toml /strategy/0/url pattern"}, rest: "title_en is asked for only when the portal has English pages: " + crossFile},
	"146-strategy-fifo":               {rest: "a named pipe in place of the file: " + fileSystem},
	"147-areas-unknown":               {rest: "the plan's sections and the strategies' areas: " + crossFile},
	"148-areas-fifo":                  {rest: "a named pipe in place of the file: " + fileSystem},
	"149-costs-huge-number":           {},
	"150-spending-currency-lower":     {schema: []string{zvit + " /spending/0/currency pattern"}},
	"151-evidence-sha-uppercase":      {},
	"152-verification-by-script":      {},
	"153-spending-source-formula":     {},
	"121-report-contacts":             {schema: []string{cfg + " /contact/email pattern", cfg + " /contact/url pattern", execs + " /executor/1/email pattern", execs + " /executor/1/phone pattern"}},
	"120-amendment-records": {schema: []string{"content/plans/town-2020/plan.toml /section/1/task/0/measure/0/previous/2/amendment required"},
		rest: "amendment ids used twice, named by added_by, removed_by and previous, and their dates in order: " + uniqueID + "; the rest relates tables of one file to each other"},
}

// TestBrokenContent builds every broken case's site and validates it: the
// schema matters must fail their schema exactly as listed, and the rest
// must pass it, so the schemas are no stricter than check.
func TestBrokenContent(t *testing.T) {
	entries, err := os.ReadDir(brokenDir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	small := readSite(t, "../../testdata/sites/small", "config.toml", "content")
	v := newValidator(t)
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			want, ok := brokenCases[name]
			if !ok {
				t.Fatalf("add the case to brokenCases: is its mistake a schema matter?")
			}
			if len(want.schema) == 0 && len(want.unread) == 0 && want.rest == "" && !cleanCase(t, name) {
				t.Errorf("the schemas find nothing here: say why in rest")
			}
			site := caseSite(t, small, filepath.Join(brokenDir, name))
			var errs, unread []string
			for _, p := range slices.Sorted(maps.Keys(site)) {
				d, ok := schema.For(p)
				if !ok {
					continue
				}
				r := v.check(d, site[p])
				if r.unread != nil {
					unread = append(unread, p)
				}
				for _, e := range r.errors {
					errs = append(errs, p+" "+e)
				}
			}
			slices.Sort(want.schema)
			slices.Sort(want.unread)
			if !slices.Equal(errs, want.schema) {
				t.Errorf("schema errors:\n got %q\nwant %q", errs, want.schema)
			}
			if !slices.Equal(unread, want.unread) {
				t.Errorf("files no schema can read:\n got %q\nwant %q", unread, want.unread)
			}
		})
	}
	for name := range brokenCases {
		if !seen[name] {
			t.Errorf("brokenCases lists %s, which is not in %s", name, brokenDir)
		}
	}
}

// cleanCase reports whether the case expects no problem at all (a CRLF or
// byte-order-mark file that must build).
func cleanCase(t *testing.T, name string) bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(brokenDir, name, "expect.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			return false
		}
	}
	return true
}

// caseSite is the small site with the case's files laid over it and its
// DELETE list removed, in memory. LINK and GROW (symlinks, padding) are
// left out: they make file-system mistakes, which no schema sees.
func caseSite(t *testing.T, small map[string][]byte, dir string) map[string][]byte {
	t.Helper()
	site := maps.Clone(small)
	control := map[string]bool{"expect.txt": true, "DELETE": true, "LINK": true, "GROW": true}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case e.IsDir() && rel == "_outside":
			return filepath.SkipDir
		case e.IsDir() || control[rel]:
			return nil
		}
		data, err := os.ReadFile(p)
		site[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if del, err := os.ReadFile(filepath.Join(dir, "DELETE")); err == nil {
		for _, l := range strings.Split(string(del), "\n") {
			l = path.Clean(strings.TrimSpace(l))
			for p := range site {
				if p == l || strings.HasPrefix(p, l+"/") {
					delete(site, p)
				}
			}
		}
	}
	return site
}
