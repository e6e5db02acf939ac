package chart

// Lang codes the charts understand; anything else falls back to Ukrainian,
// the portal's primary language.
const (
	LangUK = "uk"
	LangEN = "en"
)

// messages holds every word the charts print. Format strings take their
// arguments in the same order in both languages so callers stay simple.
var messages = map[string]map[string]string{
	LangUK: {
		"baseline":      "Базове значення",
		"target":        "Ціль",
		"today":         "Сьогодні",
		"date":          "Дата",
		"value":         "Значення",
		"refs":          "Орієнтири",
		"status":        "Статус",
		"count":         "Кількість",
		"total":         "Усього",
		"share":         "Частка",
		"measure":       "Захід",
		"term":          "Термін",
		"deadlines":     "Строки",
		"state":         "Стан",
		"deadline":      "строк",
		"no-term":       "без терміну",
		"data":          "Дані графіка (таблиця)",
		"data-caption":  "%s: дані",
		"better-up":     "більше — краще",
		"better-down":   "менше — краще",
		"rose":          "зросло",
		"fell":          "зменшилося",
		"desc-change":   "Значення%s %s з %s (%s) до %s (%s)",
		"desc-same":     "Значення%s не змінилося: %s (%s–%s)",
		"desc-one":      "Одне значення%s: %s (%s)",
		"desc-none":     "Даних немає",
		"desc-max":      "найбільше %s (%s)",
		"desc-min":      "найменше %s (%s)",
		"desc-baseline": "базове значення %s",
		"desc-target":   "ціль %s",
		"desc-reached":  "ціль досягнуто",
		"desc-total":    "Заходів усього: %s",
		"desc-item":     "%s — %s",
		"desc-measures": "Заходів на графіку: %s; період %s",
		"desc-asof":     "станом на %s",
		"desc-outside":  "поза періодом графіка",
		"desc-move":     "Значення%s змінилося з %s (%s) на %s (%s)",
		"fewer-than":    "менше %s",
		"deadlines-lc":  "строки",
	},
	LangEN: {
		"baseline":      "Baseline",
		"target":        "Target",
		"today":         "Today",
		"date":          "Date",
		"value":         "Value",
		"refs":          "Reference values",
		"status":        "Status",
		"count":         "Count",
		"total":         "Total",
		"share":         "Share",
		"measure":       "Measure",
		"term":          "Term",
		"deadlines":     "Deadlines",
		"state":         "State",
		"deadline":      "deadline",
		"no-term":       "no term",
		"data":          "Chart data (table)",
		"data-caption":  "%s: data",
		"better-up":     "higher is better",
		"better-down":   "lower is better",
		"rose":          "rose",
		"fell":          "fell",
		"desc-change":   "The value%s %s from %s (%s) to %s (%s)",
		"desc-same":     "The value%s did not change: %s (%s–%s)",
		"desc-one":      "One value%s: %s (%s)",
		"desc-none":     "No data",
		"desc-max":      "highest %s (%s)",
		"desc-min":      "lowest %s (%s)",
		"desc-baseline": "baseline %s",
		"desc-target":   "target %s",
		"desc-reached":  "target reached",
		"desc-total":    "Measures in total: %s",
		"desc-item":     "%s: %s",
		"desc-measures": "Measures shown: %s; period %s",
		"desc-asof":     "as of %s",
		"desc-outside":  "outside the chart's period",
		"desc-move":     "The value%s went from %s (%s) to %s (%s)",
		"fewer-than":    "fewer than %s",
		"deadlines-lc":  "deadlines",
	},
}

// Month abbreviations for axis ticks. The Ukrainian ones follow the usual
// dictionary abbreviations (with a full stop), the English ones have none.
var months = map[string][12]string{
	LangUK: {"січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."},
	LangEN: {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// normLang maps any input to a language the package has strings for.
func normLang(lang string) string {
	if lang == LangEN {
		return LangEN
	}
	return LangUK
}

// msg returns the string for key in lang. A missing key is a programming
// error the tests catch, so it shows up loudly rather than as an empty label.
func msg(lang, key string) string {
	if s, ok := messages[normLang(lang)][key]; ok {
		return s
	}
	return "!" + key
}
