package term

// State is a measure's state on a date.
type State int

const (
	// NoTerm: the plan gives no term and nothing was reported done.
	NoTerm State = iota
	// AsNeeded: done when needed; never overdue.
	AsNeeded
	// Upcoming: the term has not started yet.
	Upcoming
	// UnderWay: within the term, the next deadline further than the
	// due window.
	UnderWay
	// Due: a deadline falls within the due window.
	Due
	// Overdue: the most recent deadline passed with no note saying it
	// was met.
	Overdue
	// Done: completed (every deadline met, or a one-off reported done).
	Done
)

var labels = map[State][2]string{
	NoTerm:   {"без терміну", "no term"},
	AsNeeded: {"за потреби", "as needed"},
	Upcoming: {"ще не розпочато за планом", "not started yet"},
	UnderWay: {"триває", "under way"},
	Due:      {"настає строк", "due soon"},
	Overdue:  {"прострочено", "overdue"},
	Done:     {"виконано", "done"},
}

// Label names the state in "uk" or "en".
func (s State) Label(lang string) string {
	if lang == "en" {
		return labels[s][1]
	}
	return labels[s][0]
}

// Assessment is the result of Evaluate.
type Assessment struct {
	State State
	// Next is the next deadline not yet met, if any.
	Next *Date
	// Missed is the passed deadline that made the measure overdue.
	Missed *Date
	// Met and Passed count the deadlines met and passed so far.
	Met, Passed int
}

// EvalOption configures Evaluate.
type EvalOption func(*evalConfig)

type evalConfig struct{ window int }

// WithDueWindow sets how many days before a deadline a measure is Due
// (default 90: the plans report every half year).
func WithDueWindow(days int) EvalOption {
	return func(c *evalConfig) {
		if days > 0 {
			c.window = days
		}
	}
}

// Evaluate computes the state of a measure with schedule s on asOf, given
// the dates of notes that said it (or a cycle of it) was done. Notes dated
// after asOf are ignored.
//
// A one-off term is Done once any done note exists. A recurring or
// multi-deadline term needs, for each passed deadline, its own done note
// dated after the previous deadline; a late note still counts, but one note
// meets one deadline.
func Evaluate(s Schedule, asOf Date, done []Date, opts ...EvalOption) Assessment {
	cfg := evalConfig{window: 90}
	for _, o := range opts {
		o(&cfg)
	}
	var notes []Date
	for _, d := range done {
		if !d.After(asOf) {
			notes = append(notes, d)
		}
	}
	sortDates(notes)
	switch s.Kind {
	case KindNone:
		if len(notes) > 0 {
			return Assessment{State: Done}
		}
		return Assessment{State: NoTerm}
	case KindAsNeeded:
		return Assessment{State: AsNeeded}
	case KindPeriod, KindDeadline:
		if len(notes) > 0 {
			return Assessment{State: Done}
		}
	}

	var passed []Date
	for _, d := range s.all() {
		if d.Before(asOf) {
			passed = append(passed, d)
		}
	}
	a := Assessment{Passed: len(passed)}
	// Match notes to deadlines from the most recent back, so a late report
	// meets the cycle it follows, and each note meets one deadline.
	used := len(notes) // notes[used:] are taken
	lastMet := true
	for i := len(passed) - 1; i >= 0; i-- {
		prev := Date{}
		if i > 0 {
			prev = passed[i-1]
		}
		met := used > 0 && notes[used-1].After(prev)
		if met {
			a.Met++
			used--
		}
		if i == len(passed)-1 {
			lastMet = met
		}
	}
	if len(passed) > 0 && !lastMet {
		missed := passed[len(passed)-1]
		a.State, a.Missed = Overdue, &missed
		if nd, ok := s.NextDeadline(asOf); ok {
			a.Next = &nd
		}
		return a
	}
	nd, ok := s.NextDeadline(asOf)
	if !ok {
		a.State = Done
		return a
	}
	a.Next = &nd
	switch {
	case asOf.Before(s.Start):
		a.State = Upcoming
	case !nd.After(asOf.AddDays(cfg.window)):
		a.State = Due
	default:
		a.State = UnderWay
	}
	return a
}
