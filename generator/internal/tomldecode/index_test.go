package tomldecode

import "testing"

const doc = `# plan
id = "svatove-2019"
period = { start = 2019, end = 2026 }
title = """
ПЛАН
розвитку"""

[approval]
number = "309" # comment with = sign

[[section]]
id = "i"

[[section.task]]
id = "1"

[[section.task.measure]]
id = "1-1"
executors = ["a", 'b',
  "c"]

[[section]]
id = "ii"
goals = ["x [y]", "z"]

[[section.task]]
id = "1"

[[section.task.measure]]
id = "1-1"
"quoted key" = 1
colour = "red"
`

func TestPositions(t *testing.T) {
	x := Parse(doc)
	cases := []struct {
		path      string
		line, col int
	}{
		{"id", 2, 1},
		{"period.start", 3, 12},
		{"period.end", 3, 26},
		{"title", 4, 1},
		{"approval.number", 9, 1},
		{"section[0]", 11, 1},
		{"section[0].id", 12, 1},
		{"section[0].task[0].measure[0].executors", 19, 1},
		{"section[0].task[0].measure[0].executors[1]", 19, 19},
		{"section[0].task[0].measure[0].executors[2]", 20, 3},
		{"section[1].id", 23, 1},
		{"section[1].goals[1]", 24, 19},
		{"section[1].task[0].id", 27, 1},
		{"section[1].task[0].measure[0].id", 30, 1},
		{"section[1].task[0].measure[0].quoted key", 31, 1},
		{"section[1].task[0].measure[0].colour", 32, 1},
	}
	for _, c := range cases {
		p := x.Key(c.path)
		if p.Line != c.line || p.Col != c.col {
			t.Errorf("%s: got %d:%d, want %d:%d", c.path, p.Line, p.Col, c.line, c.col)
		}
	}
	if got := x.Value("section[0].task[0].measure[0].executors[1]"); got.Line != 19 || got.Col != 19 {
		t.Errorf("value position: %+v", got)
	}
}

func TestMatchingAndFallback(t *testing.T) {
	x := Parse(doc)
	m := x.Matching("section.task.measure.id")
	if len(m) != 2 || m[0].Key.Line != 18 || m[1].Key.Line != 30 {
		t.Fatalf("Matching: %+v", m)
	}
	// An unrecorded path falls back to its nearest recorded ancestor.
	if p := x.Key("section[1].task[0].measure[0].term"); p.Line != 29 {
		t.Errorf("fallback: %+v", p)
	}
	if p := x.Key("nothing.here"); p.Line != 0 {
		t.Errorf("unknown path should give zero position, got %+v", p)
	}
	if got := StripIndices("section[10].task[2].x"); got != "section.task.x" {
		t.Errorf("StripIndices: %q", got)
	}
}

func TestKeyLength(t *testing.T) {
	x := Parse("status   = 3\n\"quoted key\" = 1\na.b = 2\n")
	for path, want := range map[string]int{"status": 6, "quoted key": 12, "a.b": 3} {
		if got := x.Key(path).Len; got != want {
			t.Errorf("%s: key length %d, want %d (the key only, no spaces)", path, got, want)
		}
	}
}
