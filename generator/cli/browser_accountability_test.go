package cli

// Browser tests of accountability on the shipped site: the reporting
// ledger of recurring measures, verification levels, money, suppressed
// small counts, the data-quality page and the search filters, on a phone
// (390 px) and checked with axe-core.

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ledgerRow is a row of a measure's table of reporting periods.
type ledgerRow struct{ Period, Due, Status, Class string }

const ledgerJS = `Array.from(document.querySelectorAll('table.ledger tbody tr')).map(function (r) {
  return { Period: r.cells[0].textContent.trim(), Due: r.cells[1].textContent.trim(), Status: r.cells[2].textContent.trim(), Class: r.className };
})`

// TestBrowserLedger: the measure pages of Svatove VI.1.2 and Dubno I.2 list
// every reporting period due, each with its own status, and a period not
// reported as missing.
func TestBrowserLedger(t *testing.T) {
	t.Parallel()
	tb := newTab(t)
	for _, c := range []struct {
		path string
		want []ledgerRow
	}{
		{"/svatove-2019/vi/1-2/", []ledgerRow{
			{"2019", "10 січня 2020", "подано вчасно", "ledger-on-time"},
			{"2020", "10 січня 2021", "подано вчасно", "ledger-on-time"},
			{"2021", "10 січня 2022", "подано вчасно", "ledger-on-time"},
			{"2022", "10 січня 2023", "подано із запізненням на 63 дні", "ledger-late"},
			{"2023", "10 січня 2024", "подано вчасно", "ledger-on-time"},
			{"2024", "10 січня 2025", "подано вчасно", "ledger-on-time"},
			{"2025", "10 січня 2026", "звіту немає", "ledger-missing"},
			{"2026", "10 січня 2027", "настає строк", "ledger-due-soon"},
		}},
		{"/dubno-2021/i/2/", []ledgerRow{
			{"2021, I півріччя", "30 червня 2021", "подано вчасно", "ledger-on-time"},
			{"2021, II півріччя", "31 грудня 2021", "подано вчасно", "ledger-on-time"},
			{"2022, I півріччя", "30 червня 2022", "звіту немає", "ledger-missing"},
			{"2022, II півріччя", "31 грудня 2022", "подано вчасно", "ledger-on-time"},
			{"2023, I півріччя", "30 червня 2023", "подано вчасно", "ledger-on-time"},
			{"2023, II півріччя", "31 грудня 2023", "подано вчасно", "ledger-on-time"},
			{"2024, I півріччя", "30 червня 2024", "подано вчасно", "ledger-on-time"},
			{"2024, II півріччя", "31 грудня 2024", "подано вчасно", "ledger-on-time"},
			{"2025, I півріччя", "30 червня 2025", "подано вчасно", "ledger-on-time"},
			{"2025, II півріччя", "31 грудня 2025", "подано вчасно", "ledger-on-time"},
			{"2026, I півріччя", "30 червня 2026", "подано вчасно", "ledger-on-time"},
			{"2026, II півріччя", "31 грудня 2026", "настає строк", "ledger-due-soon"},
		}},
	} {
		tb.open(c.path)
		got := js[[]ledgerRow](tb, ledgerJS)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: the ledger\n got %q\nwant %q", c.path, got, c.want)
		}
		if s := js[string](tb, `(document.querySelector('p.reporting') || {}).textContent || ''`); !strings.Contains(s, "з") || !strings.Contains(s, "не подано") {
			t.Errorf("%s: the ledger's count %q, want «N з M звітів не подано»", c.path, s)
		}
	}
	tb.open("/dubno-2021/i/2/")
	if s := js[string](tb, `document.querySelector('p.reporting').textContent.trim()`); s != "1 з 11 звітів не подано" {
		t.Errorf("Dubno I.2 says %q, want «1 з 11 звітів не подано»", s)
	}
}

// accountabilityPages are pages with the new parts: a measure with money
// and Prozorro links, a note verified independently with a local copy, a
// measure with a suppressed count, the data-quality pages.
var accountabilityPages = []struct{ name, path, must string }{
	{"money", "/dubno-2021/iii/7/", "table.money"},
	{"note", "/dubno-2021/notes/2025-12-18-komitet-hruden-2025/", ".verify-independent"},
	{"suppressed", "/dubno-2021/iv/2/", "rect.chart-band"},
	{"quality", "/dubno-2021/quality/", "table.quality"},
	{"quality-en", "/en/svatove-2019/quality/", "table.quality"},
	{"plan", "/dubno-2021/", "ul.accountability"},
	{"home", "/", "ul.accountability"},
}

// TestBrowserAccountabilityPhone opens the pages with the new parts in a
// 390 px window: nothing wider than the screen, every verification level
// in words beside its icon, and axe-core finds no WCAG 2.1 AA violation.
func TestBrowserAccountabilityPhone(t *testing.T) {
	t.Parallel()
	for _, pg := range accountabilityPages {
		t.Run(pg.name, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t)
			tb.do(chromedp.EmulateViewport(390, 844))
			tb.open(pg.path)
			if !js[bool](tb, `document.querySelector('`+pg.must+`') !== null`) {
				t.Fatalf("%s has no %s", pg.path, pg.must)
			}
			if w := js[int](tb, `document.documentElement.scrollWidth`); w > 390 {
				wide := js[string](tb, `Array.from(document.querySelectorAll('main *')).filter(function (e) { var r = e.getBoundingClientRect(); return r.right > 391 && !e.closest('.table-scroll'); }).slice(0, 3).map(function (e) { return e.outerHTML.slice(0, 100); }).join('\n')`)
				t.Errorf("the page is %d px wide in a 390 px window:\n%s", w, wide)
			}
			// Never colour alone: each level has its word and an icon
			// hidden from assistive technology.
			bad := js[[]string](tb, `Array.from(document.querySelectorAll('.verify')).filter(function (v) {
				var icon = v.querySelector('svg');
				return v.textContent.trim() === '' || !icon || icon.getAttribute('aria-hidden') !== 'true';
			}).map(function (v) { return v.outerHTML.slice(0, 120); })`)
			if len(bad) > 0 {
				t.Errorf("verification levels without a word or with an icon read aloud: %q", bad)
			}
			runAxe(t, tb)
		})
	}
}

// TestBrowserAccountabilityContent checks what the new parts say.
func TestBrowserAccountabilityContent(t *testing.T) {
	t.Parallel()
	tb := newTab(t)

	// A suppressed count is "менше 5" in the note and the chart's table,
	// never its number.
	tb.open("/dubno-2021/notes/2026-02-13-tsilodobovo-2025/")
	if s := js[string](tb, `document.querySelector('ul.values').textContent`); !strings.Contains(s, "менше 5") {
		t.Errorf("the suppressed value reads %q, want «менше 5»", s)
	}
	tb.open("/dubno-2021/iv/2/")
	if s := js[string](tb, `document.querySelector('figure.chart details.chart-data table').textContent`); !strings.Contains(s, "менше 5") {
		t.Errorf("the chart's table: %q lacks «менше 5»", s)
	}

	// Money: planned against spent, the procurement linked.
	tb.open("/dubno-2021/iii/7/")
	if s := js[string](tb, `document.querySelector('table.money tfoot').textContent`); !strings.Contains(s, "2\u202f425\u202f000") {
		t.Errorf("the money table's total %q, want 2 425 000 spent", s)
	}
	if h := js[string](tb, `document.querySelector('ul.spending a[href^="https://prozorro.gov.ua/tender/"]').href`); h != "https://prozorro.gov.ua/tender/UA-2024-05-14-007821-a" {
		t.Errorf("the Prozorro link is %q", h)
	}

	// The local copy of the evidence is published and its checksum shown.
	tb.open("/dubno-2021/notes/2025-12-18-komitet-hruden-2025/")
	href := js[string](tb, `Array.from(document.querySelectorAll('ul.evidence a')).filter(function (a) { return a.pathname.indexOf('/evidence/') >= 0; })[0].href`)
	status := js[int](tb, `(function () { var x = new XMLHttpRequest(); x.open('GET', '`+href+`', false); x.send(); return x.status; })()`)
	if status != 200 {
		t.Errorf("the local copy %s answers %d", href, status)
	}
	if s := js[string](tb, `document.querySelector('ul.evidence .hash').textContent`); !strings.Contains(s, "7b04eed97adee68d") {
		t.Errorf("the checksum shown: %q", s)
	}

	// Search filters by verification, missed reports and spending.
	tb.open("/search/?q=" + url.QueryEscape("комітет"))
	tb.waitFor(`document.querySelector('#search-facets fieldset[data-facet="verification"]') !== null`, 10*time.Second,
		`Array.from(document.querySelectorAll('#search-facets fieldset')).map(function (f) { return f.dataset.facet; }).join(', ')`)
	legends := js[[]string](tb, `Array.from(document.querySelectorAll('#search-facets fieldset.search-facet > legend')).map(function (l) { return l.textContent.trim(); })`)
	for _, want := range []string{"Підтвердження", "Звітні періоди"} {
		if !slices.Contains(legends, want) {
			t.Errorf("search filters %q lack %q", legends, want)
		}
	}
	values := js[string](tb, `document.querySelector('#search-facets fieldset[data-facet="verification"]').textContent`)
	if !strings.Contains(values, "підтверджено незалежно") {
		t.Errorf("the verification filter offers %q, want «підтверджено незалежно»", values)
	}
}
