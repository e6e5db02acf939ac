package schema_test

import (
	"github.com/plansite/plansite/generator/content"
)

// rule is what the schemas say of one field (keyed "Type.Field", by Go
// names) or one struct type ("Type") beyond what its Go type says.
//
// To add a field to a content struct: give it a doc comment (the English
// description), add its entry here (the Ukrainian description, and what
// internal/check requires of it), then run
//
//	go test ./generator/content/schema -update
//
// and commit the rewritten *.schema.json. Until then the tests fail and
// say which entry is missing.
type rule struct {
	uk string // Ukrainian description
	en string // English description, only for a field without a doc comment
	// required: internal/check reports the field missing (kind missing-field)
	// when it is absent.
	required bool
	with     []keyword // keywords added to the value's schema
	items    []keyword // keywords added to the schema of a list's items
	// enumDocs describe the values of an enum, in order, for Taplo's
	// completion and hover.
	enumDocs []string
}

type keyword struct {
	key string
	val any
}

// apply adds the rule's keywords to the schema s.
func (r rule) apply(s *obj) {
	for _, k := range r.with {
		s.set(k.key, k.val)
	}
	if items, ok := s.get("items").(*obj); ok {
		for _, k := range r.items {
			items.set(k.key, k.val)
		}
	}
	if len(r.enumDocs) > 0 {
		s.get("x-taplo").(*obj).get("docs").(*obj).set("enumValues", r.enumDocs)
	}
}

// The patterns internal/check checks values against. Patterns are written for
// every JSON Schema validator (ECMA-262 and RE2 alike): no look-around, no
// inline flags.
const (
	// idPattern is check's idPattern: ids become URL segments and
	// folder names.
	idPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`
	// indicatorRef is check's indicatorRef: "<section>/<measure>#<n>".
	indicatorRef = `^[a-z0-9-]+/[a-z0-9-]+#[1-9][0-9]*$`
	// noteMeasureRef and noteIndicatorRef are what a note may refer to:
	// the plan-relative ref or the full one; check.ResolveMeasure trims spaces and
	// slashes around it. Whether the measure exists only check can tell.
	noteMeasureRef   = `^[\s/]*([a-z0-9-]+/)?[a-z0-9-]+/[a-z0-9-]+[\s/]*$`
	noteIndicatorRef = `^[\s/]*([a-z0-9-]+/)?[a-z0-9-]+/[a-z0-9-]+#[1-9][0-9]*[\s/]*$`
	// evidenceURL: badURL accepts complete http(s) and mailto addresses,
	// the scheme in any case.
	evidenceURL = `^\s*([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)\S`
	// areaRef is what areas.toml refers to an area by: "<strategy>/<area>",
	// two ids.
	areaRef = `^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$`
	// themeName: check.Config takes a theme as one folder name in themes/.
	themeName = `^[^/\\]*$`
	// escapingDir: a content folder that leaves the site folder
	// (source.Escapes); a path that climbs out midway, "a/../../x", only
	// check sees.
	escapingDir = `^([/\\]|\.\.([/\\]|$))`
	// periodKey is what term.ParsePeriodKey accepts: a year, half-year,
	// quarter, month or day, or an interval of two, in any case, with
	// spaces around.
	periodKey = `^\s*[0-9]{4}(-([Hh][12]|[Qq][1-4]|[0-9]{2}(-[0-9]{2})?))?(/[0-9]{4}(-([Hh][12]|[Qq][1-4]|[0-9]{2}(-[0-9]{2})?))?)?\s*$`
	// evidencePath is check.BadEvidencePath's rule for segments; the file types
	// only check tells.
	evidencePath = `^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$`
	// sha256Pattern, currencyPattern, programmePattern and
	// prozorroPattern are internal/check/reports.go's.
	sha256Pattern    = `^[0-9a-fA-F]{64}$`
	currencyPattern  = `^[A-Z]{3}$`
	programmePattern = `^[0-9]{7}$`
	prozorroPattern  = `^UA-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{6}-[a-z]$`
)

var (
	id       = []keyword{{"pattern", idPattern}}
	nonEmpty = []keyword{{"minLength", 1}}
)

func between(min, max int) []keyword {
	return []keyword{{"minimum", min}, {"maximum", max}}
}

// statusValues are the values a note's status may take: the keys of
// content.Statuses, then their aliases, each documented.
func statusValues() (values []any, docs []string) {
	for _, s := range content.Statuses {
		m := statusMeaning[s.Key]
		values = append(values, s.Key)
		docs = append(docs, m[0]+"\n\n"+m[1])
	}
	for _, s := range content.Statuses {
		for _, a := range s.Aliases {
			values = append(values, a)
			docs = append(docs, "те саме, що «"+s.Key+"»\n\nthe same as «"+s.Key+"»")
		}
	}
	return values, docs
}

// statusMeaning says what each of content.Statuses means, as
// docs/content.md does.
var statusMeaning = map[string][2]string{
	"не розпочато":   {"до виконання ще не бралися", "work has not begun"},
	"виконується":    {"робота триває", "work is under way"},
	"виконано":       {"захід (або його черговий цикл, для щорічних) виконано", "the measure (or, for a recurring one, this cycle of it) is done"},
	"із запізненням": {"виконується, але із запізненням", "under way, but late"},
	"призупинено":    {"виконання призупинено; захід не вважається простроченим", "suspended; the measure is not counted overdue"},
	"скасовано":      {"захід скасовано (напр., під час перегляду плану)", "cancelled (e.g. when the plan was revised)"},
}

var statusEnum, statusDocs = statusValues()

// rules says, for each content struct and field, what its Go type cannot:
// the Ukrainian description and what internal/check requires.
var rules = map[string]rule{
	// plan.toml
	"Plan":           {uk: "План заходів, як його ухвалено: content/plans/<id>/plan.toml. Файл створює `plansite import`; тексти в ньому не виправляйте вручну — повторний імпорт має відтворити файл точно."},
	"Plan.ID":        {uk: "Постійний ідентифікатор плану і перша частина адрес його сторінок, напр. \"svatove-2019\": лише малі латинські літери, цифри й дефіси. Збігається з назвою теки плану.", required: true, with: id},
	"Plan.Title":     {uk: "Назва плану, як у документі.", required: true, with: nonEmpty},
	"Plan.Authority": {uk: "Орган, що ухвалив план.", required: true, with: nonEmpty},
	"Plan.Approval":  {uk: "Акт затвердження: як написано і як прочитано."},
	"Plan.Period":    {uk: "Роки, на які ухвалено план.", required: true},
	"Plan.MainGoal":  {uk: "Основна мета плану, як написано, разом із підписом; немає, якщо в плані її немає."},
	"Plan.Columns":   {uk: "Заголовки колонок таблиці плану, як у документі, по порядку."},
	"Plan.Signatory": {uk: "Підпис під таблицею, як написано."},
	"Plan.Sections":  {uk: "Розділи плану в порядку документа: кожен — таблиця [[section]]."},

	"Approval.Text":     {uk: "Гриф затвердження, як над назвою плану, з розривами рядків."},
	"Approval.Act":      {uk: "Вид акта й хто його видав, напр. «Розпорядження голови райдержадміністрації»."},
	"Approval.Date":     {uk: "Дата акта, РРРР-ММ-ДД без лапок; немає, якщо в документі дату не заповнено."},
	"Approval.DateText": {uk: "Дата, як написано, напр. «___ квітня 2021 року»."},
	"Approval.Number":   {uk: "Номер акта; \"\", якщо в документі номер не заповнено."},

	"Period.Start": {uk: "Перший рік плану, напр. 2019.", required: true, with: between(1990, 2100)},
	"Period.End":   {uk: "Останній рік плану, напр. 2026; не раніше за `start`.", required: true, with: between(1990, 2100)},
	"Period.Text":  {uk: "Період, як написано, напр. «на 2019 – 2026 роки»."},

	"Section":            {uk: "Розділ плану. Містить завдання (`task`), групи (`group`), заходи (`measure`) або їх поєднання; їхні `id` разом утворюють простір адрес розділу."},
	"Section.ID":         {uk: "Частина адреси розділу, напр. \"ii\" (латинська римська цифра малими літерами); не залежить від назви.", required: true, with: id},
	"Section.Number":     {uk: "Римська цифра, як надруковано, напр. «ІУ» (кириличні літери) чи «IV»."},
	"Section.Numeral":    {uk: "Значення римської цифри, напр. 4."},
	"Section.Title":      {uk: "Назва розділу, як написано.", required: true, with: nonEmpty},
	"Section.GoalsLabel": {uk: "Підпис клітинки специфічних цілей, як написано, напр. «Специфічні цілі:»."},
	"Section.Goals":      {uk: "Специфічні цілі розділу, по абзацу на ціль."},
	"Section.Measures":   {uk: "Заходи, що стоять прямо в розділі: таблиці [[section.measure]]."},
	"Section.Tasks":      {uk: "Завдання розділу, кожне зі своїми заходами: таблиці [[section.task]]."},
	"Section.Groups":     {uk: "Групи заходів, напр. «Освітні послуги»: таблиці [[section.group]]."},

	"Task":          {uk: "Завдання, що обʼєднує заходи розділу."},
	"Task.ID":       {uk: "Частина адреси завдання в розділі, напр. \"2\".", required: true, with: id},
	"Task.Number":   {uk: "Номер, як написано; може бути порожнім."},
	"Task.Title":    {uk: "Текст завдання, як написано.", required: true, with: nonEmpty},
	"Task.Measures": {uk: "Заходи завдання по порядку."},

	"Group":          {uk: "Група заходів розділу з назвою; нумерація в кожній групі знову від 1."},
	"Group.ID":       {uk: "Частина адреси групи в розділі, напр. \"osvitni\".", required: true, with: id},
	"Group.Title":    {uk: "Назва групи, як написано.", required: true, with: nonEmpty},
	"Group.Measures": {uk: "Заходи групи по порядку."},

	"Measure":               {uk: "Захід (дія) плану з клітинками, як написано."},
	"Measure.ID":            {uk: "Частина постійної адреси заходу в розділі, напр. \"2-3\" (завдання 2, захід 3) чи \"osvitni-4\"; не змінюється разом із текстом.", required: true, with: id},
	"Measure.Number":        {uk: "Номер, як написано, напр. «3)» чи «1.»."},
	"Measure.Text":          {uk: "Текст заходу, як написано, без номера.", required: true, with: nonEmpty},
	"Measure.Term":          {uk: "Термін виконання, як написано; може бути порожнім."},
	"Measure.ExecutorsText": {uk: "Клітинка «виконавці», як написано."},
	"Measure.Executors":     {uk: "Ідентифікатори установ з executors.toml, названих у `executors_text`.", items: id},
	"Measure.Costs":         {uk: "Клітинка фінансових витрат, як написано, — для планів, що мають таку колонку; немає, якщо колонки немає."},
	"Measure.Indicators":    {uk: "Абзаци клітинки «індикатори», як написано. Показник \"<розділ>/<захід>#n\" — це n-й абзац, від 1."},

	// indicators.toml
	"Monitoring":            {uk: "Числові показники плану: content/plans/<план>/indicators.toml. Це не частина ухваленого тексту: які показники числові й у чому вимірюються, вирішують працівники."},
	"Monitoring.Indicators": {uk: "Показники, що мають числові значення: кожен — таблиця [[indicator]].", en: "The indicators that take numeric values, one [[indicator]] table each."},

	"IndicatorSpec":              {uk: "Робить один із показників заходу числовим."},
	"IndicatorSpec.Ref":          {uk: "Який показник: \"<розділ>/<захід>#<номер>\", напр. \"ii/2-1#1\" — перший показник заходу ii/2-1.", required: true, with: []keyword{{"pattern", indicatorRef}}},
	"IndicatorSpec.Label":        {uk: "Коротка назва для графіків; інакше — текст показника."},
	"IndicatorSpec.Unit":         {uk: "Одиниця виміру значень, напр. \"%\" чи \"дітей\".", required: true, with: nonEmpty},
	"IndicatorSpec.Baseline":     {uk: "Базове значення (необовʼязково) і `baseline_date` — коли його виміряно."},
	"IndicatorSpec.BaselineDate": {uk: "Коли виміряно базове значення: РРРР-ММ-ДД без лапок."},
	"IndicatorSpec.Target":       {uk: "Цільове значення (необовʼязково) і `target_date` — до коли його досягти."},
	"IndicatorSpec.TargetDate":   {uk: "До коли план має досягти цілі: РРРР-ММ-ДД без лапок."},
	"IndicatorSpec.Sensitive":    {uk: "true — кількість дітей (людей), за якою в малій громаді можна впізнати дитину: значення від 1 до privacy.min_count − 1 не публікуються, лише «менше 5»."},
	"IndicatorSpec.TotalOf":      {uk: "Показники, сумою яких є цей, напр. [\"iv/1#2\", \"iv/1#3\"]: check попереджає, якщо з опублікованих можна обчислити приховане.", items: []keyword{{"pattern", indicatorRef}}},
	"IndicatorSpec.Direction": {uk: "\"up\" — більше краще, \"down\" — менше краще.", required: true,
		with:     []keyword{{"enum", []any{"up", "down"}}},
		enumDocs: []string{"більше — краще\n\nmore is better", "менше — краще\n\nfewer is better"}},

	// executors.toml
	"Registry":           {uk: "Реєстр виконавців: content/executors.toml."},
	"Registry.Executors": {uk: "Установи, що їх називають плани: кожна — таблиця [[executor]].", en: "The bodies the plans name, one [[executor]] table each."},

	"Executor":         {uk: "Відповідальна установа (виконавець). Плани називають ту саму установу по-різному; реєстр зʼєднує назви, щоб одна сторінка показувала всі її заходи."},
	"Executor.ID":      {uk: "Постійний ідентифікатор установи й частина адреси її сторінки.", required: true, with: id},
	"Executor.Name":    {uk: "Повна офіційна назва.", required: true, with: nonEmpty},
	"Executor.Short":   {uk: "Коротка назва для списків, напр. «Сватівський РЦСССДМ»."},
	"Executor.Aliases": {uk: "Інші написання назви в планах; імпорт зіставляє клітинки виконавців із `name`, `short` і цими назвами."},
	"Executor.Plans":   {uk: "Ідентифікатори планів, у яких ці назви означають саме цю установу; порожньо — в усіх. «Служба у справах дітей» у кожній громаді своя, тому й потрібно.", items: id},
	"Executor.URL":     {uk: "Офіційний сайт установи, якщо є."},
	"Executor.Email":   {uk: "Публічна адреса електронної пошти установи для питань громадян про її заходи; показано на її сторінці й на сторінках її заходів.", with: []keyword{{"pattern", `^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$`}}},
	"Executor.Phone":   {uk: "Публічний номер телефону установи, як його набирають, напр. \"+380 6471 3-12-45\".", with: []keyword{{"pattern", `^\+?[0-9][0-9 ()-]{4,24}[0-9]$`}}},

	// glossary.toml
	"Glossary":       {uk: "Словник скорочень: content/glossary.toml. Пошук знаходить захід і за скороченням, і за повною назвою."},
	"Glossary.Terms": {uk: "Скорочення: кожне — таблиця [[term]].", en: "The abbreviations, one [[term]] table each."},

	"GlossaryTerm":      {uk: "Скорочення та його повні форми."},
	"GlossaryTerm.Abbr": {uk: "Скорочення, як його пишуть плани, напр. «СЖО».", required: true, with: nonEmpty},
	"GlossaryTerm.Full": {uk: "Повні форми, напр. [\"складні життєві обставини\"]; у тексті підходить будь-який відмінок.", required: true, with: []keyword{{"minItems", 1}}},

	// strategy.toml
	"Strategies":            {uk: "Національні стратегії, які втілюють плани, і їхні напрями: content/strategy.toml. Портал порівнює за ними громади. Це дані порталу, а не текст акта: неперевірене формулювання позначайте в `source` чи `note`."},
	"Strategies.Strategies": {uk: "Стратегії: кожна — таблиця [[strategy]], у порядку, в якому їх показують сторінки порівняння."},
	"Strategy":              {uk: "Одна національна стратегія й акт, що її схвалив."},
	"Strategy.ID":           {uk: "Постійний ідентифікатор стратегії й частина адрес: /compare/<id>/, напр. \"ns-2017\".", required: true, with: id},
	"Strategy.Title":        {uk: "Назва стратегії так, як її пише акт.", required: true, with: nonEmpty},
	"Strategy.TitleEN":      {uk: "Назва англійською (переклад, не офіційний)."},
	"Strategy.Act":          {uk: "Вид акта й хто його видав, напр. «Розпорядження Кабінету Міністрів України».", required: true, with: nonEmpty},
	"Strategy.ActEN":        {uk: "Те саме англійською, напр. \"Order of the Cabinet of Ministers of Ukraine\"."},
	"Strategy.ActTitle":     {uk: "Назва самого акта, як написано: «Про …»."},
	"Strategy.Number":       {uk: "Номер акта, як написано, напр. \"526-р\"."},
	"Strategy.Date":         {uk: "Дата акта: РРРР-ММ-ДД без лапок."},
	"Strategy.URL":          {uk: "Офіційний текст акта (zakon.rada.gov.ua); лише звірена адреса.", with: []keyword{{"pattern", evidenceURL}}},
	"Strategy.Copies":       {uk: "Інші адреси, за якими текст звірено.", items: []keyword{{"pattern", evidenceURL}}},
	"Strategy.Note":         {uk: "Що про стратегію підтверджено, а що ні (українською)."},
	"Strategy.NoteEN":       {uk: "Те саме англійською."},
	"Strategy.Areas":        {uk: "Напрями (стратегічні цілі) стратегії: кожен — таблиця [[strategy.area]]."},
	"Area":                  {uk: "Напрям стратегії, якому служать розділи планів."},
	"Area.ID":               {uk: "Постійний ідентифікатор напряму, єдиний у своїй стратегії; частина адреси /compare/<стратегія>/<id>/.", required: true, with: id},
	"Area.Title":            {uk: "Назва напряму: офіційна, коли official = true, інакше — робоча.", required: true, with: nonEmpty},
	"Area.TitleEN":          {uk: "Назва англійською (переклад)."},
	"Area.Official":         {uk: "true — лише коли назву звірено з офіційним текстом стратегії; інакше сторінки позначають, що формулювання не звірено."},
	"Area.Source":           {uk: "Звідки формулювання назви і наскільки воно підтверджене (українською)."},
	"Area.SourceEN":         {uk: "Те саме англійською."},
	"Area.About":            {uk: "Що охоплює напрям, одним-двома реченнями: опис порталу, не текст акта (українською)."},
	"Area.AboutEN":          {uk: "Те саме англійською."},

	// areas.toml
	"AreaMap":            {uk: "До яких напрямів стратегій належать розділи плану: content/plans/<план>/areas.toml, поруч із plan.toml. Це рішення працівників порталу, а не текст плану."},
	"AreaMap.Sections":   {uk: "Розділи плану: кожен — таблиця [[section]]."},
	"SectionAreas":       {uk: "Напрями одного розділу плану."},
	"SectionAreas.ID":    {uk: "id розділу, як у plan.toml і в адресі сторінки розділу, напр. \"ii\".", required: true, with: id},
	"SectionAreas.Areas": {uk: "Напрями як \"<стратегія>/<напрям>\", напр. \"ns-2017/coordination\": усі заходи розділу рахуються в кожному з них. Розділ без напряму — попередження `check`.", items: []keyword{{"pattern", areaRef}}},
	"SectionAreas.Note":  {uk: "Чому розділ віднесено сюди, коли це не видно з назв."},

	// note front matter
	"Note":          {uk: "Нотатка про виконання: шапка TOML між рядками +++ у файлі content/plans/<план>/notes/*.md, далі — текст Markdown. Один файл — один звіт."},
	"Note.Date":     {uk: "Дата звіту: РРРР-ММ-ДД без лапок.", required: true},
	"Note.Title":    {uk: "Заголовок (необовʼязково); інакше — текст першого заходу."},
	"Note.Measures": {uk: "Заходи, про які звіт: \"<розділ>/<захід>\", як в адресі сторінки (\"ii/2-3\"), або з планом (\"svatove-2019/ii/2-3\").", required: true, with: []keyword{{"minItems", 1}}, items: []keyword{{"pattern", noteMeasureRef}}},
	"Note.Status": {uk: "Стан заходів на дату звіту: один зі статусів (англійські назви теж приймаються).", required: true,
		with: []keyword{{"enum", statusEnum}}, enumDocs: statusDocs},
	"Note.Reporter": {uk: "Хто звітує: `id` установи з executors.toml (необовʼязково).", with: id},
	"Note.Values":   {uk: "Виміряні значення показників: кожне — таблиця [[value]]."},
	"Note.Evidence": {uk: "Посилання на документи, що підтверджують звіт: кожне — таблиця [[evidence]]."},

	"Value": {uk: "Виміряне значення показника: `value` — для числових показників, `achieved` — для якісних.",
		with: []keyword{{"anyOf", []any{
			newObj().set("required", []string{"value"}),
			newObj().set("required", []string{"achieved"}),
		}}}},
	"Value.Indicator": {uk: "Показник: \"<розділ>/<захід>#<номер>\" (номер від 1), напр. \"ii/2-1#1\".", required: true, with: []keyword{{"pattern", noteIndicatorRef}}},
	"Value.Value":     {uk: "Виміряне число — для показників, описаних як числові в indicators.toml."},
	"Value.Achieved":  {uk: "Для якісних показників: true — досягнуто, false — ще ні."},
	"Value.Date":      {uk: "Коли виміряно: РРРР-ММ-ДД без лапок; якщо немає — дата звіту."},
	"Value.Comment":   {uk: "Пояснення до значення, напр. «за даними ЦПМСД»."},

	"Evidence": {uk: "Документ, що підтверджує звіт: посилання `url`, локальна копія `file` або обидва.",
		with: []keyword{{"anyOf", []any{
			newObj().set("required", []string{"url"}),
			newObj().set("required", []string{"file"}),
		}}}},
	"Evidence.Title":       {uk: "Назва документа.", en: "The document's title.", required: true, with: nonEmpty},
	"Evidence.URL":         {uk: "Повна адреса документа: https://…, http://… або mailto:…; можна не писати, якщо є `file`.", with: []keyword{{"pattern", evidenceURL}}},
	"Evidence.ArchivedURL": {uk: "Архівна копія документа (напр., у Wayback Machine), на випадок, коли `url` перестане працювати.", with: []keyword{{"pattern", evidenceURL}}},
	"Evidence.File":        {uk: "Копія документа, що зберігається із сайтом: шлях у теці content/plans/<план>/evidence/, напр. \"2023/protokol.pdf\"; публікується за адресою /<план>/evidence/<файл>. Лише латинські літери, цифри, дефіси, крапки; PDF, зображення, документи й таблиці.", with: []keyword{{"pattern", evidencePath}}},
	"Evidence.SHA256":      {uk: "Контрольна сума SHA-256 документа (64 шістнадцяткові символи, як друкує sha256sum); разом із `file` check звіряє її з файлом.", with: []keyword{{"pattern", sha256Pattern}}},

	"Note.Period":       {uk: "Звітний період, про який звіт: рік \"2025\", півріччя \"2022-H1\", квартал \"2024-Q3\", місяць \"2024-03\". Якщо немає — період визначається за датою звіту.", with: []keyword{{"pattern", periodKey}}},
	"Note.Periods":      {uk: "Кілька звітних періодів одразу, напр. [\"2022-H1\", \"2022-H2\"]; додаються до `period`.", items: []keyword{{"pattern", periodKey}}},
	"Note.Verification": {uk: "Як підтверджено звіт: таблиця [verification]; якщо її немає — звітує сам виконавець (\"self\")."},
	"Note.Spending":     {uk: "Витрачені кошти: кожна сума — таблиця [[spending]]."},

	"Verification.Level": {uk: "Рівень підтвердження (типово \"self\").", with: []keyword{{"enum", []any{"self", "document", "independent"}}},
		enumDocs: []string{"звітує сам виконавець\n\nthe executor reports on its own work", "підтверджено офіційним документом (розпорядження, протокол, витяг)\n\nbacked by an official document (an order, minutes, an extract)", "підтвердив хтось поза виконавцем: громадська рада, ГО, відповідь на запит на інформацію\n\nconfirmed by someone outside the executor: a public council, an NGO, a reply to an information request"}},
	"Verification.By":      {uk: "Хто підтвердив звіт, напр. «Громадська рада при виконавчому комітеті»; обовʼязково для \"independent\"."},
	"Verification.Date":    {uk: "Коли підтверджено: РРРР-ММ-ДД без лапок."},
	"Verification.URL":     {uk: "Посилання на саме підтвердження (лист, протокол, відповідь на запит): https://…, http://… або mailto:…", with: []keyword{{"pattern", evidenceURL}}},
	"Verification.Comment": {uk: "Пояснення до підтвердження."},

	"Spending":           {uk: "Сума, витрачена на захід."},
	"Spending.Year":      {uk: "Бюджетний рік, напр. 2024.", required: true, with: between(1990, 2100)},
	"Spending.Amount":    {uk: "Витрачена сума у валюті `currency`, напр. 120000 чи 85400.50.", required: true, with: []keyword{{"minimum", 0}}},
	"Spending.Currency":  {uk: "Код валюти ISO 4217, напр. \"EUR\"; якщо немає — гривні (\"UAH\").", with: []keyword{{"pattern", currencyPattern}}},
	"Spending.Source":    {uk: "Джерело фінансування, напр. «місцевий бюджет», «субвенція з державного бюджету», «грант UNICEF»."},
	"Spending.Programme": {uk: "Код бюджетної програми: КПКВК (державний бюджет) чи ТПКВКМБ / КПКВКМБ (місцевий), 7 цифр у лапках, напр. \"0813242\".", with: []keyword{{"pattern", programmePattern}}},
	"Spending.Prozorro":  {uk: "Ідентифікатори закупівель у Prozorro, напр. [\"UA-2024-01-15-000123-a\"]: на сторінці вони ведуть на prozorro.gov.ua.", items: []keyword{{"pattern", prozorroPattern}}},
	"Spending.Measure":   {uk: "На який захід нотатки витрачено суму: \"<розділ>/<захід>\"; обовʼязково, якщо нотатка звітує про кілька заходів.", with: []keyword{{"pattern", noteMeasureRef}}},
	"Spending.Comment":   {uk: "Що придбано чи оплачено."},

	// config.toml
	"Config":               {uk: "Налаштування порталу: config.toml у теці сайту."},
	"Config.Title":         {uk: "Назва порталу в заголовку кожної сторінки."},
	"Config.Description":   {uk: "Речення про портал для головної сторінки й пошукових систем."},
	"Config.TitleEN":       {uk: "Назва порталу англійською — для сторінок під /en/; без неї там стоїть українська."},
	"Config.DescriptionEN": {uk: "Речення про портал англійською — для сторінок під /en/."},
	"Config.BaseURL":       {uk: "Повна адреса, за якою сайт опубліковано, напр. \"https://plans.example.org/\": вона потрібна стрічкам новин і карті сайту, а її шлях — префікс усіх посилань."},
	// The languages are generator's supportedLanguages.
	"Config.Languages": {uk: "Мови інтерфейсу: перша — на корені сайту, інші — під /<мова>/. Типово — лише українська.",
		with: []keyword{{"uniqueItems", true}}, items: []keyword{{"enum", []any{"uk", "en"}}}},
	"Config.Theme":         {uk: "Назва теки в themes/, якою оформлено сайт (типово \"default\").", with: []keyword{{"pattern", themeName}, {"not", newObj().set("enum", []string{".."})}}},
	"Config.Content":       {uk: "Звідки брати вміст."},
	"Config.DueWindowDays": {uk: "За скільки днів до строку захід позначається «настає строк» (типово 90).", with: between(0, 366)},

	"Config.Data": {uk: "Відкриті дані: ліцензія, видавець, контакт — для /data/datapackage.json і каталогу /data/catalog.jsonld."},
	"DataConfig.Licence": {uk: "Ліцензія даних — ідентифікатор SPDX, напр. \"CC-BY-4.0\" (типово), \"CC0-1.0\", \"ODbL-1.0\".",
		with: []keyword{{"pattern", "^[-a-zA-Z0-9._]+$"}}},
	"DataConfig.Publisher":     {uk: "Хто оприлюднює дані (орган влади чи організація); якщо не вказано — назва порталу."},
	"DataConfig.Contact":       {uk: "Адреса електронної пошти для питань про дані, напр. \"data@example.org\".", with: []keyword{{"pattern", `^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$`}}},
	"Config.Privacy":           {uk: "Захист малих чисел: [privacy]."},
	"Config.Contact":           {uk: "Куди писати про помилки на порталі: [contact]."},
	"ContactConfig.Email":      {uk: "Адреса електронної пошти для посилання «Повідомити про помилку» на сторінці кожного заходу й для заяви про доступність, напр. \"plans@example.org\"; якщо не вказано — [data] contact.", with: []keyword{{"pattern", `^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$`}}},
	"ContactConfig.URL":        {uk: "Адреса форми зворотного звʼязку (https://…), необовʼязково.", with: []keyword{{"pattern", `^[Hh][Tt][Tt][Pp][Ss]?://[^/\s]+`}}},
	"Config.Accessibility":     {uk: "Заява про доступність (/accessibility/): [accessibility]."},
	"AccessibilityConfig.Date": {uk: "Дата заяви про доступність — коли її підготовлено чи востаннє переглянуто, РРРР-ММ-ДД."},
	"PrivacyConfig.MinCount":   {uk: "Найменша кількість, яку публікують як є: значення чутливого показника від 1 до min_count − 1 показано лише як «менше min_count» (типово 5).", with: between(2, 100)},

	"ContentConfig.Dir":  {uk: "Тека вмісту відносно теки сайту (типово \"content\"); не може виходити за її межі.", with: []keyword{{"not", newObj().set("pattern", escapingDir)}}},
	"ContentConfig.Demo": {uk: "Показувати демонстраційні нотатки з <тека вмісту>/demo; сторінки кажуть прямо, що це демонстраційні дані."},
}

// Amendments: plan.toml records the acts that amended a plan, and what
// each changed in a section, task, group or measure.
func init() {
	amended := map[string]rule{
		"Plan.Amendments":  {uk: "Акти, якими план змінено після ухвалення, від найдавнішого: кожен — таблиця [[amendment]] (їх записує `plansite import --amend`)."},
		"Amendment":        {uk: "Акт, яким змінено план: заходи додано, вилучено, переформульовано, змінено строки чи виконавців."},
		"Amendment.ID":     {uk: "Ідентифікатор зміни в плані: \"1\", \"2\"… у порядку запису; постійний, як усі `id`, і може бути частиною адрес.", required: true, with: id},
		"Amendment.Act":    {uk: "Акт про зміни, як його подали, напр. «рішення виконавчого комітету … від 12.05.2022 № 145»."},
		"Amendment.Date":   {uk: "Дата акта: РРРР-ММ-ДД без лапок; немає, якщо невідома."},
		"Amendment.Source": {uk: "Назва документа, з якого імпортовано змінену таблицю, напр. \"dubno-2021-zminy.docx\"."},

		"Revision":               {uk: "Що змінив один акт про зміни, як було до нього: задано лише змінені поля."},
		"Revision.Amendment":     {uk: "`id` зміни ([[amendment]]), що внесла цю зміну.", required: true, with: id},
		"Revision.Number":        {uk: "Попередній номер, як написано."},
		"Revision.Title":         {uk: "Попередня назва розділу, завдання чи групи, як написано."},
		"Revision.Text":          {uk: "Попередній текст заходу, як написано."},
		"Revision.Term":          {uk: "Попередній термін, як написано."},
		"Revision.ExecutorsText": {uk: "Попередня клітинка «виконавці», як написано."},
		"Revision.Executors":     {uk: "Попередні `id` виконавців; [] — якщо їх не було.", items: id},
		"Revision.Costs":         {uk: "Попередня клітинка фінансових витрат, як написано."},
		"Revision.Indicators":    {uk: "Попередні абзаци клітинки «індикатори»."},
		"Revision.Goals":         {uk: "Попередні специфічні цілі розділу."},
	}
	for _, t := range []string{"Section", "Task", "Group", "Measure"} {
		amended[t+".AddedBy"] = rule{uk: "`id` зміни ([[amendment]]), якою це додано до плану; немає — якщо воно є в плані від ухвалення.", with: id}
		amended[t+".RemovedBy"] = rule{uk: "`id` зміни, якою це вилучено з плану. Вилучене лишається у файлі з останнім формулюванням, щоб його сторінка й адреса не зникли.", with: id}
		amended[t+".Revisions"] = rule{uk: "Попередні формулювання, від найдавнішого: кожне — таблиця `previous` з тим, що змінив один акт, як було до нього."}
	}
	for k, r := range amended {
		rules[k] = r
	}
}
