package term

import "sort"

// State is a measure's state on a date.
type State int

const (
	// NoTerm: the plan gives no term, and nothing was reported done.
	NoTerm State = iota
	// AsNeeded: done when needed, or once a condition is met (a
	// KindConditional term); never overdue.
	AsNeeded
	// Upcoming: the term has not started yet.
	Upcoming
	// UnderWay: within the term, the next deadline further off than the
	// due window.
	UnderWay
	// Due: the next deadline falls within the due window.
	Due
	// Overdue: the most recent deadline passed with no done note for it.
	Overdue
	// Done: completed: a one-off reported done, or every cycle to the
	// last reported.
	Done
)

var states = [...]struct{ name, uk, en string }{
	NoTerm:   {"no-term", "без терміну", "no term"},
	AsNeeded: {"as-needed", "за потреби", "as needed"},
	Upcoming: {"upcoming", "ще не розпочато за планом", "not started yet"},
	UnderWay: {"under-way", "триває", "under way"},
	Due:      {"due", "настає строк", "due soon"},
	Overdue:  {"overdue", "прострочено", "overdue"},
	Done:     {"done", "виконано", "done"},
}

// String returns a stable ASCII name, for CSS classes and data files:
// "no-term", "as-needed", "upcoming", "under-way", "due", "overdue", "done".
func (s State) String() string {
	if s < 0 || int(s) >= len(states) {
		return "unknown"
	}
	return states[s].name
}

// MarshalText writes the state's String, for JSON downloads.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Label names the state for people, in Ukrainian ("uk", the default) or
// English ("en"): "прострочено", "overdue".
func (s State) Label(lang string) string {
	if s < 0 || int(s) >= len(states) {
		return ""
	}
	if isEnglish(lang) {
		return states[s].en
	}
	return states[s].uk
}

// Cycle is one deadline of a term with several, and the done note that
// met it.
type Cycle struct {
	Deadline Date
	// Note is the date of the done note that met the deadline; zero if
	// none did.
	Note Date
}

// Met reports whether a done note met the deadline.
func (c Cycle) Met() bool { return !c.Note.IsZero() }

// Assessment is the result of Evaluate.
type Assessment struct {
	State State
	// Next is the next deadline not yet met, on or after the date of
	// evaluation; nil if none.
	Next *Date
	// Missed is the most recent passed deadline, when no note met it (the
	// measure is Overdue); nil otherwise.
	Missed *Date
	// Cycles are, for a term with several deadlines (recurring or a list
	// of years), every deadline that has passed or was met early, in
	// order, with the note that met it.
	Cycles []Cycle
}

// DefaultDueWindow is how many days before a deadline a measure is Due,
// unless WithDueWindow says otherwise: the plans report every half year,
// so a quarter's notice gives a reporting round to act.
const DefaultDueWindow = 90

// EvalOption configures Evaluate, EvaluateReports, Ledger and History.
type EvalOption func(*evalConfig)

type evalConfig struct{ window int }

func newEvalConfig(opts []EvalOption) evalConfig {
	cfg := evalConfig{window: DefaultDueWindow}
	for _, o := range opts {
		o(&cfg)
	}
	return cfg
}

// WithDueWindow sets how many days before a deadline a measure is Due.
// Days below 1 keep DefaultDueWindow.
func WithDueWindow(days int) EvalOption {
	return func(c *evalConfig) {
		if days > 0 {
			c.window = days
		}
	}
}

// Evaluate computes the state on asOf of a measure with schedule s, given
// the dates of the progress notes that say it (or a cycle of it) was done.
// Notes dated after asOf are ignored, so a site built for a past date shows
// that date's state. It is EvaluateReports with reports that name no
// period.
//
// A deadline passes the day after it: on the day itself it is Due. The
// state is, in order:
//
//   - NoTerm, or Done if a note says so, for no term (or one that could
//     not be read); AsNeeded for "за потреби" and for a conditional term
//     ("у разі фінансування"), whatever the notes;
//   - Overdue if the most recent passed deadline was met by no note;
//   - Due if the next deadline not yet met is within the due window;
//   - Upcoming before the term starts, UnderWay after;
//   - Done when no deadline is left to meet.
//
// Notes meet deadlines one each, as Ledger assigns reports to periods: a
// note meets the deadline nearest to it (on a tie, the earlier), if that
// is not met already; a note left over meets the most recent earlier
// deadline still unmet, as a late report. So a one-off term is Done once
// any done note exists, a late note still counts, and two notes for the
// same cycle do not meet the next one in advance. An ongoing term
// ("постійно") is continuous work: it is not Done before its end, whatever
// the notes say.
func Evaluate(s Schedule, asOf Date, done []Date, opts ...EvalOption) Assessment {
	reports := make([]Report, len(done))
	for i, d := range done {
		reports[i] = Report{Date: d, Ref: i}
	}
	return EvaluateReports(s, asOf, reports, opts...)
}

// EvaluateReports is Evaluate for reports that may name their periods: a
// report that names a period meets that period's deadline, and one that
// names none is assigned as Evaluate says. Given the same reports, its
// state agrees with Ledger: the measure is Overdue exactly when the
// ledger's latest period due before asOf is Missing.
func EvaluateReports(s Schedule, asOf Date, reports []Report, opts ...EvalOption) Assessment {
	return newEvaluator(s, reports, newEvalConfig(opts)).at(asOf)
}

// evaluator evaluates one schedule with one set of reports on many days,
// reusing the assignment of reports to periods while the reports made by
// the day stay the same. History asks it for hundreds of days.
type evaluator struct {
	s       Schedule
	cfg     evalConfig
	dl      []Date   // the deadlines: the periods' due dates
	all     []Period // the periods
	reports []Report // dated, in date order
	n       int      // how many reports met is for; -1 for none yet
	met     []Date   // for each deadline, the first report covering it
	cycles  bool     // whether to list Assessment.Cycles
}

func newEvaluator(s Schedule, reports []Report, cfg evalConfig) *evaluator {
	e := &evaluator{s: s, cfg: cfg, all: s.periods(), reports: reportsUntil(reports, Date{}), n: -1, cycles: true}
	e.dl = make([]Date, len(e.all))
	for i, p := range e.all {
		e.dl[i] = p.Due
	}
	return e
}

// at evaluates on asOf, as EvaluateReports documents.
func (e *evaluator) at(asOf Date) Assessment {
	s, dl := e.s, e.dl
	n := sort.Search(len(e.reports), func(i int) bool { return e.reports[i].Date.After(asOf) }) // the reports made by asOf
	switch {
	case s.Kind == KindAsNeeded || s.Kind == KindConditional:
		return Assessment{State: AsNeeded}
	case len(dl) == 0: // no term, or one not understood
		if n > 0 {
			return Assessment{State: Done}
		}
		return Assessment{State: NoTerm}
	case s.Ongoing && !asOf.After(s.End):
		n = 0
	}
	if n != e.n {
		e.n, e.met = n, make([]Date, len(dl))
		for i, c := range assign(e.all, e.reports[:n]) {
			e.met[i] = c.first
		}
	}
	met := e.met

	var a Assessment
	if len(dl) > 1 && e.cycles {
		for i, d := range dl {
			if d.Before(asOf) || !met[i].IsZero() {
				a.Cycles = append(a.Cycles, Cycle{Deadline: d, Note: met[i]})
			}
		}
	}
	next := -1
	for i, d := range dl {
		if !d.Before(asOf) && met[i].IsZero() {
			next = i
			break
		}
	}
	if next >= 0 {
		a.Next = &dl[next]
	}
	last := sort.Search(len(dl), func(i int) bool { return !dl[i].Before(asOf) }) - 1 // the most recent passed
	switch {
	case last >= 0 && met[last].IsZero():
		a.State, a.Missed = Overdue, &dl[last]
	case next < 0:
		a.State = Done
	case dl[next].Sub(asOf) <= e.cfg.window:
		a.State = Due
	case asOf.Before(s.Start):
		a.State = Upcoming
	default:
		a.State = UnderWay
	}
	return a
}
