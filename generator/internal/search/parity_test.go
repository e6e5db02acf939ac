package search

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/plansite/plansite/generator/internal/fixture"
)

// searchJS is the client whose normalize, tokenize and stem must agree
// with this package.
func searchJS(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	p := filepath.Join(filepath.Dir(file), "search.js")
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// nodeOrSkip returns the node binary, skipping (or, on CI, failing) when
// there is none.
func nodeOrSkip(t testing.TB) string {
	for _, p := range []string{"/usr/bin/node"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("node"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("node not found: the Go/JS parity test cannot run (apt-get install nodejs)")
	}
	t.Skip("node not found: skipping the Go/JS parity test (apt-get install nodejs)")
	return ""
}

const parityDriver = `
const s = require(process.argv[2]);
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(input.map(x => {
  const toks = s.tokenize(x);
  return [s.normalize(x), toks, toks.map(s.stem), toks.map(t => { const c = s.codeSeg(t); return c.k + (c.like ? '+' : '-'); })];
})));
`

// parityInputs returns the texts to compare: every line of the plans,
// every word of the plans in variant spellings, and plan stems with every
// ending glued on.
func parityInputs(t *testing.T) []string {
	var in []string
	words := map[string]bool{}
	for _, id := range fixture.SeedPlans {
		b := fixture.ReadSeed(t, id)
		for _, line := range strings.Split(string(b), "\n") {
			in = append(in, line)
			for _, w := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == '.' }) {
				words[w] = true
			}
		}
	}
	stems := map[string]bool{}
	for _, w := range sortedKeys(words) {
		rs := []rune(w)
		mid := len(rs) / 2
		in = append(in, w,
			strings.ToUpper(w),
			string(rs[:mid])+"\u00AD"+string(rs[mid:]), // soft hyphen
			string(rs[:mid])+"\u0301"+string(rs[mid:]), // stress mark
			strings.NewReplacer("й", "и\u0306", "ї", "і\u0308", "Й", "И\u0306").Replace(w),
		)
		for _, a := range []string{"ʼ", "’", "'", "‘", "`", "′"} {
			if strings.ContainsAny(w, "ʼ’'") {
				in = append(in, strings.NewReplacer("ʼ", a, "’", a, "'", a).Replace(w))
			}
		}
		for _, tok := range Tokenize(w) {
			stems[Stem(tok)] = true
			// every prefix, as the search box sees a word being typed
			for k, tr := 2, []rune(tok); k < len(tr); k++ {
				in = append(in, string(tr[:k]))
			}
		}
	}
	for _, s := range sortedKeys(stems) {
		for _, e := range endings {
			in = append(in, s+e, s+"ся", s+e+"ся")
		}
	}
	in = append(in, sortedKeys(stemExceptions)...)
	// one word at least for each rule of Stem
	in = append(in, "якість місцевість спеціаліст будинок фахівець вихованець стосується навчаються",
		"районний сімейн постійн інформаційн комісійн стратегійн ранній дії дія п'ять сім'",
		"Σ ΣΑΣ İstanbul ǅ ﬁ ß ẞ Ⅻ ①② ½ ٣ ۴ ߁ 𝟘 𝐀𝐁 𐐀 ㄱ 한국어 日本語 ﬀ", "a'b ''a'' a''b 'a")
	// citation codes: Roman numerals in both scripts and mixed, the
	// standard form only, the 32-byte limit of uktext.LatinRoman (the
	// Cyrillic numeral of 3888 is 34 bytes), look-alike letters, numbers
	// with leading zeros, full ids
	in = append(in, "II.2.1 ІІ.2.1 Іi.2.1 ІУ.1 IV УІ VI ІІІ.М.3 II.M.3 II.О.3 II.O.3 II.С.2 II.C.2 Ӏ ӏ",
		"IIII IIV VX MMMCMXCIX MMMM МММDСССLХХХУІІІ MMMDCCCLXXXVIII 007 0 00 2019 ٣",
		"svatove-2019/ii/2-1 dubno-2021/ii/medychni-3 https://example.org/svatove-2019/iii/1-3/",
		"ci mix мідь Хмельницький а в е к н о р т у х ї є ґ")
	return in
}

// TestParityWithJS runs search.js's normalize, tokenize, stem and codeSeg
// through node on the same inputs and compares them with Go, token by
// token.
func TestParityWithJS(t *testing.T) {
	node := nodeOrSkip(t)
	in := parityInputs(t)
	in = append(in, normalizationInputs(t)...)
	got := runNode(t, node, in)
	if len(got) != len(in) {
		t.Fatalf("node returned %d results for %d inputs", len(got), len(in))
	}
	tokens, bad := 0, 0
	for i, x := range in {
		toks := Tokenize(x)
		stems := make([]string, len(toks))
		for k, tok := range toks {
			stems[k] = Stem(tok)
		}
		tokens += len(toks)
		js := got[i]
		codes := make([]string, len(toks))
		for k, tok := range toks {
			key, like := codeSegment(tok)
			codes[k] = key + map[bool]string{true: "+", false: "-"}[like]
		}
		if js.norm != Normalize(x) || strings.Join(js.toks, "\x00") != strings.Join(toks, "\x00") ||
			strings.Join(js.stems, "\x00") != strings.Join(stems, "\x00") || strings.Join(js.codes, "\x00") != strings.Join(codes, "\x00") {
			bad++
			if bad <= 20 {
				t.Errorf("%q:\n  Go normalize %q tokens %q stems %q codes %q\n  JS normalize %q tokens %q stems %q codes %q",
					x, Normalize(x), toks, stems, codes, js.norm, js.toks, js.stems, js.codes)
			}
		}
	}
	t.Logf("compared %d inputs, %d tokens: %d differ", len(in), tokens, bad)
}

type jsResult struct {
	norm               string
	toks, stems, codes []string
}

func runNode(t *testing.T, node string, in []string) []jsResult {
	t.Helper()
	driver := filepath.Join(t.TempDir(), "driver.js")
	if err := os.WriteFile(driver, []byte(parityDriver), 0o644); err != nil {
		t.Fatal(err)
	}
	input, _ := json.Marshal(in)
	cmd := exec.Command(node, driver, searchJS(t))
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var raw [][]json.RawMessage
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	res := make([]jsResult, len(raw))
	for i, r := range raw {
		json.Unmarshal(r[0], &res[i].norm)
		json.Unmarshal(r[1], &res[i].toks)
		json.Unmarshal(r[2], &res[i].stems)
		json.Unmarshal(r[3], &res[i].codes)
		if res[i].toks == nil {
			res[i].toks = []string{}
		}
	}
	return res
}

// normalizationInputs returns the source column of the Unicode
// normalisation conformance test when it is installed: NFC in Go's tables
// and in the JavaScript engine must agree on all of it.
func normalizationInputs(t *testing.T) []string {
	for _, p := range []string{"/usr/share/unicode/NormalizationTest.txt.bz2"} {
		if _, err := os.Stat(p); err != nil {
			t.Logf("%s not installed: Unicode-wide normalisation parity not checked", p)
			return nil
		}
	}
	var in []string
	sc := bufio.NewScanner(normalizationTest(t))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line == "" || line[0] == '@' {
			continue
		}
		var s string
		for _, h := range strings.Fields(strings.Split(line, ";")[0]) {
			v, _ := strconv.ParseUint(h, 16, 32)
			s += string(rune(v))
		}
		in = append(in, s)
	}
	return in
}
