// Package server serves a site while staff edit it: it builds into an output
// folder of its own with the same engine as plansite build, serves it on
// loopback, watches content, themes and config, rebuilds on every change —
// redoing only the files whose inputs changed — and reloads the open pages
// whose files changed. It holds no page in memory.
//
// A content error does not stop the server: open pages show the error with
// the same messages plansite check prints, and the last good site stays
// available (add ?plansite-last-good to any address). Fixing the file
// brings the site back by itself.
//
// The server shows drafts, so it guards them from other machines and from
// web pages: it answers only requests whose Host names it (DNS rebinding)
// and that another site's page did not make in the background, only GET
// and HEAD, with the site's Content-Security-Policy on every response;
// it caps connections and live-reload streams and times out slow clients.
package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/diag"
)

// Server is a development server for one site folder.
type Server struct {
	builder *generator.Builder
	lang    string
	logf    func(format string, args ...any)

	// out is the output folder; a failed build leaves it as the last
	// good build made it. root opens files in it and nowhere else.
	out      string
	ownOut   bool // out was made by the server, which removes it on Close
	mu       sync.RWMutex
	root     *os.Root
	problems diag.List // problems of the latest build
	failed   bool
	version  int

	subsMu sync.Mutex
	subs   map[chan string]bool

	hosts      []string      // Host names allowed besides loopback and the bound address
	limits     limits        // on connections and how long clients may take
	live       chan struct{} // a slot per open live-reload stream
	contentDir string        // the content folder as config.toml names it; under mu
}

// Option configures a Server.
type Option func(*Server)

// WithLogger sets where the server reports builds and errors.
func WithLogger(l *log.Logger) Option { return func(s *Server) { s.logf = l.Printf } }

// WithLang sets the language of error messages ("uk" or "en").
func WithLang(lang string) Option { return func(s *Server) { s.lang = lang } }

// WithHosts allows requests whose Host header is one of names (with the
// port served), besides localhost, 127.0.0.1, [::1] and the address a
// connection arrives at: serve passes the host name given to --bind.
func WithHosts(names ...string) Option {
	return func(s *Server) { s.hosts = append(s.hosts, names...) }
}

// WithOutput sets the folder the server builds into; by default it makes a
// temporary one and removes it on Close.
func WithOutput(dir string) Option { return func(s *Server) { s.out = dir } }

// New returns a server that builds with b.
func New(b *generator.Builder, opts ...Option) *Server {
	s := &Server{builder: b, lang: "uk", logf: log.Printf, subs: map[chan string]bool{},
		limits: defaultLimits, contentDir: "content"}
	for _, o := range opts {
		o(s)
	}
	s.live = make(chan struct{}, s.limits.live)
	return s
}

// Close removes the output folder the server made.
func (s *Server) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.root != nil {
		s.root.Close()
		s.root = nil
	}
	if s.ownOut && s.out != "" {
		os.RemoveAll(generator.StateDir(s.out))
		return os.RemoveAll(s.out)
	}
	return nil
}

// output returns the output folder, making a temporary one first.
func (s *Server) output() (string, error) {
	if s.out == "" {
		dir, err := os.MkdirTemp("", "plansite-serve-")
		if err != nil {
			return "", err
		}
		s.out, s.ownOut = filepath.Join(dir, "site"), true
	}
	return s.out, nil
}

// Rebuild builds the site and, when pages changed or the build failed or
// recovered, tells the open pages. It returns the build's error.
func (s *Server) Rebuild(ctx context.Context) error { return s.rebuild(ctx) }

// RebuildPagesFirst is Rebuild bringing the pages up to date first (see
// generator.PagesFirst), once a build has succeeded. It reports whether
// it did so successfully, and so whether the portal-wide open data and
// search index wait for a Rebuild.
func (s *Server) RebuildPagesFirst(ctx context.Context) (bool, error) {
	s.mu.RLock()
	ok := s.root != nil && !s.failed
	s.mu.RUnlock()
	if !ok {
		return false, s.rebuild(ctx)
	}
	// A failed build has nothing for a catch-up build to add.
	err := s.rebuild(ctx, generator.PagesFirst())
	return err == nil, err
}

func (s *Server) rebuild(ctx context.Context, opts ...generator.BuildOption) error {
	start := time.Now()
	out, err := s.output()
	var res *generator.Result
	if err == nil {
		res, err = s.builder.Build(ctx, out, opts...)
	}
	if err != nil && ctx.Err() != nil {
		return err // cancelled: the site is as it was, and nothing to tell
	}
	var root *os.Root
	if err == nil {
		root, err = os.OpenRoot(out)
	}
	s.mu.Lock()
	wasFailed := s.failed
	s.version++
	var changed []string
	if res != nil && res.ContentDir != "" {
		s.contentDir = res.ContentDir
	}
	if err != nil {
		s.failed = true
		if res != nil {
			s.problems = res.Problems
		}
	} else {
		s.failed = false
		s.problems = res.Problems
		if s.root != nil {
			s.root.Close()
		}
		s.root = root
		for _, p := range res.Changed {
			changed = append(changed, sitePath(p))
		}
	}
	s.mu.Unlock()

	switch {
	case err != nil:
		var list diag.ListError
		if errors.As(err, &list) {
			s.logf("збірка не вдалася (build failed): %d помилок; сайт показує помилку, остання вдала версія доступна з ?plansite-last-good", len(res.Problems.Errors()))
		} else {
			s.logf("збірка не вдалася (build failed): %v", err)
		}
		s.broadcast("*")
	case wasFailed:
		s.logf("зібрано за %v: помилки виправлено (fixed)", time.Since(start).Round(time.Millisecond))
		s.broadcast("*")
	case len(changed) > 0:
		s.logf("зібрано за %v: змінено файлів %d", time.Since(start).Round(time.Millisecond), len(changed))
		s.broadcast(strings.Join(changed, "\n"))
	}
	return err
}

// broadcast sends a reload message to every open page: "*" for all, or
// the changed paths, one per line.
func (s *Server) broadcast(msg string) {
	s.subsMu.Lock()
	defer s.subsMu.Unlock()
	for c := range s.subs {
		select {
		case c <- msg:
		default: // a slow page gets the next message instead
		}
	}
}

// Handler returns the HTTP handler. It answers only GET and HEAD
// requests addressed to this server by name (see WithHosts) and not made
// in the background by another site's page, and it sets the site's
// security headers on every response.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/__plansite/events", s.events)
	mux.HandleFunc("/__plansite/live.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		io.WriteString(w, liveJS)
	})
	mux.HandleFunc("/__plansite/error.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		io.WriteString(w, errorCSS)
	})
	mux.HandleFunc("/", s.serveSite)
	return secure(s.guardHost(isolate(mux)))
}

func (s *Server) serveSite(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	root, failed, problems, version := s.root, s.failed, s.problems, s.version
	s.mu.RUnlock()
	files := siteFiles{root}
	_, lastGood := r.URL.Query()["plansite-last-good"]

	p := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	name := p
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(p, "index.html")
	}
	isHTML := strings.HasSuffix(name, ".html")
	if failed && !lastGood && (isHTML || !files.has(name)) {
		s.errorPage(w, r, problems, version)
		return
	}
	data, ok := files.read(name)
	if !ok && !strings.HasSuffix(r.URL.Path, "/") {
		if files.has(path.Join(p, "index.html")) {
			// The cleaned path, so the address stays on this server
			// whatever slashes the request had.
			to := cleanPath(p + "/")
			if r.URL.RawQuery != "" {
				to += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, to, http.StatusMovedPermanently)
			return
		}
	}
	status := http.StatusOK
	if !ok {
		data, _ = files.read("404.html")
		status, name, isHTML = http.StatusNotFound, "404.html", true
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if path.Ext(name) == ".ics" {
		ct = "text/calendar" // Go's own table lacks it, and not every system's has it
	}
	if ct == "" {
		ct = "application/octet-stream"
	}
	if strings.HasPrefix(ct, "text/") && !strings.Contains(ct, "charset") {
		ct += "; charset=utf-8"
	}
	if isHTML {
		data = injectLive(data, version)
	}
	// Whole files only: a Range request gets the whole file with 200,
	// as RFC 9110 allows, so no range arithmetic is exposed.
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("Accept-Ranges", "none")
	w.WriteHeader(status)
	w.Write(data)
}

// cleanPath is urlPath without dot segments, repeated slashes or
// backslashes (browsers read `/\host` as "//host"), and with its trailing
// slash: a link or redirect built from it stays on this server.
func cleanPath(urlPath string) string {
	p := path.Clean("/" + strings.ReplaceAll(urlPath, "\\", "/"))
	if strings.HasSuffix(urlPath, "/") && p != "/" {
		p += "/"
	}
	return p
}

// injectLive adds the live-reload script to a page; it is served from the
// site's own origin, so the pages' Content-Security-Policy allows it. The
// build version rides along, so a page that loaded just before a rebuild
// finished still learns of it.
func injectLive(page []byte, version int) []byte {
	tag := []byte(liveTag(version))
	if i := bytes.LastIndex(page, []byte("</body>")); i >= 0 {
		out := make([]byte, 0, len(page)+len(tag))
		out = append(out, page[:i]...)
		out = append(out, tag...)
		return append(out, page[i:]...)
	}
	return append(append([]byte{}, page...), tag...)
}

func liveTag(version int) string {
	return fmt.Sprintf(`<script src="/__plansite/live.js?v=%d" defer></script>`, version)
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, problems diag.List, version int) {
	var text bytes.Buffer
	problems.Pretty(&text, s.lang)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	q := r.URL.Query()
	q.Set("plansite-last-good", "")
	// html/template escapes every value below for where it stands:
	// file names and messages come from content and may hold markup.
	errorTmpl.Execute(w, map[string]any{
		"Lang":     s.lang,
		"Problems": problems.Errors(),
		"Text":     text.String(),
		"LastGood": cleanPath(r.URL.Path) + "?" + strings.TrimSuffix(q.Encode(), "="),
		"UK":       s.lang != "en",
		"Live":     template.HTML(liveTag(version)), // #nosec: a fixed tag and a number
	})
}

var errorTmpl = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{if .UK}}Помилка у вмісті{{else}}Content error{{end}} — plansite</title>
<link rel="stylesheet" href="/__plansite/error.css"></head>
<body><main>
<h1 id="plansite-error">{{if .UK}}Сайт не зібрано: помилки у вмісті{{else}}The site was not built: content errors{{end}}</h1>
<p>{{if .UK}}Виправте файли нижче й збережіть: сторінка оновиться сама.{{else}}Fix the files below and save: this page reloads by itself.{{end}}
<a href="{{.LastGood}}">{{if .UK}}Показати останню вдалу версію{{else}}Show the last good version{{end}}</a></p>
<ol class="problems">{{range .Problems}}<li><code>{{.Where}}</code>: {{.Message.In $.Lang}}{{with .Hint.In $.Lang}} <em>({{.}})</em>{{end}}</li>{{end}}</ol>
<pre>{{.Text}}</pre>
</main>{{.Live}}</body></html>
`))

// errorCSS makes the error page readable: it is the staff member's view
// of what to fix.
const errorCSS = `body{margin:0;font:1rem/1.5 system-ui,sans-serif;background:#fff;color:#1f2328}
main{max-width:60rem;margin:0 auto;padding:1rem}h1{color:#b3261e;font-size:1.5rem}
.problems li{margin:.4rem 0}code{background:#f6f8fa;padding:0 .2em}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:1rem;overflow:auto;font-size:.9rem}
a{color:#0b5fb8}
@media (prefers-color-scheme:dark){body{background:#15171c;color:#e6e9ee}code,pre{background:#1f2229;border-color:#3d434d}h1{color:#ff8a80}a{color:#7cb8ff}}
`

// liveJS reloads the page when the server says its file changed, or when
// the build it was served from is not the latest any more.
const liveJS = `(function () {
  "use strict";
  var me = document.currentScript && document.currentScript.src.match(/[?&]v=(\d+)/);
  var version = me ? me[1] : null;
  var here = location.pathname;
  if (here.charAt(here.length - 1) === "/") here += "index.html";
  var es = new EventSource("/__plansite/events");
  es.addEventListener("hello", function (e) {
    if (version !== null && e.data !== version) location.reload();
    version = null; // only the first greeting counts; reconnects say nothing new
  });
  es.addEventListener("reload", function (e) {
    var changed = e.data.split("\n");
    if (changed.indexOf("*") >= 0 || changed.indexOf(here) >= 0 || document.getElementById("plansite-error")) {
      location.reload();
    }
  });
})();
`

// siteFiles reads the files of the last good build. Paths are cleaned
// before they get here, and os.Root refuses anything that would leave the
// output folder, symbolic links included.
type siteFiles struct{ root *os.Root }

func (f siteFiles) read(name string) ([]byte, bool) {
	if f.root == nil || name == "" {
		return nil, false
	}
	file, err := f.root.Open(filepath.FromSlash(name))
	if err != nil {
		return nil, false
	}
	defer file.Close()
	if fi, err := file.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, false
	}
	data, err := io.ReadAll(file)
	return data, err == nil
}

func (f siteFiles) has(name string) bool {
	if f.root == nil || name == "" {
		return false
	}
	fi, err := f.root.Stat(filepath.FromSlash(name))
	return err == nil && fi.Mode().IsRegular()
}
