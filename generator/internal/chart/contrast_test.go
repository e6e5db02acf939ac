package chart

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The palette lives in chart.css; these tests read it there, so what is
// checked is what readers get.

// luminance is the WCAG 2 relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	ch := func(i int) float64 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(0) + 0.7152*ch(1) + 0.0722*ch(2)
}

// contrast is the WCAG 2 contrast ratio of two colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestContrastFormula(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#767676", "#ffffff", 4.54}, // the well-known lightest AA grey
	} {
		if got := contrast(c.a, c.b); math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

var cssVar = regexp.MustCompile(`--chart-([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;`)

// blockVars collects the --chart-* colours of the block that opens at the
// first occurrence of start, up to its matching brace.
func blockVars(t *testing.T, css, start string) map[string]string {
	t.Helper()
	i := strings.Index(css, start)
	if i < 0 {
		t.Fatalf("chart.css has no %q", start)
	}
	open := strings.IndexByte(css[i:], '{') + i
	depth, end := 0, len(css)
	for j := open; j < len(css); j++ {
		if css[j] == '{' {
			depth++
		} else if css[j] == '}' {
			depth--
			if depth == 0 {
				end = j
				break
			}
		}
	}
	vars := map[string]string{}
	for _, m := range cssVar.FindAllStringSubmatch(css[open:end], -1) {
		vars[m[1]] = strings.ToLower(m[2])
	}
	return vars
}

func TestPaletteContrast(t *testing.T) {
	b, err := os.ReadFile(cssPath)
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	light := blockVars(t, css, ".chart {")
	schemes := map[string]map[string]string{"light": light}
	for name, start := range map[string]string{"dark": "@media (prefers-color-scheme: dark)", "print": "@media print"} {
		s := map[string]string{}
		for k, v := range light {
			s[k] = v
		}
		for k, v := range blockVars(t, css, start) {
			s[k] = v
		}
		schemes[name] = s
	}

	// Text needs 4.5:1: the reference and today labels (written in their
	// line's colour) on the background, the timeline's labels, links and
	// notes also on the shaded and hovered rows they sit on.
	text := map[string][]string{
		"fg": {"bg", "stripe", "hover"}, "muted": {"bg", "stripe", "hover"}, "link": {"bg", "stripe", "hover"},
		"baseline": {"bg"}, "target": {"bg"}, "today": {"bg"},
	}
	// Marks (lines, markers, bars) need 3:1 against the background.
	marks := []string{"axis", "series", "baseline", "target", "today"}
	for _, k := range []string{StatusDone, StatusOngoing, StatusDueSoon, StatusOverdue, StatusNotStarted, StatusAsNeeded, StatusNoTerm, StatusCancelled, StatusSuspended, StatusNoReport, StatusRemoved} {
		marks = append(marks, "s-"+k)
		// The CSS must style every key the Go code knows.
		for _, class := range []string{".chart-c-" + k + " ", ".chart-k-" + k + " "} {
			if !strings.Contains(css, class) {
				t.Errorf("chart.css lacks %s", class)
			}
		}
	}
	for name, s := range schemes {
		for _, bg := range []string{"bg", "stripe", "hover"} {
			if s[bg] == "" {
				t.Fatalf("%s: --chart-%s missing", name, bg)
			}
		}
		for k, bgs := range text {
			for _, bg := range bgs {
				if c := contrast(s[k], s[bg]); c < 4.5 {
					t.Errorf("%s: text --chart-%s %s on --chart-%s %s: %.2f:1, want ≥ 4.5", name, k, s[k], bg, s[bg], c)
				}
			}
		}
		for _, k := range marks {
			if s[k] == "" {
				t.Errorf("%s: --chart-%s missing", name, k)
				continue
			}
			if c := contrast(s[k], s["bg"]); c < 3 {
				t.Errorf("%s: mark --chart-%s %s on %s: %.2f:1, want ≥ 3", name, k, s[k], s["bg"], c)
			}
		}
	}
}
