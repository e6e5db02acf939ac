package render

import (
	"github.com/plansite/plansite/generator/internal/model"
)

// A measure's page describes the measure for search engines and
// harvesters as schema.org JSON-LD: an Action with its status, the bodies
// responsible (agent), its term (startTime, endTime) and the indicator
// values reported as Observations.

// actionStatus is the schema.org ActionStatusType of a state: done is
// completed, cancelled failed, a term under way (reported or not, late or
// not) active, and anything not yet begun, as needed or suspended
// potential.
func actionStatus(state string) string {
	switch state {
	case model.StateDone:
		return "https://schema.org/CompletedActionStatus"
	case model.StateCancelled:
		return "https://schema.org/FailedActionStatus"
	case model.StateUnderway, model.StateOverdue, model.StateDue, model.StateNoReport:
		return "https://schema.org/ActiveActionStatus"
	}
	return "https://schema.org/PotentialActionStatus"
}

// MeasureLD is the measure's description as schema.org JSON-LD;
// html/template writes it as JSON inside its script element.
func (p *page) MeasureLD(m *model.Measure) map[string]any {
	url := p.Abs(m.Path)
	ld := map[string]any{
		"@context":     "https://schema.org",
		"@type":        "Action",
		"@id":          url,
		"url":          url,
		"identifier":   m.FullID,
		"name":         m.Code + " " + Short(m.Text, 110),
		"description":  m.Text,
		"actionStatus": actionStatus(m.Progress.State),
	}
	var agents []map[string]any
	for _, x := range m.Executors {
		agents = append(agents, map[string]any{"@type": "GovernmentOrganization", "name": x.Name, "url": p.Abs(x.Path)})
	}
	if len(agents) > 0 {
		ld["agent"] = agents
	}
	if pr := m.Progress; pr.Start != nil && pr.End != nil {
		ld["startTime"], ld["endTime"] = pr.Start.String(), pr.End.String()
	}
	var obs []map[string]any
	for _, ind := range m.Indicators {
		name := ind.Text
		unit := ""
		if ind.Spec != nil {
			unit = ind.Spec.Unit
			if ind.Spec.Label != "" {
				name = ind.Spec.Label
			}
		}
		for _, v := range ind.Values {
			o := map[string]any{"@type": "Observation", "variableMeasured": name, "observationDate": v.Date.String(),
				"observationAbout": map[string]string{"@id": url}, "url": p.Abs(v.Note.Path)}
			switch {
			case v.Value != nil:
				o["value"] = *v.Value
				if unit != "" {
					o["unitText"] = unit
				}
			case v.Achieved != nil:
				o["value"] = *v.Achieved
			}
			obs = append(obs, o)
		}
	}
	if len(obs) > 0 {
		ld["result"] = obs
	}
	return ld
}
