package render

import (
	"strings"

	"github.com/plansite/plansite/generator/content"
	"github.com/plansite/plansite/generator/internal/model"
	"github.com/plansite/plansite/generator/internal/term"
)

// The open data's tables, each described once: its fields with their
// types, formats and allowed values, its keys and the other tables it
// refers to. The description is the Table Schema of the table's CSV in
// /data/datapackage.json, types the cells of its sheet in the workbooks,
// and the tests check every row against it.
//
// Most tables hold one plan's rows after another: each plan makes its
// rows with the plan (dataTable.rows) and keeps them in its pack, and the
// portal's file is put together from the packs. To add a table (as
// spendingTable in datatables_account.go), add a dataTable to dataTables
// with its fields, keys and a rows function, its columns to docs/data.md,
// and the CSV, the sheets, the data package and the checks follow.

// dataField is a column of a table: a Table Schema field.
type dataField struct {
	Name        string           `json:"name"`
	Type        string           `json:"type"`
	Format      string           `json:"format,omitempty"`
	Title       string           `json:"title,omitempty"`
	Description string           `json:"description,omitempty"`
	Constraints *dataConstraints `json:"constraints,omitempty"`
	// width is the column's width in a workbook, in characters; 0 for
	// one that suits the type.
	width float64
}

// dataConstraints are a field's constraints.
type dataConstraints struct {
	Required bool     `json:"required,omitempty"`
	Enum     []string `json:"enum,omitempty"`
}

// dataForeignKey says that a table's fields name a row of another.
type dataForeignKey struct {
	Fields    []string     `json:"fields"`
	Reference dataRefTable `json:"reference"`
}

// dataRefTable is the table and fields a foreign key names.
type dataRefTable struct {
	Resource string   `json:"resource"`
	Fields   []string `json:"fields"`
}

// dataSchema is a table's Table Schema.
type dataSchema struct {
	Fields        []dataField      `json:"fields"`
	PrimaryKey    []string         `json:"primaryKey,omitempty"`
	ForeignKeys   []dataForeignKey `json:"foreignKeys,omitempty"`
	MissingValues []string         `json:"missingValues"`
}

// dataTable is one table of the open data.
type dataTable struct {
	// Name names the table: its CSV is data/<Name>.csv, its sheet Name.
	Name string
	// Title is the table's name in Ukrainian, Description what a row is,
	// in English (docs/data.md tells both in both languages).
	Title, Description string
	Schema             dataSchema
	// rows makes a plan's rows of the table, cells as the CSV writes
	// them (before safeCell); nil for a table of the whole portal.
	rows func(r *Renderer, p *model.Plan) [][]string
}

// header is the table's header row.
func (t *dataTable) header() []string {
	out := make([]string, len(t.Schema.Fields))
	for i, f := range t.Schema.Fields {
		out[i] = f.Name
	}
	return out
}

// field constructors: the name, then the Ukrainian title and the English
// description.
func textField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "string", Title: title, Description: desc}
}
func uriField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "string", Format: "uri", Title: title, Description: desc, width: 40}
}
func dateField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "date", Title: title, Description: desc}
}
func intField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "integer", Title: title, Description: desc}
}
func numField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "number", Title: title, Description: desc}
}
func yearField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "year", Title: title, Description: desc}
}
func boolField(name, title, desc string) dataField {
	return dataField{Name: name, Type: "boolean", Title: title, Description: desc}
}

// required marks a field that every row fills.
func required(f dataField) dataField {
	c := dataConstraints{Required: true}
	if f.Constraints != nil {
		c.Enum = f.Constraints.Enum
	}
	f.Constraints = &c
	return f
}

// oneOf allows only the values in enum (and, unless required, none).
func oneOf(f dataField, enum []string) dataField {
	c := dataConstraints{Enum: enum}
	if f.Constraints != nil {
		c.Required = f.Constraints.Required
	}
	f.Constraints = &c
	return f
}

// wide sets a text column's width in the workbooks.
func wide(f dataField, width float64) dataField {
	f.width = width
	return f
}

// refers is a foreign key from fields to the same-named or given fields
// of table to.
func refers(fields []string, to string, toFields ...string) dataForeignKey {
	if len(toFields) == 0 {
		toFields = fields
	}
	return dataForeignKey{Fields: fields, Reference: dataRefTable{Resource: to, Fields: toFields}}
}

// The enums: state keys, reported statuses, reporting-period statuses.
var (
	stateEnum = model.StateOrder
	// statusEnum are the statuses as notes write them; statusCodeEnum
	// their ASCII names.
	statusEnum, statusCodeEnum = statusNames()
	periodStatusEnum           = []string{term.NotDue.String(), term.DueSoon.String(), term.Missing.String(), term.Late.String(), term.OnTime.String()}
	directionEnum              = []string{"up", "down"}
	iatiMeasureEnum            = []string{"unit", "percentage", "qualitative"}
)

func statusNames() (keys, codes []string) {
	for _, s := range content.Statuses {
		keys = append(keys, s.Key)
		codes = append(codes, model.StatusSlug(s))
	}
	return keys, codes
}

// planField is the plan column of every table.
var planField = required(textField("plan", "План", "The plan's id (plans.csv), the first segment of its address."))

// measureKey is the key of a measure, to which many tables refer.
var measureKey = []string{"plan", "id"}

// The tables, in the order the data package and the workbooks list them.
var (
	plansTable = &dataTable{Name: "plans", Title: "Плани",
		Description: "One row per plan: who adopted it, when, for which years, and how many of its measures are in each state.",
		Schema: dataSchema{Fields: append([]dataField{
			required(textField("id", "Ідентифікатор", "The plan's id, the first segment of its address.")),
			wide(required(textField("title", "Назва", "The plan's title as adopted.")), 60),
			wide(required(textField("authority", "Орган", "The body that adopted the plan.")), 40),
			wide(textField("approval_act", "Акт про затвердження", "The kind of act that adopted the plan and its issuer."), 40),
			dateField("approval_date", "Дата акта", "The date of the approving act; empty where the source leaves it blank."),
			textField("approval_number", "Номер акта", "The number of the approving act; empty where the source leaves it blank."),
			required(yearField("period_start", "Перший рік", "The first year of the plan's period.")),
			required(yearField("period_end", "Останній рік", "The last year of the plan's period.")),
			required(intField("sections", "Розділів", "The number of sections.")),
			required(intField("measures", "Заходів", "The number of measures.")),
			required(intField("notes", "Звітів", "The number of progress notes.")),
			required(boolField("demonstration", "Демонстраційні дані", "true when the plan's notes include demonstration data.")),
			required(uriField("url", "Сторінка", "The plan's page.")),
		}, append(stateCountFields(), planAccountFields...)...), PrimaryKey: []string{"id"}},
	}

	measuresTable = &dataTable{Name: "measures", Title: "Заходи",
		Description: "One row per measure (захід, дія) of every plan, its cells as adopted, its state as of the build date, its reporting periods, money and data quality.",
		Schema: dataSchema{Fields: append([]dataField{
			planField,
			required(textField("id", "Ідентифікатор", "The measure's id within the plan, as in its address: section/measure, e.g. ii/2-3.")),
			required(textField("code", "Шифр", "The measure's citation number, e.g. II.2.3.")),
			required(textField("section", "Розділ", "The section's number as written (Roman, perhaps in Cyrillic letters).")),
			wide(required(textField("section_title", "Назва розділу", "The section's title as written.")), 40),
			textField("task", "Завдання", "The id of the task the measure belongs to, if any."),
			wide(textField("group", "Група", "The title of the group the measure belongs to, if any."), 30),
			textField("number", "Номер", "The measure's number as written, e.g. 3) or 1."),
			wide(required(textField("text", "Захід", "The measure's text as adopted.")), 60),
			wide(textField("term", "Термін", "The term (термін виконання) as written; empty when the plan gives none."), 24),
			wide(textField("executors_text", "Виконавці (як написано)", "The executors cell as written."), 40),
			wide(textField("executor_ids", "Виконавці (ідентифікатори)", "The ids of the executors (executors.csv), separated by \"; \"; measure-executors.csv has one row each."), 30),
			wide(textField("executor_names", "Виконавці (назви)", "The executors' names from the registry, separated by \"; \"."), 40),
			wide(textField("costs", "Фінансові витрати", "The financial-costs cell as written, for plans with the column."), 24),
			wide(textField("indicators", "Індикатори", "The indicator cell's paragraphs as written, one per line; indicators.csv has one row each."), 50),
			required(oneOf(textField("state", "Стан", "The measure's state as of the build date (see docs/data.md)."), stateEnum)),
			dateField("next_deadline", "Наступний строк", "The next deadline, if any."),
			required(intField("notes", "Звітів", "The number of progress notes on the measure.")),
			required(uriField("url", "Сторінка", "The measure's page: a permanent address.")),
			wide(textField("task_title", "Текст завдання", "The text of the task the measure belongs to, if any."), 40),
			dateField("state_since", "Стан з", "The day the current state began."),
			dateField("missed_deadline", "Пропущений строк", "The deadline whose passing made the measure overdue, if it is."),
			dateField("term_start", "Початок терміну", "The first day of the term, when the term was understood."),
			dateField("term_end", "Кінець терміну", "The last day of the term, when the term was understood."),
			textField("added_by", "Додано зміною", "The amendment that added the measure (the plan's versions page); empty for a measure of the plan as adopted."),
			textField("removed_by", "Вилучено зміною", "The amendment that removed the measure; its state is then removed."),
		}, measureAccountFields...), PrimaryKey: measureKey, ForeignKeys: []dataForeignKey{refers([]string{"plan"}, "plans", "id")}},
		rows: (*Renderer).measureRows,
	}

	measureExecutorsTable = &dataTable{Name: "measure-executors", Title: "Виконавці заходів",
		Description: "One row per measure and executor responsible for it, as the registry identifies the bodies the executors cell names.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(intField("position", "Порядок", "The executor's place in the measure's list, from 1.")),
			required(textField("executor", "Виконавець", "The executor's id (executors.csv).")),
			wide(textField("executor_name", "Назва виконавця", "The executor's name in the registry."), 40),
		}, PrimaryKey: []string{"plan", "measure", "executor"}, ForeignKeys: []dataForeignKey{
			refers([]string{"plan", "measure"}, "measures", measureKey...),
			refers([]string{"executor"}, "executors", "id"),
		}},
		rows: (*Renderer).measureExecutorRows,
	}

	indicatorsTable = &dataTable{Name: "indicators", Title: "Індикатори",
		Description: "One row per indicator of every measure: its text as adopted, and, for indicators monitored as numbers, unit, direction, baseline and target.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("id", "Ідентифікатор", "The indicator's id within the plan: measure#n, e.g. ii/2-1#1.")),
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
			required(intField("n", "Номер", "The indicator's place among the measure's indicators, from 1.")),
			wide(required(textField("text", "Індикатор", "The indicator's text as adopted.")), 60),
			required(boolField("numeric", "Числовий", "true when the indicator is monitored as a number.")),
			wide(textField("label", "Коротка назва", "A short name for charts, for numeric indicators."), 30),
			textField("unit", "Одиниця", "The unit of the values, e.g. % or дітей."),
			oneOf(textField("direction", "Напрям", "up when more is better, down when less is; for numeric indicators."), directionEnum),
			numField("baseline", "Базове значення", "The value at the start."),
			dateField("baseline_date", "Дата базового значення", "When the baseline was measured."),
			numField("target", "Цільове значення", "The value the plan aims at."),
			dateField("target_date", "Дата цілі", "When the target is to be reached."),
			required(intField("values", "Значень", "The number of values reported (indicator-values.csv).")),
			numField("latest_value", "Останнє значення", "The latest value reported, for numeric indicators."),
			dateField("latest_date", "Дата останнього значення", "When the latest value was measured."),
			boolField("achieved", "Досягнуто", "The latest verdict on a qualitative indicator: true reached, false not yet; empty when no note has said."),
			intField("baseline_suppressed_below", "Базове приховано: менше ніж", "Set when the baseline is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; baseline is then empty."),
			intField("target_suppressed_below", "Ціль прихована: менше ніж", "The same for the target."),
			intField("latest_suppressed_below", "Останнє приховане: менше ніж", "The same for the latest value: latest_value is then empty, latest_date its date."),
		}, PrimaryKey: []string{"plan", "id"}, ForeignKeys: []dataForeignKey{refers([]string{"plan", "measure"}, "measures", measureKey...)}},
		rows: (*Renderer).indicatorRows,
	}

	valuesTable = &dataTable{Name: "indicator-values", Title: "Значення індикаторів",
		Description: "One row per indicator value a progress note reported: a number for numeric indicators, achieved or not for qualitative ones.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("indicator", "Індикатор", "The indicator's id within the plan (indicators.csv).")),
			required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
			wide(required(textField("indicator_text", "Текст індикатора", "The indicator's text as adopted.")), 50),
			textField("unit", "Одиниця", "The unit of the value, for numeric indicators."),
			required(dateField("date", "Дата", "When the value was measured.")),
			numField("value", "Значення", "The number measured, for numeric indicators."),
			boolField("achieved", "Досягнуто", "For qualitative indicators: true reached, false not yet."),
			required(boolField("demonstration", "Демонстраційні дані", "true for demonstration data.")),
			required(uriField("note_url", "Звіт", "The page of the note that reported the value.")),
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(textField("note", "Звіт (ідентифікатор)", "The note's id within the plan (notes.csv).")),
			wide(textField("comment", "Коментар", "What the note says about the value, e.g. its source."), 40),
			intField("suppressed_below", "Приховано: менше ніж", "Set when the value is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children (config [privacy]); value is then empty."),
		}, PrimaryKey: []string{"plan", "indicator", "note", "date"}, ForeignKeys: []dataForeignKey{
			refers([]string{"plan", "indicator"}, "indicators", "plan", "id"),
			refers([]string{"plan", "measure"}, "measures", measureKey...),
			refers([]string{"plan", "note"}, "notes", "plan", "id"),
		}},
		rows: (*Renderer).valueRows,
	}

	resultsTable = &dataTable{Name: "indicator-results", Title: "Результати за індикаторами (IATI)",
		Description: "Indicator results in the shape of IATI's result indicators: baseline, target and the actual values per period, one row per actual value (one row with no actual value for an indicator with none yet).",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("indicator", "Індикатор", "The indicator's id within the plan (indicators.csv).")),
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
			wide(required(textField("title", "Індикатор", "The indicator's short name, or its text.")), 50),
			required(oneOf(textField("measure_type", "Тип вимірювання", "IATI's indicator measure: unit, percentage or qualitative."), iatiMeasureEnum)),
			textField("unit", "Одиниця", "The unit of the values."),
			boolField("ascending", "Зростання — добре", "true when more is better, false when less is (IATI's ascending)."),
			yearField("baseline_year", "Рік базового значення", "The year of the baseline."),
			dateField("baseline_date", "Дата базового значення", "When the baseline was measured."),
			numField("baseline_value", "Базове значення", "The value at the start."),
			dateField("target_date", "Дата цілі", "When the target is to be reached."),
			numField("target_value", "Цільове значення", "The value the plan aims at."),
			dateField("period_start", "Початок періоду", "The first day of the period of the actual value: the day after the previous value, or the baseline date."),
			dateField("period_end", "Кінець періоду", "The last day of the period: the day the value was measured."),
			numField("actual_value", "Фактичне значення", "The value measured, for numeric indicators."),
			boolField("actual_achieved", "Досягнуто", "For qualitative indicators: true reached, false not yet."),
			wide(textField("actual_comment", "Коментар", "What the note says about the value."), 40),
			textField("note", "Звіт (ідентифікатор)", "The note's id within the plan (notes.csv)."),
			uriField("note_url", "Звіт", "The page of the note that reported the value."),
			intField("baseline_suppressed_below", "Базове приховано: менше ніж", "Set when the baseline is a small count of a sensitive indicator, from 1 to this number less one, withheld to protect children; baseline_value is then empty."),
			intField("target_suppressed_below", "Ціль прихована: менше ніж", "The same for the target."),
			intField("actual_suppressed_below", "Значення приховане: менше ніж", "The same for the actual value."),
		}, ForeignKeys: []dataForeignKey{refers([]string{"plan", "indicator"}, "indicators", "plan", "id")}},
		rows: (*Renderer).resultRows,
	}

	notesTable = &dataTable{Name: "notes", Title: "Звіти про виконання",
		Description: "One row per progress note: when, on which measures, with what status, who reported, what it says, the documents that back it, who verified it and which reporting periods it covers.",
		Schema: dataSchema{Fields: append([]dataField{
			required(dateField("date", "Дата", "The date of the report.")),
			planField,
			wide(required(textField("measures", "Заходи", "The ids of the measures the note reports on, separated by \"; \"; note-measures.csv has one row each.")), 20),
			required(oneOf(textField("status", "Статус", "The status reported, as the note writes it."), statusEnum)),
			textField("reporter", "Хто звітує", "The reporting body's id (executors.csv)."),
			wide(required(textField("title", "Заголовок", "The note's title, or its date and first measure.")), 40),
			required(boolField("demonstration", "Демонстраційні дані", "true for demonstration data.")),
			required(uriField("url", "Сторінка", "The note's page.")),
			required(textField("id", "Ідентифікатор", "The note's id within the plan, as in its address.")),
			required(oneOf(textField("status_code", "Код статусу", "The status reported, as an ASCII code."), statusCodeEnum)),
			wide(textField("text", "Текст", "The note's text (Markdown) as written."), 60),
			wide(textField("evidence", "Документи", "The addresses of the documents that back the report, one per line; evidence.csv has titles too."), 40),
		}, noteAccountFields...), PrimaryKey: []string{"plan", "id"}, ForeignKeys: []dataForeignKey{
			refers([]string{"plan"}, "plans", "id"),
			refers([]string{"reporter"}, "executors", "id"),
		}},
		rows: (*Renderer).noteRows,
	}

	noteMeasuresTable = &dataTable{Name: "note-measures", Title: "Заходи у звітах",
		Description: "One row per note and measure it reports on.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("note", "Звіт", "The note's id within the plan (notes.csv).")),
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
		}, PrimaryKey: []string{"plan", "note", "measure"}, ForeignKeys: []dataForeignKey{
			refers([]string{"plan", "note"}, "notes", "plan", "id"),
			refers([]string{"plan", "measure"}, "measures", measureKey...),
		}},
		rows: (*Renderer).noteMeasureRows,
	}

	evidenceTable = &dataTable{Name: "evidence", Title: "Документи до звітів",
		Description: "One row per document a note links as evidence: its address, its archived copy, the copy kept with the portal and its checksum.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("note", "Звіт", "The note's id within the plan (notes.csv).")),
			required(intField("n", "Номер", "The document's place in the note's list, from 1.")),
			wide(required(textField("title", "Назва", "The document's title.")), 40),
			uriField("url", "Адреса", "The document's address; empty when the note gives only a copy kept with the portal (file_url)."),
			uriField("archived_url", "Архівна копія", "A lasting copy of the document, e.g. in the Internet Archive, for when url stops working."),
			uriField("file_url", "Копія на порталі", "The copy of the document published with the portal, if the note keeps one."),
			intField("size", "Розмір, байтів", "The size of that copy in bytes."),
			wide(textField("sha256", "SHA-256", "The document's SHA-256 checksum (hex): of the copy on the portal when there is one, else as the note states it."), 30),
		}, PrimaryKey: []string{"plan", "note", "n"}, ForeignKeys: []dataForeignKey{refers([]string{"plan", "note"}, "notes", "plan", "id")}},
		rows: (*Renderer).evidenceRows,
	}

	periodsTable = &dataTable{Name: "periods", Title: "Звітні періоди",
		Description: "One row per reporting period of a measure with a recurring or multi-date term that has come due by the build date (and the next one): whether it was reported on time, late or not at all.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
			required(textField("period", "Період", "The period's key: 2025, 2022-H1, 2024-Q3, 2024-03, or a span such as 2019/2026.")),
			required(dateField("start", "Початок", "The period's first day.")),
			required(dateField("end", "Кінець", "The period's last day.")),
			required(dateField("due", "Строк звіту", "The day its report is due.")),
			required(oneOf(textField("status", "Статус", "not-due, due-soon, missing, late or on-time."), periodStatusEnum)),
			intField("days_late", "Днів запізнення", "How many days after the due date the first report came, when late."),
			wide(textField("notes", "Звіти", "The ids of the notes that cover the period, separated by \"; \"."), 30),
			required(boolField("inferred", "Визначено за датою", "true when a note was assigned to the period by its date rather than by naming it; false when the notes that cover it name it, or none does.")),
			wide(textField("named_by", "Назвали період", "The ids of the notes that name the period themselves (period = \"2022-H1\"), separated by \"; \"; the other notes were assigned to it by their date."), 30),
			dateField("first_report", "Перший звіт", "The date of the first note that covers the period: on or before due it was on time, after it late."),
		}, PrimaryKey: []string{"plan", "measure", "period"}, ForeignKeys: []dataForeignKey{refers([]string{"plan", "measure"}, "measures", measureKey...)}},
		rows: (*Renderer).periodRows,
	}

	historyTable = &dataTable{Name: "state-history", Title: "Історія стану заходів",
		Description: "One row per day a measure's state changed, from the plan's start to the build date, and why: a note, or a deadline passing.",
		Schema: dataSchema{Fields: []dataField{
			planField,
			required(textField("measure", "Захід", "The measure's id within the plan (measures.csv).")),
			required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
			required(dateField("date", "Дата", "The day the state began.")),
			required(oneOf(textField("state", "Стан", "The state from that day."), stateEnum)),
			textField("note", "Звіт", "The id of the note that changed it (notes.csv); empty when the calendar did."),
			dateField("missed_deadline", "Пропущений строк", "The deadline whose passing made the measure overdue."),
		}, PrimaryKey: []string{"plan", "measure", "date"}, ForeignKeys: []dataForeignKey{refers([]string{"plan", "measure"}, "measures", measureKey...)}},
		rows: (*Renderer).historyRows,
	}

	executorsTable = &dataTable{Name: "executors", Title: "Виконавці",
		Description: "One row per body in the registry of executors, with the number of measures it is responsible for in all plans.",
		Schema: dataSchema{Fields: []dataField{
			required(textField("id", "Ідентифікатор", "The body's id, as in its address.")),
			wide(required(textField("name", "Назва", "The body's full name.")), 50),
			wide(textField("short", "Скорочено", "Its short name."), 24),
			wide(textField("aliases", "Інші назви", "Other names plans use for it, separated by \"; \"."), 40),
			required(intField("measures", "Заходів", "The number of measures it is responsible for.")),
			required(uriField("url", "Сторінка", "Its page.")),
		}, PrimaryKey: []string{"id"}},
	}
)

// stateCountFields are plans.csv's counts of measures per state.
func stateCountFields() []dataField {
	out := make([]dataField, len(model.StateOrder))
	for i, s := range model.StateOrder {
		out[i] = required(intField(stateColumn(s), "Заходів: "+s, "The number of measures in state "+s+"."))
	}
	return out
}

// stateColumn is plans.csv's column of a state's count, "state_due_soon".
func stateColumn(state string) string { return "state_" + strings.ReplaceAll(state, "-", "_") }

// dataTables are the portal's tables, in order.
var dataTables = []*dataTable{plansTable, measuresTable, measureExecutorsTable, indicatorsTable, valuesTable, resultsTable,
	notesTable, noteMeasuresTable, evidenceTable, spendingTable, periodsTable, historyTable, executorsTable}

// planTables are the tables whose rows the plans make.
func planTables() []*dataTable {
	var out []*dataTable
	for _, t := range dataTables {
		if t.rows != nil {
			out = append(out, t)
		}
	}
	return out
}

func init() {
	for _, t := range dataTables {
		t.Schema.MissingValues = []string{""}
	}
}
