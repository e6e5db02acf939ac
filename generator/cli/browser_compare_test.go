package cli

// The comparison of communities in the browser: the table of all plans on a
// phone's and a desktop's width, sorted by its column headings with
// JavaScript, read in its own order without, and axe-core's WCAG rules in
// both cases. Fixtures are in browser_helpers_test.go.

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var compareShots = flag.String("compare-shots", "", "write PNG screenshots of the comparison page as the browser test leaves it into this directory")

// shoot writes a screenshot of the tab when -compare-shots is given.
func shoot(t *testing.T, tb *tab, name string) {
	if *compareShots == "" {
		return
	}
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err = os.WriteFile(filepath.Join(*compareShots, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// compareFacts is what the browser shows of a comparison table.
type compareFacts struct {
	Width       int      // the window's width
	PageWider   bool     // the page itself scrolls sideways
	Scrolls     bool     // the table scrolls within its region
	Focusable   bool     // the region can be reached with the keyboard
	Buttons     int      // sort buttons in the headings
	Sortable    int      // headings marked sortable
	Rows        []string // the rows' plan names, in order
	Note        string   // the note over the table
	NoteVisible bool
	Caption     string
}

const compareFactsJS = `(function () {
  var t = document.getElementById('compare-plans'), region = t.closest('[role="region"]');
  var note = document.getElementById('compare-plans-note');
  return {
    Width: innerWidth,
    PageWider: document.documentElement.scrollWidth > innerWidth + 1,
    Scrolls: region.scrollWidth > region.clientWidth + 1,
    Focusable: region.tabIndex === 0,
    Buttons: t.tHead.querySelectorAll('th button.sort-button').length,
    Sortable: t.tHead.querySelectorAll('th[data-sort-type]').length,
    Rows: Array.from(t.tBodies[0].rows).map(function (r) { return r.cells[0].textContent.replace(/\s+/g, ' ').trim(); }),
    Note: note.textContent.replace(/\s+/g, ' ').trim(),
    NoteVisible: note.getClientRects().length > 0,
    Caption: t.caption ? t.caption.textContent.trim() : ''
  };
})()`

// columnJS returns the sort values of a column of the table, by the
// heading's text, and the heading's aria-sort.
const columnJS = `(function (name) {
  var t = document.getElementById('compare-plans'), col = -1;
  Array.from(t.tHead.rows[0].cells).forEach(function (th, i) { if (th.textContent.replace(/\s+/g, ' ').trim() === name) col = i; });
  if (col < 0) return { Sort: 'no column ' + name, Values: [] };
  return { Sort: t.tHead.rows[0].cells[col].getAttribute('aria-sort') || '',
    Values: Array.from(t.tBodies[0].rows).map(function (r) { var c = r.cells[col], v = c.getAttribute('data-sort'); return v === null ? c.textContent.trim() : v; }) };
})`

type column struct {
	Sort   string
	Values []string
}

func TestBrowserCompare(t *testing.T) {
	t.Parallel()
	for _, w := range []int64{390, 1280} {
		for _, scripts := range []bool{true, false} {
			name := fmt.Sprintf("%dpx/js=%v", w, scripts)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				tb := newTab(t)
				if !scripts {
					if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
						t.Fatal(err)
					}
				}
				tb.do(chromedp.EmulateViewport(w, 900))
				tb.open("/compare/")
				f := js[compareFacts](tb, compareFactsJS)
				if f.Width != int(w) {
					t.Fatalf("window %d px wide, want %d", f.Width, w)
				}
				if f.PageWider {
					t.Error("the page scrolls sideways: only the table may")
				}
				if w == 390 && (!f.Scrolls || !f.Focusable) {
					t.Errorf("on a phone the table scrolls within a focusable region: scrolls %v, focusable %v", f.Scrolls, f.Focusable)
				}
				if f.Caption == "" || len(f.Rows) != 2 || !f.NoteVisible {
					t.Fatalf("the table reads: caption %q, rows %q, note shown %v", f.Caption, f.Rows, f.NoteVisible)
				}
				// Plans by the body that adopted them, in any case.
				if !slices.IsSorted(f.Rows) || !strings.HasPrefix(f.Rows[0], "Виконавчий комітет Дубенської") {
					t.Errorf("rows in the default order: %q", f.Rows)
				}
				if !scripts {
					if f.Buttons != 0 || !strings.Contains(f.Note, "увімкніть JavaScript") {
						t.Errorf("without JavaScript: %d sort buttons, note %q", f.Buttons, f.Note)
					}
					shoot(t, tb, fmt.Sprintf("compare-%d-nojs", w))
					axeWithoutScripts(t, tb)
					return
				}
				if f.Buttons != f.Sortable || f.Buttons < 6 || strings.Contains(f.Note, "увімкніть JavaScript") {
					t.Errorf("with JavaScript: %d sort buttons for %d sortable headings, note %q", f.Buttons, f.Sortable, f.Note)
				}
				sortBy(t, tb, "Частка прострочених", "descending", "")
				sortBy(t, tb, "Частка прострочених", "ascending", "")
				sortBy(t, tb, "Заходів", "descending", "")
				// The keyboard sorts as the mouse does.
				sortBy(t, tb, "План", "ascending", kb.Enter)
				sortBy(t, tb, "План", "descending", kb.Enter)
				if rows := js[compareFacts](tb, compareFactsJS).Rows; !slices.Equal(rows, []string{f.Rows[1], f.Rows[0]}) {
					t.Errorf("sorted by plan, descending: %q", rows)
				}
				sortBy(t, tb, "Частка прострочених", "descending", "")
				shoot(t, tb, fmt.Sprintf("compare-%d-sorted", w))
				// The plan's name stays in view while the table scrolls.
				if w == 390 {
					left := js[string](tb, `(function () { var r = document.querySelector('#compare-plans').closest('[role="region"]');
						r.scrollLeft = r.scrollWidth; var th = document.querySelector('#compare-plans tbody th');
						return Math.round(th.getBoundingClientRect().left - r.getBoundingClientRect().left) + ' ' + r.scrollLeft; })()`)
					if d, _, _ := strings.Cut(left, " "); d != "0" || strings.HasSuffix(left, " 0") {
						t.Errorf("scrolled to the end, the plan's name is %s px from the region's left edge (scrollLeft %s), want 0", d, strings.Fields(left)[1])
					}
				}
				runAxe(t, tb)
			})
		}
	}
	// An area's page reads without JavaScript too: the plans side by side,
	// the one without a section in the area said so.
	t.Run("area without JavaScript", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t)
		if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		tb.do(chromedp.EmulateViewport(390, 900))
		tb.open("/en/compare/ns-2017/transformation/")
		rows := js[[]string](tb, `Array.from(document.querySelectorAll('#area-plans tbody tr')).map(function (r) { return r.innerText.replace(/\s+/g, ' ').trim(); })`)
		if len(rows) != 2 || !strings.Contains(rows[0], "IV.") || !strings.Contains(rows[1], "no section") {
			t.Errorf("the area's table without JavaScript: %q", rows)
		}
		axeWithoutScripts(t, tb)
	})
}

// sortBy presses the sort button of the column headed name (with key, or
// a click when key is "") and checks the column's order and what the live
// region says.
func sortBy(t *testing.T, tb *tab, name, dir, key string) {
	t.Helper()
	sel := fmt.Sprintf(`Array.from(document.querySelectorAll('#compare-plans thead button')).filter(function (b) { return b.textContent.replace(/\s+/g, ' ').trim() === %q; })[0]`, name)
	if key == "" {
		js[bool](tb, sel+`.click() || true`)
	} else {
		js[bool](tb, sel+`.focus() || true`)
		tb.do(chromedp.KeyEvent(key))
	}
	c := js[column](tb, columnJS+"("+strconv.Quote(name)+")")
	if c.Sort != dir {
		t.Fatalf("after pressing %q: aria-sort %q, want %q", name, c.Sort, dir)
	}
	ordered := func(a, b string) int { // as the script orders: numbers, else text
		x, ex := strconv.ParseFloat(a, 64)
		y, ey := strconv.ParseFloat(b, 64)
		if ex == nil && ey == nil {
			return cmp.Compare(x, y)
		}
		return strings.Compare(a, b)
	}
	var vals []string
	for _, v := range c.Values {
		if v != "" { // no value: last either way
			vals = append(vals, v)
		}
	}
	if dir == "descending" {
		slices.Reverse(vals)
	}
	if !slices.IsSortedFunc(vals, ordered) {
		t.Errorf("sorted by %q, %s: %q", name, dir, c.Values)
	}
	status := js[string](tb, `document.getElementById('compare-plans-status').textContent`)
	if !strings.Contains(status, "«"+name+"»") || !strings.Contains(status, map[string]string{"ascending": "за зростанням", "descending": "за спаданням"}[dir]) {
		t.Errorf("after sorting by %q, the live region says %q", name, status)
	}
}

// axeWithoutScripts runs axe-core on a page loaded with scripts off:
// axe is a script itself, so scripts are switched on again first. The
// page's own scripts ran not, and do not now: axe sees the page as a
// reader without JavaScript does.
func axeWithoutScripts(t *testing.T, tb *tab) {
	t.Helper()
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
		t.Fatal(err)
	}
	if n := js[int](tb, `document.querySelectorAll('button.sort-button').length`); n != 0 {
		t.Fatalf("the page's script ran when scripts were switched back on: %d sort buttons", n)
	}
	runAxe(t, tb)
}
