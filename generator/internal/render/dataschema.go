package render

import (
	"reflect"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
)

// JSON Schemas (draft 2020-12) of the JSON files under /data/, published
// at /data/schema/: made from the Go types the files are written from —
// their json tags, `desc` tags (the description) and `enum` tags (the
// allowed values) — so that a field added to a file is in its schema. The
// tests validate the files of the test sites against them.

// jsonNotesDoc is notes.json: a plan's (with its id) or all plans'.
type jsonNotesDoc struct {
	Plan  string     `json:"plan,omitempty" desc:"The plan's id, in a plan's file."`
	Notes []jsonNote `json:"notes" desc:"The notes, newest first (plan by plan in the file of all plans)."`
}

// jsonResultsDoc is indicator-results.json.
type jsonResultsDoc struct {
	Plan       string       `json:"plan,omitempty" desc:"The plan's id, in a plan's file."`
	Indicators []jsonResult `json:"indicators" desc:"The indicators that are numeric or have values, in document order."`
}

// dataSchemaDocs are the published schemas: file name, title, and the
// type of the file's root.
var dataSchemaDocs = []struct {
	name, title string
	root        reflect.Type
}{
	{"plans", "data/plans.json: the plans", reflect.TypeFor[jsonSite]()},
	{"plan", "data/<plan>.json: one plan with everything its pages show", reflect.TypeFor[jsonPlan]()},
	{"notes", "data/notes.json and data/<plan>/notes.json: progress notes", reflect.TypeFor[jsonNotesDoc]()},
	{"indicator-results", "data/indicator-results.json and data/<plan>/indicator-results.json: indicator results in IATI's shape", reflect.TypeFor[jsonResultsDoc]()},
	{"quality", "<plan>/quality.json: a plan's data-quality report, measure by measure", reflect.TypeFor[jsonQuality]()},
}

// namedEnums are the value lists `enum` tags name.
var namedEnums = map[string][]string{
	"states": stateEnum, "statuses": statusEnum, "status_codes": statusCodeEnum, "periods": periodStatusEnum,
	"verification": verificationEnum, "quality": model.QualityChecks,
}

// dataSchemas writes /data/schema/<name>.schema.json.
func (r *Renderer) dataSchemas() error {
	for _, d := range dataSchemaDocs {
		file := "data/schema/" + d.name + ".schema.json"
		k := r.key("data-schema", d.name).Done()
		if r.out.Keep(SiteUnit, file, k) {
			continue
		}
		data, err := jsonBytes(r.jsonSchema(d.name, d.title, d.root))
		if err != nil {
			return err
		}
		if err := r.Emit(SiteUnit, file, k, data); err != nil {
			return err
		}
	}
	return nil
}

// jsonSchema is the schema of a file whose root is of type root.
func (r *Renderer) jsonSchema(name, title string, root reflect.Type) map[string]any {
	defs := map[string]any{}
	out := map[string]any{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title}
	if id := r.dataURL("schema/" + name + ".schema.json"); strings.Contains(id, "://") {
		out["$id"] = id
	}
	for k, v := range structSchema(root, defs) {
		out[k] = v
	}
	if len(defs) > 0 {
		out["$defs"] = defs
	}
	return out
}

var dateType = reflect.TypeFor[content.Date]()

// schemaOf is the schema of a value of type t; structs go to defs, by
// name, and are referred to.
func schemaOf(t reflect.Type, defs map[string]any) map[string]any {
	switch {
	case t == dateType:
		return map[string]any{"type": "string", "format": "date"}
	case t.Kind() == reflect.Pointer:
		return schemaOf(t.Elem(), defs)
	case t.Kind() == reflect.Slice:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), defs)}
	case t.Kind() == reflect.Map:
		return map[string]any{"type": "object", "propertyNames": map[string]any{"enum": stateEnum},
			"additionalProperties": schemaOf(t.Elem(), defs)}
	case t.Kind() == reflect.Struct:
		if _, ok := defs[t.Name()]; !ok {
			defs[t.Name()] = nil // taken, against recursion
			defs[t.Name()] = structSchema(t, defs)
		}
		return map[string]any{"$ref": "#/$defs/" + t.Name()}
	}
	return map[string]any{"type": map[reflect.Kind]string{reflect.String: "string", reflect.Bool: "boolean",
		reflect.Int: "integer", reflect.Int64: "integer", reflect.Float64: "number"}[t.Kind()]}
}

// structSchema is the schema of a struct: its exported fields with json
// tags, required unless omitempty, and nothing else.
func structSchema(t reflect.Type, defs map[string]any) map[string]any {
	props := map[string]any{}
	req := []string{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if !f.IsExported() || tag == "-" || tag == "" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		s := schemaOf(f.Type, defs)
		if d := f.Tag.Get("desc"); d != "" {
			if _, ref := s["$ref"]; ref {
				s = map[string]any{"$ref": s["$ref"]}
			}
			s["description"] = d
		}
		if e := f.Tag.Get("enum"); e != "" {
			enum, ok := namedEnums[e]
			if !ok {
				enum = strings.Split(e, ",")
			}
			s["enum"] = enum
		}
		props[name] = s
		if !strings.Contains(opts, "omitempty") {
			req = append(req, name)
		}
	}
	return map[string]any{"type": "object", "additionalProperties": false, "properties": props, "required": req}
}
