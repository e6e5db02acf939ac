package chart

import (
	"testing"
)

func TestStatus(t *testing.T) {
	f := Status(svatoveStatus(LangUK))
	want := "Заходів усього: 51; виконано — 12 (24\u00a0%); триває — 21 (41\u00a0%); настає строк — 3 (6\u00a0%); прострочено — 4 (8\u00a0%); " +
		"ще не розпочато — 5 (10\u00a0%); за потреби — 4 (8\u00a0%); без терміну — 1 (2\u00a0%); скасовано — 1 (2\u00a0%)."
	if f.Desc != want {
		t.Errorf("desc:\n got %q\nwant %q", f.Desc, want)
	}
	for _, v := range f.Views {
		bars := v.Status.Bars
		if len(bars) != 9 {
			t.Fatalf("%d bars, want one per status", len(bars))
		}
		// The longest bar is the largest count; bars are proportional.
		if bars[1].W <= bars[0].W || float64(bars[0].W)/float64(bars[1].W)-12.0/21 > 0.01 {
			t.Errorf("bars not proportional: %v vs %v", bars[0].W, bars[1].W)
		}
		if bars[8].W != 0 || bars[8].Value.Text != "0 (0\u00a0%)" {
			t.Errorf("zero count: width %v, label %q", bars[8].W, bars[8].Value.Text)
		}
		// One count among many still shows.
		if bars[6].W < 2 {
			t.Errorf("a count of one is invisible: %v", bars[6].W)
		}
		// Every bar has its own texture.
		seen := map[string]bool{}
		for _, b := range bars {
			if seen[b.Fill] {
				t.Errorf("pattern %s used twice", b.Fill)
			}
			seen[b.Fill] = true
			if float64(b.Value.X)+boldWidth(b.Value.Text, 13) > float64(v.Width) {
				t.Errorf("%s: value label %q runs out of the chart", v.Name, b.Value.Text)
			}
		}
	}
	rows := f.Table.Bodies[0].Rows
	if rows[0][0].Text != "виконано" || !rows[0][0].Header || rows[0][1].Text != "12" || rows[0][2].Text != "24\u00a0%" {
		t.Errorf("table row: %+v", rows[0])
	}
	if total := f.Table.Bodies[1].Rows[0]; total[1].Text != "51" {
		t.Errorf("total row: %+v", total)
	}
}

func TestStatusEdges(t *testing.T) {
	zero := Status(StatusData{Counts: []StatusCount{{Key: StatusDone, Label: "виконано"}, {Key: StatusOngoing, Label: "триває"}}})
	if zero.Desc != "Заходів усього: 0." {
		t.Errorf("all zero: %q", zero.Desc)
	}
	for _, b := range wide(zero).Status.Bars {
		if b.W != 0 || b.Value.Text != "0 (–)" {
			t.Errorf("all zero: bar %v %q", b.W, b.Value.Text)
		}
	}
	empty := Status(StatusData{})
	if len(wide(empty).Status.Bars) != 0 || wide(empty).Height <= 0 {
		t.Errorf("empty: %+v", wide(empty).Status)
	}
	neg := Status(StatusData{Lang: LangEN, Counts: []StatusCount{{Key: StatusDone, Label: "done", Count: -3}, {Key: StatusOverdue, Label: "overdue", Count: 1}}})
	if wide(neg).Status.Bars[0].W != 0 || neg.Desc != "Measures in total: 1; overdue: 1 (100%)." {
		t.Errorf("a negative count must count as zero: %v %q", wide(neg).Status.Bars[0].W, neg.Desc)
	}
}

func TestPatternSet(t *testing.T) {
	ps := newPatternSet("x", []string{"review", StatusDone, "review", "custom", StatusOngoing})
	if len(ps.list) != 4 {
		t.Fatalf("%d patterns, want one per distinct key", len(ps.list))
	}
	if ps.byKey[StatusDone].Style != StatusDone || ps.byKey[StatusOngoing].Style != StatusOngoing {
		t.Error("known keys must keep their own style")
	}
	styles := map[string]bool{}
	ids := map[string]bool{}
	for _, p := range ps.list {
		if styles[p.Style] || ids[p.ID] {
			t.Errorf("style %s or id %s repeated", p.Style, p.ID)
		}
		styles[p.Style], ids[p.ID] = true, true
	}
	// Past nine keys styles repeat, but nothing breaks.
	many := make([]string, 12)
	for i := range many {
		many[i] = string(rune('a' + i))
	}
	if ps := newPatternSet("y", many); len(ps.list) != 12 {
		t.Errorf("%d patterns for 12 keys", len(ps.list))
	}
}

// wide and narrow return a figure's views.
func wide(f Figure) View   { return viewNamed(f, ViewWide) }
func narrow(f Figure) View { return viewNamed(f, ViewNarrow) }

func viewNamed(f Figure, name string) View {
	v, ok := f.View(name)
	if !ok {
		panic("no " + name + " view")
	}
	return v
}
