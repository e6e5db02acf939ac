package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// followFacts is what a page offers to follow it, read from its DOM.
type followFacts struct {
	Heading    string
	Feed, Cal  string // the Follow block's links, as pathnames
	HeadFeed   bool   // <link rel="alternate"> to the same feed
	HeadCal    bool   // and calendar
	Visible    bool
	Right      float64 // the block's right edge
	Width      int     // the document's scroll width
	FeedBody   string  // the start of the fetched feed
	CalBody    string  // and calendar
	CalType    string
	FeedStatus int
	CalStatus  int
}

const followJS = `(async function () {
  var s = document.querySelector('section.follow'), h = s && s.querySelector('h2');
  var feed = s && s.querySelector('a[type="application/atom+xml"]'), cal = s && s.querySelector('a[type="text/calendar"]');
  function head(type, a) { return !!a && Array.from(document.querySelectorAll('link[rel="alternate"][type="' + type + '"]')).some(function (l) { return l.href === a.href; }); }
  async function get(a) { if (!a) return [0, '', '']; var r = await fetch(a.href); var t = await r.text(); return [r.status, t.slice(0, 200), r.headers.get('content-type') || '']; }
  var f = await get(feed), c = await get(cal);
  return {
    Heading: h ? h.textContent.trim() : '', Feed: feed ? feed.pathname : '', Cal: cal ? cal.pathname : '',
    HeadFeed: head('application/atom+xml', feed), HeadCal: head('text/calendar', cal),
    Visible: !!s && s.getClientRects().length > 0, Right: s ? s.getBoundingClientRect().right : 0,
    Width: document.documentElement.scrollWidth,
    FeedStatus: f[0], FeedBody: f[1], CalStatus: c[0], CalBody: c[1], CalType: c[2]
  };
})()`

// TestBrowserFollow opens plan, measure and executor pages on a phone
// (390 px) in both languages: each shows a Follow block whose feed and
// calendar links load, names both in its head, fits the screen and passes
// axe. PLANSITE_SCREENSHOTS=<folder> saves a picture of each block.
func TestBrowserFollow(t *testing.T) {
	t.Parallel()
	// axe runs on each kind of page once, in one language or the other:
	// the block is the same in both, and axe is slow on long pages.
	for _, pg := range []struct {
		path, heading string
		axe           bool
	}{
		{"/svatove-2019/ii/2-1/", "Стежити", true},
		{"/en/svatove-2019/ii/2-1/", "Follow", false},
		{"/dubno-2021/", "Стежити", false},
		{"/en/dubno-2021/", "Follow", true},
		{"/executors/svatove-rcsssdm/", "Стежити", true},
		{"/en/executors/svatove-rcsssdm/", "Follow", false},
	} {
		t.Run(strings.Trim(strings.ReplaceAll(pg.path, "/", "_"), "_"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t)
			if _, err := chromedp.Call(tb.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 390, Height: 844, DeviceScaleFactor: 1, Mobile: true}); err != nil {
				t.Fatal(err)
			}
			tb.open(pg.path)
			ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
			f, err := chromedp.Run(ctx, chromedp.Evaluate[followFacts](followJS, chromedp.EvalAwaitPromise))
			cancel()
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case !f.Visible || f.Heading != pg.heading:
				t.Errorf("Follow block shown %v, heading %q, want %q", f.Visible, f.Heading, pg.heading)
			case f.Feed != pg.path+"feed.xml" || f.Cal != pg.path+"calendar.ics":
				t.Errorf("Follow links %q and %q, want the page's own feed and calendar", f.Feed, f.Cal)
			}
			if !f.HeadFeed || !f.HeadCal {
				t.Errorf(`<link rel="alternate"> to the feed %v, to the calendar %v; want both`, f.HeadFeed, f.HeadCal)
			}
			if f.FeedStatus != 200 || !strings.Contains(f.FeedBody, `<feed xmlns="http://www.w3.org/2005/Atom"`) {
				t.Errorf("feed: %d %q", f.FeedStatus, f.FeedBody)
			}
			if f.CalStatus != 200 || !strings.HasPrefix(f.CalBody, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") {
				t.Errorf("calendar: %d %q", f.CalStatus, f.CalBody)
			}
			if f.Width > 390 || f.Right > 390 {
				t.Errorf("on a 390 px screen the page is %d px wide, the Follow block ends at %.0f px", f.Width, f.Right)
			}
			if dir := os.Getenv("PLANSITE_SCREENSHOTS"); dir != "" {
				png, err := chromedp.Run(tb.ctx, chromedp.Screenshot(chromedp.CSS(`section.follow`)))
				if err == nil {
					os.WriteFile(filepath.Join(dir, fmt.Sprintf("follow%s.png", strings.ReplaceAll(strings.TrimSuffix(pg.path, "/"), "/", "_"))), png, 0o644)
				}
			}
			if pg.axe {
				runAxe(t, tb)
			}
		})
	}
}
