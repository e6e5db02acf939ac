package generator

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/tomlpos"
)

// decodeTOML decodes a TOML document into v and reports every problem in it
// at once: syntax errors, values of the wrong type, unknown keys.
//
// BurntSushi/toml parses the document (and reports syntax errors with
// positions), but its struct decoding stops at the first wrong type and
// reports unknown keys without positions. So we let it parse into plain maps
// and fill v ourselves, with positions from tomlpos, collecting every
// problem. lineOffset shifts reported lines, for front matter inside a note.
func decodeTOML(file string, src []byte, v any, lineOffset int) (*tomlpos.Index, diag.List) {
	var problems diag.List
	text := string(src)
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		problems.Add(syntaxProblem(file, text, err, lineOffset))
		return nil, problems
	}
	idx := tomlpos.Parse(text)
	d := &decoder{file: file, idx: idx, offset: lineOffset}
	d.value(raw, reflect.ValueOf(v).Elem(), "")
	return idx, d.problems
}

func syntaxProblem(file, text string, err error, offset int) diag.Problem {
	pe, ok := err.(toml.ParseError)
	if !ok {
		return kindTOMLSyntax.At(file, diag.Pos{}, err.Error())
	}
	line := pe.Position.Line
	// Position.Col counts bytes; editors count characters.
	lines := strings.Split(text, "\n")
	col := pe.Position.Col
	src := ""
	if line >= 1 && line <= len(lines) {
		src = strings.TrimSuffix(lines[line-1], "\r")
		if col-1 <= len(src) {
			col = utf8.RuneCountInString(src[:col-1]) + 1
		}
	}
	n := max(1, utf8.RuneCountInString(text[min(pe.Position.Start, len(text)):min(pe.Position.Start+pe.Position.Len, len(text))]))
	p := kindTOMLSyntax.At(file, diag.Pos{Line: line + offset, Col: col, Len: n}, pe.Message)
	p.Source = src
	return p
}

type decoder struct {
	file     string
	idx      *tomlpos.Index
	offset   int
	problems diag.List
}

var dateType = reflect.TypeOf(content.Date{})

func (d *decoder) at(path string, value bool) diag.Pos {
	var p tomlpos.Position
	if value {
		p = d.idx.Value(path)
	} else {
		p = d.idx.Key(path)
	}
	if p.Line == 0 {
		return diag.Pos{}
	}
	return diag.Pos{Line: p.Line + d.offset, Col: p.Col, Len: p.Len}
}

func (d *decoder) report(k diag.Kind, path string, value bool, args ...any) {
	pos := d.at(path, value)
	p := k.At(d.file, pos, args...)
	if pos.Line > 0 {
		p.Source = d.idx.Line(pos.Line - d.offset)
	}
	d.problems.Add(p)
}

// value stores data (a value as BurntSushi decodes it) in rv.
func (d *decoder) value(data any, rv reflect.Value, path string) {
	if rv.Type() == dateType {
		date, err := content.DecodeDate(data)
		if err != nil {
			d.report(kindBadDate, path, true, keyName(path), describe(data))
			return
		}
		rv.Set(reflect.ValueOf(date))
		return
	}
	switch rv.Kind() {
	case reflect.Pointer:
		elem := reflect.New(rv.Type().Elem())
		d.value(data, elem.Elem(), path)
		rv.Set(elem)
	case reflect.Struct:
		m, ok := data.(map[string]any)
		if !ok {
			d.report(kindWrongType, path, true, keyName(path), typeName(rv.Type()), describe(data))
			return
		}
		d.table(m, rv, path)
	case reflect.Slice:
		items, ok := toSlice(data)
		if !ok {
			d.report(kindWrongType, path, true, keyName(path), typeName(rv.Type()), describe(data))
			return
		}
		s := reflect.MakeSlice(rv.Type(), len(items), len(items))
		for i, it := range items {
			d.value(it, s.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		rv.Set(s)
	case reflect.String:
		s, ok := data.(string)
		if !ok {
			d.report(kindWrongType, path, true, keyName(path), typeName(rv.Type()), describe(data))
			return
		}
		rv.SetString(s)
	case reflect.Int:
		n, ok := data.(int64)
		if !ok || n > math.MaxInt32 || n < math.MinInt32 {
			d.report(kindWrongType, path, true, keyName(path), typeName(rv.Type()), describe(data))
			return
		}
		rv.SetInt(n)
	case reflect.Float64:
		switch n := data.(type) {
		case float64:
			rv.SetFloat(n)
		case int64:
			rv.SetFloat(float64(n))
		default:
			d.report(kindWrongType, path, true, keyName(path), typeName(rv.Type()), describe(data))
		}
	case reflect.Bool:
		b, ok := data.(bool)
		if !ok {
			d.report(kindWrongType, path, true, keyName(path), typeName(rv.Type()), describe(data))
			return
		}
		rv.SetBool(b)
	default:
		panic("decode: unsupported field type " + rv.Type().String())
	}
}

// table fills the struct rv from m, reporting keys it does not know.
func (d *decoder) table(m map[string]any, rv reflect.Value, path string) {
	fields := tomlFields(rv.Type())
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sub := k
		if path != "" {
			sub = path + "." + k
		}
		i, ok := fields[k]
		if !ok {
			known := make([]string, 0, len(fields))
			for name := range fields {
				known = append(known, name)
			}
			sort.Strings(known)
			p := d.unknownKey(sub, k, known)
			d.problems.Add(p)
			continue
		}
		d.value(m[k], rv.Field(i), sub)
	}
}

func (d *decoder) unknownKey(path, key string, known []string) diag.Problem {
	pos := d.at(path, false)
	p := kindUnknownKey.At(d.file, pos, key, strings.Join(known, ", "))
	if pos.Line > 0 {
		p.Source = d.idx.Line(pos.Line - d.offset)
	}
	if near := diag.Nearest(key, known, 1); len(near) > 0 {
		p = p.WithHint(diag.Text{UK: "можливо, ви мали на увазі «" + near[0] + "»", EN: "did you mean \"" + near[0] + "\""})
	}
	return p
}

// tomlFields maps TOML keys to struct field indices.
func tomlFields(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("toml")
		name, _, _ := strings.Cut(tag, ",")
		if name == "" || name == "-" {
			continue
		}
		m[name] = i
	}
	return m
}

func toSlice(data any) ([]any, bool) {
	switch s := data.(type) {
	case []any:
		return s, true
	case []map[string]any:
		out := make([]any, len(s))
		for i, m := range s {
			out[i] = m
		}
		return out, true
	}
	return nil, false
}

func keyName(path string) string {
	p := tomlpos.StripIndices(path)
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// typeName names the type a key expects, as staff would say it.
func typeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == dateType:
		return "дата (date)"
	case t.Kind() == reflect.String:
		return "текст у лапках (text in quotes)"
	case t.Kind() == reflect.Int:
		return "ціле число (whole number)"
	case t.Kind() == reflect.Float64:
		return "число (number)"
	case t.Kind() == reflect.Bool:
		return "true або false"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		return "таблиця [[…]] (table)"
	case t.Kind() == reflect.Slice:
		return "список […] (list)"
	case t.Kind() == reflect.Struct:
		return "таблиця (table)"
	}
	return t.String()
}

// describe names what the document has instead.
func describe(data any) string {
	switch v := data.(type) {
	case string:
		return strconv.Quote(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return v.Format("2006-01-02T15:04:05")
	case []any, []map[string]any:
		return "список (list)"
	case map[string]any:
		return "таблиця (table)"
	}
	return fmt.Sprintf("%T", data)
}
