package cli

// What changed, in the browser: a plan's page of changes on a phone's
// width, its date filter driven with the keyboard, and the page without
// JavaScript (the months and their pages), with axe-core's WCAG rules in
// both cases. Fixtures are in browser_helpers_test.go.

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// changesFacts is what the browser shows of a page of changes.
type changesFacts struct {
	PageWider     bool     // the page scrolls sideways
	FormShown     bool     // the date filter is on screen
	Months        int      // months listed
	Results       []string // the filter's changes' dates
	Links         []string // the filter's changes' links
	Status, Query string
}

const changesFactsJS = `(function () {
  var form = document.getElementById('changes-filter');
  var items = Array.from(document.querySelectorAll('#changes-results li'));
  return {
    PageWider: document.documentElement.scrollWidth > innerWidth + 1,
    FormShown: !!form && form.getClientRects().length > 0,
    Months: document.querySelectorAll('.change-months li').length,
    Results: items.map(function (li) { return li.querySelector('time').getAttribute('datetime'); }),
    Links: items.map(function (li) { return li.querySelector('a').getAttribute('href'); }),
    Status: (document.getElementById('changes-status') || {}).textContent || '',
    Query: location.search
  };
})()`

func TestBrowserChanges(t *testing.T) {
	t.Parallel()
	const from, to = "2024-10-01", "2024-12-31"
	t.Run("390px/js", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t)
		tb.do(chromedp.EmulateViewport(390, 900))
		tb.open("/svatove-2019/changes/")
		f := js[changesFacts](tb, changesFactsJS)
		if f.PageWider || !f.FormShown || f.Months == 0 {
			t.Fatalf("the page of changes: scrolls sideways %v, filter shown %v, %d months", f.PageWider, f.FormShown, f.Months)
		}
		// The dates typed, and the form sent with Enter: no mouse.
		typeDate(t, tb, "#changes-from", from)
		typeDate(t, tb, "#changes-to", to)
		tb.do(chromedp.KeyEvent(kb.Enter))
		tb.waitFor(`document.querySelectorAll('#changes-results li').length > 0`, 10*time.Second, `document.getElementById('changes-status').textContent`)
		f = js[changesFacts](tb, changesFactsJS)
		want := changesBetween(t, "/svatove-2019/changes.json", from, to)
		if len(f.Results) != want || want == 0 {
			t.Errorf("the filter lists %d changes from %s to %s, the data has %d", len(f.Results), from, to, want)
		}
		for i, d := range f.Results {
			if d < from || d > to || i > 0 && d > f.Results[i-1] {
				t.Errorf("change %d dated %s: outside %s–%s or out of order", i, d, from, to)
			}
		}
		for _, l := range f.Links {
			if !strings.HasPrefix(l, "/svatove-2019/") {
				t.Errorf("a change links %q, not a page of the plan", l)
			}
		}
		if !strings.Contains(f.Status, "змін") || f.Query != "?from="+from+"&to="+to || f.PageWider {
			t.Errorf("after filtering: status %q, address %q, scrolls sideways %v", f.Status, f.Query, f.PageWider)
		}
		shoot(t, tb, "changes-390-filtered")
		runAxe(t, tb)
		// The address keeps the dates: opened again, the list is there.
		tb.open("/svatove-2019/changes/?from=" + from + "&to=" + to)
		tb.waitFor(`document.querySelectorAll('#changes-results li').length > 0`, 10*time.Second, `document.getElementById('changes-status').textContent`)
		if n := len(js[changesFacts](tb, changesFactsJS).Results); n != want {
			t.Errorf("opened with the dates in its address, the page lists %d changes, want %d", n, want)
		}
	})
	t.Run("390px/no-js", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t)
		if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		tb.do(chromedp.EmulateViewport(390, 900))
		tb.open("/en/svatove-2019/changes/")
		f := js[changesFacts](tb, changesFactsJS)
		if f.PageWider || f.FormShown || f.Months == 0 {
			t.Errorf("without JavaScript: scrolls sideways %v, filter shown %v, %d months", f.PageWider, f.FormShown, f.Months)
		}
		// A month's page lists its changes, each linked.
		href := js[string](tb, `document.querySelector('.change-months a').getAttribute('href')`)
		tb.open(href)
		n := js[int](tb, `document.querySelectorAll('li.change a[href]').length`)
		wider := js[bool](tb, `document.documentElement.scrollWidth > innerWidth + 1`)
		if n == 0 || wider {
			t.Errorf("%s without JavaScript: %d linked changes, scrolls sideways %v", href, n, wider)
		}
		shoot(t, tb, "changes-390-month-nojs")
		axeWithoutScripts(t, tb)
	})
	t.Run("390px/portal", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t)
		tb.do(chromedp.EmulateViewport(390, 900))
		tb.open("/en/changes/")
		n := js[int](tb, `document.querySelectorAll('.change-months a[href*="/changes/"]').length`)
		wider := js[bool](tb, `document.documentElement.scrollWidth > innerWidth + 1`)
		if n == 0 || wider {
			t.Errorf("the portal's page of changes: %d links to plans' months, scrolls sideways %v", n, wider)
		}
		runAxe(t, tb)
	})
}

// typeDate focuses a date field and types the date's digits, in the
// order the field shows them (month, day, year in Chromium's default
// locale, day, month, year in others), as a keyboard user does.
func typeDate(t *testing.T, tb *tab, sel, iso string) {
	t.Helper()
	y, m, d := iso[:4], iso[5:7], iso[8:10]
	order := m + d + y
	if js[string](tb, `new Intl.DateTimeFormat().formatToParts(new Date(2000, 10, 22)).filter(function (p) { return p.type !== 'literal'; })[0].type`) == "day" {
		order = d + m + y
	}
	js[bool](tb, `document.querySelector('`+sel+`').focus() || true`)
	tb.do(chromedp.KeyEvent(order))
	if got := js[string](tb, `document.querySelector('`+sel+`').value`); got != iso {
		t.Fatalf("%s: typed %s, the field holds %q", sel, iso, got)
	}
}

// changesBetween counts the changes a plan's changes.json lists from one
// day to another.
func changesBetween(t *testing.T, path, from, to string) int {
	t.Helper()
	resp, err := http.Get(siteURL(t) + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc struct {
		Changes []struct{ Date string } `json:"changes"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range doc.Changes {
		if c.Date >= from && c.Date <= to {
			n++
		}
	}
	return n
}
