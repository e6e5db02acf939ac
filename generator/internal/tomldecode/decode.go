package tomldecode

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/diag"
)

// Decode decodes a TOML document into v and reports every problem in it
// at once: syntax errors, values of the wrong type, unknown keys.
//
// BurntSushi/toml parses the document (and reports syntax errors with
// positions), but its struct decoding stops at the first wrong type and
// reports unknown keys without positions. So we let it parse into plain maps
// and fill v ourselves, with positions from tomlpos, collecting every
// problem. lineOffset shifts reported lines, for front matter inside a note.
//
// The returned set holds the key paths (with indices) already reported:
// values of the wrong type, and fields an unknown key was probably meant
// to be. validate skips them, so that `title = 2021` is one problem, not
// also "title is missing".
//
// A document whose shape is beyond the limits (see CheckLimits) is not
// parsed, and at most MaxProblems problems of one file are listed: a
// pasted table of a million wrong values is one mistake, not a million
// lines of output.
func Decode(file string, src []byte, v any, lineOffset int) (*Index, map[string]bool, diag.List) {
	text := string(src)
	if problems := CheckLimits(file, text, lineOffset); len(problems) > 0 {
		return nil, nil, problems
	}
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		return nil, nil, diag.List{SyntaxProblem(file, text, err, lineOffset)}
	}
	idx := Parse(text)
	d := &decoder{file: file, idx: idx, offset: lineOffset, reported: map[string]bool{}}
	d.value(raw, reflect.ValueOf(v).Elem(), "")
	if d.unshown > 0 {
		d.problems.Add(diag.TooMany.At(file, diag.Pos{}, d.unshown))
	}
	return idx, d.reported, d.problems
}

// MaxProblems is how many problems Decode lists for one file.
const MaxProblems = 100

// MaxNumber bounds every number in content, either way. Plans count
// children, places, percentages and hryvnias: the largest real figure is
// a budget of some billions. Up to 10^15 every whole number is exact in a
// float64 (exact up to 2^53 ≈ 9·10^15), so values print as written and a
// chart's scale has room to work; NaN, the infinities and 1.7e308 all
// broke the build.
const MaxNumber = 1e15

type decoder struct {
	file     string
	idx      *Index
	offset   int
	problems diag.List
	unshown  int // problems past MaxProblems
	reported map[string]bool
}

var dateType = reflect.TypeOf(content.Date{})

func (d *decoder) at(path string, value bool) diag.Pos {
	p := d.idx.Pos(path, value)
	if p.Line > 0 {
		p.Line += d.offset
	}
	return p
}

func (d *decoder) report(k diag.Kind, path string, value bool, args ...any) {
	if d.over(path) {
		return
	}
	d.reported[path] = true
	pos := d.at(path, value)
	p := k.At(d.file, pos, args...)
	if pos.Line > 0 {
		p.Source = d.idx.Line(pos.Line - d.offset)
	}
	d.problems.Add(p)
}

// over reports whether MaxProblems are listed already: a problem at path
// is then only counted (and path marked reported), before the words and
// the suggestions for it are worked out.
func (d *decoder) over(path string) bool {
	if len(d.problems) < MaxProblems {
		return false
	}
	d.reported[path] = true
	d.unshown++
	return true
}

// value stores data (a value as BurntSushi decodes it) in rv.
func (d *decoder) value(data any, rv reflect.Value, path string) {
	if rv.Type() == dateType {
		date, err := content.DecodeDate(data)
		if err != nil {
			if d.over(path) {
				return
			}
			reason, advice := dateAdvice(keyName(path), data)
			if errors.Is(err, content.ErrDateRange) {
				reason, advice = dateRangeAdvice(keyName(path), data)
			}
			d.report(kindBadDate, path, true, keyName(path), reason, advice)
			return
		}
		rv.Set(reflect.ValueOf(date))
		return
	}
	wrong := func() {
		if d.over(path) {
			return
		}
		d.report(kindWrongType, path, true, keyName(path), expectedType(rv.Type(), path), describe(data), typeAdvice(rv.Type(), path, data))
	}
	switch rv.Kind() {
	case reflect.Pointer:
		elem := reflect.New(rv.Type().Elem())
		d.value(data, elem.Elem(), path)
		rv.Set(elem)
	case reflect.Struct:
		m, ok := data.(map[string]any)
		if !ok {
			wrong()
			return
		}
		d.table(m, rv, path)
	case reflect.Slice:
		items, ok := toSlice(data)
		if !ok {
			wrong()
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
			wrong()
			return
		}
		rv.SetString(s)
	case reflect.Int:
		n, ok := data.(int64)
		if !ok || n > math.MaxInt32 || n < math.MinInt32 {
			wrong()
			return
		}
		rv.SetInt(n)
	case reflect.Float64:
		var f float64
		switch n := data.(type) {
		case float64:
			f = n
		case int64:
			f = float64(n)
		default:
			wrong()
			return
		}
		if reason, bad := badNumber(f, d.written(path)); bad {
			d.report(kindBadNumberValue, path, true, keyName(path), reason)
			return
		}
		rv.SetFloat(f)
	case reflect.Bool:
		b, ok := data.(bool)
		if !ok {
			wrong()
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
			d.unknownKey(path, k, fieldNames(fields))
			continue
		}
		d.value(m[k], rv.Field(i), sub)
	}
}

// unknownKey reports key in the table at path, with the nearest known key
// as a suggestion. The suggested field counts as reported: when it is
// then missing, the typo is the one problem to fix.
func (d *decoder) unknownKey(path, key string, known []string) {
	sub := key
	if path != "" {
		sub = path + "." + key
	}
	if d.over(sub) {
		return
	}
	where := diag.Text{}
	if path != "" {
		name := StripIndices(path)
		if strings.HasSuffix(path, "]") {
			name = "[[" + name + "]]"
		} else {
			name = "[" + name + "]"
		}
		where = diag.Text{UK: " у таблиці " + name, EN: " in table " + name}
	}
	list := strings.Join(known, ", ")
	hint := diag.Text{UK: "виправте назву або видаліть рядок; тут можливі ключі: " + list,
		EN: "correct the name or delete the line; keys allowed here: " + list}
	if near := diag.Nearest(key, known, 1); len(near) > 0 {
		hint = diag.Text{UK: "можливо, ви мали на увазі «" + near[0] + "»? Тут можливі ключі: " + list,
			EN: "did you mean \"" + near[0] + "\"? Keys allowed here: " + list}
		if path != "" {
			d.reported[path+"."+near[0]] = true
		} else {
			d.reported[near[0]] = true
		}
	}
	d.report(kindUnknownKey, sub, false, key, where, hint)
}

// badNumber says why f, written as written, cannot be a figure of a plan
// (see MaxNumber).
func badNumber(f float64, written string) (diag.Text, bool) {
	switch {
	case math.IsNaN(f):
		return diag.Text{UK: "nan — це не число", EN: "nan is not a number"}, true
	case math.IsInf(f, 0):
		return diag.Text{UK: "нескінченність не може бути значенням", EN: "infinity cannot be a value"}, true
	case math.Abs(f) > MaxNumber:
		if written == "" {
			written = strconv.FormatFloat(f, 'g', -1, 64)
		}
		return diag.Text{UK: "число " + written + " завелике для плану", EN: "the number " + written + " is too large for a plan"}, true
	}
	return diag.Text{}, false
}

// written returns the scalar value at path as the document writes it:
// from its position up to what ends a value.
func (d *decoder) written(path string) string {
	p := d.idx.Value(path)
	line := []rune(d.idx.Line(p.Line))
	if p.Col < 1 || p.Col > len(line) {
		return ""
	}
	s := string(line[p.Col-1:])
	if i := strings.IndexAny(s, ",]}# \t"); i >= 0 {
		s = s[:i]
	}
	return s
}

// fieldNames returns the keys of fields, sorted.
func fieldNames(fields map[string]int) []string {
	known := make([]string, 0, len(fields))
	for name := range fields {
		known = append(known, name)
	}
	sort.Strings(known)
	return known
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
	p := StripIndices(path)
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// expectedType names the kind of value a key takes, as staff would say it
// (in Ukrainian, after "має бути").
func expectedType(t reflect.Type, path string) diag.Text {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	name := StripIndices(path)
	switch {
	case t == dateType:
		return diag.Text{UK: "датою", EN: "a date"}
	case t.Kind() == reflect.String:
		return diag.Text{UK: "текстом у лапках", EN: "text in quotes"}
	case t.Kind() == reflect.Int:
		return diag.Text{UK: "цілим числом", EN: "a whole number"}
	case t.Kind() == reflect.Float64:
		return diag.Text{UK: "числом", EN: "a number"}
	case t.Kind() == reflect.Bool:
		return diag.Text{UK: "true або false", EN: "true or false"}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		return diag.Text{UK: "списком таблиць [[" + name + "]]", EN: "a list of tables [[" + name + "]]"}
	case t.Kind() == reflect.Slice:
		return diag.Text{UK: "списком […]", EN: "a list […]"}
	case t.Kind() == reflect.Struct:
		return diag.Text{UK: "таблицею [" + name + "]", EN: "a table [" + name + "]"}
	}
	return diag.Text{UK: t.String(), EN: t.String()}
}

// describe names the value the document has instead (in Ukrainian, in
// the instrumental case, after "а не").
func describe(data any) diag.Text {
	switch v := data.(type) {
	case string:
		return diag.Text{UK: "текстом " + strconv.Quote(v), EN: "the text " + strconv.Quote(v)}
	case int64:
		n := strconv.FormatInt(v, 10)
		return diag.Text{UK: "числом " + n, EN: "the number " + n}
	case float64:
		n := strconv.FormatFloat(v, 'g', -1, 64)
		return diag.Text{UK: "числом " + n, EN: "the number " + n}
	case bool:
		return diag.Text{UK: "значенням " + strconv.FormatBool(v), EN: strconv.FormatBool(v)}
	case time.Time:
		return diag.Text{UK: "датою " + describeTime(v), EN: "the date " + describeTime(v)}
	case []any, []map[string]any:
		return diag.Text{UK: "списком […]", EN: "a list […]"}
	case map[string]any:
		return diag.Text{UK: "таблицею", EN: "a table"}
	}
	return diag.Text{UK: fmt.Sprintf("%T", data), EN: fmt.Sprintf("%T", data)}
}

// leadingNumber matches a number at the start of text such as "55%" or
// "55,5 дітей".
var leadingNumber = regexp.MustCompile(`^\s*([-+]?[0-9]+(?:[.,][0-9]+)?)`)

// typeAdvice says what to write instead of data, with the key's own name,
// and the value itself where it can be salvaged.
func typeAdvice(t reflect.Type, path string, data any) diag.Text {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	key := keyName(path)
	str, isStr := data.(string)
	switch {
	case t.Kind() == reflect.String:
		switch v := data.(type) {
		case int64, float64, bool:
			val := strconv.Quote(fmt.Sprint(v))
			return diag.Text{UK: "візьміть значення в лапки: " + key + " = " + val, EN: "put the value in quotes: " + key + " = " + val}
		case []any:
			if len(v) > 0 {
				if first, ok := v[0].(string); ok {
					val := strconv.Quote(first)
					return diag.Text{UK: "тут можливе лише одне значення: " + key + " = " + val, EN: "only one value is possible here: " + key + " = " + val}
				}
			}
		}
		return diag.Text{UK: "пишіть текст у лапках: " + key + " = \"…\"", EN: "write text in quotes: " + key + " = \"…\""}
	case t.Kind() == reflect.Int:
		if isStr {
			if n, err := strconv.Atoi(strings.TrimSpace(str)); err == nil {
				return diag.Text{UK: "приберіть лапки: " + key + " = " + strconv.Itoa(n), EN: "drop the quotes: " + key + " = " + strconv.Itoa(n)}
			}
		}
		if f, ok := data.(float64); ok {
			n := strconv.Itoa(int(f))
			return diag.Text{UK: "лише ціле число, без дробової частини: " + key + " = " + n, EN: "a whole number only, no fraction: " + key + " = " + n}
		}
		return diag.Text{UK: "пишіть ціле число без лапок, наприклад " + key + " = 2021", EN: "write a whole number without quotes, e.g. " + key + " = 2021"}
	case t.Kind() == reflect.Float64:
		if m := leadingNumber.FindStringSubmatch(str); isStr && m != nil {
			n := strings.Replace(m[1], ",", ".", 1)
			return diag.Text{UK: "пишіть лише число, без лапок і одиниць виміру: " + key + " = " + n + " (одиницю задає unit в indicators.toml)",
				EN: "write the number only, without quotes or units: " + key + " = " + n + " (the unit is set by unit in indicators.toml)"}
		}
		return diag.Text{UK: "пишіть число без лапок, дробову частину — через крапку: " + key + " = 55.5", EN: "write a number without quotes, decimals with a point: " + key + " = 55.5"}
	case t.Kind() == reflect.Bool:
		val := "true"
		if isStr {
			switch strings.ToLower(strings.TrimSpace(str)) {
			case "false", "ні", "no", "нет", "0":
				val = "false"
			}
		}
		return diag.Text{UK: "пишіть " + key + " = " + val + " без лапок (true — так, false — ні)", EN: "write " + key + " = " + val + " without quotes"}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		name := StripIndices(path)
		if _, ok := data.(map[string]any); ok {
			return diag.Text{UK: "пишіть заголовок з подвійними дужками: [[" + name + "]]; кожен такий заголовок додає ще один елемент",
				EN: "write the header with double brackets: [[" + name + "]]; each such header adds one more item"}
		}
		return diag.Text{UK: "пишіть кожен елемент окремою таблицею під заголовком [[" + name + "]]", EN: "write each item as a table under a [[" + name + "]] header"}
	case t.Kind() == reflect.Slice:
		if isStr {
			val := strconv.Quote(str)
			return diag.Text{UK: "візьміть значення у квадратні дужки: " + key + " = [" + val + "]", EN: "put the value in square brackets: " + key + " = [" + val + "]"}
		}
		return diag.Text{UK: "пишіть список у квадратних дужках: " + key + " = [\"…\", \"…\"]", EN: "write a list in square brackets: " + key + " = [\"…\", \"…\"]"}
	case t.Kind() == reflect.Struct:
		name := StripIndices(path)
		return diag.Text{UK: "пишіть окремим рядком заголовок [" + name + "], а під ним — його ключі", EN: "write a [" + name + "] header line with its keys below it"}
	}
	return diag.Text{UK: "виправте значення за зразком", EN: "correct the value after the template"}
}
