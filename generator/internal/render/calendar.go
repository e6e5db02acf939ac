package render

import (
	"net/url"
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/ical"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/term"
)

// Calendars of reporting deadlines (RFC 5545), per measure, plan and
// executor, in every language: one all-day event per reporting period of a
// measure's term (model.Progress.Calendar: the term engine's periods, past
// and future), on the day its report is due. An event's UID is the
// measure's full id and the period's key, so that a calendar application
// that subscribed updates the event in place when its status changes
// rather than adding another. Its DTSTAMP is the day the period's status
// began — a fact of the content, so that a calendar does not change when
// only the build date advances.

// measureEvents are the events of measure m in lang, by due date.
func (f *follow) measureEvents(lang string, m *model.Measure) []packed {
	k := cardKey{lang: lang, measure: m}
	if es, ok := f.events[k]; ok {
		return es
	}
	var out []packed
	for _, per := range m.Progress.Calendar {
		uid := m.FullID + "/" + per.Key + "@" + f.r.uidHost()
		out = append(out, packed{Date: per.Due.String(), ID: uid, Body: string(f.r.event(lang, m, per, uid))})
	}
	f.events[k] = out
	return out
}

// event renders one reporting period of m as a VEVENT.
func (r *Renderer) event(lang string, m *model.Measure, per model.Period, uid string) []byte {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	pg := &page{Lang: lang, r: r}
	link := r.abs(lang, m.Path)
	var w ical.Writer
	w.Begin("VEVENT")
	w.Text("UID", uid)
	w.Line("DTSTAMP", ical.DateTime(r.periodSince(m, per).Time()))
	w.Line("DTSTART;VALUE=DATE", ical.Date(per.Due.Time()))
	w.Line("DTEND;VALUE=DATE", ical.Date(per.Due.AddDays(1).Time()))
	w.Text("SUMMARY", t("calendar.summary", m.Code, Short(m.Text, 60), per.Period.Label(lang)))
	var names []string
	for _, x := range m.Executors {
		names = append(names, x.Name)
	}
	desc := []string{
		t("calendar.due", per.Period.Label(lang), pg.Date(per.Due)),
		t("calendar.report", per.Entry.Label(lang)),
		t("calendar.state", pg.State(m.Progress.State)),
		"",
		t("calendar.measure", m.Code, m.Plan.Title),
		strings.TrimSpace(m.Number + " " + m.Text),
		"",
		t("calendar.term", strings.Join(strings.Fields(m.Term), " ")),
	}
	if len(names) > 0 {
		desc = append(desc, t("calendar.executors", strings.Join(names, "; ")))
	}
	w.Text("DESCRIPTION", strings.Join(append(desc, "", link), "\n"))
	w.Line("URL", link)
	w.Line("STATUS", eventStatus(m, per))
	w.Texts("CATEGORIES", per.Status.Label(lang))
	w.Line("X-PLANSITE-REPORT", per.Status.String())
	w.Line("TRANSP", "TRANSPARENT")
	w.End("VEVENT")
	return w.Bytes()
}

// eventStatus is CANCELLED for a period not reported on of a cancelled
// measure, TENTATIVE of a suspended one, else CONFIRMED.
func eventStatus(m *model.Measure, per model.Period) string {
	if len(per.Notes) == 0 {
		switch m.Progress.State {
		case model.StateCancelled:
			return "CANCELLED"
		case model.StateSuspended:
			return "TENTATIVE"
		}
	}
	return "CONFIRMED"
}

// periodSince is the day the period's status began: its latest report,
// the day after it was due when missed, the start of the due window, or
// the plan's adoption for a period not yet due; the day a cancelled or
// suspended measure stopped, if later.
func (r *Renderer) periodSince(m *model.Measure, per model.Period) content.Date {
	d := term.Date{}
	if s, err := content.ParseDate(feedStart(m.Plan)); err == nil {
		d = s
	}
	switch per.Status {
	case term.OnTime, term.Late:
		for _, n := range per.Notes {
			if d.Before(n.Date) {
				d = n.Date
			}
		}
	case term.Missing:
		d = per.Due.AddDays(1)
	case term.DueSoon:
		if w := per.Due.AddDays(-r.site.Config.DueWindowDays); d.Before(w) {
			d = w
		}
	}
	if s := eventStatus(m, per); s != "CONFIRMED" && d.Before(m.Progress.Since) {
		d = m.Progress.Since
	}
	return d
}

// uidHost is the domain part of event UIDs: the site's host.
func (r *Renderer) uidHost() string {
	if u, err := url.Parse(r.site.Config.BaseURL); err == nil && u.Host != "" {
		return u.Hostname()
	}
	return "plansite.invalid"
}

// calendar puts a calendar in lang together from its events; calPath and
// pagePath are site paths. A calendar with no events holds none: RFC 5545
// asks for one component at least, but calendar applications take an
// empty one, and an event made up to fill it would mislead.
func (r *Renderer) calendar(lang, name, calPath, pagePath string, events []packed) []byte {
	var w ical.Writer
	w.Begin("VCALENDAR")
	w.Line("VERSION", "2.0")
	w.Line("PRODID", "-//plansite//plansite//"+strings.ToUpper(lang))
	w.Line("CALSCALE", "GREGORIAN")
	w.Line("METHOD", "PUBLISH")
	w.Text("NAME", name)
	w.Text("X-WR-CALNAME", name)
	desc := r.theme.text(lang, "calendar.description", first(r.site.Config.SiteTitle(lang)))
	w.Text("DESCRIPTION", desc)
	w.Text("X-WR-CALDESC", desc)
	w.Line("URL", r.abs(lang, pagePath))
	w.Line("SOURCE;VALUE=URI", r.abs(lang, calPath))
	w.Line("REFRESH-INTERVAL;VALUE=DURATION", "PT12H")
	w.Line("X-PUBLISHED-TTL", "PT12H")
	for _, e := range events {
		w.Raw([]byte(e.Body))
	}
	w.End("VCALENDAR")
	return w.Bytes()
}

// measureCalendar writes measure m's calendar in lang.
func (f *follow) measureCalendar(lang string, m *model.Measure) error {
	r := f.r
	k := r.key("calendar-measure", lang).Key(m.Key).Done()
	file := r.feedFile(lang, m.Path+"calendar.ics")
	if r.out.Keep(m.Plan.Dir, file, k) {
		return nil
	}
	name := m.Code + " " + Short(m.Text, 60) + " — " + planLabel(m.Plan)
	return r.Emit(m.Plan.Dir, file, k, r.calendar(lang, name, m.Path+"calendar.ics", m.Path, f.measureEvents(lang, m)))
}

// planCalendar writes plan p's calendar in lang: its measures' events, by
// due date, same-day events in document order.
func (f *follow) planCalendar(lang string, p *model.Plan) error {
	r := f.r
	k := r.key("calendar-plan", lang).Key(p.HeaderKey).Key(model.MeasuresKey(p.Measures)).Done()
	file := r.feedFile(lang, p.Path+"calendar.ics")
	if r.out.Keep(p.Dir, file, k) {
		return nil
	}
	var all []packed
	for _, m := range p.Measures {
		all = append(all, f.measureEvents(lang, m)...)
	}
	soonestFirst(all)
	return r.Emit(p.Dir, file, k, r.calendar(lang, planLabel(p), p.Path+"calendar.ics", p.Path, all))
}

// executorEvents are the events of executor x's measures in its plan, by
// due date.
func (f *follow) executorEvents(lang string, x *model.Executor) []packed {
	var all []packed
	if len(x.ByPlan) > 0 {
		for _, m := range x.ByPlan[0].Measures {
			all = append(all, f.measureEvents(lang, m)...)
		}
	}
	soonestFirst(all)
	return all
}

// executorCalendar writes executor x's calendar in lang from the plans'
// packs.
func (r *Renderer) executorCalendar(lang string, x *model.ExecutorView, shares []share) error {
	k := r.sharesKey("calendar-executor", lang, x, shares)
	file := r.feedFile(lang, x.Path+"calendar.ics")
	if r.out.Keep(SiteUnit, file, k) {
		return nil
	}
	var all []packed
	for _, s := range shares {
		es, err := r.packedOf(s.dir, "follow/ics/"+x.ID+"/"+lang)
		if err != nil {
			return err
		}
		all = append(all, es...)
	}
	soonestFirst(all)
	return r.Emit(SiteUnit, file, k, r.calendar(lang, x.Name, x.Path+"calendar.ics", x.Path, all))
}
