// Command hugosite turns a plansite site folder (normally a generated
// corpus, see generator/corpus) into a Hugo site with the same content, so
// that bench/run.sh can time Hugo and plansite on the same plans:
//
//	go run ./bench/hugosite -in /tmp/corpus -out /tmp/corpus-hugo
//	hugo --minify -s /tmp/corpus-hugo -d /tmp/corpus-hugo/public
//
// One Hugo page per plan, section, task or group, measure, note and
// executor, in both languages (content/uk and content/en hold the same
// files, as plansite renders the same content under / and /en/), with
// minimal layouts (bench/hugosite/layouts) that show what plansite's pages
// show of the same objects: the plan's sections and measure table, a
// measure's term, executors (linked), costs, indicators and notes, a note's
// text (Markdown), values and evidence, an executor's measures by plan
// (an "executors" taxonomy, terms titled by the registry). What is not
// equivalent is listed in bench/README.md.
package main

import (
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/content"
)

//go:embed all:layouts i18n
var theme embed.FS

func main() {
	in := flag.String("in", ".", "plansite site folder (config.toml, content/)")
	out := flag.String("out", "", "Hugo site folder to write (must not exist or be empty)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "hugosite: -out is required")
		os.Exit(2)
	}
	n, err := convert(*in, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hugosite:", err)
		os.Exit(1)
	}
	fmt.Printf("hugosite: %d content files per language → %s\n", n, *out)
}

type siteConfig struct {
	Title       string   `toml:"title"`
	Description string   `toml:"description"`
	BaseURL     string   `toml:"base_url"`
	Languages   []string `toml:"languages"`
}

// page is one content file, relative to the language's content folder.
type page struct {
	path  string
	front map[string]any
	body  string
}

func convert(in, out string) (int, error) {
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return 0, fmt.Errorf("%s is not empty", out)
	}
	var cfg siteConfig
	if _, err := toml.DecodeFile(filepath.Join(in, "config.toml"), &cfg); err != nil {
		return 0, err
	}
	if len(cfg.Languages) == 0 {
		cfg.Languages = []string{"uk"}
	}
	var reg content.Registry
	if _, err := toml.DecodeFile(filepath.Join(in, "content", "executors.toml"), &reg); err != nil {
		return 0, err
	}
	names := map[string]string{}
	var pages []page
	for _, x := range reg.Executors {
		names[x.ID] = x.Name
		pages = append(pages, page{path: "executors/" + x.ID + "/_index.md",
			front: map[string]any{"title": x.Name, "short": x.Short, "names": x.Aliases}})
	}
	pages = append(pages, page{path: "executors/_index.md", front: map[string]any{"title": "Виконавці"}})

	planFiles, _ := filepath.Glob(filepath.Join(in, "content", "plans", "*", "plan.toml"))
	sort.Strings(planFiles)
	for _, pf := range planFiles {
		ps, err := planPages(pf)
		if err != nil {
			return 0, err
		}
		pages = append(pages, ps...)
	}

	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, err
	}
	if err := writeConfig(out, cfg); err != nil {
		return 0, err
	}
	if err := fs.WalkDir(theme, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := theme.ReadFile(p)
		if err != nil {
			return err
		}
		return write(out, p, data)
	}); err != nil {
		return 0, err
	}
	for _, lang := range cfg.Languages {
		for _, p := range pages {
			front, err := encodeFront(p.front)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", p.path, err)
			}
			if err := write(out, path.Join("content", lang, p.path), []byte("+++\n"+front+"+++\n\n"+p.body)); err != nil {
				return 0, err
			}
		}
	}
	return len(pages), nil
}

func writeConfig(out string, cfg siteConfig) error {
	var b strings.Builder
	fmt.Fprintf(&b, "baseURL = %q\ntitle = %q\ndefaultContentLanguage = %q\nenableRobotsTXT = true\n", cfg.BaseURL, cfg.Title, cfg.Languages[0])
	fmt.Fprintf(&b, "[params]\ndescription = %q\n[taxonomies]\nexecutor = \"executors\"\n", cfg.Description)
	b.WriteString("[outputs]\nhome = [\"HTML\", \"RSS\"]\nsection = [\"HTML\"]\ntaxonomy = [\"HTML\"]\nterm = [\"HTML\"]\npage = [\"HTML\"]\n")
	b.WriteString("[markup.goldmark.renderer]\nunsafe = false\n")
	for i, lang := range cfg.Languages {
		name := map[string]string{"uk": "Українська", "en": "English"}[lang]
		fmt.Fprintf(&b, "[languages.%s]\nweight = %d\nlanguageName = %q\ncontentDir = \"content/%s\"\n", lang, i+1, name, lang)
	}
	return write(out, "hugo.toml", []byte(b.String()))
}

func write(root, rel string, data []byte) error {
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

func encodeFront(m map[string]any) (string, error) {
	var b strings.Builder
	err := toml.NewEncoder(&b).Encode(m)
	return b.String(), err
}

// planPages makes the pages of one plan: the plan, its sections, tasks,
// groups, measures, its notes list and notes.
func planPages(planFile string) ([]page, error) {
	var p content.Plan
	if _, err := toml.DecodeFile(planFile, &p); err != nil {
		return nil, err
	}
	label := fmt.Sprintf("%s, %d–%d", p.Authority, p.Period.Start, p.Period.End)
	notes, err := readNotes(filepath.Join(filepath.Dir(planFile), "notes"))
	if err != nil {
		return nil, err
	}
	byMeasure := map[string][]map[string]any{}
	for _, n := range notes {
		for _, ref := range n.note.Measures {
			byMeasure[ref] = append(byMeasure[ref], map[string]any{
				"date": n.note.Date.String(), "title": n.title, "status": n.note.Status, "url": "/" + p.ID + "/notes/" + n.slug + "/"})
		}
	}
	for _, list := range byMeasure { // newest first, as plansite shows them
		sort.SliceStable(list, func(i, j int) bool { return list[i]["date"].(string) > list[j]["date"].(string) })
	}

	var pages []page
	body := p.MainGoal + "\n\n" + strings.ReplaceAll(strings.TrimSpace(p.Approval.Text), "\n", "  \n") + "\n"
	pages = append(pages, page{path: p.ID + "/_index.md", body: body,
		front: map[string]any{"title": p.Title, "authority": p.Authority, "period": p.Period.Text, "signatory": p.Signatory}})
	urls := map[string]string{}  // measure ref → Hugo URL
	codes := map[string]string{} // measure ref → citation code
	weight := 0
	for _, sec := range p.Sections {
		roman := sec.LatinNumeral()
		var goals strings.Builder
		for _, g := range sec.Goals {
			goals.WriteString("- " + g + "\n")
		}
		pages = append(pages, page{path: path.Join(p.ID, sec.ID, "_index.md"), body: goals.String(),
			front: map[string]any{"title": sec.Number + ". " + sec.Title, "weight": sec.Numeral}})
		measure := func(dir, code string, m content.Measure) {
			weight++
			ref := sec.ID + "/" + m.ID
			urls[ref] = "/" + dir + "/" + m.ID + "/"
			codes[ref] = code
			front := map[string]any{"title": code + " " + m.Text, "type": "measure", "code": code, "text": m.Text,
				"term": m.Term, "executors_text": m.ExecutorsText, "executors": m.Executors, "indicators": m.Indicators,
				"plan": label, "weight": weight}
			if m.Costs != nil {
				front["costs"] = *m.Costs
			}
			if ns := byMeasure[ref]; len(ns) > 0 {
				front["notes"] = ns
			}
			pages = append(pages, page{path: path.Join(dir, m.ID+".md"), front: front})
		}
		for _, m := range sec.Measures {
			measure(path.Join(p.ID, sec.ID), roman+"."+num(m.Number, m.ID), m)
		}
		for _, t := range sec.Tasks {
			dir := path.Join(p.ID, sec.ID, t.ID)
			pages = append(pages, page{path: dir + "/_index.md", front: map[string]any{"title": "Завдання " + num(t.Number, t.ID) + ": " + t.Title}})
			for _, m := range t.Measures {
				measure(dir, roman+"."+num(t.Number, t.ID)+"."+num(m.Number, m.ID), m)
			}
		}
		for _, g := range sec.Groups {
			dir := path.Join(p.ID, sec.ID, g.ID)
			pages = append(pages, page{path: dir + "/_index.md", front: map[string]any{"title": g.Title}})
			initial := string([]rune(strings.TrimSpace(g.Title) + "?")[:1])
			for _, m := range g.Measures {
				measure(dir, roman+"."+initial+"."+num(m.Number, m.ID), m)
			}
		}
	}
	if len(notes) > 0 {
		pages = append(pages, page{path: p.ID + "/notes/_index.md", front: map[string]any{"title": "Звіти про виконання", "weight": 1000}})
	}
	for _, n := range notes {
		var links []map[string]any
		for _, ref := range n.note.Measures {
			links = append(links, map[string]any{"code": codes[ref], "url": urls[ref]})
		}
		front := map[string]any{"title": n.title, "type": "note", "date": n.note.Date.String(), "status": n.note.Status,
			"plan": label, "links": links, "measures": n.note.Measures}
		if n.note.Reporter != "" {
			front["reporter"] = n.note.Reporter
		}
		if len(n.values) > 0 {
			front["value"] = n.values
		}
		if len(n.note.Evidence) > 0 {
			var ev []map[string]any
			for _, e := range n.note.Evidence {
				ev = append(ev, map[string]any{"title": e.Title, "url": e.URL})
			}
			front["evidence"] = ev
		}
		pages = append(pages, page{path: path.Join(p.ID, "notes", n.slug+".md"), front: front, body: n.note.Body})
	}
	return pages, nil
}

type note struct {
	slug, title string
	note        content.Note
	values      []map[string]any
}

func readNotes(dir string) ([]note, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	sort.Strings(files)
	var out []note
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		parts, err := content.SplitNote(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		var all map[string]any
		if _, err := toml.Decode(string(parts.Front), &all); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		var n content.Note
		if _, err := toml.Decode(string(parts.Front), &n); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		n.Body = string(parts.Body)
		for i, ref := range n.Measures {
			n.Measures[i] = strings.TrimPrefix(strings.Trim(ref, "/"), filepath.Base(filepath.Dir(dir))+"/")
		}
		var values []map[string]any
		if vs, ok := all["value"].([]map[string]any); ok {
			values = vs
		}
		slug := strings.TrimSuffix(filepath.Base(f), ".md")
		title := n.Title
		if title == "" && len(n.Measures) > 0 {
			title = n.Date.String() + " · " + n.Measures[0]
		}
		out = append(out, note{slug: slug, title: title, note: n, values: values})
	}
	return out, nil
}

func num(number, id string) string {
	if n := strings.TrimRight(strings.TrimSpace(number), ".)"); n != "" {
		return n
	}
	return id
}
