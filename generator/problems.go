package generator

import "github.com/plansite/plansite/generator/diag"

// The kinds of content problems the build reports. Messages speak to the
// staff member who wrote the file; hints say what to do.
var (
	kindTOMLSyntax = diag.Kind{Code: "toml-syntax",
		UK: "помилка синтаксису TOML: %s", EN: "TOML syntax error: %s",
		HintUK: "перевірте лапки, дужки та знак «=» у цьому рядку", HintEN: "check the quotes, brackets and \"=\" on this line"}
	kindWrongType = diag.Kind{Code: "wrong-type",
		UK: "«%s» має бути: %s, а не %s", EN: "%q must be: %s, not %s",
		HintUK: "наприклад: текст пишіть у лапках \"…\", числа — без лапок, дати — як 2025-01-10",
		HintEN: "e.g. put text in quotes \"…\", numbers without quotes, dates as 2025-01-10"}
	kindBadDate = diag.Kind{Code: "bad-date",
		UK: "«%s»: %s не є датою", EN: "%q: %s is not a date",
		HintUK: "пишіть дату як РРРР-ММ-ДД, наприклад 2025-01-10", HintEN: "write dates as YYYY-MM-DD, e.g. 2025-01-10"}
	kindUnknownKey = diag.Kind{Code: "unknown-key",
		UK: "невідомий ключ «%s»", EN: "unknown key %q",
		HintUK: "тут можливі ключі: %[2]s", HintEN: "keys allowed here: %[2]s"}
	kindMissing = diag.Kind{Code: "missing-field",
		UK: "не заповнено обовʼязкове поле «%s»", EN: "required field %q is missing or empty",
		HintUK: "додайте %s = … з потрібним значенням", HintEN: "add %s = … with its value"}
	kindBadID = diag.Kind{Code: "bad-id",
		UK: "ідентифікатор «%s» може містити лише малі латинські літери, цифри та дефіси", EN: "id %q may contain only lower-case Latin letters, digits and hyphens",
		HintUK: "ідентифікатор стає частиною постійної адреси сторінки; наприклад «%[2]s»", HintEN: "the id becomes part of a permanent URL; e.g. %[2]q"}
	kindDuplicateID = diag.Kind{Code: "duplicate-id",
		UK: "ідентифікатор «%s» вже використано (рядок %d)", EN: "id %q is already used (line %d)",
		HintUK: "кожен ідентифікатор має бути унікальним, бо з нього складається постійна адреса", HintEN: "each id must be unique: it forms a permanent URL"}
	kindUnknownExecutor = diag.Kind{Code: "unknown-executor",
		UK: "виконавця «%s» немає в реєстрі", EN: "executor %q is not in the registry",
		HintUK: "додайте його до content/executors.toml або виправте ідентифікатор", HintEN: "add it to content/executors.toml or correct the id"}
	kindPlanFolder = diag.Kind{Code: "plan-folder",
		UK: "ідентифікатор плану «%s» не збігається з назвою теки «%s»", EN: "plan id %q differs from its folder name %q",
		HintUK: "перейменуйте теку або виправте id: нотатки шукаються в теці плану", HintEN: "rename the folder or fix the id: notes are found by the plan's folder"}
	kindBadPeriod = diag.Kind{Code: "bad-period",
		UK: "період плану %d–%d неможливий", EN: "plan period %d–%d is impossible",
		HintUK: "start — перший рік плану, end — останній, не раніше за start", HintEN: "start is the first year of the plan, end the last, not before start"}
	kindEmptyFile = diag.Kind{Code: "empty-file",
		UK: "файл порожній", EN: "the file is empty",
		HintUK: "заповніть файл або видаліть його", HintEN: "fill the file in or delete it"}
	kindTooLarge = diag.Kind{Code: "file-too-large",
		UK: "файл завеликий: %d КіБ (найбільше %d КіБ)", EN: "the file is too large: %d KiB (at most %d KiB)",
		HintUK: "розділіть вміст на кілька нотаток або додайте документ посиланням", HintEN: "split it into several notes or link the document instead"}
	kindNotUTF8 = diag.Kind{Code: "not-utf8",
		UK: "файл не в кодуванні UTF-8", EN: "the file is not UTF-8",
		HintUK: "збережіть файл у кодуванні UTF-8 (у Блокноті: «Зберегти як» → Кодування: UTF-8)", HintEN: "save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)"}
	kindFrontMissing = diag.Kind{Code: "front-matter-missing",
		UK: "нотатка має починатися рядком +++ і шапкою TOML", EN: "a note must start with a +++ line and a TOML header",
		HintUK: "перший рядок файлу: +++, далі date = …, measures = […], status = \"…\", потім ще один рядок +++",
		HintEN: "the first line must be +++, then date = …, measures = […], status = \"…\", then another +++ line"}
	kindFrontUnclosed = diag.Kind{Code: "front-matter-unclosed",
		UK: "шапку нотатки відкрито рядком +++, але не закрито", EN: "the note's header is opened with +++ but never closed",
		HintUK: "додайте рядок +++ після останнього поля шапки, перед текстом нотатки", HintEN: "add a +++ line after the header's last field, before the note's text"}
	kindUnknownMeasure = diag.Kind{Code: "unknown-measure",
		UK: "заходу «%s» немає в плані «%s»", EN: "measure %q does not exist in plan %q",
		HintUK: "ідентифікатор заходу — це частина його адреси після плану, наприклад «ii/2-3»", HintEN: "a measure's id is the part of its URL after the plan, e.g. \"ii/2-3\""}
	kindUnknownStatus = diag.Kind{Code: "unknown-status",
		UK: "невідомий статус «%s»", EN: "unknown status %q",
		HintUK: "можливі статуси: %[2]s", HintEN: "statuses: %[2]s"}
	kindUnknownIndicator = diag.Kind{Code: "unknown-indicator",
		UK: "показника «%s» немає", EN: "indicator %q does not exist",
		HintUK: "посилання на показник: «захід#номер», наприклад «ii/2-1#1» — перший показник заходу ii/2-1", HintEN: "an indicator reference is \"measure#n\", e.g. \"ii/2-1#1\" — the first indicator of measure ii/2-1"}
	kindBadURL = diag.Kind{Code: "bad-url",
		UK: "посилання «%s» не дозволене", EN: "link %q is not allowed",
		HintUK: "дозволені лише адреси http://, https:// та mailto:", HintEN: "only http://, https:// and mailto: links are allowed"}
	kindRawHTML = diag.Kind{Code: "raw-html",
		UK: "HTML-код у нотатці не дозволений: %s", EN: "HTML in a note is not allowed: %s",
		HintUK: "пишіть текст звичайною розміткою Markdown: **жирний**, [посилання](https://…), списки через «-»",
		HintEN: "use plain Markdown: **bold**, [link](https://…), lists with \"-\""}
	kindValueMissing = diag.Kind{Code: "value-missing",
		UK: "для показника «%s» не вказано ні value, ні achieved", EN: "indicator %q has neither value nor achieved",
		HintUK: "для числового показника вкажіть value = 87, для якісного — achieved = true", HintEN: "give value = 87 for a numeric indicator, achieved = true for a qualitative one"}
	kindValueNotNumeric = diag.Kind{Code: "value-not-numeric",
		UK: "показник «%s» не числовий, тому value не має сенсу", EN: "indicator %q is not numeric, so value has no meaning",
		HintUK: "опишіть його одиницю та ціль у indicators.toml або вкажіть achieved = true", HintEN: "describe its unit and target in indicators.toml, or give achieved = true"}
	kindBadDirection = diag.Kind{Code: "bad-direction",
		UK: "direction «%s» має бути \"up\" (більше — краще) або \"down\" (менше — краще)", EN: "direction %q must be \"up\" (more is better) or \"down\" (fewer is better)"}
	kindFutureNote = diag.Kind{Code: "future-note", Severity: diag.Warning,
		UK: "нотатку датовано %s, пізніше за дату збірки %s; її буде показано з цієї дати", EN: "the note is dated %s, after the build date %s; it will be shown from that date"}
	kindTermUnparsed = diag.Kind{Code: "term-unparsed", Severity: diag.Warning,
		UK: "термін «%s» не розпізнано: %s", EN: "term %q was not understood: %s",
		HintUK: "термін показано як написано, але стан виконання не обчислюється", HintEN: "the term is shown as written, but no status is computed"}
	kindBadConfig = diag.Kind{Code: "bad-config",
		UK: "%s", EN: "%s"}
	kindPathEscape = diag.Kind{Code: "path-escape",
		UK: "шлях «%s» веде за межі теки сайту", EN: "path %q leads outside the site folder",
		HintUK: "вкажіть шлях усередині теки сайту, без «..»", HintEN: "give a path inside the site folder, without \"..\""}
	kindNoPlans = diag.Kind{Code: "no-plans",
		UK: "у теці %s немає жодного плану (plans/<id>/plan.toml)", EN: "no plans in %s (plans/<id>/plan.toml)",
		HintUK: "імпортуйте план командою plansite import або скопіюйте plan.toml", HintEN: "import a plan with plansite import or copy a plan.toml"}
	kindUnknownReporter = diag.Kind{Code: "unknown-reporter",
		UK: "звітуючого органу «%s» немає в реєстрі виконавців", EN: "reporting body %q is not in the executor registry",
		HintUK: "вкажіть ідентифікатор з content/executors.toml", HintEN: "use an id from content/executors.toml"}
)
