package check

import (
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/markdown"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
	"github.com/plansite/plansite/generator/internal/term"
	"github.com/plansite/plansite/generator/internal/translit"
)

// The checks of what a note says for accountability — the periods it
// reports on, how it is verified, the archived and local copies of its
// evidence, the money spent — that need no file but the note and its
// plan's index. The evidence files are read, and periods matched with the
// terms, in assemble (generator/assemble_reports.go).

var (
	// sha256Hex is a SHA-256 checksum as sha256sum prints it.
	sha256Hex = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)
	// currencyCode is an ISO 4217 code.
	currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)
	// programmeCode is a budget programme code: КПКВК, ТПКВКМБ or
	// КПКВКМБ, seven digits.
	programmeCode = regexp.MustCompile(`^[0-9]{7}$`)
	// prozorroID is a Prozorro tender id: "UA-", the day it was announced,
	// a six-digit number and a check letter.
	prozorroID = regexp.MustCompile(`^UA-(\d{4}-\d{2}-\d{2})-\d{6}-[a-z]$`)
	// evidenceSegment is one folder or file name of a local evidence
	// file: it becomes part of a URL.
	evidenceSegment = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
)

// IsSHA256 reports whether s is a SHA-256 checksum as sha256sum prints it.
func IsSHA256(s string) bool { return sha256Hex.MatchString(s) }

// evidenceTypes are the kinds of file published as evidence: documents,
// tables and pictures. A web page, an SVG or a script is refused: served
// from the portal's own address, it could run code in its readers'
// browsers.
var evidenceTypes = []string{".pdf", ".txt", ".csv", ".png", ".jpg", ".jpeg", ".webp",
	".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".rtf"}

// validateAccountability checks note n's periods, verification, evidence
// copies and spending.
func validateAccountability(ps *source.Plan, n *source.Note, c *Catalog, indexed bool) diag.List {
	var l diag.List
	l.Add(checkPeriodKeys(n)...)
	l.Add(checkVerification(n)...)
	l.Add(checkEvidenceCopies(ps, n)...)
	plan := ps.Plan.Data.ID
	if !indexed {
		plan = ps.Dir
	}
	l.Add(checkSpending(n, plan)...)
	return l
}

// PeriodPaths returns the key paths of the periods a note names, in the
// order of content.Note.PeriodKeys.
func PeriodPaths(note *content.Note) []string {
	var out []string
	if note.Period != "" {
		out = append(out, "period")
	}
	for i := range note.Periods {
		out = append(out, "periods["+strconv.Itoa(i)+"]")
	}
	return out
}

// checkPeriodKeys reports period keys that are no period keys at all;
// whether the measure's term has the period assemble checks.
func checkPeriodKeys(n *source.Note) diag.List {
	var l diag.List
	keys, paths := n.Note.PeriodKeys(), PeriodPaths(&n.Note)
	for i, k := range keys {
		if n.Reported[paths[i]] || n.Reported["periods"] {
			continue
		}
		if _, err := term.ParsePeriodKey(k); err != nil {
			l.Add(n.Problem(problem.BadPeriodKey, paths[i], true, k))
		}
	}
	return l
}

// checkVerification checks [verification]: a known level, who for an
// independent one, a usable link.
func checkVerification(n *source.Note) diag.List {
	v := n.Note.Verification
	if v == nil || n.Reported["verification"] {
		return nil
	}
	var l diag.List
	if v.Level != "" && !slices.Contains(content.VerificationLevels, v.Level) && !n.Reported["verification.level"] {
		p := n.Problem(problem.BadVerification, "verification.level", true, v.Level)
		if near := diag.Nearest(strings.ToLower(strings.TrimSpace(v.Level)), content.VerificationLevels, 1); len(near) > 0 {
			p = p.WithHint(diag.Text{UK: "можливо, «" + near[0] + "»?", EN: "did you mean \"" + near[0] + "\"?"})
		}
		l.Add(p)
	}
	if v.Level == content.VerifyIndependent && strings.TrimSpace(v.By) == "" && !n.Reported["verification.by"] {
		if _, ok := n.Index.Lookup("verification.by"); ok {
			l.Add(n.Problem(problem.EmptyField, "verification.by", true, "by", `by = "Громадська рада при виконавчому комітеті"`))
		} else {
			l.Add(n.Problem(problem.VerifierMissing, "verification.level", true))
		}
	}
	if v.URL != "" && !n.Reported["verification.url"] {
		if reason, advice, bad := markdown.LinkProblem(v.URL, true); bad {
			l.Add(n.Problem(problem.BadURL, "verification.url", true, diag.Excerpt(v.URL), reason, advice))
		}
	}
	return l
}

// checkEvidenceCopies checks each evidence item's archived copy, local
// file path and checksum.
func checkEvidenceCopies(ps *source.Plan, n *source.Note) diag.List {
	var l diag.List
	for i, e := range n.Note.Evidence {
		p := "evidence[" + strconv.Itoa(i) + "]"
		if e.ArchivedURL != "" && !n.Reported[p+".archived_url"] {
			if reason, advice, bad := markdown.LinkProblem(e.ArchivedURL, true); bad {
				l.Add(n.Problem(problem.BadURL, p+".archived_url", true, diag.Excerpt(e.ArchivedURL), reason, advice))
			}
		}
		if e.File != "" && !n.Reported[p+".file"] {
			if reason, advice, bad := BadEvidencePath(e.File); bad {
				l.Add(n.Problem(problem.BadEvidenceFile, p+".file", true, diag.Excerpt(e.File), reason, advice))
			}
		}
		if e.SHA256 != "" && !n.Reported[p+".sha256"] && !IsSHA256(strings.TrimSpace(e.SHA256)) {
			l.Add(n.Problem(problem.BadChecksum, p+".sha256", true, diag.Excerpt(e.SHA256)))
		}
	}
	return l
}

// BadEvidencePath says why a local evidence path cannot be published, and
// what to write instead.
func BadEvidencePath(p string) (reason, advice diag.Text, bad bool) {
	inside := diag.Text{UK: "пишіть шлях від теки evidence плану, через /, напр. file = \"2023/protokol.pdf\"",
		EN: "write the path from the plan's evidence folder, with /, e.g. file = \"2023/protokol.pdf\""}
	switch {
	case strings.Contains(p, `\`):
		return diag.Text{UK: "теки в шляху розділяють знаком /, а не \\", EN: "folders in a path are separated by /, not \\"}, inside, true
	case strings.HasPrefix(p, "/") || source.Escapes(p) || slices.Contains(strings.Split(p, "/"), ".."):
		return diag.Text{UK: "шлях веде за межі теки evidence плану", EN: "the path leads outside the plan's evidence folder"}, inside, true
	}
	for _, seg := range strings.Split(p, "/") {
		if !evidenceSegment.MatchString(seg) {
			return diag.Text{UK: "у назвах файлів і тек — лише латинські літери, цифри, дефіси, крапки й підкреслення: назва стає частиною адреси",
					EN: "file and folder names may hold only Latin letters, digits, hyphens, dots and underscores: the name becomes part of an address"},
				diag.Text{UK: "перейменуйте, напр. «" + safeName(seg) + "»", EN: "rename it, e.g. \"" + safeName(seg) + "\""}, true
		}
	}
	if ext := strings.ToLower(path.Ext(p)); !slices.Contains(evidenceTypes, ext) {
		list := strings.Join(evidenceTypes, " ")
		if ext == "" {
			return diag.Text{UK: "у назви немає розширення, за яким видно тип документа (тека чи файл без типу)",
					EN: "the name has no extension to tell the document's type (a folder, or a file without a type)"},
				diag.Text{UK: "вкажіть сам файл документа з розширенням: " + list, EN: "name the document's file itself, with its extension: " + list}, true
		}
		return diag.Text{UK: "файли «" + ext + "» не публікуються: вебсторінка чи скрипт із адреси порталу могли б виконати код у браузері читача",
				EN: "\"" + ext + "\" files are not published: a web page or script at the portal's address could run code in the reader's browser"},
			diag.Text{UK: "збережіть документ як PDF чи інший документ: " + list, EN: "save the document as a PDF or another document: " + list}, true
	}
	return diag.Text{}, diag.Text{}, false
}

// safeName proposes a URL-safe name for a file or folder name.
func safeName(seg string) string {
	ext := path.Ext(seg)
	stem := translit.Slug(strings.TrimSuffix(seg, ext))
	if stem == "" {
		stem = "dokument"
	}
	return stem + strings.ToLower(ext)
}

// checkSpending checks each [[spending]]: year and amount, currency,
// programme code, Prozorro ids, and which measure.
func checkSpending(n *source.Note, plan string) diag.List {
	var l diag.List
	note := &n.Note
	for i, s := range note.Spending {
		p := "spending[" + strconv.Itoa(i) + "]"
		switch {
		case n.Reported[p+".year"]:
		case s.Year == 0:
			l.Add(missingIn(n, p, "year", "year = "+strconv.Itoa(max(note.Date.Year, content.MinYear)))...)
		case s.Year < content.MinYear || s.Year > content.MaxYear:
			l.Add(n.Problem(problem.SpendingYear, p+".year", true, s.Year))
		}
		switch {
		case n.Reported[p+".amount"]:
		case s.Amount == nil:
			l.Add(missingIn(n, p, "amount", "amount = 120000")...)
		case *s.Amount < 0:
			l.Add(n.Problem(problem.NegativeAmount, p+".amount", true, strconv.FormatFloat(*s.Amount, 'f', -1, 64)))
		}
		if s.Currency != "" && !n.Reported[p+".currency"] && !currencyCode.MatchString(s.Currency) {
			l.Add(n.Problem(problem.BadCurrency, p+".currency", true, s.Currency))
		}
		if s.Programme != "" && !n.Reported[p+".programme"] && !programmeCode.MatchString(s.Programme) {
			l.Add(n.Problem(problem.BadProgramme, p+".programme", true, s.Programme))
		}
		for j, id := range s.Prozorro {
			if q := p + ".prozorro[" + strconv.Itoa(j) + "]"; !n.Reported[q] && !validProzorro(id) {
				l.Add(n.Problem(problem.BadProzorro, q, true, diag.Excerpt(id)))
			}
		}
		l.Add(spendingMeasure(n, p, s, plan)...)
	}
	return l
}

// validProzorro reports whether id is a Prozorro tender id with a real
// date.
func validProzorro(id string) bool {
	m := prozorroID.FindStringSubmatch(id)
	if m == nil {
		return false
	}
	_, err := content.ParseDate(m[1])
	return err == nil
}

// spendingMeasure checks which measure a spending is for: one of the
// note's, named when the note has several.
func spendingMeasure(n *source.Note, p string, s content.Spending, plan string) diag.List {
	note := &n.Note
	if n.Reported[p+".measure"] || n.Reported["measures"] {
		return nil
	}
	var refs []string
	for _, m := range note.Measures {
		refs = append(refs, ResolveMeasure(plan, m))
	}
	switch {
	case s.Measure != "" && !slices.Contains(refs, ResolveMeasure(plan, s.Measure)):
		return diag.List{n.Problem(problem.SpendingOtherMeasure, p+".measure", true, s.Measure, strings.Join(refs, ", "))}
	case s.Measure == "" && len(refs) > 1:
		return diag.List{n.Problem(problem.SpendingMeasure, p, false, refs[0])}
	}
	return nil
}

// validateTotals checks the total_of lists of indicators.toml: each part a
// numeric indicator of the plan, other than the total.
func validateTotals(ps *source.Plan, c *Catalog) diag.List {
	var l diag.List
	f := &ps.Monitoring
	specs := c.specs[ps.Plan.Data.ID]
	for i, spec := range f.Data.Indicators {
		for j, ref := range spec.TotalOf {
			p := "indicator[" + strconv.Itoa(i) + "].total_of[" + strconv.Itoa(j) + "]"
			if f.Reported[p] || f.Reported["indicator["+strconv.Itoa(i)+"].total_of"] {
				continue
			}
			switch {
			case ref == spec.Ref:
				l.Add(f.Problem(problem.BadTotalOf, p, true, ref, diag.Text{UK: "показник не може бути сумою самого себе", EN: "an indicator cannot be the sum of itself"}))
			case specs[ref] == nil:
				l.Add(f.Problem(problem.BadTotalOf, p, true, ref, diag.Text{UK: "такого числового показника в цьому файлі немає", EN: "this file describes no such numeric indicator"}))
			}
		}
	}
	return l
}

// checkPrivacy checks config.toml's [privacy].
func checkPrivacy(c *model.Config, f *source.File[model.Config]) diag.List {
	// c has the default filled in; a 0 written out (meant as "publish
	// everything", perhaps) is read from the file as written.
	m := c.Privacy.MinCount
	if f.Pos("privacy.min_count").Line > 0 {
		m = f.Data.Privacy.MinCount
	}
	if (m < 2 || m > 100) && !f.Reported["privacy.min_count"] {
		return diag.List{f.Problem(problem.BadMinCount, "privacy.min_count", true, m)}
	}
	return nil
}
