package tomldecode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestSyntaxProblem: every syntax rule, and every way out of each, points
// at the mistake and names it.
func TestSyntaxProblem(t *testing.T) {
	cases := []struct {
		name string
		text string
		rule string // the syntaxRules entry the parser's message reaches
		code string // the problem's code
		pos  string // line:column shown
		want string // in the English message
	}{
		{"unclosed string", "title = \"abc\n", "unclosed string", "toml-syntax", "1:9", `before its closing "`},
		{"unclosed literal at the end", "a = 'x", "unclosed string", "toml-syntax", "1:5", "before its closing '"},
		{"unclosed after a multi-line string", "a = [\n\"\"\"x\ny\"\"\", \"z\n]\n", "unclosed string", "toml-syntax", "3:9", "not valid TOML: strings cannot contain newlines"},
		{"unclosed multi-line", "a = \"\"\"x\n", "unclosed multi-line string", "toml-syntax", "1:5", `opened with """`},
		{"unclosed multi-line literal", "a = 1\nb = '''x\ny\n", "unclosed multi-line string", "toml-syntax", "2:5", "opened with '''"},
		{"key in Ukrainian", "назва = \"x\"\n", "missing equals", "toml-syntax", "1:1", `key "назва" must be written in Latin letters`},
		{"missing equals", "title \"x\"\n", "missing equals", "toml-syntax", "1:7", `"=" is missing after "title"`},
		{"key alone", "a = 1\ntitle\n", "missing equals", "toml-syntax", "2:6", `"=" is missing after "title"`},
		{"duplicate key", "a = 1\nb = 2\na = 3\n", "duplicate", "toml-syntax", "3:1", `key "a" is given twice; first on line 1`},
		{"duplicate table", "[a]\nb = 1\n[a]\n", "duplicate", "toml-syntax", "3:1", "table [a] is given twice; first on line 1"},
		{"table after array of tables", "[[a]]\n[a]\n", "duplicate", "toml-syntax", "2:1", "table [a] is given twice; first on line 1"},
		{"array of tables after table", "[a]\n[[a]]\n", "duplicate", "toml-syntax", "2:1", "table [a] is given twice; first on line 1"},
		{"table after key", "a = 1\n[a]\n", "duplicate", "toml-syntax", "2:1", `"a" is given a second time`},
		{"dotted key after key", "a = 1\na.b = 2\n", "duplicate", "toml-syntax", "1:1", `"a" is given a second time`},
		{"quoted key twice", "\"a b\" = 1\n\"a b\" = 2\n", "duplicate", "toml-syntax", "2:1", `"\"a b\"" is given a second time`},
		{"bad date", "d = 2021-13-01\n", "bad date", "bad-date", "1:5", "there is no month 13"},
		{"no value", "a =\n", "no value", "toml-syntax", "1:4", `"a" = has no value`},
		{"no value at the end", "a =", "no value", "toml-syntax", "1:3", `"a" = has no value`},
		{"unquoted", "a = hello # note\n", "unquoted", "toml-syntax", "1:5", `the value "hello" must be in quotes`},
		{"trailing", "a = \"x\" y\n", "trailing", "toml-syntax", "1:8", `unexpected text "y"`},
		{"inner quote", "a = \"say \"hi\" now\"\n", "trailing", "toml-syntax", "1:10", "inside the text ends it too early"},
		{"list", "a = [1 2]\n", "list", "toml-syntax", "1:8", "missing a comma between items"},
		{"inline table", "a = {b = 1 c = 2}\n", "inline table", "toml-syntax", "1:12", "a table in braces"},
		{"header", "  [a b]\n", "header", "toml-syntax", "1:3", "the table header is malformed"},
		{"header of an array", "[[a]\n", "header", "toml-syntax", "1:1", "the table header is malformed"},
		{"header after a byte order mark", "\uFEFFx = 1\ny = 2\n[]\n", "header", "toml-syntax", "3:1", "the table header is malformed"},
		{"empty header", "x = 1\n[]\n", "header", "toml-syntax", "2:1", "the table header is malformed"},
		{"escape", "a = \"C:\\path\"\n", "escape", "toml-syntax", "1:8", `"\p" is not one`},
		{"short unicode escape", "a = \"\\u12\"\n", "escape", "toml-syntax", "1:6", `"\u" is not one`},
		{"escape at the line end", "a = \"abc\\\n", "escape", "toml-syntax", "1:6", "not valid TOML: invalid escape"},
		{"escape in a multi-line string", "a = \"\"\"\nx\\p\"\"\"\n", "escape", "toml-syntax", "1:8", "not valid TOML: invalid escape"},
		{"number", "a = [1__2, 3]\n", "number", "toml-syntax", "1:6", `the number "1__2" is malformed`},
		{"bad octal digit", "a = 0o9\n", "number", "toml-syntax", "1:5", `the number "0o9" is malformed`},
		{"sign on hex", "a = +0x1\n", "number", "toml-syntax", "1:5", `the number "+0x1" is malformed`},
		{"number too large", "a = 99999999999999999999\n", "number", "bad-number", "1:5", "too large for a plan"},
		{"blank key", "= 1\n", "blank key", "toml-syntax", "1:1", `no key before "="`},
		{"inline table open at the end", "a = {\n", "blank key", "toml-syntax", "1:6", `no key before "="`},
		{"empty key part", "a. = 1\n", "blank key", "toml-syntax", "1:4", `no key before "="`},
		{"control character", "a = \"x\x01\"\n", "control character", "toml-syntax", "1:6", "invisible control character"},
		{"other", "a = [,]\n", "other", "toml-syntax", "1:6", "not valid TOML: unexpected comma"},
	}
	hits := make([]int, len(syntaxRules))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var m map[string]any
			_, err := toml.Decode(c.text, &m)
			pe, ok := err.(toml.ParseError)
			if !ok {
				t.Fatalf("not a parse error: %v", err)
			}
			i := syntaxRuleFor(pe.Message)
			hits[i]++
			if syntaxRules[i].name != c.rule {
				t.Errorf("%q reaches rule %q, want %q", pe.Message, syntaxRules[i].name, c.rule)
			}
			p := SyntaxProblem("f.toml", c.text, err, 0)
			if p.Code != c.code || fmt.Sprintf("%d:%d", p.Pos.Line, p.Pos.Col) != c.pos || !strings.Contains(p.Message.EN, c.want) {
				t.Errorf("got %s at %d:%d %q, want %s at %s %q", p.Code, p.Pos.Line, p.Pos.Col, p.Message.EN, c.code, c.pos, c.want)
			}
		})
	}
	for i, n := range hits {
		if n == 0 {
			t.Errorf("no case reaches rule %q", syntaxRules[i].name)
		}
	}
}

// TestSyntaxProblemNotParse: an error that is not the parser's (a theme's
// strings decoded into strings) is shown in its own words, without a place.
func TestSyntaxProblemNotParse(t *testing.T) {
	var m map[string]string
	_, err := toml.Decode("a = 1\n", &m)
	p := SyntaxProblem("uk.toml", "a = 1\n", err, 0)
	if p.Code != "toml-syntax" || p.Pos.Line != 0 || !strings.Contains(p.Message.EN, err.Error()) {
		t.Errorf("got %+v", p)
	}
}
