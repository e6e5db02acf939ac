package model

import "github.com/plansite/plansite/generator/content"

// Small-number suppression. In a small community a count of 1 to 4
// children in institutional care can identify a child; statistical offices
// publish such a cell only as "fewer than 5". An indicator marked
// sensitive in indicators.toml is protected the same way, once, here in the
// model: assemble replaces every small value of it (reported values,
// baseline, target) by a marker before anything renders, so that no page,
// chart, table, feed, search index or data file can reach the value.

// Suppressed reports whether value v of an indicator described by spec
// is published only as "fewer than minCount": the indicator is sensitive
// and v is a count from 1 to minCount−1.
func Suppressed(spec *content.IndicatorSpec, v *float64, minCount int) bool {
	return spec != nil && spec.Sensitive && v != nil && *v >= 1 && *v < float64(minCount)
}

// Protect returns value v as it may be published: nil with fewerThan set
// to minCount when it is suppressed, else v and 0.
func Protect(spec *content.IndicatorSpec, v *float64, minCount int) (published *float64, fewerThan int) {
	if Suppressed(spec, v, minCount) {
		return nil, minCount
	}
	return v, 0
}

// SetSpec gives the indicator its description from indicators.toml, a copy
// without a baseline or target that is a suppressed small count (their
// markers are BaselineFewerThan and TargetFewerThan).
func (ind *Indicator) SetSpec(spec *content.IndicatorSpec, minCount int) {
	if spec == nil {
		ind.Spec = nil
		return
	}
	published := *spec
	published.Baseline, ind.BaselineFewerThan = Protect(spec, spec.Baseline, minCount)
	published.Target, ind.TargetFewerThan = Protect(spec, spec.Target, minCount)
	ind.Spec = &published
}

// ProtectValue marks v as suppressed when it must be: its Value becomes
// nil and FewerThan minCount.
func (ind *Indicator) ProtectValue(v *IndicatorValue, minCount int) {
	if ind.Spec == nil || !ind.Spec.Sensitive {
		return
	}
	v.Value, v.FewerThan = Protect(ind.Spec, v.Value, minCount)
}

// Sensitive reports whether the indicator's small values are suppressed.
func (ind *Indicator) Sensitive() bool { return ind.Spec != nil && ind.Spec.Sensitive }
