package schema_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/content/schema"
	"github.com/plansite/plansite/generator/internal/uktext"
)

// validator checks content files against the shipped schemas the way an
// editor with Taplo does: the TOML is parsed, turned into JSON values as
// Taplo turns it (dates become their text), and validated.
type validator struct {
	schemas map[string]*jsonschema.Schema
}

// newValidator compiles the shipped schemas; compiling also checks each
// against the draft-07 meta-schema.
func newValidator(t *testing.T) *validator {
	t.Helper()
	c := jsonschema.NewCompiler()
	v := &validator{schemas: map[string]*jsonschema.Schema{}}
	for _, d := range schema.Documents {
		b, err := fs.ReadFile(schema.FS(), d.File())
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", d.File(), err)
		}
		if err := c.AddResource(d.File(), doc); err != nil {
			t.Fatalf("%s: %v", d.File(), err)
		}
		s, err := c.Compile(d.File())
		if err != nil {
			t.Fatalf("%s: %v", d.File(), err)
		}
		v.schemas[d.Name] = s
	}
	return v
}

// result is what validating one file found.
type result struct {
	// unread says why the file could not be validated at all: it is not
	// UTF-8, has no front matter, or is not TOML (Taplo reports a syntax
	// error there, before any schema).
	unread error
	// errors are the schema's complaints, "/json/pointer keyword".
	errors []string
}

// check validates the file data, of kind d.
func (v *validator) check(d schema.Document, data []byte) result {
	data, bad := uktext.Normalize(data)
	if bad != nil {
		return result{unread: fmt.Errorf("not UTF-8 at %d:%d", bad.Line, bad.Col)}
	}
	if d.FrontMatter {
		parts, err := content.SplitNote(data)
		if err != nil {
			return result{unread: err}
		}
		data = parts.Front
	}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return result{unread: err}
	}
	err := v.schemas[d.Name].Validate(toJSON(doc))
	if err == nil {
		return result{}
	}
	verr, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return result{unread: err}
	}
	var errs []string
	leaves(verr, &errs)
	slices.Sort(errs)
	return result{errors: slices.Compact(errs)}
}

// toJSON turns a decoded TOML value into the JSON value Taplo validates
// (taplo's dom serializer): tables are objects, arrays arrays, and dates
// and times their TOML text.
func toJSON(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = toJSON(x)
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = toJSON(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = toJSON(x)
		}
		return out
	case time.Time:
		return tomlTime(v)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil // as serde_json writes them
		}
	}
	return v
}

// tomlTime writes a TOML date or time as the document has it. BurntSushi
// marks the local kinds by the time's location.
func tomlTime(t time.Time) string {
	switch t.Location().String() {
	case "date-local":
		return t.Format(time.DateOnly)
	case "datetime-local":
		return t.Format("2006-01-02T15:04:05.999999999")
	case "time-local":
		return t.Format("15:04:05.999999999")
	}
	return t.Format(time.RFC3339Nano)
}

// leaves lists the errors at the bottom of e's tree, each as the JSON
// pointer of what is wrong and the keyword that says so: a missing key or
// an unknown one is pointed at by its own name, like
// "/section/0/titel additionalProperties". An anyOf or not is one error.
func leaves(e *jsonschema.ValidationError, out *[]string) {
	at := pointer(e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		for _, m := range k.Missing {
			*out = append(*out, at+"/"+m+" required")
		}
		return
	case *kind.AdditionalProperties:
		for _, p := range k.Properties {
			*out = append(*out, at+"/"+p+" additionalProperties")
		}
		return
	case *kind.AnyOf:
		*out = append(*out, at+" anyOf")
		return
	case *kind.Not:
		*out = append(*out, at+" not")
		return
	}
	if len(e.Causes) == 0 {
		*out = append(*out, at+" "+keywordOf(e))
		return
	}
	for _, c := range e.Causes {
		leaves(c, out)
	}
}

func keywordOf(e *jsonschema.ValidationError) string {
	kp := e.ErrorKind.KeywordPath()
	if len(kp) == 0 {
		return fmt.Sprintf("%T", e.ErrorKind)
	}
	return kp[len(kp)-1]
}

func pointer(loc []string) string {
	var b strings.Builder
	for _, s := range loc {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(s))
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String()
}
