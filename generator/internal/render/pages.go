package render

import (
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/model"
)

// The pages of a plan, each with the key of what it shows: the keys of the
// model's parts it shows, which cover the facts computed for the as-of date
// (states, deadlines, the day a state began) but not the date itself. Only
// the timeline, which draws today's line, takes the date into its key, so a
// build a day later renders only the pages whose facts changed.

// planJobs lists the pages of plan pl in lang.
func (r *Renderer) planJobs(lang string, pl *model.Plan, content engine.Key) []job {
	t := func(key string, args ...any) string { return r.theme.text(lang, key, args...) }
	asOf := r.site.AsOf.String()
	home := crumb{t("nav.home"), "/"}
	planCrumbs := []crumb{home, {planLabel(pl), pl.Path}}
	var jobs []job
	add := func(kind, sitePath, title string, crumbs []crumb, key *engine.Hasher, fill func(p *page)) {
		p := r.newPage(lang, kind, sitePath, title, crumbs)
		p.Plan = pl
		if fill != nil {
			fill(p)
		}
		jobs = append(jobs, job{unit: pl.Dir, file: r.pageFile(lang, sitePath, kind), kind: kind, key: key.Done(), page: p})
	}
	add("plan", pl.Path, pl.Title, []crumb{home}, r.key("plan", lang).Key(content), func(p *page) { p.Measures = pl.Measures })
	// The printable plan shows the as-of date it was made for: a sheet of
	// paper must say when its states were true.
	add("print", PrintPath(pl.Path), t("print.title"), planCrumbs, r.key("print", lang).Key(content).String(asOf), func(p *page) { p.Measures = pl.Measures })
	add("timeline", pl.Path+"timeline/", t("timeline.title"), planCrumbs, r.key("timeline", lang).Key(content).String(asOf), func(p *page) { p.Measures = pl.Measures })
	add("indicators", pl.Path+"indicators/", t("indicators.title"), planCrumbs, r.key("indicators", lang).Key(content), nil)
	add("quality", QualityPath(pl.Path), t("quality.title"), planCrumbs, r.key("quality", lang).Key(content), nil)
	notes := engine.NewHasher("notes").Key(pl.HeaderKey)
	for _, n := range pl.Notes {
		notes.Key(n.Key)
	}
	add("notes", pl.Path+"notes/", t("notes.title"), planCrumbs, r.key("notes", lang).Key(notes.Done()), nil)
	for _, n := range pl.Notes {
		add("note", n.Path, model.NoteTitle(n), append(planCrumbs, crumb{t("notes.title"), pl.Path + "notes/"}), r.key("note", lang).Key(n.Key), func(p *page) { p.Note = n })
	}
	for _, sec := range pl.Sections {
		secCrumbs := append(append([]crumb(nil), planCrumbs...), crumb{sec.Number + ". " + sec.Title, sec.Path})
		add("section", sec.Path, sec.Number+". "+sec.Title, planCrumbs, r.key("section", lang).Key(sec.Key).Key(model.MeasuresKey(sec.Measures)).Key(model.MeasuresKey(sec.Removed)).Key(model.AreasKey(sec.Areas)),
			func(p *page) { p.Section = sec; p.Measures = sec.Measures })
		for _, tk := range sec.Tasks {
			add("task", tk.Path, t("task.title")+" "+tk.Task.Number, secCrumbs, r.key("task", lang).Key(tk.Key).Key(model.MeasuresKey(tk.Measures)).Key(model.MeasuresKey(tk.Removed)),
				func(p *page) { p.Section = sec; p.Task = tk; p.Measures = tk.Measures })
		}
		for _, g := range sec.Groups {
			add("group", g.Path, g.Title, secCrumbs, r.key("group", lang).Key(g.Key).Key(model.MeasuresKey(g.Measures)).Key(model.MeasuresKey(g.Removed)),
				func(p *page) { p.Section = sec; p.Group = g; p.Measures = g.Measures })
		}
		for _, m := range sec.All { // a removed measure's page stays
			crumbs := secCrumbs
			switch {
			case m.Task != nil:
				crumbs = append(append([]crumb(nil), secCrumbs...), crumb{t("task.title") + " " + model.TaskNumber(m.Task), m.Task.Path})
			case m.Group != nil:
				crumbs = append(append([]crumb(nil), secCrumbs...), crumb{m.Group.Title, m.Group.Path})
			}
			add("measure", m.Path, m.Code+" "+Short(m.Text, 70), crumbs, r.key("measure", lang).Key(m.Key).String(r.site.Commit),
				func(p *page) { p.Section = sec; p.Task = m.Task; p.Group = m.Group; p.Measure = m })
			add("embed", m.Path+EmbedFolder, m.Code+" "+Short(m.Text, 70), nil, r.key("embed", lang).Key(m.Key),
				func(p *page) { p.Section = sec; p.Task = m.Task; p.Group = m.Group; p.Measure = m })
		}
	}
	// The plan's versions: as adopted and as each amendment left it, and
	// what each amendment changed. Every plan has the list, amended or
	// not, so its address can be given before the first amendment.
	versions := r.key("versions", lang).Key(pl.HeaderKey)
	for _, a := range pl.Amendments {
		versions.Key(a.Key)
	}
	for _, n := range pl.InForceAfter {
		versions.Int(int64(n))
	}
	add("versions", pl.Path+"versions/", t("versions.title"), planCrumbs, versions, nil)
	versionCrumbs := append(append([]crumb(nil), planCrumbs...), crumb{t("versions.title"), pl.Path + "versions/"})
	for _, a := range pl.Amendments {
		add("amendment", a.Path, t("amendment.title", a.ID), versionCrumbs, r.key("amendment", lang).Key(a.Key),
			func(p *page) { p.Amendment = a })
	}
	return jobs
}

// PrintPath is the site path of a plan's printable version: every
// section, task, group and measure on one page.
func PrintPath(planPath string) string { return planPath + "print/" }
