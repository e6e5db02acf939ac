package chart

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
)

// TestBadge: a badge is well-formed SVG of the size BadgeWidth says,
// named by its title (escaped), its texts fitted to their parts, and a
// struck-through state struck through.
func TestBadge(t *testing.T) {
	for _, d := range []BadgeData{
		{Lang: "uk", Label: "II.2.1", Status: "прострочено", Title: "Захід II.2.1 плану «Сватівська РДА»: прострочено",
			LabelFg: "#e5e6e7", LabelBg: "#383f43", StatusFg: "#6e1010", StatusBg: "#fcd6d3"},
		{Lang: "en", Label: "III.1.6", Status: "cancelled", Title: `Measure <III.1.6> & "quotes"`,
			LabelFg: "#e5e6e7", LabelBg: "#383f43", StatusFg: "#383f43", StatusBg: "#e5e6e7", Strike: true},
		{Lang: "uk", Label: "I.1", Status: "", Title: "порожній стан"},
	} {
		svg := Badge(d)
		var doc struct {
			XMLName xml.Name
			Width   string `xml:"width,attr"`
			Height  string `xml:"height,attr"`
			Role    string `xml:"role,attr"`
			Label   string `xml:"aria-label,attr"`
			Title   string `xml:"title"`
			Texts   []struct {
				Text       string `xml:",chardata"`
				Length     int    `xml:"textLength,attr"`
				Decoration string `xml:"text-decoration,attr"`
			} `xml:"g>text"`
		}
		if err := xml.Unmarshal(svg, &doc); err != nil {
			t.Fatalf("%s: %v\n%s", d.Title, err, svg)
		}
		if doc.XMLName.Local != "svg" || doc.Role != "img" || doc.Title != d.Title || doc.Label != d.Title {
			t.Errorf("%s: root %s, role %q, title %q, label %q", d.Title, doc.XMLName.Local, doc.Role, doc.Title, doc.Label)
		}
		if doc.Width != strconv.Itoa(BadgeWidth(d)) || doc.Height != strconv.Itoa(BadgeHeight) {
			t.Errorf("%s: %s×%s, BadgeWidth says %d", d.Title, doc.Width, doc.Height, BadgeWidth(d))
		}
		if len(doc.Texts) != 2 || doc.Texts[0].Text != d.Label || doc.Texts[1].Text != d.Status {
			t.Fatalf("%s: texts %+v", d.Title, doc.Texts)
		}
		w, _ := strconv.Atoi(doc.Width)
		if doc.Texts[0].Length+doc.Texts[1].Length+4*badgePad != w {
			t.Errorf("%s: the parts do not add up to the width", d.Title)
		}
		if (doc.Texts[1].Decoration == "line-through") != d.Strike {
			t.Errorf("%s: decoration %q", d.Title, doc.Texts[1].Decoration)
		}
		if strings.Contains(string(svg), "<III") || !bytes.Equal(svg, Badge(d)) {
			t.Errorf("%s: not escaped, or not the same twice", d.Title)
		}
	}
	// A longer state makes a wider badge.
	short := BadgeWidth(BadgeData{Label: "II.2.1", Status: "виконано"})
	long := BadgeWidth(BadgeData{Label: "II.2.1", Status: "термін не розпізнано"})
	if long <= short+40 {
		t.Errorf("widths: %d for a short state, %d for a long one", short, long)
	}
}
