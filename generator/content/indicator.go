package content

// Monitoring is a plan's monitoring data, decoded from
// content/plans/<plan>/indicators.toml. It is kept apart from plan.toml
// because it is not part of the adopted text: staff decide which indicators
// are numbers, and in what unit they are measured.
type Monitoring struct {
	Indicators []IndicatorSpec `toml:"indicator"`
}

// IndicatorSpec makes one of a measure's indicators numeric.
type IndicatorSpec struct {
	// Ref is "<measure>#<n>", e.g. "ii/2-1#1".
	Ref string `toml:"ref"`
	// Label is a short name for charts; the indicator text stands in.
	Label string `toml:"label,omitempty"`
	// Unit of the values, e.g. "%" or "дітей".
	Unit string `toml:"unit"`
	// Baseline is the starting value, and BaselineDate when it was measured.
	Baseline     *float64 `toml:"baseline,omitempty"`
	BaselineDate *Date    `toml:"baseline_date,omitempty"`
	// Target is the value the plan aims at, by TargetDate.
	Target     *float64 `toml:"target,omitempty"`
	TargetDate *Date    `toml:"target_date,omitempty"`
	// Direction is "up" when more is better, "down" when fewer is better.
	Direction string `toml:"direction"`
	// Sensitive marks a count of children (or people) small enough to
	// identify them: a value from 1 to the config's privacy.min_count − 1
	// is never published, only "fewer than" min_count.
	Sensitive bool `toml:"sensitive,omitempty"`
	// TotalOf lists the indicators this one is the sum of, e.g.
	// ["iv/1#2", "iv/1#3"], so that check can warn when the published
	// total and parts would give a suppressed value away.
	TotalOf []string `toml:"total_of,omitempty"`
}
