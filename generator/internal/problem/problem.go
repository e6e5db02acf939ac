// Package problem holds the kinds of content problem the build reports:
// in config.toml, the registry, the glossary, plans, notes and the files
// they name. Each is a diag.Kind with its code, and its message and hint
// in Ukrainian and English; the stages make problems of them where they
// find them (kind.At, or a source file's Problem, which adds the line).
package problem

import "github.com/plansite/plansite/generator/diag"

// The kinds of content problems the build reports. Messages speak to the
// staff member who wrote the file: the message says what is wrong, the
// hint how to fix it, both in plain words and with an example to copy.
// Several kinds may share a code when they are the same mistake told in
// a more precise way (every TOML syntax error is "toml-syntax").
//
// An argument of type diag.Text is shown in the message's language; the
// English formats use %q for names and values from the content, so that
// they stand apart from the English words around them.
var (
	Missing = diag.Kind{Code: "missing-field",
		UK: "бракує обовʼязкового поля «%s»%s", EN: "required field %q is missing%s",
		HintUK: "додайте рядок %[3]s", HintEN: "add the line %[3]s"}
	MissingInNote = diag.Kind{Code: "missing-field",
		UK: "у шапці нотатки бракує обовʼязкового поля «%s»", EN: "the note's header lacks the required field %q",
		HintUK: "додайте рядок %[2]s перед закривним +++", HintEN: "add the line %[2]s before the closing +++"}
	EmptyField = diag.Kind{Code: "missing-field",
		UK: "обовʼязкове поле «%s» порожнє", EN: "required field %q is empty",
		HintUK: "впишіть значення: %[2]s", HintEN: "fill in its value: %[2]s"}

	// Identifiers and references.
	BadID = diag.Kind{Code: "bad-id",
		UK: "ідентифікатор «%s» може містити лише малі латинські літери, цифри та дефіси", EN: "id %q may contain only lower-case Latin letters, digits and hyphens",
		HintUK: "напишіть, наприклад, «%[2]s»: ідентифікатор стає частиною постійної адреси сторінки",
		HintEN: "write e.g. %[2]q: the id becomes part of a permanent URL"}
	BadNoteName = diag.Kind{Code: "bad-id",
		UK: "назва файлу нотатки «%s» може містити лише малі латинські літери, цифри та дефіси", EN: "the note's file name %q may contain only lower-case Latin letters, digits and hyphens",
		HintUK: "перейменуйте файл на «%[2]s.md»: назва файлу стає постійною адресою нотатки",
		HintEN: "rename the file to \"%[2]s.md\": the file name becomes the note's permanent URL"}
	DuplicateID = diag.Kind{Code: "duplicate-id",
		UK: "ідентифікатор «%s» уже використано в рядку %d", EN: "id %q is already used on line %d",
		HintUK: "дайте одному з двох записів інший ідентифікатор (або обʼєднайте їх, якщо це той самий запис): з ідентифікатора складається постійна адреса",
		HintEN: "give one of the two another id (or merge them if they are the same): the id forms a permanent URL"}
	DuplicatePlan = diag.Kind{Code: "duplicate-id",
		UK: "ідентифікатор плану «%s» уже має %s", EN: "plan id %q is already used by %s",
		HintUK: "ідентифікатор плану має збігатися з назвою його теки: напишіть id = \"%[3]s\"",
		HintEN: "a plan's id must be its folder's name: write id = \"%[3]s\""}
	UnknownExecutor = diag.Kind{Code: "unknown-executor",
		UK: "виконавця «%s» немає в реєстрі content/executors.toml", EN: "executor %q is not in the registry content/executors.toml",
		HintUK: "виправте ідентифікатор або додайте виконавця до реєстру: [[executor]], id = \"%[1]s\", name = \"…\"",
		HintEN: "correct the id or add the executor to the registry: [[executor]], id = \"%[1]s\", name = \"…\""}
	ReservedID = diag.Kind{Code: "reserved-id",
		UK: "ідентифікатор «%s» зайнятий самим сайтом: за цією адресою — %s", EN: "id %q is taken by the site itself: that address holds %s",
		HintUK: "дайте інший ідентифікатор, наприклад «%[3]s»: інакше одна сторінка затерла б іншу",
		HintEN: "choose another id, e.g. %[3]q: otherwise one page would overwrite the other"}
	ReservedNote = diag.Kind{Code: "reserved-id",
		UK: "назва файлу нотатки «%s» зайнята самим сайтом: за цією адресою — %s", EN: "the note's file name %q is taken by the site itself: that address holds %s",
		HintUK: "перейменуйте файл, наприклад на «%[3]s.md»: інакше одна сторінка затерла б іншу",
		HintEN: "rename the file, e.g. to \"%[3]s.md\": otherwise one page would overwrite the other"}
	DuplicateNote = diag.Kind{Code: "duplicate-id",
		UK: "нотатка з назвою «%s» є і тут, і в %s, а адреса в них була б одна", EN: "a note named %q is both here and in %s, and the two would share one address",
		HintUK: "перейменуйте один із двох файлів: назва файлу — це постійна адреса нотатки",
		HintEN: "rename one of the two files: a note's file name is its permanent address"}
	StrayNote = diag.Kind{Code: "not-a-note",
		UK: "файл «%s» лежить серед нотаток, але не буде опублікований: нотатки мають закінчуватися на .md", EN: "%q is among the notes but will not be published: notes must end in .md",
		HintUK: "%[2]s", HintEN: "%[2]s"}
	NoteFolder = diag.Kind{Code: "not-a-note",
		UK: "тека «%s» лежить серед нотаток, але нотатки в підтеках не читаються", EN: "folder %q is among the notes, but notes in subfolders are not read",
		HintUK: "перенесіть нотатки з неї безпосередньо до %[2]s/ і видаліть теку", HintEN: "move its notes into %[2]s/ itself and delete the folder"}
	OtherFile = diag.Kind{Code: "not-a-note", Severity: diag.Warning,
		UK: "файл «%s» у теці нотаток не є нотаткою й не буде опублікований", EN: "%q in the notes folder is not a note and will not be published",
		HintUK: "нотатки — це файли .md; документ (PDF, DOCX) опублікуйте окремо й дайте посилання в [[evidence]], а зайвий файл перенесіть або видаліть",
		HintEN: "notes are .md files; publish a document (PDF, DOCX) elsewhere and link it in [[evidence]], and move or delete a file not needed"}
	PlanFolder = diag.Kind{Code: "plan-folder",
		UK: "ідентифікатор плану «%s» не збігається з назвою теки «%s»", EN: "plan id %q differs from its folder name %q",
		HintUK: "напишіть id = \"%[2]s\" або перейменуйте теку на «%[1]s»: адреса плану й пошук його нотаток залежать від обох",
		HintEN: "write id = \"%[2]s\" or rename the folder to %[1]q: the plan's URL and where its notes are found depend on both"}
	PeriodOrder = diag.Kind{Code: "bad-period",
		UK: "рік завершення плану (end = %d) раніше за рік початку (start = %d)", EN: "the plan's last year (end = %d) is before its first (start = %d)",
		HintUK: "start — перший рік дії плану, end — останній, як у назві: «на 2021 – 2026 роки» → start = 2021, end = 2026",
		HintEN: "start is the plan's first year, end its last, as in its title: \"for 2021 – 2026\" → start = 2021, end = 2026"}
	PeriodRange = diag.Kind{Code: "bad-period",
		UK: "рік %d неможливий для плану", EN: "year %d is impossible for a plan",
		HintUK: "пишіть рік чотирма цифрами, від 1990 до 2100, наприклад 2021", HintEN: "write the year in four digits, 1990 to 2100, e.g. 2021"} // content.MinYear, MaxYear

	// Files.
	EmptyFile = diag.Kind{Code: "empty-file",
		UK: "файл порожній", EN: "the file is empty",
		HintUK: "заповніть файл або видаліть його: порожній файл найчастіше лишається після збою під час збереження",
		HintEN: "fill the file in or delete it: an empty file is usually left by a failed save"}
	TooLarge = diag.Kind{Code: "file-too-large",
		UK: "файл завеликий: %d КіБ (найбільше %d КіБ)", EN: "the file is too large: %d KiB (at most %d KiB)",
		HintUK: "нотатка — це короткий звіт: розділіть текст на кілька нотаток, а великий документ (скан, протокол) опублікуйте окремо й дайте посилання в [[evidence]]",
		HintEN: "a note is a short report: split the text into several notes, and publish a large document (a scan, minutes) elsewhere and link it in [[evidence]]"}
	NotUTF8 = diag.Kind{Code: "not-utf8",
		UK: "файл збережено не в кодуванні UTF-8: байт 0x%02X тут не є частиною жодної літери", EN: "the file is not saved as UTF-8: byte 0x%02X here is not part of any letter",
		HintUK: "збережіть файл у кодуванні UTF-8 (у Блокноті: «Зберегти як» → Кодування: UTF-8)", HintEN: "save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)"}
	Unreadable = diag.Kind{Code: "unreadable",
		UK: "файл не вдалося прочитати (%s)", EN: "the file cannot be read (%s)",
		HintUK: "перевірте, що це звичайний файл і його можна відкрити; якщо він не потрібен — видаліть його",
		HintEN: "check that it is an ordinary file that can be opened; delete it if it is not needed"}
	NotRegular = diag.Kind{Code: "unreadable",
		UK: "це не звичайний файл (%s)", EN: "this is not an ordinary file (%s)",
		HintUK: "покладіть сюди звичайний текстовий файл або видаліть цей: збірка читає лише файли",
		HintEN: "put an ordinary text file here or delete this one: a build reads only files"}
	DanglingLink = diag.Kind{Code: "unreadable",
		UK: "файл є посиланням (symlink), що веде в нікуди", EN: "the file is a symbolic link that leads nowhere",
		HintUK: "покладіть сюди сам файл замість посилання або видаліть посилання", HintEN: "put the file itself here instead of the link, or delete the link"}
	LinkEscape = diag.Kind{Code: "path-escape",
		UK: "файл є посиланням (symlink) на «%s», що лежить поза текою сайту", EN: "the file is a symbolic link to %q, outside the site folder",
		HintUK: "покладіть сам файл у теку сайту замість посилання: збірка читає лише те, що лежить у теці сайту",
		HintEN: "put the file itself in the site folder instead of the link: a build reads only what is inside the site folder"}
	PathEscape = diag.Kind{Code: "path-escape",
		UK: "шлях «%s» веде за межі теки сайту", EN: "path %q leads outside the site folder",
		HintUK: "вкажіть теку всередині теки сайту — без «..» і без шляху від кореня диска",
		HintEN: "name a folder inside the site folder — without \"..\" or a path from the root of the disk"}
	MissingFile = diag.Kind{Code: "missing-file",
		UK: "бракує файлу %s", EN: "file %s is missing",
		HintUK: "відновіть файл з історії змін або створіть його за зразком", HintEN: "restore the file from the history or create it after the template"}
	NoPlans = diag.Kind{Code: "no-plans",
		UK: "у теці %s немає жодного плану (plans/<id>/plan.toml)", EN: "no plans in %s (plans/<id>/plan.toml)",
		HintUK: "імпортуйте план командою plansite import або перевірте content.dir у config.toml", HintEN: "import a plan with plansite import, or check content.dir in config.toml"}
	PlanFolderEmpty = diag.Kind{Code: "not-a-plan", Severity: diag.Warning,
		UK: "у теці плану %s немає plan.toml, тож її пропущено", EN: "the plan folder %s has no plan.toml, so it is passed over",
		HintUK: "імпортуйте план у цю теку (plansite import) або видаліть її; план без plan.toml не публікується",
		HintEN: "import the plan into this folder (plansite import) or delete it; a plan without plan.toml is not published"}
	DemoNoPlan = diag.Kind{Code: "not-a-plan", Severity: diag.Warning,
		UK: "демонстраційні нотатки в %s належать до плану «%s», якого немає", EN: "the demonstration notes in %s belong to plan %q, which does not exist",
		HintUK: "тека в demo/ має називатися так само, як тека плану в plans/", HintEN: "a folder in demo/ is named after a plan's folder in plans/"}

	// Notes.
	FrontMissing = diag.Kind{Code: "front-matter-missing",
		UK: "нотатка має починатися рядком +++ і шапкою TOML", EN: "a note must start with a +++ line and a TOML header",
		HintUK: "перший рядок файлу: +++, далі date = …, measures = […], status = \"…\", потім ще один рядок +++ і текст нотатки",
		HintEN: "the first line must be +++, then date = …, measures = […], status = \"…\", then another +++ line and the note's text"}
	FrontYAML = diag.Kind{Code: "front-matter-yaml",
		UK: "шапку нотатки написано у форматі YAML (між рядками ---), а plansite читає шапку TOML між рядками +++", EN: "the note's header is YAML (between --- lines); plansite reads a TOML header between +++ lines",
		HintUK: "замініть обидва рядки --- на +++ і запишіть поля як ключ = значення: date = 2021-03-01, measures = [\"i/1\"], status = \"виконується\"",
		HintEN: "replace both --- lines with +++ and write the fields as key = value: date = 2021-03-01, measures = [\"i/1\"], status = \"виконується\""}
	FrontUnclosed = diag.Kind{Code: "front-matter-unclosed",
		UK: "шапку нотатки відкрито рядком +++, але не закрито", EN: "the note's header is opened with +++ but never closed",
		HintUK: "додайте рядок +++ після останнього поля шапки, перед текстом нотатки", HintEN: "add a +++ line after the header's last field, before the note's text"}
	UnknownMeasure = diag.Kind{Code: "unknown-measure",
		UK: "заходу «%s» немає в плані «%s»", EN: "measure %q does not exist in plan %q",
		HintUK: "вкажіть захід так, як у його адресі після назви плану: розділ/захід, наприклад «ii/2-3»",
		HintEN: "name the measure as in its URL after the plan: section/measure, e.g. \"ii/2-3\""}
	MeasureOtherPlan = diag.Kind{Code: "measure-other-plan",
		UK: "«%s» — захід іншого плану, а нотатка лежить у теці плану «%s»", EN: "%q is a measure of another plan, but the note is in the folder of plan %q",
		HintUK: "нотатка звітує лише про заходи свого плану: перенесіть її до content/plans/%[3]s/notes/ або вкажіть захід плану «%[2]s»",
		HintEN: "a note reports only on its own plan's measures: move it to content/plans/%[3]s/notes/ or name a measure of plan %[2]q"}
	UnknownStatus = diag.Kind{Code: "unknown-status",
		UK: "невідомий статус «%s»", EN: "unknown status %q",
		HintUK: "можливі статуси: %[2]s", HintEN: "statuses: %[2]s"}
	UnknownIndicator = diag.Kind{Code: "unknown-indicator",
		UK: "показника «%s» немає: %s", EN: "indicator %q does not exist: %s",
		HintUK: "показник позначають «захід#номер»: «ii/2-1#1» — перший показник заходу ii/2-1, у порядку, в якому вони записані в плані",
		HintEN: "an indicator is written \"measure#n\": \"ii/2-1#1\" is the first indicator of measure ii/2-1, in the order the plan lists them"}
	BadURL = diag.Kind{Code: "bad-url",
		UK: "посилання «%s» не дозволене: %s", EN: "link %q is not allowed: %s",
		HintUK: "%[3]s", HintEN: "%[3]s"}
	BadImage = diag.Kind{Code: "bad-url",
		UK: "зображення «%s» не дозволене: %s", EN: "image %q is not allowed: %s",
		HintUK: "%[3]s", HintEN: "%[3]s"}
	ExternalImage = diag.Kind{Code: "external-image",
		UK: "зображення з іншого сайту «%s» читачі не побачать", EN: "readers will not see the image %q from another site",
		HintUK: "політика безпеки сайту (CSP) не дозволяє браузерам завантажувати чужі зображення; дайте посилання замість зображення: %[2]s",
		HintEN: "the site's security policy (CSP) keeps browsers from loading other sites' images; give a link instead of the image: %[2]s"}
	BodyTooLarge = diag.Kind{Code: "file-too-large",
		UK: "текст нотатки завеликий: %d КіБ (найбільше %d КіБ)", EN: "the note's text is too large: %d KiB (at most %d KiB)",
		HintUK: "нотатка — це короткий звіт: розділіть текст на кілька нотаток, а великий документ опублікуйте окремо й дайте посилання в [[evidence]]",
		HintEN: "a note is a short report: split the text into several notes, and publish a large document elsewhere and link it in [[evidence]]"}
	BodyTooDeep = diag.Kind{Code: "too-deep",
		UK: "цитати (>) і списки вкладено надто глибоко: найбільша допустима глибина — %d", EN: "quotes (>) and lists are nested too deep: at most %d levels are allowed",
		HintUK: "приберіть зайві знаки > і відступи на початку рядка: у звіті досить двох-трьох рівнів",
		HintEN: "remove the extra > signs and indentation at the start of the line: a report needs two or three levels at most"}
	BodyLongLine = diag.Kind{Code: "line-too-long",
		UK: "рядок довший за %d символів", EN: "the line is longer than %d characters",
		HintUK: "розбийте текст на абзаци, відокремлені порожніми рядками; такий рядок зазвичай зʼявляється, коли в нотатку випадково вставлено чужі дані",
		HintEN: "split the text into paragraphs separated by empty lines; such a line usually comes from foreign data pasted into the note by mistake"}
	TableTooWide = diag.Kind{Code: "table-too-large",
		UK: "у таблиці понад %d стовпців", EN: "the table has more than %d columns",
		HintUK: "велику таблицю опублікуйте окремим документом (наприклад, у форматі CSV чи XLSX) і дайте посилання в [[evidence]]",
		HintEN: "publish a large table as a document of its own (CSV or XLSX, say) and link it in [[evidence]]"}
	TableTooBig = diag.Kind{Code: "table-too-large",
		UK: "у таблицях нотатки разом понад %d клітинок (кожен рядок має стільки клітинок, скільки заголовок)", EN: "the note's tables have more than %d cells in all (each row has as many cells as the header)",
		HintUK: "велику таблицю опублікуйте окремим документом (наприклад, у форматі CSV чи XLSX) і дайте посилання в [[evidence]]",
		HintEN: "publish a large table as a document of its own (CSV or XLSX, say) and link it in [[evidence]]"}
	RawHTML = diag.Kind{Code: "raw-html",
		UK: "HTML-код у нотатці не дозволений: %s", EN: "HTML in a note is not allowed: %s",
		HintUK: "HTML не публікується, тож читачі його не побачать", HintEN: "HTML is not published, so readers would not see it"}
	ValueMissing = diag.Kind{Code: "value-missing",
		UK: "для показника «%s» не вказано ні value, ні achieved", EN: "indicator %q has neither value nor achieved",
		HintUK: "для числового показника вкажіть value = 87, для якісного — achieved = true (досягнуто) або false", HintEN: "give value = 87 for a numeric indicator, achieved = true (reached) or false for a qualitative one"}
	ValueNotNumeric = diag.Kind{Code: "value-not-numeric",
		UK: "показник «%s» не описано як числовий, тож число value для нього не показати", EN: "indicator %q is not described as numeric, so a value cannot be shown for it",
		HintUK: "для якісного показника пишіть achieved = true (досягнуто) або false; щоб показувати числа, опишіть його в %[2]s: [[indicator]], ref = \"%[1]s\", unit = \"…\", direction = \"up\"",
		HintEN: "for a qualitative indicator write achieved = true (reached) or false; to show numbers, describe it in %[2]s: [[indicator]], ref = \"%[1]s\", unit = \"…\", direction = \"up\""}
	AchievedNumeric = diag.Kind{Code: "achieved-numeric",
		UK: "показник «%s» числовий (описаний у %s), а для нього вказано лише achieved", EN: "indicator %q is numeric (described in %s) but only achieved is given",
		HintUK: "вкажіть виміряне число: value = 87 (в одиницях «%[3]s»); achieved — для якісних показників",
		HintEN: "give the measured number: value = 87 (in %[3]s); achieved is for qualitative indicators"}
	FutureValue = diag.Kind{Code: "future-value", Severity: diag.Warning,
		UK: "значення показника датовано %s, пізніше за дату збірки %s; його буде показано з цієї дати", EN: "the value is dated %s, after the build date %s; it will be shown from that date",
		HintUK: "якщо це помилка в даті, виправте date у [[value]]", HintEN: "if the date is a mistake, correct the date in [[value]]"}
	BadDirection = diag.Kind{Code: "bad-direction",
		UK: "direction «%s» має бути \"up\" (більше — краще) або \"down\" (менше — краще)", EN: "direction %q must be \"up\" (more is better) or \"down\" (fewer is better)",
		HintUK: "\"up\" — коли успіх означає зростання (частка дітей у сімейних формах виховання), \"down\" — коли зменшення (кількість дітей в інтернатних закладах)",
		HintEN: "\"up\" when success means growth (the share of children in family care), \"down\" when it means decline (children in institutions)"}
	FutureNote = diag.Kind{Code: "future-note", Severity: diag.Warning,
		UK: "нотатку датовано %s, пізніше за дату збірки %s; її буде показано з цієї дати", EN: "the note is dated %s, after the build date %s; it will be shown from that date",
		HintUK: "якщо дата правильна, нічого робити не треба: нотатку опублікує перша збірка в цей день чи пізніше; якщо помилкова — виправте date",
		HintEN: "if the date is right, nothing needs doing: the first build on or after that day publishes the note; if it is wrong, correct date"}
	TermUnparsed = diag.Kind{Code: "term-unparsed", Severity: diag.Warning,
		UK: "термін «%s» не вдалося розібрати (%s), тож стан виконання заходу не обчислюється", EN: "term %q was not understood (%s), so the measure's status is not computed",
		HintUK: "це лише попередження: термін показано так, як його написано в плані, але без позначки «вчасно» чи «прострочено»",
		HintEN: "this is only a warning: the term is shown as the plan words it, without an \"on time\" or \"overdue\" mark"}
	UnknownReporter = diag.Kind{Code: "unknown-reporter",
		UK: "звітуючого органу «%s» немає в реєстрі виконавців", EN: "reporting body %q is not in the executor registry",
		HintUK: "вкажіть ідентифікатор з content/executors.toml", HintEN: "use an id from content/executors.toml"}

	// config.toml.
	BadLanguage = diag.Kind{Code: "bad-config",
		UK: "мова «%s» не підтримується", EN: "language %q is not supported",
		HintUK: "можливі мови: \"uk\" (українська) та \"en\" (англійська); перша — основна: languages = [\"uk\", \"en\"]",
		HintEN: "the languages are \"uk\" (Ukrainian) and \"en\" (English); the first is the main one: languages = [\"uk\", \"en\"]"}
	RepeatedLanguage = diag.Kind{Code: "bad-config",
		UK: "мову «%s» вказано двічі", EN: "language %q is listed twice",
		HintUK: "залиште кожну мову один раз: languages = [\"uk\", \"en\"]", HintEN: "list each language once: languages = [\"uk\", \"en\"]"}
	BadBaseURL = diag.Kind{Code: "bad-config",
		UK: "base_url «%s» не є адресою сайту", EN: "base_url %q is not a site address",
		HintUK: "вкажіть повну адресу, за якою сайт опубліковано: base_url = \"https://plans.example.org/\"",
		HintEN: "give the full address the site is published at: base_url = \"https://plans.example.org/\""}
	BadDueWindow = diag.Kind{Code: "bad-config",
		UK: "due_window_days = %d: має бути від 1 до 366", EN: "due_window_days = %d: it must be 1 to 366",
		HintUK: "це кількість днів наперед, коли строк уже вважається близьким, наприклад due_window_days = 90",
		HintEN: "it is how many days ahead a deadline counts as near, e.g. due_window_days = 90"}
	BadLicence = diag.Kind{Code: "bad-config",
		UK: "[data] licence = %q: це має бути ідентифікатор ліцензії (латиниця, цифри, - . _)", EN: "[data] licence = %q: it must be a licence id (Latin letters, digits, - . _)",
		HintUK: "вкажіть ідентифікатор SPDX, напр. licence = \"CC-BY-4.0\" (типово) або \"CC0-1.0\"",
		HintEN: "give an SPDX id, e.g. licence = \"CC-BY-4.0\" (the default) or \"CC0-1.0\""}
	BadContact = diag.Kind{Code: "bad-config",
		UK: "[data] contact = %q: це не адреса електронної пошти", EN: "[data] contact = %q: it is not an e-mail address",
		HintUK: "вкажіть адресу для питань про дані, напр. contact = \"data@example.org\"",
		HintEN: "give an address for questions about the data, e.g. contact = \"data@example.org\""}
	BadReportEmail = diag.Kind{Code: "bad-config",
		UK: "[contact] email = %q: це не адреса електронної пошти", EN: "[contact] email = %q: it is not an e-mail address",
		HintUK: "вкажіть адресу, куди писати про помилки на порталі, напр. email = \"plans@example.org\"",
		HintEN: "give the address to write to about mistakes on the portal, e.g. email = \"plans@example.org\""}
	BadReportURL = diag.Kind{Code: "bad-config",
		UK: "[contact] url = %q: це має бути повна адреса сторінки https://…", EN: "[contact] url = %q: it must be a full https://… address",
		HintUK: "вкажіть адресу форми зворотного звʼязку, напр. url = \"https://example.org/feedback\", або видаліть рядок",
		HintEN: "give the address of a feedback form, e.g. url = \"https://example.org/feedback\", or delete the line"}
	BadExecutorEmail = diag.Kind{Code: "bad-contact",
		UK: "email = %q: це не адреса електронної пошти", EN: "email = %q: it is not an e-mail address",
		HintUK: "вкажіть публічну адресу установи, напр. email = \"ssd@example.gov.ua\", або видаліть рядок",
		HintEN: "give the body's public address, e.g. email = \"ssd@example.gov.ua\", or delete the line"}
	BadPhone = diag.Kind{Code: "bad-contact",
		UK: "phone = %q: це не номер телефону", EN: "phone = %q: it is not a telephone number",
		HintUK: "пишіть номер цифрами, як його набирають, напр. phone = \"+380 6471 3-12-45\" (дозволено +, пробіли, дефіси й дужки)",
		HintEN: "write the number in digits as it is dialled, e.g. phone = \"+380 6471 3-12-45\" (+, spaces, hyphens and brackets allowed)"}
	NoTheme = diag.Kind{Code: "bad-config",
		UK: "теми «%s» немає в теці themes/", EN: "theme %q is not in the themes/ folder",
		HintUK: "вкажіть назву однієї з тек у themes/, наприклад theme = \"default\"", HintEN: "name one of the folders in themes/, e.g. theme = \"default\""}
)

// Accountability: reporting periods, verification, evidence files, small
// counts, spending (see internal/check/reports.go, assemble_reports.go).
var (
	BadPeriodKey = diag.Kind{Code: "bad-period",
		UK: "«%s» — не звітний період", EN: "%q is not a reporting period",
		HintUK: "пишіть рік \"2025\", півріччя \"2022-H1\", квартал \"2024-Q3\" чи місяць \"2024-03\": period = \"2022-H1\"",
		HintEN: "write a year \"2025\", a half-year \"2022-H1\", a quarter \"2024-Q3\" or a month \"2024-03\": period = \"2022-H1\""}
	PeriodUnmatched = diag.Kind{Code: "period-unmatched", Severity: diag.Warning,
		UK: "звітного періоду «%s» немає серед періодів заходу %s (термін «%s»)", EN: "reporting period %q is not one of the periods of measure %s (term %q)",
		HintUK: "періоди цього заходу: %[4]s; виправте period або приберіть його — тоді період визначиться за датою звіту",
		HintEN: "the measure's periods: %[4]s; correct period, or remove it and the period is taken from the note's date"}
	PeriodNoTerm = diag.Kind{Code: "period-unmatched", Severity: diag.Warning,
		UK: "звітного періоду «%s» у заходу %s немає: його термін («%s») не має звітних періодів", EN: "measure %[2]s has no reporting period %[1]q: its term (%[3]q) has no reporting periods",
		HintUK: "приберіть period з нотатки: звіт про такий захід просто датується", HintEN: "remove period from the note: a report on such a measure is simply dated"}
	BadVerification = diag.Kind{Code: "bad-verification",
		UK: "невідомий рівень підтвердження «%s»", EN: "unknown verification level %q",
		HintUK: "можливі рівні: \"self\" — звітує сам виконавець, \"document\" — підтверджено офіційним документом, \"independent\" — підтвердив хтось поза виконавцем (громадська рада, ГО, відповідь на запит на інформацію)",
		HintEN: "the levels are \"self\" — the executor reports itself, \"document\" — backed by an official document, \"independent\" — confirmed by someone outside the executor (a public council, an NGO, a reply to an information request)"}
	VerifierMissing = diag.Kind{Code: "missing-field",
		UK: "незалежне підтвердження має казати, хто підтвердив звіт", EN: "an independent verification must say who confirmed the report",
		HintUK: "додайте в [verification] рядок by = \"Громадська рада при виконавчому комітеті\"",
		HintEN: "add the line by = \"Громадська рада при виконавчому комітеті\" to [verification]"}
	BadChecksum = diag.Kind{Code: "bad-checksum",
		UK: "«%s» не схоже на контрольну суму SHA-256: це 64 шістнадцяткові символи (0–9, a–f)", EN: "%q does not look like a SHA-256 checksum: it is 64 hexadecimal characters (0–9, a–f)",
		HintUK: "обчисліть її для файлу: sha256sum файл (у Windows: certutil -hashfile файл SHA256) і скопіюйте 64 символи",
		HintEN: "compute it for the file: sha256sum file (on Windows: certutil -hashfile file SHA256) and copy the 64 characters"}
	ChecksumMismatch = diag.Kind{Code: "checksum-mismatch",
		UK: "контрольна сума файлу %s — %s, а не та, що в нотатці", EN: "the checksum of file %s is %s, not the one in the note",
		HintUK: "файл змінився після того, як суму записали: якщо його замінено свідомо, впишіть нову суму; якщо ні — поверніть той файл, що підтверджує звіт",
		HintEN: "the file changed after the checksum was written: if it was replaced on purpose, write the new checksum; if not, restore the file that backs the report"}
	BadEvidenceFile = diag.Kind{Code: "bad-evidence-file",
		UK: "файл «%s» не можна опублікувати: %s", EN: "file %q cannot be published: %s",
		HintUK: "%[3]s", HintEN: "%[3]s"}
	EvidenceMissing = diag.Kind{Code: "evidence-file-missing",
		UK: "файлу %s немає", EN: "file %s does not exist",
		HintUK: "покладіть копію документа в теку %[2]s або виправте file: шлях пишеться від цієї теки, напр. file = \"protokol-2023.pdf\"",
		HintEN: "put a copy of the document in the folder %[2]s or correct file: the path is written from that folder, e.g. file = \"protokol-2023.pdf\""}
	EvidenceTooLarge = diag.Kind{Code: "file-too-large",
		UK: "файл %s завеликий: %d МіБ (найбільше %d МіБ)", EN: "file %s is too large: %d MiB (at most %d MiB)",
		HintUK: "стисніть PDF (скан у 150 dpi, відтінки сірого) або опублікуйте документ на сайті громади й дайте посилання url",
		HintEN: "compress the PDF (a scan at 150 dpi, greyscale) or publish the document on the community's website and link it with url"}
	SpendingYear = diag.Kind{Code: "bad-spending",
		UK: "рік %d неможливий для витрат", EN: "year %d is impossible for spending",
		HintUK: "пишіть бюджетний рік чотирма цифрами: year = 2024", HintEN: "write the budget year in four digits: year = 2024"}
	NegativeAmount = diag.Kind{Code: "bad-spending",
		UK: "сума витрат не може бути відʼємною (%s)", EN: "a sum spent cannot be negative (%s)",
		HintUK: "пишіть витрачену суму додатним числом, напр. amount = 85400.50; повернені кошти поясніть у comment",
		HintEN: "write the sum spent as a positive number, e.g. amount = 85400.50; explain money returned in comment"}
	BadCurrency = diag.Kind{Code: "bad-spending",
		UK: "валюта «%s» має бути кодом ISO 4217 із трьох великих латинських літер", EN: "currency %q must be an ISO 4217 code of three capital Latin letters",
		HintUK: "напр. currency = \"EUR\"; без currency сума — у гривнях (UAH)", HintEN: "e.g. currency = \"EUR\"; without currency the sum is in hryvnias (UAH)"}
	BadProgramme = diag.Kind{Code: "bad-programme",
		UK: "код бюджетної програми «%s» має складатися із 7 цифр", EN: "budget programme code %q must be 7 digits",
		HintUK: "це КПКВК (державний бюджет) чи ТПКВКМБ / КПКВКМБ (місцевий), як у паспорті бюджетної програми, у лапках, з нулями попереду: programme = \"0813242\"",
		HintEN: "it is the budget programme's code (KPKVK for the state budget, TPKVKMB or KPKVKMB for a local one) as in its passport, quoted, with its leading zeros: programme = \"0813242\""}
	BadProzorro = diag.Kind{Code: "bad-prozorro",
		UK: "«%s» — не ідентифікатор закупівлі Prozorro", EN: "%q is not a Prozorro procurement id",
		HintUK: "ідентифікатор має вигляд UA-2024-01-15-000123-a (дата оголошення, номер, літера) — його видно вгорі сторінки закупівлі на prozorro.gov.ua",
		HintEN: "the id looks like UA-2024-01-15-000123-a (the date announced, a number, a letter) — it is shown at the top of the procurement's page on prozorro.gov.ua"}
	SpendingMeasure = diag.Kind{Code: "spending-measure",
		UK: "нотатка звітує про кілька заходів, тож треба вказати, на який із них витрачено цю суму", EN: "the note reports on several measures, so it must say which of them this sum was spent on",
		HintUK: "додайте в [[spending]] рядок measure = \"%[1]s\" (або інший захід нотатки): так суму не буде пораховано двічі",
		HintEN: "add the line measure = \"%[1]s\" (or another of the note's measures) to [[spending]]: so the sum is not counted twice"}
	SpendingOtherMeasure = diag.Kind{Code: "spending-measure",
		UK: "захід «%s» не серед заходів нотатки (%s)", EN: "measure %q is not one of the note's measures (%s)",
		HintUK: "вкажіть один із заходів, перелічених у measures", HintEN: "name one of the measures listed in measures"}
	BadMinCount = diag.Kind{Code: "bad-config",
		UK: "privacy.min_count = %d: має бути від 2 до 100", EN: "privacy.min_count = %d: it must be 2 to 100",
		HintUK: "це найменша кількість, яку публікують як є; менші значення чутливих показників показано як «менше N». Зазвичай min_count = 5",
		HintEN: "it is the smallest count published as it is; smaller values of sensitive indicators are shown as \"fewer than N\". Usually min_count = 5"}
	BadTotalOf = diag.Kind{Code: "bad-total-of",
		UK: "«%s» у total_of: %s", EN: "%q in total_of: %s",
		HintUK: "total_of перелічує числові показники (описані в цьому файлі), сумою яких є цей показник: total_of = [\"iv/1#2\", \"iv/1#3\"]",
		HintEN: "total_of lists the numeric indicators (described in this file) whose sum this indicator is: total_of = [\"iv/1#2\", \"iv/1#3\"]"}
	Disclosure = diag.Kind{Code: "disclosure-risk", Severity: diag.Warning,
		UK: "приховане мале значення показника %s (%s) можна обчислити з опублікованих: %s", EN: "the suppressed small value of indicator %s (%s) can be worked out from published ones: %s",
		HintUK: "не публікуйте за цю дату ще одне значення з цієї суми (загальне чи одну зі складових), або позначте ще одну складову sensitive = true в indicators.toml, щоб приховане не можна було відняти",
		HintEN: "leave one more value of this sum (the total or another part) unpublished for this date, or mark another part sensitive = true in indicators.toml, so that the suppressed one cannot be subtracted"}
	SensitiveInText = diag.Kind{Code: "sensitive-in-text", Severity: diag.Warning,
		UK: "значення показника %s приховано (менше %d), але число %s є в тексті нотатки", EN: "the value of indicator %s is suppressed (fewer than %d), but the number %s is in the note's text",
		HintUK: "приберіть число з тексту чи коментаря: портал показує значення як «менше %[2]d», щоб дитину не можна було впізнати",
		HintEN: "remove the number from the text or comment: the portal shows the value as \"fewer than %[2]d\" so that no child can be identified"}
)

// Amendments (plan.toml's [[amendment]] and what names them: added_by,
// removed_by, [[….previous]]; see internal/check/amendments.go).
var (
	FutureAmendment = diag.Kind{Code: "future-amendment", Severity: diag.Warning,
		UK: "зміну «%s» датовано %s, пізніше за дату збірки %s", EN: "amendment %q is dated %s, after the build date %s",
		HintUK: "сайт уже показує її так, як записано; якщо дата помилкова — виправте date у [[amendment]]",
		HintEN: "the site shows it as recorded already; if the date is wrong, correct date in [[amendment]]"}
	AmendmentNoDate = diag.Kind{Code: "amendment-no-date", Severity: diag.Warning,
		UK: "у зміни «%s» немає дати: сторінки не скажуть, з якого дня вона діє", EN: "amendment %q has no date: the pages cannot say from which day it applies",
		HintUK: "додайте дату акта рядком %[2]s", HintEN: "add the act's date as the line %[2]s"}
	AmendmentBeforePlan = diag.Kind{Code: "amendment-date",
		UK: "зміну «%s» датовано %s, раніше, ніж план ухвалено (%s)", EN: "amendment %q is dated %s, before the plan was adopted (%s)",
		HintUK: "перевірте дату акта про зміни (date у [[amendment]]) і дату ухвалення плану ([approval] date)",
		HintEN: "check the amending act's date (date in [[amendment]]) and the plan's adoption date ([approval] date)"}
	AmendmentDateOrder = diag.Kind{Code: "amendment-date",
		UK: "зміну «%s» датовано %s, раніше за попередню зміну «%s» (%s)", EN: "amendment %q is dated %s, before the amendment above it, %q (%s)",
		HintUK: "зміни записують від найдавнішої: виправте дату або, якщо зміни імпортовано не в тому порядку, поверніть plan.toml з git і імпортуйте їх від найдавнішої",
		HintEN: "amendments are recorded oldest first: correct the date or, if they were imported out of order, restore plan.toml from git and import them oldest first"}
	UnknownAmendment = diag.Kind{Code: "unknown-amendment",
		UK: "зміни «%s» немає серед [[amendment]] плану", EN: "amendment %q is not among the plan's [[amendment]] tables",
		HintUK: "вкажіть id однієї зі змін — %[2]s", HintEN: "name the id of one of them — %[2]s"}
	RemovedBeforeAdded = diag.Kind{Code: "amendment-order",
		UK: "вилучено зміною «%s», а додано зміною «%s», що записана не раніше", EN: "removed by amendment %q, but added by amendment %q, which is not recorded before it",
		HintUK: "частину плану вилучає пізніша зміна, ніж та, що її додала: перевірте added_by і removed_by",
		HintEN: "a part of the plan is removed by a later amendment than the one that added it: check added_by and removed_by"}
	RevisionOrder = diag.Kind{Code: "amendment-order",
		UK: "попередню редакцію зміни «%s» записано після редакції зміни «%s» (або зміни, що додала цю частину плану)", EN: "the earlier wording of amendment %q comes after that of amendment %q (or of the amendment that added this part of the plan)",
		HintUK: "таблиці [[…previous]] ідуть від найдавнішої зміни, кожна — зміни, пізнішої за ту, що додала частину плану; поставте їх за порядком змін",
		HintEN: "[[…previous]] tables go from the oldest amendment, each of an amendment later than the one that added the part; put them in the amendments' order"}
	RevisionAfterRemoval = diag.Kind{Code: "amendment-order",
		UK: "редакцію змінено зміною «%s», але ця частина плану вже вилучена зміною «%s»", EN: "changed by amendment %q, but this part of the plan was removed by amendment %q already",
		HintUK: "вилучена частина плану лишається з останнім формулюванням: приберіть цю таблицю [[…previous]] або виправте removed_by",
		HintEN: "a removed part of the plan keeps its last wording: remove this [[…previous]] table or correct removed_by"}
)
