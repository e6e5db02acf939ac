package render

import (
	"encoding/json"
	"encoding/xml"
	"slices"
	"strings"

	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// Following a measure or an executor: an Atom feed of its reports and of
// the changes of its state that the calendar made (a deadline passed, a
// term began), and an iCalendar file of its reporting deadlines (see
// calendar.go). A measure's files are made with its plan; an executor's
// span plans and are put together from what each plan keeps in its pack
// for the executor — entries and events already rendered — never from the
// plans themselves.

// packed is a rendered feed entry or calendar event with what orders it,
// as packs keep it.
type packed struct {
	Date string `json:"d"`
	ID   string `json:"i"`
	Body string `json:"b"`
}

// newestFirst orders feed entries by date, newest first, then by id.
func newestFirst(es []packed) {
	slices.SortStableFunc(es, func(a, b packed) int {
		if c := strings.Compare(b.Date, a.Date); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// soonestFirst orders calendar events by due date; same-day events keep
// their order (document order within a plan, plan order across plans).
func soonestFirst(es []packed) {
	slices.SortStableFunc(es, func(a, b packed) int { return strings.Compare(a.Date, b.Date) })
}

// follow caches, while a plan is rendered, each measure's feed entries and
// calendar events per language: the measure's files, its plan's calendar
// and its executors' packs all use them.
type follow struct {
	r       *Renderer
	entries map[cardKey][]packed
	events  map[cardKey][]packed
	notes   map[noteEntryKey][]byte // a note's entry, in every feed it is in
}

// noteEntryKey names a note's feed entry in a language.
type noteEntryKey struct {
	lang string
	note *model.Note
}

func (r *Renderer) newFollow() *follow {
	return &follow{r: r, entries: map[cardKey][]packed{}, events: map[cardKey][]packed{}, notes: map[noteEntryKey][]byte{}}
}

// noteEntry is note n's feed entry in lang, made once: a note is in the
// feeds of its measures and of its executors.
func (f *follow) noteEntry(lang string, n *model.Note) ([]byte, error) {
	k := noteEntryKey{lang, n}
	if e, ok := f.notes[k]; ok {
		return e, nil
	}
	e, err := f.r.feedEntry(lang, n)
	if err == nil {
		f.notes[k] = e
	}
	return e, err
}

// measureEntries are the feed entries of measure m in lang, newest first:
// its reports, and the changes of its state the calendar made after the
// first state (which is where the plan began, not a change).
func (f *follow) measureEntries(lang string, m *model.Measure) ([]packed, error) {
	k := cardKey{lang: lang, measure: m}
	if es, ok := f.entries[k]; ok {
		return es, nil
	}
	var out []packed
	for _, n := range m.Notes {
		e, err := f.noteEntry(lang, n)
		if err != nil {
			return nil, err
		}
		out = append(out, packed{Date: n.Date.String(), ID: f.r.abs(lang, n.Path), Body: string(e)})
	}
	for i, c := range m.Progress.History {
		if i == 0 || c.Note != nil {
			continue
		}
		e, err := f.r.stateEntry(lang, m, c)
		if err != nil {
			return nil, err
		}
		out = append(out, packed{Date: c.Date.String(), ID: f.r.abs(lang, m.Path) + "#" + c.Anchor(), Body: string(e)})
	}
	newestFirst(out)
	f.entries[k] = out
	return out, nil
}

// abs is the absolute address of a site path in lang.
func (r *Renderer) abs(lang, sitePath string) string {
	return r.site.Config.Absolute(r.link(lang, sitePath))
}

// stateEntry is the Atom entry of a change of m's state that no report
// made: its id is the change's anchor on the measure's page.
func (r *Renderer) stateEntry(lang string, m *model.Measure, c model.StateChange) ([]byte, error) {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	link := r.abs(lang, m.Path) + "#" + c.Anchor()
	d := c.Date.String() + "T00:00:00Z"
	state := t("state." + c.State)
	summary := t("feed.state.summary", state)
	if c.Missed != nil {
		summary = t("feed.state.missed", state, (&page{Lang: lang, r: r}).Date(*c.Missed))
	}
	e := atomEntry{Title: t("feed.state.title", m.Code, Short(m.Text, 70), state), ID: link, Updated: d, Published: d,
		Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: link}},
		Categories: []atomCat{{Term: c.State}},
		Summary:    summary + " " + t("feed.state.plan", planLabel(m.Plan))}
	return xml.MarshalIndent(e, " ", " ")
}

// measureFeed writes measure m's feed in lang.
func (f *follow) measureFeed(lang string, m *model.Measure) error {
	r := f.r
	k := r.key("feed-measure", lang).Key(m.Key).Done()
	file := r.feedFile(lang, m.Path+"feed.xml")
	if r.out.Keep(m.Plan.Dir, file, k) {
		return nil
	}
	es, err := f.measureEntries(lang, m)
	if err != nil {
		return err
	}
	es = es[:min(len(es), model.LatestShown)]
	updated := feedStart(m.Plan)
	if len(es) > 0 {
		updated = es[0].Date
	}
	title := m.Code + " " + Short(m.Text, 70) + " — " + planLabel(m.Plan)
	data, err := r.feed(lang, title, m.Path+"feed.xml", m.Path, updated, bodies(es))
	if err != nil {
		return err
	}
	return r.Emit(m.Plan.Dir, file, k, data)
}

func bodies(es []packed) [][]byte {
	out := make([][]byte, len(es))
	for i, e := range es {
		out[i] = []byte(e.Body)
	}
	return out
}

// executorEntries are the feed entries of executor x in plan p, newest
// first: those of its measures, and its own reports on others.
func (f *follow) executorEntries(lang string, p *model.Plan, x *model.Executor) ([]packed, error) {
	seen := map[string]bool{}
	var out []packed
	add := func(es []packed) {
		for _, e := range es {
			if !seen[e.ID] {
				seen[e.ID] = true
				out = append(out, e)
			}
		}
	}
	if len(x.ByPlan) > 0 {
		for _, m := range x.ByPlan[0].Measures {
			es, err := f.measureEntries(lang, m)
			if err != nil {
				return nil, err
			}
			add(es)
		}
	}
	for _, n := range x.Reports {
		e, err := f.noteEntry(lang, n)
		if err != nil {
			return nil, err
		}
		add([]packed{{Date: n.Date.String(), ID: f.r.abs(lang, n.Path), Body: string(e)}})
	}
	newestFirst(out)
	return out[:min(len(out), model.LatestShown)], nil
}

// planFollow writes plan p's measures' feeds and calendars and the plan's
// calendar, and keeps in pack, for each executor of the plan, its feed
// entries and calendar events under "follow/feed/<executor>/<lang>" and
// "follow/ics/<executor>/<lang>".
func (r *Renderer) planFollow(p *model.Plan, pack *engine.PackWriter) error {
	f := r.newFollow()
	for _, lang := range r.site.Config.Languages {
		for _, m := range p.Measures {
			if err := f.measureFeed(lang, m); err != nil {
				return err
			}
			if err := f.measureCalendar(lang, m); err != nil {
				return err
			}
		}
		// A removed measure's feed says it was removed; it has no
		// deadlines left to put in a calendar.
		for _, m := range p.Removed {
			if err := f.measureFeed(lang, m); err != nil {
				return err
			}
		}
		if err := f.planCalendar(lang, p); err != nil {
			return err
		}
		for _, x := range p.Executors {
			es, err := f.executorEntries(lang, p, x)
			if err != nil {
				return err
			}
			if err := putJSON(pack, "follow/feed/"+x.ID+"/"+lang, es); err != nil {
				return err
			}
			if err := putJSON(pack, "follow/ics/"+x.ID+"/"+lang, f.executorEvents(lang, x)); err != nil {
				return err
			}
		}
	}
	return nil
}

func putJSON(pack *engine.PackWriter, name string, es []packed) error {
	b, err := json.Marshal(es)
	if err != nil {
		return err
	}
	pack.Put(name, b)
	return nil
}

// share is an executor's part in one plan, as the portal knows it.
type share struct {
	dir string
	key engine.Key
}

// executorShares lists, per executor, its parts in the plans, in plan
// order: those with reports only as well as those with measures.
func executorShares(plans []*model.PlanSummary) map[string][]share {
	out := map[string][]share{}
	for _, p := range plans {
		for _, sh := range p.Executors {
			out[sh.ID] = append(out[sh.ID], share{p.Dir, sh.Key})
		}
	}
	return out
}

// sharesKey covers what an executor's feed and calendar show: its entry
// in the registry and its parts in the plans.
func (r *Renderer) sharesKey(kind, lang string, x *model.ExecutorView, shares []share) engine.Key {
	h := r.key(kind, lang).Key(x.Key)
	for _, s := range shares {
		h.String(s.dir).Key(s.key)
	}
	return h.Done()
}

// packedOf reads the packed entries or events a plan kept under name.
func (r *Renderer) packedOf(dir, name string) ([]packed, error) {
	b, err := r.section(dir, name)
	if err != nil || len(b) == 0 {
		return nil, err
	}
	var es []packed
	err = json.Unmarshal(b, &es)
	return es, err
}

// executorFollow writes every executor's feed and calendar in every
// language, from the plans' packs.
func (r *Renderer) executorFollow(pt *model.Portal) error {
	shares := executorShares(pt.Plans)
	starts := map[string]string{}
	for _, p := range pt.Plans {
		starts[p.Dir] = startOf(p.Approval, p.Period)
	}
	for _, lang := range r.site.Config.Languages {
		for _, x := range pt.Executors {
			if err := r.executorFeed(lang, x, shares[x.ID], starts); err != nil {
				return err
			}
			if err := r.executorCalendar(lang, x, shares[x.ID]); err != nil {
				return err
			}
		}
	}
	return nil
}

// executorFeed writes executor x's feed in lang. A feed with no entries is
// updated when the first of the executor's plans began.
func (r *Renderer) executorFeed(lang string, x *model.ExecutorView, shares []share, starts map[string]string) error {
	k := r.sharesKey("feed-executor", lang, x, shares)
	file := r.feedFile(lang, x.Path+"feed.xml")
	if r.out.Keep(SiteUnit, file, k) {
		return nil
	}
	var all []packed
	updated := "1970-01-01"
	for i, s := range shares {
		es, err := r.packedOf(s.dir, "follow/feed/"+x.ID+"/"+lang)
		if err != nil {
			return err
		}
		all = append(all, es...)
		if i == 0 || starts[s.dir] < updated {
			updated = starts[s.dir]
		}
	}
	newestFirst(all)
	all = all[:min(len(all), model.LatestShown)]
	if len(all) > 0 {
		updated = all[0].Date
	}
	data, err := r.feed(lang, x.Name, x.Path+"feed.xml", x.Path, updated, bodies(all))
	if err != nil {
		return err
	}
	return r.Emit(SiteUnit, file, k, data)
}
