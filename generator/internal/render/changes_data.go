package render

import (
	"strconv"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// A plan's changes as data, beside its pages: /<plan>/changes.json, which
// the filter on the plan's page of changes reads too, and
// /<plan>/changes.csv, the same rows for a spreadsheet. Both list every
// change up to the build date, newest first, and are keyed on the changes,
// so a day that adds none writes neither.

// jsonChange is one change in changes.json and a row of changes.csv.
type jsonChange struct {
	Date string `json:"date"`
	// Kind is amendment, report, value, state or missed.
	Kind string `json:"kind"`
	// Measure is the measure's reference ("ii/2-3") and Code its code,
	// for changes of a measure.
	Measure string `json:"measure,omitempty"`
	Code    string `json:"code,omitempty"`
	// MeasureText is the measure's wording, in Ukrainian.
	MeasureText string `json:"measure_text,omitempty"`
	// State and Before are the new state and the one it replaced.
	State  string `json:"state,omitempty"`
	Before string `json:"before,omitempty"`
	// Period is the reporting period missed, as a period key.
	Period string `json:"period,omitempty"`
	// Due is the missed period's deadline.
	Due string `json:"due,omitempty"`
	// Indicator is the indicator's reference ("ii/2-3#1"), Value the
	// number reported (null when qualitative or withheld).
	Indicator string   `json:"indicator,omitempty"`
	Value     *float64 `json:"value,omitempty"`
	// Note is the report's file name, Amendment the amendment's id.
	Note      string `json:"note,omitempty"`
	Amendment string `json:"amendment,omitempty"`
	// Title is the link's text: the code, the note's title or the
	// amendment's name, in Ukrainian.
	Title string `json:"title"`
	// Path is the site path the change links (with its anchor), URL the
	// absolute address.
	Path string `json:"path"`
	URL  string `json:"url"`
	// TextUK and TextEN say what changed, in Ukrainian and in English.
	TextUK string `json:"text_uk"`
	TextEN string `json:"text_en"`
}

// changesHeader are the CSV's columns, the JSON's field names.
var changesHeader = []string{"date", "kind", "measure", "code", "measure_text", "state", "before", "period", "due", "indicator", "value",
	"note", "amendment", "title", "path", "url", "text_uk", "text_en"}

// jsonChanges are plan p's changes as data.
func (r *Renderer) jsonChanges(p *model.Plan, changes []*model.PlanChange) []jsonChange {
	langs := map[string]*page{}
	for _, lang := range []string{"uk", "en"} {
		langs[lang] = r.newPage(lang, "changes", p.Path+ChangesFolder, "", nil)
	}
	def := r.site.Config.Languages[0]
	out := make([]jsonChange, len(changes))
	for i, c := range changes {
		j := jsonChange{Date: c.Date.String(), Kind: c.Kind, State: c.State, Before: c.Before,
			Title: langs["uk"].ChangeTitle(c), Path: c.Path(), URL: r.site.Config.Absolute(r.link(def, c.Path())),
			TextUK: langs["uk"].ChangeDetail(c), TextEN: langs["en"].ChangeDetail(c)}
		if c.Measure != nil {
			j.Measure, j.Code, j.MeasureText = c.Measure.Ref, c.Measure.Code, c.Measure.Text
		}
		if c.Period != nil {
			j.Period, j.Due = c.Period.Key, c.Period.Due.String()
		}
		if c.Reading != nil {
			j.Indicator, j.Value = c.Reading.Indicator.Ref, c.Reading.Value.Value
		}
		if c.Note != nil && c.Kind != model.ChangeState {
			j.Note = c.Note.Slug
		}
		if c.Amendment != nil {
			j.Amendment = c.Amendment.ID
		}
		out[i] = j
	}
	return out
}

// changesRow is a change as a CSV row, in changesHeader's order.
func changesRow(c jsonChange) []string {
	value := ""
	if c.Value != nil {
		value = strconv.FormatFloat(*c.Value, 'f', -1, 64)
	}
	return []string{c.Date, c.Kind, c.Measure, c.Code, c.MeasureText, c.State, c.Before, c.Period, c.Due, c.Indicator, value,
		c.Note, c.Amendment, c.Title, c.Path, c.URL, c.TextUK, c.TextEN}
}

// changesData writes plan p's changes as JSON and CSV.
func (r *Renderer) changesData(p *model.Plan, changes []*model.PlanChange) error {
	h := engine.NewHasher("changes").Key(p.HeaderKey)
	for _, c := range changes {
		h.Key(c.Key)
	}
	list := h.Done()
	base := strings.TrimPrefix(p.Path, "/") + "changes"
	jk := r.key("changes-json", "").Key(list).Done()
	ck := r.key("changes-csv", "").Key(list).Done()
	if r.out.Keep(p.Dir, base+".json", jk) && r.out.Keep(p.Dir, base+".csv", ck) {
		return nil
	}
	rows := r.jsonChanges(p, changes)
	data, err := jsonBytes(struct {
		Plan    string       `json:"plan"`
		Changes []jsonChange `json:"changes"`
	}{p.ID, rows})
	if err != nil {
		return err
	}
	if err := r.Emit(p.Dir, base+".json", jk, data); err != nil {
		return err
	}
	table := [][]string{changesHeader}
	for _, c := range rows {
		table = append(table, changesRow(c))
	}
	return r.Emit(p.Dir, base+".csv", ck, csvBytes(table))
}
