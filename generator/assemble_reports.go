package generator

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/check"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/problem"
	"github.com/plansite/plansite/generator/internal/source"
	"github.com/plansite/plansite/generator/internal/term"
)

// Accountability in assemble: what a note names is joined to the plan
// (periods, local evidence files, spending), and what spans a plan is
// computed (reporting tallies, confirmation, money, the data-quality
// report), with the checks only the joined plan allows: periods a term
// lacks, checksums, small counts that published ones would give away.

// assembleNote joins note n's periods and evidence, and keeps suppressed
// values out of the note as published. It runs once n's readings are
// resolved.
func assembleNote(ps *source.Plan, ns *source.Note, n *model.Note, p *model.Plan) diag.List {
	for _, k := range ns.Note.PeriodKeys() {
		if key, err := term.ParsePeriodKey(k); err == nil && !slices.Contains(n.NamedPeriods, key) {
			n.NamedPeriods = append(n.NamedPeriods, key)
		}
	}
	problems := joinEvidence(ps, ns, n, p)
	hideSuppressed(n)
	return problems
}

// hideSuppressed replaces the note's own copy of its values by one without
// the suppressed ones: the model's note embeds what the file says, and
// nothing that renders may find a small count there.
func hideSuppressed(n *model.Note) {
	var hidden []int
	for _, r := range n.Readings {
		if r.Value.FewerThan > 0 {
			hidden = append(hidden, r.Value.Index)
		}
	}
	if len(hidden) == 0 {
		return
	}
	values := slices.Clone(n.Note.Values)
	for _, i := range hidden {
		values[i].Value = nil
	}
	n.Note.Values = values
}

// joinEvidence resolves the note's evidence items, reading the local
// copies it names and checking their checksums.
func joinEvidence(ps *source.Plan, ns *source.Note, n *model.Note, p *model.Plan) diag.List {
	var problems diag.List
	for i, e := range ns.Note.Evidence {
		item := model.EvidenceItem{Evidence: e}
		at := "evidence[" + strconv.Itoa(i) + "]"
		if e.File != "" && !ns.Reported[at+".file"] {
			if _, _, bad := check.BadEvidencePath(e.File); !bad {
				local, prob := readEvidence(ps, ns, at, e.File, p)
				if prob != nil {
					problems.Add(*prob)
				} else if sum := strings.ToLower(strings.TrimSpace(e.SHA256)); sum != "" && check.IsSHA256(sum) && sum != local.SHA256 {
					problems.Add(ns.Problem(problem.ChecksumMismatch, at+".sha256", true, path.Join(ps.EvidenceDir(), e.File), local.SHA256))
				}
				item.Local = local
			}
		}
		n.EvidenceItems = append(n.EvidenceItems, item)
	}
	return problems
}

// maxEvidenceBytes bounds a local evidence file: a scanned decision or
// minutes is a few MiB; more is a mistake (a video, an archive of scans).
const maxEvidenceBytes = 20 << 20

// readEvidence reads a local evidence file: an ordinary file (not a
// symbolic link, and not reached through one, which could lead outside the
// site) of at most maxEvidenceBytes.
func readEvidence(ps *source.Plan, ns *source.Note, at, file string, p *model.Plan) (*model.LocalFile, *diag.Problem) {
	dir := ps.EvidenceDir()
	rel := path.Join(dir, file)
	abs := filepath.Join(ps.Root, filepath.FromSlash(rel))
	fi, err := os.Lstat(abs)
	bad := func(reason, advice diag.Text) (*model.LocalFile, *diag.Problem) {
		prob := ns.Problem(problem.BadEvidenceFile, at+".file", true, file, reason, advice)
		return nil, &prob
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		prob := ns.Problem(problem.EvidenceMissing, at+".file", true, rel, dir+"/")
		return nil, &prob
	case err != nil:
		return bad(diag.Text{UK: err.Error(), EN: err.Error()}, diag.Text{})
	case fi.Mode()&fs.ModeSymlink != 0 || !fi.Mode().IsRegular():
		return bad(diag.Text{UK: "це не звичайний файл (посилання чи тека)", EN: "it is not an ordinary file (a link or a folder)"},
			diag.Text{UK: "покладіть у теку сам файл документа", EN: "put the document's file itself in the folder"})
	case fi.Size() > maxEvidenceBytes:
		prob := ns.Problem(problem.EvidenceTooLarge, at+".file", true, rel, (fi.Size()+(1<<20)-1)>>20, maxEvidenceBytes>>20)
		return nil, &prob
	}
	// The evidence folder, or one of the plan's folders, may itself be a
	// link that leads out of the site: its files are never published.
	if real, err := filepath.EvalSymlinks(abs); err != nil || source.OutsideRoot(ps.Root, real) {
		return bad(diag.Text{UK: "шлях до нього веде за межі теки сайту через посилання (symlink) на теку", EN: "its path leaves the site folder through a symbolic link to a folder"},
			diag.Text{UK: "покладіть саму теку evidence з файлами в теку плану, а не посилання на неї", EN: "put the evidence folder itself, with its files, in the plan's folder, not a link to it"})
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		return bad(diag.Text{UK: err.Error(), EN: err.Error()}, diag.Text{})
	}
	sum := sha256.Sum256(data)
	site := p.Path + "evidence/" + file
	return &model.LocalFile{Path: site, File: strings.TrimPrefix(site, "/"), Size: int64(len(data)),
		SHA256: hex.EncodeToString(sum[:]), Data: data}, nil
}

// assembleAccountability computes what spans the plan once its measures
// are assessed: spending and money, tallies of reporting periods and of
// confirmation, the data-quality report; and reports the periods notes
// name that terms lack, and small counts that could be worked out.
func assembleAccountability(ps *source.Plan, p *model.Plan, cfg *Config) diag.List {
	var problems diag.List
	byFile := map[string]*model.Note{}
	for _, n := range p.Notes {
		byFile[n.File] = n
	}
	sources := map[*model.Note]*source.Note{}
	for _, ns := range ps.Notes {
		if n := byFile[ns.Path]; n != nil {
			sources[n] = ns
		}
	}
	joinSpending(p, sources)
	for _, m := range p.Measures {
		p.Reporting.Add(m.Progress.Reporting)
		m.Section.Reporting.Add(m.Progress.Reporting)
		p.Confirmation.Count(m)
		m.Section.Confirmation.Count(m)
		p.Money.AddMoney(&m.Money)
		problems.Add(unmatchedProblems(p, m, sources)...)
	}
	p.Quality = model.AssessQuality(p)
	problems.Add(checkDisclosure(p, sources)...)
	problems.Add(checkSensitiveText(p, sources, cfg.Privacy.MinCount)...)
	return problems
}

// joinSpending gives each measure its planned money and the sums notes
// report spent on it, oldest note first.
func joinSpending(p *model.Plan, sources map[*model.Note]*source.Note) {
	byRef := map[string]*model.Measure{}
	for _, m := range p.Measures {
		byRef[m.Ref] = m
		model.PlanMoney(m)
	}
	for i := len(p.Notes) - 1; i >= 0; i-- {
		n := p.Notes[i]
		ns := sources[n]
		if ns == nil {
			continue
		}
		for _, s := range ns.Note.Spending {
			m := byRef[spendingMeasureRef(&ns.Note, s, p.ID)]
			if m == nil || s.Year == 0 {
				continue // reported by validate
			}
			sp := &model.Spent{Spending: s, Currency: s.CurrencyOrDefault(), Note: n, Measure: m}
			n.Spent = append(n.Spent, sp)
			m.AddSpent(sp)
		}
	}
}

// spendingMeasureRef is the plan-relative measure a spending of note is
// for: the one it names, else the note's only measure.
func spendingMeasureRef(note *content.Note, s content.Spending, plan string) string {
	if s.Measure != "" {
		return check.ResolveMeasure(plan, s.Measure)
	}
	if len(note.Measures) == 1 {
		return check.ResolveMeasure(plan, note.Measures[0])
	}
	return ""
}

// unmatchedProblems warns of the periods m's notes name that its term
// lacks, at each period as the note writes it.
func unmatchedProblems(p *model.Plan, m *model.Measure, sources map[*model.Note]*source.Note) diag.List {
	if len(m.Progress.Unmatched) == 0 {
		return nil
	}
	var keys []string
	if s, err := term.Parse(m.Term, model.TermContext(p)); err == nil {
		for _, per := range s.Periods(content.Date{}) {
			keys = append(keys, per.Key)
		}
	}
	var l diag.List
	for _, u := range m.Progress.Unmatched {
		ns := sources[u.Note]
		if ns == nil {
			continue
		}
		at := check.PeriodPaths(&ns.Note)[max(0, slices.Index(ns.Note.PeriodKeys(), u.Key))]
		if len(keys) == 0 {
			l.Add(ns.Problem(problem.PeriodNoTerm, at, true, u.Key, m.Code, m.Term))
			continue
		}
		l.Add(ns.Problem(problem.PeriodUnmatched, at, true, u.Key, m.Code, m.Term, listKeys(keys)))
	}
	return l
}

// listKeys lists period keys for a hint, the first and last few of a long
// list.
func listKeys(keys []string) string {
	if len(keys) > 8 {
		keys = append(append(slices.Clone(keys[:4]), "…"), keys[len(keys)-3:]...)
	}
	return strings.Join(keys, ", ")
}

// checkDisclosure warns when a suppressed value can be worked out: the
// indicator is a part (or the total) of a declared sum (total_of), and on
// the same date every other member of the sum is published.
func checkDisclosure(p *model.Plan, sources map[*model.Note]*source.Note) diag.List {
	byRef := map[string]*model.Indicator{}
	for _, ind := range p.Numeric {
		byRef[ind.Ref] = ind
	}
	var l diag.List
	for _, total := range p.Numeric {
		if len(total.Spec.TotalOf) == 0 {
			continue
		}
		members := []*model.Indicator{total}
		for _, ref := range total.Spec.TotalOf {
			if ind := byRef[ref]; ind != nil && !slices.Contains(members, ind) {
				members = append(members, ind)
			}
		}
		if len(members) < 2 {
			continue
		}
		for _, d := range valueDates(members) {
			l.Add(disclosedOn(d, members, sources)...)
		}
	}
	return l
}

// valueDates are the dates any of the indicators has a value for, oldest
// first.
func valueDates(inds []*model.Indicator) []content.Date {
	var out []content.Date
	for _, ind := range inds {
		for _, v := range ind.Values {
			if !slices.Contains(out, v.Date) {
				out = append(out, v.Date)
			}
		}
	}
	slices.SortFunc(out, content.Date.Compare)
	return out
}

// disclosedOn warns when exactly one member of a sum is suppressed on day
// d and all the others are published: the one is the total minus the
// parts, or the sum of the parts.
func disclosedOn(d content.Date, members []*model.Indicator, sources map[*model.Note]*source.Note) diag.List {
	var hidden *model.IndicatorValue
	var hiddenInd *model.Indicator
	var shown []string
	for _, ind := range members {
		v := valueOn(ind, d)
		switch {
		case v == nil || v.Value == nil && v.FewerThan == 0:
			return nil // a member unknown that day: nothing can be worked out
		case v.FewerThan > 0:
			if hidden != nil {
				return nil // two unknowns
			}
			hidden, hiddenInd = v, ind
		default:
			shown = append(shown, ind.Ref)
		}
	}
	if hidden == nil {
		return nil
	}
	ns := sources[hidden.Note]
	if ns == nil {
		return nil
	}
	return diag.List{ns.Problem(problem.Disclosure, "value["+strconv.Itoa(hidden.Index)+"]", false, hiddenInd.Ref, d.String(),
		diag.Text{UK: "за цю дату опубліковано " + strings.Join(shown, ", "), EN: "published for this date: " + strings.Join(shown, ", ")})}
}

// valueOn is the indicator's last value reported for day d, if any.
func valueOn(ind *model.Indicator, d content.Date) *model.IndicatorValue {
	var out *model.IndicatorValue
	for i := range ind.Values {
		if ind.Values[i].Date == d {
			out = &ind.Values[i]
		}
	}
	return out
}

// checkSensitiveText warns when a note states a suppressed value in its
// text, title or the value's comment: the portal would publish it there.
func checkSensitiveText(p *model.Plan, sources map[*model.Note]*source.Note, minCount int) diag.List {
	var l diag.List
	for _, n := range p.Notes {
		ns := sources[n]
		if ns == nil {
			continue
		}
		for _, r := range n.Readings {
			if r.Value.FewerThan == 0 {
				continue
			}
			raw := ns.Note.Values[r.Value.Index].Value
			if raw == nil {
				continue
			}
			num := strconv.FormatFloat(*raw, 'f', -1, 64)
			at := "value[" + strconv.Itoa(r.Value.Index) + "]"
			if numberIn(r.Value.Comment, num) {
				l.Add(ns.Problem(problem.SensitiveInText, at+".comment", true, r.Indicator.Ref, minCount, num))
			}
			if numberIn(ns.Note.Title, num) {
				l.Add(ns.Problem(problem.SensitiveInText, "title", true, r.Indicator.Ref, minCount, num))
			}
			for i, line := range strings.Split(ns.Note.Body, "\n") {
				if loc := numberAt(line, num); loc >= 0 {
					prob := problem.SensitiveInText.At(ns.Path, diag.Pos{Line: ns.BodyLine + i, Col: len([]rune(line[:loc])) + 1, Len: len(num)}, r.Indicator.Ref, minCount, num)
					prob.Source = line
					l.Add(prob)
					break
				}
			}
		}
	}
	return l
}

// numberIn reports whether text holds num as a number of its own.
func numberIn(text, num string) bool { return numberAt(text, num) >= 0 }

// numberAt returns the byte offset of num in text as a number of its own
// (not a digit of a longer number or a date), or -1.
func numberAt(text, num string) int {
	re := regexp.MustCompile(`(^|[^\d.,:/-])` + regexp.QuoteMeta(num) + `($|[^\d.,:/-]|[.,:]($|\D))`)
	m := re.FindStringSubmatchIndex(text)
	if m == nil {
		return -1
	}
	return m[3]
}
