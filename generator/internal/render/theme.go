package render

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/plansite/plansite/generator/diag"
	"github.com/plansite/plansite/generator/internal/engine"
	"github.com/plansite/plansite/generator/internal/search"
	"github.com/plansite/plansite/generator/internal/tomldecode"
)

// Theme is a parsed theme folder: one template set per page kind, the
// translations, and the static assets with content-hashed names.
type Theme struct {
	pages map[string]*template.Template
	// strings maps language -> key -> text.
	strings map[string]map[string]string
	// assets maps a logical name ("style.css") to its published path
	// ("/assets/style.1a2b3c4d.css") and bytes.
	assets map[string]asset
	// key covers every file of the theme: a page's key includes it.
	key engine.Key
	// tags are the colours of the stylesheet's .tag classes by state (""
	// for .tag itself): badges are drawn in them.
	tags map[string]tagColours
}

// Key covers every file of the theme and the search client.
func (th *Theme) Key() engine.Key { return th.key }

type asset struct {
	path string
	data []byte
}

// pageKinds are the page templates; each defines "main" and uses
// base.html, or defines a whole "document" of its own (embed).
var pageKinds = []string{"home", "plan", "section", "task", "group", "measure", "executors",
	"executor", "notes", "note", "search", "data", "timeline", "indicators", "404", "quality", "versions", "amendment",
	"compare", "strategy", "area", "embed", "print", "accessibility", "changes"}

// cssBundle lists the stylesheets concatenated into style.css, in order.
var cssBundle = []string{"style.css", "chart.css", "search.css", "embed.css"}

// LoadTheme reads themes/<name> under root.
func LoadTheme(root, name string) (*Theme, diag.List) {
	dir := filepath.Join(root, "themes", name)
	file := path.Join("themes", name)
	th := &Theme{pages: map[string]*template.Template{}, strings: map[string]map[string]string{}, assets: map[string]asset{}}
	var problems diag.List
	th.key = themeKey(dir)

	for _, lang := range []string{"uk", "en"} {
		m := map[string]string{}
		f := path.Join(file, "i18n", lang+".toml")
		data, err := os.ReadFile(filepath.Join(dir, "i18n", lang+".toml"))
		if err != nil {
			problems.Add(kindThemeMissing.At(f, diag.Pos{}, f))
			continue
		}
		if _, err := toml.Decode(string(data), &m); err != nil {
			problems.Add(tomldecode.SyntaxProblem(f, string(data), err, 0))
		}
		th.strings[lang] = m
	}

	var css []byte
	for _, name := range cssBundle {
		data, err := os.ReadFile(filepath.Join(dir, "assets", name))
		if err != nil {
			continue // optional parts
		}
		css = append(css, data...)
		css = append(css, '\n')
	}
	th.addAsset("style.css", css)
	th.tags = parseTagColours(string(css))
	// The search client is part of the search index format, not of the
	// theme: it ships with the generator that writes the index.
	th.addAsset("search.js", search.ClientJS)
	// The comparison tables' sorting is the theme's own script.
	if js, err := os.ReadFile(filepath.Join(dir, "assets", "compare.js")); err == nil {
		th.addAsset("compare.js", js)
	}
	// The date filter of a plan's changes, the theme's own script too.
	if js, err := os.ReadFile(filepath.Join(dir, "assets", "changes.js")); err == nil {
		th.addAsset("changes.js", js)
	}

	shared, err := filepath.Glob(filepath.Join(dir, "templates", "_*.html"))
	if err == nil {
		more, _ := filepath.Glob(filepath.Join(dir, "templates", "chart.html"))
		shared = append(shared, more...)
	}
	sort.Strings(shared)
	base := template.New("base").Funcs(templateFuncs)
	if len(shared) > 0 {
		if _, err := base.ParseFiles(shared...); err != nil {
			problems.Add(kindTemplate.At(file, diag.Pos{}, err.Error()))
			return th, problems
		}
	}
	for _, kind := range pageKinds {
		t, err := base.Clone()
		if err == nil {
			_, err = t.ParseFiles(filepath.Join(dir, "templates", kind+".html"))
		}
		if err != nil {
			problems.Add(kindTemplate.At(path.Join(file, "templates", kind+".html"), diag.Pos{}, err.Error()))
			continue
		}
		th.pages[kind] = t
	}
	return th, problems
}

// addAsset publishes data under a name with a content hash, so browsers
// can cache it for a year and still see every change.
func (th *Theme) addAsset(name string, data []byte) {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	p := "/assets/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
	th.assets[name] = asset{path: p, data: data}
}

// text returns the translation of key, formatted with args.
func (th *Theme) text(lang, key string, args ...any) string {
	s, ok := th.strings[lang][key]
	if !ok {
		s, ok = th.strings["uk"][key]
	}
	if !ok {
		return "[" + key + "]"
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// themeKey covers every file of the theme folder dir, and the search
// client that ships with the generator.
func themeKey(dir string) engine.Key {
	h := engine.NewHasher("theme").Bytes(search.ClientJS)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		h.String(filepath.ToSlash(rel)).Bytes(data)
		return nil
	})
	return h.Done()
}

// The problems a theme can have.
var (
	kindThemeMissing = diag.Kind{Code: "theme-file",
		UK: "у темі немає файлу: %s", EN: "a theme file is missing: %s",
		HintUK: "якщо ви не змінювали тему, поверніть її з репозиторію: git checkout -- themes/",
		HintEN: "if you did not change the theme, restore it from the repository: git checkout -- themes/"}

	kindTemplate = diag.Kind{Code: "template",
		UK: "помилка в шаблоні теми: %s", EN: "error in a theme template: %s",
		HintUK: "шаблони — це html/template Go: перевірте парні {{…}} і {{end}}; якщо ви не змінювали тему, поверніть її: git checkout -- themes/",
		HintEN: "templates are Go html/template: check matching {{…}} and {{end}}; if you did not change the theme, restore it: git checkout -- themes/"}
)
