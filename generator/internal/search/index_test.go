package search

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

func TestBuildDeterministic(t *testing.T) {
	docs := planDocs(t)
	a, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Fresh maps (new iteration order) and a second run must give the same bytes.
	again := make([]Document, len(docs))
	for i, d := range docs {
		d.Facets = cloneFacets(d.Facets)
		d.Meta = cloneMeta(d.Meta)
		again[i] = d
	}
	for range 3 {
		b, err := Build(again, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Files) != len(b.Files) {
			t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
		}
		for name, content := range a.Files {
			if !bytes.Equal(content, b.Files[name]) {
				t.Fatalf("%s differs between builds", name)
			}
		}
	}
}

func cloneFacets(m map[string][]string) map[string][]string {
	out := map[string][]string{}
	for k, v := range m {
		out[k] = append([]string(nil), v...)
	}
	return out
}

func cloneMeta(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func TestBuildFiles(t *testing.T) {
	docs := planDocs(t)
	idx, err := Build(docs, Options{Base: "/plansite/search", Root: "/plansite/"})
	if err != nil {
		t.Fatal(err)
	}
	hashed := regexp.MustCompile(`^(t\d+|d\d+|facets)\.([0-9a-f]{12})\.json$`)
	total := 0
	for name, content := range idx.Files {
		total += len(content)
		if !json.Valid(content) {
			t.Errorf("%s is not valid JSON", name)
		}
		if name == ManifestFile {
			continue
		}
		m := hashed.FindStringSubmatch(name)
		if m == nil {
			t.Errorf("file name %q is not content-hashed", name)
			continue
		}
		sum := sha256.Sum256(content)
		if hex.EncodeToString(sum[:])[:12] != m[2] {
			t.Errorf("%s: hash does not match content", name)
		}
	}
	if !bytes.Equal(idx.Files[ManifestFile], idx.Manifest) {
		t.Error("Files[manifest.json] differs from Manifest")
	}
	var m manifest
	if err := json.Unmarshal(idx.Manifest, &m); err != nil {
		t.Fatal(err)
	}
	if m.V != FormatVersion || m.Stemmer != StemmerVersion || m.Docs != len(docs) ||
		m.Base != "/plansite/search/" || m.Root != "/plansite/" || m.Weights != DefaultWeights {
		t.Errorf("manifest header = %+v", m)
	}
	if want := []string{"plan", "section", "executor", "status", "year"}; strings.Join(m.Facets, ",") != strings.Join(want, ",") {
		t.Errorf("facets = %v, want %v", m.Facets, want)
	}
	for _, s := range m.Shards {
		if idx.Files[s[1]] == nil {
			t.Errorf("manifest names missing shard %s", s[1])
		}
	}
	t.Logf("test corpus: %d documents, %d shards, %d chunks, %d bytes in %d files (manifest %d bytes)",
		len(docs), len(m.Shards), len(m.Chunks), total, len(idx.Files), len(idx.Manifest))
}

func TestBuildRejects(t *testing.T) {
	ok := Document{ID: "a", URL: "/a/"}
	for _, tc := range []struct {
		name string
		docs []Document
	}{
		{"empty ID", []Document{{URL: "/a/"}}},
		{"duplicate ID", []Document{ok, ok}},
		{"no URL", []Document{{ID: "a"}}},
		{"negative boost", []Document{{ID: "a", URL: "/a/", Boost: -1}}},
	} {
		if _, err := Build(tc.docs, Options{}); err == nil {
			t.Errorf("%s: Build succeeded", tc.name)
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	idx, err := Build(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(idx.Manifest, &m); err != nil || m.Docs != 0 || m.Shards == nil {
		t.Errorf("empty manifest = %s (%v)", idx.Manifest, err)
	}
}

func TestManifestElement(t *testing.T) {
	idx, err := Build([]Document{{ID: "a", URL: "/a/", Body: "x",
		Facets: map[string][]string{"</script><script>alert(1)</script>": {"v"}}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	el := ManifestElement(idx.Manifest)
	if !strings.HasPrefix(el, `<script type="application/json" id="search-manifest">{`) || !strings.HasSuffix(el, "}</script>") {
		t.Errorf("element = %s", el)
	}
	if strings.Count(el, "<") != 2 {
		t.Errorf("unescaped < inside the data block: %s", el)
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(el, `<script type="application/json" id="search-manifest">`), "</script>")
	if !json.Valid([]byte(inner)) {
		t.Errorf("data block is not JSON: %s", inner)
	}
}

func TestSnippetSource(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"коротко", 10, "коротко"},
		{"один  два\n\tтри", 20, "один два три"},
		{"один два три чотири", 11, "один два…"},
	} {
		if got := snippetSource(tc.in, tc.n); got != tc.want {
			t.Errorf("snippetSource(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
