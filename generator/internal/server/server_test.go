package server

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/plansite/plansite/generator"
	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/fixture"
)

// site copies the small test site into a temporary folder.
func site(t *testing.T) string { return fixture.Copy(t, fixture.SmallSite) }

func get(t *testing.T, srv *httptest.Server, path string) (int, string, string) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(body)
}

func TestServeBuildsBreaksAndRecovers(t *testing.T) {
	root := site(t)
	date, _ := content.ParseDate("2021-07-01")
	s := New(generator.New(generator.WithRoot(root), generator.WithDate(date), generator.WithBaseURL("http://127.0.0.1/")),
		WithLogger(log.New(io.Discard, "", 0)), WithOutput(filepath.Join(t.TempDir(), "site")))
	defer s.Close()
	if err := s.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()

	code, ct, body := get(t, srv, "/town-2020/ii/1-1/")
	if code != 200 || !strings.HasPrefix(ct, "text/html") || !strings.Contains(body, "створення інклюзивних ресурсних кімнат") {
		t.Fatalf("measure page: %d %s", code, ct)
	}
	if !strings.Contains(body, `<script src="/__plansite/live.js?v=1" defer></script></body>`) {
		t.Error("the page has no live-reload script with its build version")
	}
	if code, _, _ := get(t, srv, "/town-2020/ii/1-1"); code != http.StatusMovedPermanently {
		t.Errorf("a folder without its slash: %d, want a redirect", code)
	}
	if code, _, body := get(t, srv, "/no/such/page/"); code != 404 || !strings.Contains(body, "Сторінку не знайдено") {
		t.Errorf("missing page: %d", code)
	}
	if code, ct, _ := get(t, srv, "/feed.xml"); code != 200 || !strings.Contains(ct, "xml") {
		t.Errorf("feed: %d %s", code, ct)
	}

	// Break a note: every page shows the problem, the last good site stays
	// reachable.
	note := filepath.Join(root, "content/plans/town-2020/notes/2020-12-20-komitet.md")
	good, _ := os.ReadFile(note)
	os.WriteFile(note, []byte(strings.Replace(string(good), `status = "виконано"`, `status = "готово"`, 1)), 0o644)
	if err := s.Rebuild(context.Background()); err == nil {
		t.Fatal("a broken note built")
	}
	code, _, body = get(t, srv, "/town-2020/ii/1-1/")
	if code != 500 || !strings.Contains(body, `id="plansite-error"`) || !strings.Contains(body, "2020-12-20-komitet.md:4:10") || !strings.Contains(body, "готово") {
		t.Errorf("error page: %d\n%s", code, body)
	}
	if code, ct, _ := get(t, srv, "/__plansite/error.css"); code != 200 || !strings.HasPrefix(ct, "text/css") {
		t.Errorf("error page stylesheet: %d %s", code, ct)
	}
	if code, _, body := get(t, srv, "/town-2020/ii/1-1/?plansite-last-good"); code != 200 || !strings.Contains(body, "створення інклюзивних ресурсних кімнат") {
		t.Errorf("last good version: %d", code)
	}

	// Fix it: the site is back.
	os.WriteFile(note, good, 0o644)
	if err := s.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := get(t, srv, "/town-2020/ii/1-1/"); code != 200 {
		t.Errorf("after the fix: %d", code)
	}
}

func TestRelevant(t *testing.T) {
	for _, c := range []struct {
		content, name string
		want          bool
	}{
		{"content", "/s/config.toml", true},
		{"content", "/s/content/plans/a/notes/x.md", true},
		{"content", "/s/themes/default/assets/x.css", true},
		{"content", "/s/public/index.html", false},
		{"content", "/s/content/plans/a/notes/.x.swp", false},
		{"content", "/s/content/plans/a/notes/x.md~", false},
		// config.toml's [content] dir names another folder
		{"pages", "/s/pages/plans/a/notes/x.md", true},
		{"pages", "/s/content/plans/a/notes/x.md", false},
		{"site/content", "/s/site/content/executors.toml", true},
		{"site/content", "/s/site/other.md", false},
		{"./pages/", "/s/pages/executors.toml", true},
		{"pages", "/s/pages-old/executors.toml", false},
	} {
		if got := relevant("/s", c.content, c.name); got != c.want {
			t.Errorf("relevant(%q, %q) = %v, want %v", c.content, c.name, got, c.want)
		}
	}
}

// built returns a server that has built a copy of the small site, and
// the copy's folder.
func built(t *testing.T, opts ...Option) (*Server, string) {
	t.Helper()
	root := site(t)
	date, _ := content.ParseDate("2021-07-01")
	opts = append([]Option{WithLogger(log.New(io.Discard, "", 0)), WithOutput(filepath.Join(t.TempDir(), "site"))}, opts...)
	s := New(generator.New(generator.WithRoot(root), generator.WithDate(date), generator.WithBaseURL("http://127.0.0.1/")), opts...)
	t.Cleanup(func() { s.Close() })
	if err := s.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s, root
}

// TestEditReloadsPagesThenIndexes edits a note under Watch: the note's
// page reloads with the edit first, the portal-wide open data and search
// index (kept as they were by the pages-first build) follow.
func TestEditReloadsPagesThenIndexes(t *testing.T) {
	s, root := built(t)
	ctx, cancel := context.WithCancel(context.Background())
	watching := make(chan error, 1)
	go func() { watching <- s.Watch(ctx, root) }()
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	defer func() { cancel(); <-watching }()
	reloads := streamReloads(t, ctx, srv.URL+"/__plansite/events")
	time.Sleep(200 * time.Millisecond) // the watcher is set up

	note := filepath.Join(root, "content/plans/town-2020/notes/2021-01-05-zasidannia.md")
	f, err := os.OpenFile(note, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\nКашалотовий протокол.\n")
	f.Close()

	page := notePage(note)
	waitReload(t, reloads, page)
	if _, _, body := get(t, srv, page); !strings.Contains(body, "Кашалотовий") {
		t.Errorf("the note's page after its reload lacks the edit")
	}
	msg := waitReload(t, reloads, "/data/notes.csv")
	if !strings.Contains(msg, "/search/") {
		t.Errorf("the catch-up build changed no search index file: %s", msg)
	}
	if _, _, csv := get(t, srv, "/data/notes.csv"); !strings.Contains(csv, "Кашалотовий") {
		t.Errorf("the portal's notes.csv after the catch-up build lacks the edit")
	}
}
