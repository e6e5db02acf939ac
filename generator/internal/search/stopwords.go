package search

// stopWords are function words that are neither indexed nor searched:
// they occur in nearly every measure, so their postings would be the
// biggest part of the index and carry no ranking signal. The same list is
// in search.js.
var stopWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"а", "або", "але", "в", "від", "до", "для", "же", "з", "за", "зі",
		"і", "із", "й", "їх", "на", "над", "не", "о", "об", "по", "при",
		"про", "під", "та", "також", "у", "це", "ці", "цього", "цей", "чи",
		"що", "як", "яка", "які", "який", "яких",
	} {
		stopWords[w] = true
	}
}

// IsStopWord reports whether the normalised token is a stop word.
func IsStopWord(tok string) bool { return stopWords[tok] }
