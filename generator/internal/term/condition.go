package term

import "slices"

// Condition is what a conditional term waits for before there is anything
// to do: it names no day, so the measure is never overdue.
type Condition int

const (
	// NoCondition: the term is not conditional.
	NoCondition Condition = iota
	// ConditionFunding: "у разі фінансування", "за наявності
	// фінансування", "за умови фінансування".
	ConditionFunding
	// ConditionDecision: "після прийняття рішення", "після прийняття
	// відповідного рішення" — a decision still to be taken, not the
	// plan's own adoption.
	ConditionDecision
	// ConditionBudget: "після затвердження бюджету".
	ConditionBudget
)

var conditions = [...]struct{ name, uk, en string }{
	NoCondition:       {"", "", ""},
	ConditionFunding:  {"funding", "за умови фінансування", "if funded"},
	ConditionDecision: {"decision", "після прийняття рішення", "once the decision is taken"},
	ConditionBudget:   {"budget", "після затвердження бюджету", "once the budget is approved"},
}

// String returns a stable ASCII name for data files: "funding",
// "decision", "budget"; "" for NoCondition.
func (c Condition) String() string {
	if c < 0 || int(c) >= len(conditions) {
		return ""
	}
	return conditions[c].name
}

// MarshalText writes the condition's String, for JSON downloads.
func (c Condition) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Label names the condition for people: "за умови фінансування", "if
// funded".
func (c Condition) Label(lang string) string {
	if c < 0 || int(c) >= len(conditions) {
		return ""
	}
	if isEnglish(lang) {
		return conditions[c].en
	}
	return conditions[c].uk
}

// conditionPhrases are the words of each condition, longest first within
// a group so that "за умови наявності фінансування" is taken whole.
var conditionPhrases = func() []struct {
	cond    Condition
	phrases [][]string
} {
	var funding [][]string
	for _, pre := range [][]string{
		{"за", "умови", "наявності"}, {"у", "разі", "наявності"}, {"в", "разі", "наявності"}, {"при", "наявності"},
		{"за", "наявності"}, {"за", "умови"}, {"у", "разі"}, {"в", "разі"}, {"при", "умові"},
	} {
		for _, noun := range []string{"фінансування", "коштів"} {
			funding = append(funding, append(slices.Clone(pre), noun))
		}
	}
	var decision [][]string
	for _, verb := range []string{"прийняття", "ухвалення"} {
		decision = append(decision, []string{"після", verb, "відповідного", "рішення"}, []string{"після", verb, "рішення"})
	}
	return []struct {
		cond    Condition
		phrases [][]string
	}{
		{ConditionFunding, funding},
		{ConditionDecision, decision},
		{ConditionBudget, [][]string{{"після", "затвердження", "відповідного", "бюджету"}, {"після", "затвердження", "бюджету"}, {"після", "прийняття", "бюджету"}}},
	}
}()
