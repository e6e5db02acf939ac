package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// TestPublishingRecipe checks that the CI files in docs/publishing.md are
// valid YAML and run the same commands as README.md, so that a newcomer's
// commands and the publishing pipeline cannot drift apart.
func TestPublishingRecipe(t *testing.T) {
	readme := read(t, filepath.Join(fixture.Root(), "README.md"))
	doc := read(t, filepath.Join(fixture.Root(), "docs/publishing.md"))

	cmds := regexp.MustCompile("(?s)```sh\n(.*?)```").FindStringSubmatch(readme)
	if cmds == nil {
		t.Fatal("README.md has no sh block with the two commands")
	}
	var testCmd, serveCmd string
	for _, line := range strings.Split(cmds[1], "\n") {
		cmd := strings.TrimSpace(strings.SplitN(line, "#", 2)[0])
		switch {
		case strings.HasPrefix(cmd, "go test"):
			testCmd = cmd
		case strings.Contains(cmd, "./cmd/plansite"):
			serveCmd = cmd
		}
	}
	if testCmd == "" || serveCmd == "" {
		t.Fatalf("README.md must start with a serve/build command and a test command, got %q", cmds[1])
	}
	ci := read(t, filepath.Join(fixture.Root(), ".ci/run"))
	if !strings.Contains(ci, "\n"+testCmd+"\n") {
		t.Errorf(".ci/run does not run the README's test command %q", testCmd)
	}

	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(doc, -1)
	if len(blocks) != 2 {
		t.Fatalf("docs/publishing.md should have 2 yaml blocks (GitHub Actions, GitLab CI), found %d", len(blocks))
	}
	for i, name := range []string{"GitHub Actions", "GitLab CI"} {
		var tree yaml.Node
		if err := yaml.Unmarshal([]byte(blocks[i][1]), &tree); err != nil {
			t.Fatalf("%s workflow is not valid YAML: %v", name, err)
		}
		runs := strings.Join(scripts(&tree), "\n")
		for _, want := range []string{testCmd, "go run ./cmd/plansite check", "go run ./cmd/plansite build"} {
			if !strings.Contains(runs, want) {
				t.Errorf("%s workflow does not run %q; its commands:\n%s", name, want, runs)
			}
		}
	}
	var gh struct {
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			Steps []map[string]any `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(blocks[0][1]), &gh); err != nil {
		t.Fatal(err)
	}
	for _, trigger := range []string{"pull_request", "push", "schedule"} {
		if _, ok := gh.On[trigger]; !ok {
			t.Errorf("GitHub workflow lacks the %s trigger", trigger)
		}
	}
	if len(gh.Jobs["check"].Steps) == 0 || len(gh.Jobs["publish"].Steps) == 0 {
		t.Errorf("GitHub workflow needs check and publish jobs with steps")
	}
	// Both recipes keep the output and the engine's state between runs, so
	// that a commit with one note rebuilds only what it changed.
	for i, name := range []string{"GitHub Actions", "GitLab CI"} {
		for _, dir := range []string{"public", ".public.plansite"} {
			if !regexp.MustCompile(`(?m)^\s*(- )?` + regexp.QuoteMeta(dir) + `/?\s*$|[\[ ]` + regexp.QuoteMeta(dir) + `/?[,\]]`).MatchString(blocks[i][1]) {
				t.Errorf("%s workflow does not cache %s", name, dir)
			}
		}
	}
}

// scripts collects the commands of a CI file: GitHub's run: values and
// GitLab's script: lists.
func scripts(n *yaml.Node) []string {
	var out []string
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i].Value, n.Content[i+1]
			switch {
			case k == "run" && v.Kind == yaml.ScalarNode:
				out = append(out, v.Value)
			case k == "script" && v.Kind == yaml.SequenceNode:
				for _, s := range v.Content {
					out = append(out, s.Value)
				}
			}
		}
	}
	for _, c := range n.Content {
		out = append(out, scripts(c)...)
	}
	return out
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
