package importer

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected messages of testdata/malformed")

// TestMalformed imports every hand-made broken input under
// testdata/malformed and compares the problems, in both languages, with
// the .want file beside it. Run with -update to rewrite the .want files,
// then read them: they are what staff will see.
func TestMalformed(t *testing.T) {
	files, err := filepath.Glob("testdata/malformed/*.txt")
	if err != nil || len(files) < 12 {
		t.Fatalf("want a dozen malformed inputs, have %d (%v)", len(files), err)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			res, problems := Import(src, Options{File: name, Authority: "Тестова рада"})
			var b strings.Builder
			for _, p := range problems {
				b.WriteString(p.Line("uk") + "\n" + p.Line("en") + "\n")
			}
			switch {
			case res == nil:
				b.WriteString("(nothing imported)\n")
			case problems.HasErrors():
				b.WriteString("(not written: errors)\n")
			default:
				b.WriteString("(written)\n")
			}
			got := b.String()
			wantFile := strings.TrimSuffix(file, ".txt") + ".want"
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("problems\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
