package corpus

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/importer"
)

// noteFile is one generated note: its file name and text.
type noteFile struct {
	name string
	text []byte
}

// notes generates o.NotesPerMeasure notes for every measure of the clone.
func (c *clone) notes(rng *rand.Rand, o Options) []noteFile {
	specs := map[string]*content.IndicatorSpec{}
	for i := range c.seed.monitoring.Indicators {
		specs[c.seed.monitoring.Indicators[i].Ref] = &c.seed.monitoring.Indicators[i]
	}
	p := &c.seed.plan
	from := content.Date{Year: p.Period.Start, Month: time.January, Day: 1}.Time()
	to := content.Date{Year: p.Period.End, Month: time.December, Day: 31}.Time()
	if asOf := o.AsOf.Time(); asOf.Before(to) {
		to = asOf
	}
	days := int(to.Sub(from).Hours()/24) + 1
	if days < 1 {
		days = 1
	}
	var out []noteFile
	eachMeasure(p, func(ref string, m *content.Measure) {
		dates := make([]int, o.NotesPerMeasure)
		for k := range dates {
			dates[k] = rng.IntN(days)
		}
		sort.Ints(dates)
		for k, d := range dates {
			date := content.DateOf(from.AddDate(0, 0, d))
			last := k == len(dates)-1
			name := fmt.Sprintf("%s-%s-%02d.md", date, strings.ReplaceAll(ref, "/", "-"), k+1)
			out = append(out, noteFile{name, c.note(rng, ref, m, date, float64(d)/float64(days), last, specs)})
		}
	})
	return out
}

// note writes one note's front matter and body.
func (c *clone) note(rng *rand.Rand, ref string, m *content.Measure, date content.Date, progress float64, last bool,
	specs map[string]*content.IndicatorSpec) []byte {
	var b bytes.Buffer
	status := pickStatus(rng, progress, last)
	b.WriteString("+++\n")
	fmt.Fprintf(&b, "date = %s\n", date)
	if rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "title = %s\n", importer.Quote(noteTitle(rng, date)))
	}
	fmt.Fprintf(&b, "measures = [%q]\n", ref)
	fmt.Fprintf(&b, "status = %q\n", status)
	if len(m.Executors) > 0 {
		fmt.Fprintf(&b, "reporter = %q\n", m.Executors[rng.IntN(len(m.Executors))]+c.suffix)
	}
	for i := range m.Indicators {
		iref := ref + "#" + strconv.Itoa(i+1)
		if spec := specs[iref]; spec != nil {
			if rng.IntN(10) < 7 {
				fmt.Fprintf(&b, "\n[[value]]\nindicator = %q\nvalue = %s\n", iref, numericValue(rng, spec, progress))
				if rng.IntN(3) == 0 {
					fmt.Fprintf(&b, "comment = %s\n", importer.Quote(pick(rng, valueComments)))
				}
			}
			continue
		}
		if rng.IntN(10) < 3 {
			achieved := status == "виконано" || rng.IntN(4) == 0
			fmt.Fprintf(&b, "\n[[value]]\nindicator = %q\nachieved = %t\n", iref, achieved)
		}
	}
	if rng.IntN(10) < 3 {
		fmt.Fprintf(&b, "\n[[evidence]]\ntitle = %s\nurl = \"https://example.org/%s/%s-%s.pdf\"\n",
			importer.Quote(pick(rng, evidenceTitles)), c.id, date, strings.ReplaceAll(ref, "/", "-"))
	}
	b.WriteString("+++\n\n")
	b.WriteString(body(rng))
	return b.Bytes()
}

// pickStatus chooses a status: early notes tend to say the work has not
// started, the last one often that it is done.
func pickStatus(rng *rand.Rand, progress float64, last bool) string {
	if last && rng.IntN(10) < 4 {
		return "виконано"
	}
	r := rng.IntN(100)
	switch {
	case progress < 0.2 && r < 25:
		return "не розпочато"
	case r < 55:
		return "виконується"
	case r < 72:
		return "із запізненням"
	case r < 92:
		return "виконано"
	case r < 97:
		return "призупинено"
	default:
		return "скасовано"
	}
}

// numericValue moves from the baseline towards the target with the
// note's place in the plan period, with some noise.
func numericValue(rng *rand.Rand, s *content.IndicatorSpec, progress float64) string {
	lo, hi := 0.0, 100.0
	if s.Baseline != nil {
		lo = *s.Baseline
	}
	if s.Target != nil {
		hi = *s.Target
	} else if s.Baseline != nil {
		hi = lo * 1.5
		if s.Direction == "down" {
			hi = lo * 0.5
		}
	}
	v := lo + (hi-lo)*progress*(0.8+0.3*rng.Float64())
	if math.Abs(hi-lo) >= 20 || s.Unit == "%" {
		v = math.Round(v*10) / 10
	} else {
		v = math.Round(v)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func noteTitle(rng *rand.Rand, d content.Date) string {
	if rng.IntN(2) == 0 {
		return fmt.Sprintf("Звіт за %s %d року", pick(rng, reportPeriods), d.Year)
	}
	return pick(rng, titles)
}

// body is 2–5 sentences in one or two paragraphs.
func body(rng *rand.Rand) string {
	n := 2 + rng.IntN(4)
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			if i == 2 && rng.IntN(2) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(sentence(rng, i == 0))
	}
	b.WriteByte('\n')
	return b.String()
}

func sentence(rng *rand.Rand, first bool) string {
	kind := 0
	if !first {
		kind = rng.IntN(7)
	}
	switch kind {
	case 0, 1:
		s := pick(rng, subjects) + " " + pick(rng, verbs) + " " + pick(rng, objects)
		if rng.IntN(2) == 0 {
			s += " " + pick(rng, partners)
		}
		return s + " " + pick(rng, times) + "."
	case 2:
		n := 5 + rng.IntN(16) // 5–20: the genitive plural fits every count
		f := pick(rng, counts)
		if rng.IntN(3) == 0 {
			return fmt.Sprintf(f, "**"+strconv.Itoa(n)+"**")
		}
		return fmt.Sprintf(f, strconv.Itoa(n))
	case 3:
		return fmt.Sprintf(pick(rng, familySentences), pick(rng, apostrophes))
	case 4:
		return "Основна проблема — " + pick(rng, problems) + "."
	case 5:
		return "Наступний крок — " + pick(rng, nextSteps) + "."
	default:
		return pick(rng, closings)
	}
}

func pick(rng *rand.Rand, words []string) string { return words[rng.IntN(len(words))] }
