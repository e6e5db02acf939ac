package check

import (
	"regexp"

	"github.com/plansite/plansite/generator/diag"
)

// The URL segments the site writes itself, in each folder whose other
// entries are named by content ids. A plan id "data" or a section id
// "notes" would make a page that overwrites the site's own (or is
// overwritten by it), silently, and a link that changes meaning; validate
// refuses every id that is one of these.
//
// This registry must list every URL segment the site writes: whoever adds
// a page, a file or a folder to the output adds its segment here, in the
// same change. Names with a dot can never be ids (idPattern); they are
// listed all the same, so that the registry stays the whole picture.

// segmentScope is a folder of the site whose entries content ids name.
type segmentScope int

const (
	// rootScope is the site's root: plan ids, /<plan>/.
	rootScope segmentScope = iota
	// planScope is a plan's folder: section ids, /<plan>/<section>/.
	planScope
	// sectionScope is a section's folder: task, group and measure ids.
	sectionScope
	// notesScope is a plan's notes: note file names, /<plan>/notes/<note>/.
	notesScope
	// executorsScope is /executors/<executor>/.
	executorsScope
	// dataScope is /data/, whose files are named <plan>.json,
	// <plan>-measures.csv, <plan>.xlsx and <plan>/ beside the site's own.
	dataScope
	// measureScope is a measure's folder, /<plan>/<section>/<measure>/,
	// and executorScope an executor's, /executors/<executor>/: no id
	// names anything in them, and their files all have dots; they are
	// listed so that the registry stays the whole picture.
	measureScope
	executorScope
	// versionsScope is a plan's versions: amendment ids,
	// /<plan>/versions/<amendment>/.
	versionsScope
	// compareScope is /compare/: strategy ids, /compare/<strategy>/.
	compareScope
	// strategyScope is a strategy's folder: area ids,
	// /compare/<strategy>/<area>/.
	strategyScope
	// changesScope is a plan's changes, /<plan>/changes/: no id names
	// anything in it; its pages are named by years and months, the shapes
	// changesPeriod matches (/<plan>/changes/2025/, /<plan>/changes/2025-06/).
	changesScope
)

// changesPeriod is the shape of the pages of a plan's changes per year
// and per month: /<plan>/changes/<yyyy>/ and /<plan>/changes/<yyyy>-<mm>/.
var changesPeriod = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2})?$`)

// reservedSegments lists, for each scope, the segments the site writes
// there and what each is.
var reservedSegments = map[segmentScope]map[string]diag.Text{
	rootScope: {
		"index.html":    {UK: "головна сторінка", EN: "the home page"},
		"data":          {UK: "сторінка й файли відкритих даних", EN: "the open data page and files"},
		"search":        {UK: "пошук", EN: "the search page and index"},
		"executors":     {UK: "сторінки виконавців", EN: "the executors' pages"},
		"assets":        {UK: "стилі, скрипти й шрифти сайту", EN: "the site's styles, scripts and fonts"},
		"404":           {UK: "сторінка «не знайдено»", EN: "the not-found page"},
		"404.html":      {UK: "сторінка «не знайдено»", EN: "the not-found page"},
		"feed.xml":      {UK: "стрічка новин сайту", EN: "the site's news feed"},
		"sitemap.xml":   {UK: "карта сайту для пошукових систем", EN: "the sitemap for search engines"},
		"robots.txt":    {UK: "правила для пошукових систем", EN: "the rules for search engines"},
		"compare":       {UK: "порівняння громад за напрямами стратегій", EN: "the comparison of communities by the strategies' areas"},
		"accessibility": {UK: "заява про доступність", EN: "the accessibility statement"},
		"favicon.ico":   {UK: "значок сайту", EN: "the site's icon"},
		"favicon.svg":   {UK: "значок сайту (SVG)", EN: "the site's icon (SVG)"},
		"changes":       {UK: "що змінилося в усіх планах", EN: "what changed in every plan"},
	},
	planScope: {
		"index.html":   {UK: "сторінка плану", EN: "the plan's page"},
		"notes":        {UK: "звіти плану", EN: "the plan's notes"},
		"timeline":     {UK: "графік виконання плану", EN: "the plan's timeline"},
		"indicators":   {UK: "показники плану", EN: "the plan's indicators"},
		"feed.xml":     {UK: "стрічка новин плану", EN: "the plan's news feed"},
		"calendar.ics": {UK: "календар строків звітів плану", EN: "the plan's calendar of reporting deadlines"},
		"quality":      {UK: "звіт про якість даних плану", EN: "the plan's data-quality report"},
		"quality.json": {UK: "звіт про якість даних плану (JSON)", EN: "the plan's data-quality report (JSON)"},
		"evidence":     {UK: "копії документів, що підтверджують звіти", EN: "copies of the documents that back the reports"},
		"versions":     {UK: "редакції плану та зміни до нього", EN: "the plan's versions and amendments"},
		"card.png":     {UK: "картка плану для соцмереж", EN: "the plan's card for shared links"},
		"print":        {UK: "версія плану для друку", EN: "the plan's printable version"},
		// Pages planned, reserved before any id can take them.
		"embed":   {UK: "вбудовувані віджети плану", EN: "the plan's embeddable widgets"},
		"changes": {UK: "сторінки того, що змінилося в плані", EN: "the pages of what changed in the plan"},
		// What changed, by month and year, and as data.
		"changes.csv":  {UK: "зміни в плані (CSV)", EN: "what changed in the plan (CSV)"},
		"changes.json": {UK: "зміни в плані (JSON)", EN: "what changed in the plan (JSON)"},
	},
	changesScope: {
		"index.html": {UK: "що змінилося в плані, за місяцями", EN: "what changed in the plan, by month"},
	},
	sectionScope: {
		"index.html": {UK: "сторінка розділу", EN: "the section's page"},
	},
	notesScope: {
		"index.html": {UK: "перелік звітів", EN: "the list of notes"},
	},
	executorsScope: {
		"index.html": {UK: "перелік виконавців", EN: "the list of executors"},
	},
	measureScope: {
		"index.html":   {UK: "сторінка заходу", EN: "the measure's page"},
		"feed.xml":     {UK: "стрічка звітів і змін стану заходу", EN: "the measure's feed of reports and changes of state"},
		"calendar.ics": {UK: "календар строків звітів заходу", EN: "the measure's calendar of reporting deadlines"},
		"embed":        {UK: "картка заходу для вбудовування в інші сайти", EN: "the measure's card to embed in other sites"},
		"badge.svg":    {UK: "значок стану заходу для інших сайтів", EN: "the measure's status badge for other sites"},
		"card.png":     {UK: "картка заходу для соцмереж", EN: "the measure's card for shared links"},
	},
	executorScope: {
		"index.html":   {UK: "сторінка виконавця", EN: "the executor's page"},
		"feed.xml":     {UK: "стрічка звітів виконавця", EN: "the executor's feed"},
		"calendar.ics": {UK: "календар строків звітів виконавця", EN: "the executor's calendar of reporting deadlines"},
	},
	versionsScope: {
		"index.html": {UK: "перелік редакцій плану", EN: "the list of the plan's versions"},
	},
	compareScope: {
		"index.html": {UK: "порівняння громад", EN: "the comparison of communities"},
	},
	strategyScope: {
		"index.html": {UK: "сторінка стратегії", EN: "the strategy's page"},
	},
	dataScope: {
		"plans":             {UK: "перелік планів data/plans.json", EN: "the list of plans data/plans.json"},
		"notes":             {UK: "звіти data/notes.csv", EN: "the notes data/notes.csv"},
		"indicator-values":  {UK: "значення показників data/indicator-values.csv", EN: "the indicator values data/indicator-values.csv"},
		"executors":         {UK: "виконавці data/executors.csv", EN: "the executors data/executors.csv"},
		"measures":          {UK: "заходи data/measures.csv", EN: "the measures data/measures.csv"},
		"measure-executors": {UK: "виконавці заходів data/measure-executors.csv", EN: "the measures' executors data/measure-executors.csv"},
		"indicators":        {UK: "індикатори data/indicators.csv", EN: "the indicators data/indicators.csv"},
		"indicator-results": {UK: "результати за індикаторами data/indicator-results.csv і .json", EN: "the indicator results data/indicator-results.csv and .json"},
		"note-measures":     {UK: "заходи у звітах data/note-measures.csv", EN: "the notes' measures data/note-measures.csv"},
		"evidence":          {UK: "документи до звітів data/evidence.csv", EN: "the notes' evidence data/evidence.csv"},
		"periods":           {UK: "звітні періоди data/periods.csv", EN: "the reporting periods data/periods.csv"},
		"state-history":     {UK: "історія стану заходів data/state-history.csv", EN: "the measures' state history data/state-history.csv"},
		"all-plans":         {UK: "книга Excel усіх планів data/all-plans.xlsx", EN: "the workbook of all plans data/all-plans.xlsx"},
		"datapackage":       {UK: "опис пакета даних data/datapackage.json", EN: "the data package data/datapackage.json"},
		"catalog":           {UK: "каталог даних data/catalog.jsonld", EN: "the data catalogue data/catalog.jsonld"},
		"schema":            {UK: "схеми JSON data/schema/", EN: "the JSON Schemas data/schema/"},
	},
}

// languageCode is the shape of an interface language's folder (/en/):
// every two-letter id is kept for languages, those to come included.
var languageCode = regexp.MustCompile(`^[a-z]{2}$`)

// reservedSegment says what the site writes at segment id of scope, if
// anything.
func reservedSegment(scope segmentScope, id string) (diag.Text, bool) {
	if what, ok := reservedSegments[scope][id]; ok {
		return what, true
	}
	if scope == rootScope && (languageCode.MatchString(id) || supportedLanguages[id]) {
		return diag.Text{UK: "сторінки сайту мовою «" + id + "»", EN: "the site's pages in language \"" + id + "\""}, true
	}
	if scope == changesScope && changesPeriod.MatchString(id) {
		return diag.Text{UK: "зміни в плані за рік чи місяць", EN: "what changed in the plan in a year or a month"}, true
	}
	if scope == rootScope {
		return reservedSegment(dataScope, id)
	}
	return diag.Text{}, false
}
