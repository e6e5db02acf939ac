package importer

import "github.com/plansite/plansite/generator/diag"

// rowHintUK and rowHintEN advise on every row the importer leaves out.
const (
	rowHintUK = "перевірте цей рядок у документі; якщо він потрібен, виправте документ і імпортуйте знову"
	rowHintEN = "check this row in the document; if it belongs in the plan, correct the document and import again"
)

// The kinds of problems the importer reports. Errors mean the plan is not
// written; warnings are written with it and become errors with --strict.
var (
	kindNoHeader = diag.Kind{Code: "import-no-header",
		UK: "перший рядок таблиці не схожий на рядок заголовків: не знайдено стовпців %s", EN: "the table's first row does not look like a header row: no columns for %s",
		HintUK: "таблиця має починатися рядком заголовків, наприклад «№ з/п | Найменування завдання | Найменування заходу | Термін виконання | Виконавці | Індикатори» або «№ | Дії | Термін виконання | Відповідальні виконавці | Фінансові витрати | Показники виконання»",
		HintEN: "the table must start with a header row, e.g. \"№ з/п | Найменування завдання | Найменування заходу | Термін виконання | Виконавці | Індикатори\" or \"№ | Дії | Термін виконання | Відповідальні виконавці | Фінансові витрати | Показники виконання\""}
	kindUnknownColumn = diag.Kind{Code: "import-unknown-column", Severity: diag.Warning,
		UK: "стовпець «%s» не розпізнано: його клітинки не буде імпортовано", EN: "column %q is not recognised: its cells will not be imported",
		HintUK: "відомі стовпці: №, завдання, захід / дії, термін, виконавці, фінансові витрати, індикатори / показники",
		HintEN: "known columns: №, task, measure / action, term, executors, financial costs, indicators"}
	kindDuplicateColumn = diag.Kind{Code: "import-duplicate-column",
		UK: "стовпець «%s» повторює стовпець «%s»", EN: "column %q repeats column %q",
		HintUK: "у таблиці має бути лише один стовпець кожного виду", HintEN: "the table must have one column of each kind"}
	kindRowAboveHeader = diag.Kind{Code: "import-row-above-header", Severity: diag.Warning,
		UK: "рядок над рядком заголовків таблиці пропущено", EN: "a row above the table's header row was left out",
		HintUK: rowHintUK, HintEN: rowHintEN}
	kindRowBeforeSection = diag.Kind{Code: "import-row-before-section", Severity: diag.Warning,
		UK: "рядок стоїть перед першим розділом («І. …») і його пропущено", EN: "a row before the first section (\"І. …\") was left out",
		HintUK: rowHintUK, HintEN: rowHintEN}
	kindRowUnplaced = diag.Kind{Code: "import-row-unplaced", Severity: diag.Warning,
		UK: "рядок з однієї клітинки не є ні розділом, ні цілями, ні групою заходів; його пропущено", EN: "a one-cell row is neither a section, goals nor a group of measures; it was left out",
		HintUK: rowHintUK, HintEN: rowHintEN}
	kindSectionMerged = diag.Kind{Code: "import-section-merged",
		UK: "назва розділу %s злилася з рядком під нею: у тому рядку бракує клітинки", EN: "the title of section %s merged with the row under it: that row lacks a cell",
		HintUK: "порожня клітинка — це рядок з однією табуляцією; додайте її на своє місце в рядку під назвою розділу",
		HintEN: "an empty cell is a line holding a lone TAB; add it where it belongs in the row under the section title"}
	kindOrphanMeasure = diag.Kind{Code: "import-measure-without-task", Severity: diag.Warning,
		UK: "захід стоїть перед першим завданням розділу %s; його записано безпосередньо в розділ", EN: "a measure comes before the first task of section %s; it was put directly in the section",
		HintUK: "перевірте, чи не загубилася назва завдання в цьому рядку", HintEN: "check whether the task's text got lost on this row"}
	kindEmptyMeasure = diag.Kind{Code: "import-empty-measure", Severity: diag.Warning,
		UK: "захід %s не має тексту", EN: "measure %s has no text",
		HintUK: "клітинка заходу обовʼязкова: заповніть її в документі й імпортуйте знову", HintEN: "the measure's cell is required: fill it in the document and import again"}
	kindEmptyTerm = diag.Kind{Code: "import-empty-term", Severity: diag.Warning,
		UK: "захід %s не має терміну виконання", EN: "measure %s has no term",
		HintUK: "так буває в офіційних планах; без терміну портал не обчислює, чи захід прострочено", HintEN: "official plans do have such measures; without a term the portal cannot tell whether it is overdue"}
	kindEmptyExecutors = diag.Kind{Code: "import-empty-executors", Severity: diag.Warning,
		UK: "захід %s не має виконавців", EN: "measure %s has no executors",
		HintUK: "перевірте клітинку виконавців у документі", HintEN: "check the executors cell in the document"}
	kindDuplicateID = diag.Kind{Code: "import-duplicate-id", Severity: diag.Warning,
		UK: "ідентифікатор «%s» уже зайнято (%s); використано «%s»", EN: "id %q is already taken (%s); %q was used",
		HintUK: "номери в розділі мають бути унікальними: перевірте нумерацію в документі", HintEN: "numbers in a section must be unique: check the numbering in the document"}
	kindNoAuthority = diag.Kind{Code: "import-no-authority",
		UK: "орган, що затвердив план, у заголовку не названо або названо так, що його не прочитати; план не записано", EN: "the heading does not name the body that adopted the plan, or names it in a way that cannot be read; the plan was not written",
		HintUK: "вкажіть його параметром --authority, наприклад --authority \"Виконавчий комітет Дубенської міської ради\" або --authority \"Сватівська районна державна адміністрація\"",
		HintEN: "give it with --authority, e.g. --authority \"Виконавчий комітет Дубенської міської ради\" or --authority \"Сватівська районна державна адміністрація\""}
	kindNoApproval = diag.Kind{Code: "import-no-approval", Severity: diag.Warning,
		UK: "над таблицею не знайдено реквізитів затвердження (рядка з датою або «№»)", EN: "no approval details (a line with a date or \"№\") above the table",
		HintUK: "заповніть [approval] у plan.toml вручну", HintEN: "fill in [approval] in plan.toml by hand"}
	kindNoTitle = diag.Kind{Code: "import-no-title", Severity: diag.Warning,
		UK: "над таблицею не знайдено назви плану", EN: "no plan title above the table",
		HintUK: "впишіть title у plan.toml", HintEN: "fill in title in plan.toml"}
	kindNoPeriod = diag.Kind{Code: "import-no-period", Severity: diag.Warning,
		UK: "у назві плану не знайдено періоду на зразок «2019 – 2026 роки»", EN: "no period such as \"2019 – 2026 роки\" in the plan's title",
		HintUK: "заповніть [period] у plan.toml: start, end і text", HintEN: "fill in [period] in plan.toml: start, end and text"}
	kindNoMeasures = diag.Kind{Code: "import-no-measures",
		UK: "у таблиці не знайдено жодного заходу", EN: "no measures found in the table",
		HintUK: "план має містити розділи («І. …») і заходи під ними", HintEN: "a plan must hold sections (\"І. …\") with measures under them"}
	kindBadPlanID = diag.Kind{Code: "import-bad-id",
		UK: "ідентифікатор плану «%s» може містити лише малі латинські літери, цифри та дефіси", EN: "plan id %q may contain only lower-case Latin letters, digits and hyphens",
		HintUK: "вкажіть його параметром --id, наприклад --id svatove-2019", HintEN: "give it with --id, e.g. --id svatove-2019"}
	kindNoAct = diag.Kind{Code: "import-amend-no-act",
		UK: "не вказано акт, яким змінено план", EN: "the act that amends the plan is not given",
		HintUK: "вкажіть його параметром --act, наприклад --act \"рішення виконавчого комітету від 12.05.2022 № 145\"",
		HintEN: "give it with --act, e.g. --act \"рішення виконавчого комітету від 12.05.2022 № 145\""}
	kindNoActDate = diag.Kind{Code: "import-amend-no-date", Severity: diag.Warning,
		UK: "дату акта «%s» не прочитано: зміну записано без дати", EN: "the date of the act %q could not be read: the amendment is recorded without a date",
		HintUK: "вкажіть її параметром --act-date РРРР-ММ-ДД", HintEN: "give it with --act-date YYYY-MM-DD"}
	kindNothingAmended = diag.Kind{Code: "import-amend-nothing",
		UK: "таблиця збігається з планом: змінювати нічого; зміну не записано", EN: "the table is the plan as it stands: nothing to amend; no amendment was recorded",
		HintUK: "перевірте, чи це документ у новій редакції", HintEN: "check that this is the document in its new wording"}
	kindPlanFieldKept = diag.Kind{Code: "import-amend-plan-field", Severity: diag.Warning,
		UK: "%s: у документі «%s», у плані «%s»; зміни до плану стосуються таблиці, тож лишено як у плані", EN: "%s: the document has %q, the plan %q; an amendment changes the table, so the plan's is kept",
		HintUK: "якщо акт змінює і це, виправте plan.toml вручну", HintEN: "if the act changes it too, edit plan.toml by hand"}
	kindHasAmendments = diag.Kind{Code: "import-has-amendments",
		UK: "план має записані зміни ([[amendment]]): новий імпорт без --amend стер би їхню історію; план не перезаписано", EN: "the plan has recorded amendments ([[amendment]]): an import without --amend would erase their history; the plan was not overwritten",
		HintUK: "щоб записати нову редакцію як зміну, імпортуйте з --amend --act \"…\"", HintEN: "to record a new wording as an amendment, import with --amend --act \"…\""}
	kindPlanExists = diag.Kind{Code: "import-plan-exists",
		UK: "план уже існує; його не перезаписано", EN: "the plan already exists and was not overwritten",
		HintUK: "щоб замінити його новим імпортом, додайте --force (нотатки й показники плану лишаться як є)",
		HintEN: "to replace it with a new import add --force (the plan's notes and indicators stay as they are)"}
)
