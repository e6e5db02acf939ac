package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/plansite/plansite/generator/content"
)

// This file builds the schemas from the Go types. A struct becomes an
// object that allows exactly the keys of its `toml` tags (the decoder,
// internal/tomldecode, reports any other key); a field's Go type gives the
// JSON type as Taplo sees the TOML value; the field's doc comment is its
// English description; the rules table (rules_test.go) adds the Ukrainian
// description and what internal/check requires of the value.

const draft07 = "http://json-schema.org/draft-07/schema#"

var dateType = reflect.TypeFor[content.Date]()

// obj is a JSON object that keeps its keys in the order they were set, so
// that a schema file reads in the order of the struct it describes.
type obj struct {
	keys []string
	vals map[string]any
}

func newObj() *obj { return &obj{vals: map[string]any{}} }

// set sets key to v; a key set before keeps its place.
func (o *obj) set(key string, v any) *obj {
	if _, ok := o.vals[key]; !ok {
		o.keys = append(o.keys, key)
	}
	o.vals[key] = v
	return o
}

func (o *obj) get(key string) any { return o.vals[key] }

// MarshalJSON writes the keys in order, and "<", ">" and "&" as they are:
// the descriptions are read by people.
func (o *obj) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			buf.WriteByte(',')
		}
		key, err := marshal(k)
		if err != nil {
			return nil, err
		}
		val, err := marshal(o.vals[k])
		if err != nil {
			return nil, err
		}
		buf.Write(key)
		buf.WriteByte(':')
		buf.Write(val)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// builder builds the schemas and collects every problem with the Go
// types and the rules table, so that one run lists them all.
type builder struct {
	problems []string
	used     map[string]bool // rules entries used
	defs     *obj            // the definitions of the document being built
}

// fail records a problem once: a type used in several places (Measure)
// would otherwise repeat its own.
func (g *builder) fail(format string, args ...any) {
	p := fmt.Sprintf(format, args...)
	if !slices.Contains(g.problems, p) {
		g.problems = append(g.problems, p)
	}
}

// document builds the schema of a whole file whose content decodes into t.
func (g *builder) document(name string, t reflect.Type) *obj {
	s := newObj().set("$schema", draft07).set("title", "plansite: "+name)
	g.describe(s, t.Name(), g.typeDoc(t))
	g.defs = newObj()
	g.object(s, t)
	if len(g.defs.keys) > 0 {
		s.set("definitions", g.defs)
	}
	return s
}

// definition returns a reference to the definition of struct t, which it
// adds to the document the first time. Lists of tables refer to their
// table's definition: Measure, in three kinds of list, is described once.
// The reference is the whole of the items schema, because Taplo ignores
// the keywords beside a $ref.
func (g *builder) definition(t reflect.Type) *obj {
	if g.defs.get(t.Name()) == nil {
		d := newObj()
		g.defs.set(t.Name(), d)
		g.describe(d, t.Name(), g.typeDoc(t))
		g.object(d, t)
	}
	return newObj().set("$ref", "#/definitions/"+t.Name())
}

// file renders a schema as the bytes of its file.
func file(s *obj) ([]byte, error) {
	b, err := marshal(s)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

func (g *builder) typeDoc(t reflect.Type) string {
	d, err := docsOf(t)
	if err != nil {
		g.fail("%s: %v", t, err)
		return ""
	}
	return d.types[t.Name()]
}

// object makes s the schema of struct t.
func (g *builder) object(s *obj, t reflect.Type) {
	s.set("type", "object")
	d, err := docsOf(t)
	if err != nil {
		g.fail("%s: %v", t, err)
		return
	}
	props := newObj()
	var required []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := tomlKey(f)
		if key == "" {
			continue
		}
		name := t.Name() + "." + f.Name
		p := newObj()
		g.describe(p, name, fieldDoc(d, t, f))
		g.value(p, f.Type, name)
		r := g.rule(name)
		r.apply(p)
		if r.required {
			required = append(required, key)
		}
		props.set(key, p)
	}
	if len(required) > 0 {
		s.set("required", required)
	}
	s.set("additionalProperties", false)
	s.set("properties", props)
	g.rule(t.Name()).apply(s)
}

// value makes p the schema of a value of Go type t, the type of field name.
func (g *builder) value(p *obj, t reflect.Type, name string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == dateType:
		// Taplo passes a TOML date to the validator as its text,
		// "2021-03-01"; a date with a time fails the format.
		p.set("type", "string").set("format", "date")
	case t.Kind() == reflect.String:
		p.set("type", "string")
	case t.Kind() == reflect.Int:
		p.set("type", "integer")
	case t.Kind() == reflect.Float64:
		p.set("type", "number")
	case t.Kind() == reflect.Bool:
		p.set("type", "boolean")
	case t.Kind() == reflect.Struct:
		g.object(p, t)
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct && t.Elem() != dateType:
		p.set("type", "array").set("items", g.definition(t.Elem()))
	case t.Kind() == reflect.Slice:
		items := newObj()
		g.value(items, t.Elem(), name)
		p.set("type", "array").set("items", items)
	default:
		g.fail("%s: the decoder does not read Go type %s; teach internal/tomldecode and this generator together", name, t)
	}
}

// rule returns the rules entry for name ("Plan.ID", or a type, "Value").
func (g *builder) rule(name string) rule {
	g.used[name] = true
	return rules[name]
}

// describe sets the descriptions of s: Ukrainian first, then English. The
// Ukrainian comes from the rules table, the English from the Go doc
// comment, or from the table where the field has none.
func (g *builder) describe(s *obj, name, doc string) {
	r := rules[name]
	g.used[name] = true
	en := doc
	if en == "" {
		en = r.en
	}
	switch {
	case r.uk == "":
		g.fail("%s: no Ukrainian description: add %q to rules in rules_test.go", name, name)
	case en == "":
		g.fail("%s: no English description: give it a doc comment", name)
	case doc != "" && r.en != "":
		g.fail("%s: has a doc comment, so drop en from its rules entry", name)
	}
	s.set("description", r.uk+"\n\n"+en)
	md := markdown(r.uk) + "\n\n" + markdown(en)
	s.set("markdownDescription", md)
	// Taplo shows x-taplo.docs.main (Markdown) rather than description.
	s.set("x-taplo", newObj().set("docs", newObj().set("main", md)))
}

// markdown escapes the characters Markdown would take as markup, outside
// `code` spans: a description says "content/plans/<id>/plan.toml".
func markdown(s string) string {
	var b strings.Builder
	code := false
	for _, r := range s {
		switch {
		case r == '`':
			code = !code
		case !code && strings.ContainsRune(`\*_<>[]#`, r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unusedRules lists the entries of the rules table that no Go type used:
// a field renamed or removed leaves one behind.
func (g *builder) unusedRules() []string {
	var out []string
	for name := range rules {
		if !g.used[name] {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
