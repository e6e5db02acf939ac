package render

import (
	"github.com/plansite/plansite/generator/content"
)

// The open data's columns of accountability (see datatables.go): each
// measure's reporting periods, money and data quality, each plan's
// tallies of them, each note's verification and periods, and the money
// notes report spent, in a table of its own.

// verificationEnum are the verification levels, weakest first.
var verificationEnum = content.VerificationLevels

// measureAccountFields are measures.csv's columns of accountability, after
// those of the measure as adopted and its state.
var measureAccountFields = []dataField{
	wide(textField("costs_read", "Суми з витрат (прочитано)", "The sums read from the costs cell, one per line: the sum in hryvnias, \"yearly\" or the year it is for, and the words it was read from. The cell itself (costs) stays as adopted; empty when it names no sum."), 40),
	numField("planned_uah", "Заплановано, грн", "Everything the costs cell plans, in hryvnias: the yearly sums for each year of the term within the plan's period, the sums for a year, and the rest; empty when it names no sum."),
	wide(textField("planned_uah_by_year", "Заплановано за роками, грн", "The sums planned for each year, \"2021: 120000; 2022: 120000\"."), 30),
	numField("spent_uah", "Витрачено, грн", "Everything the notes report spent on the measure, in hryvnias (spending.csv); empty when none reports a sum."),
	wide(textField("spent_by_year", "Витрачено за роками", "The sums reported spent in each year, with their currency: \"2021: 45000 UAH; 2022: 1500 EUR\"."), 30),
	wide(textField("spent_other", "Витрачено в інших валютах", "The sums reported spent in currencies other than the hryvnia, \"1500 EUR\"."), 20),
	required(intField("periods_due", "Періодів настало", "How many reporting periods (periods.csv) have come due by the build date.")),
	required(intField("periods_on_time", "Звітів вчасно", "How many of them were reported on time.")),
	required(intField("periods_late", "Звітів із запізненням", "How many of them were reported late.")),
	required(intField("periods_missing", "Звітів не подано", "How many of them have no report.")),
	oneOf(textField("latest_verification", "Підтвердження останнього звіту", "How the latest report on the measure is verified: self (by the executor itself), document (an official document backs it) or independent (someone outside the executor confirmed it); empty when there is no report."), verificationEnum),
	wide(textField("quality_lacks", "Бракує (якість даних)", "The checks of the plan's data-quality report the measure fails, separated by \"; \": term (no term that can be read), executor (no body of the registry), indicator (no measurable indicator), reports (a report due is missing). Empty when it passes all."), 24),
}

// planAccountFields are plans.csv's columns of accountability, after the
// counts of measures per state.
var planAccountFields = []dataField{
	required(intField("periods_due", "Періодів настало", "How many reporting periods of the plan's measures have come due by the build date.")),
	required(intField("periods_on_time", "Звітів вчасно", "How many of them were reported on time.")),
	required(intField("periods_late", "Звітів із запізненням", "How many of them were reported late.")),
	required(intField("periods_missing", "Звітів не подано", "How many of them have no report.")),
	required(intField("measures_reported", "Заходів зі звітами", "How many measures have at least one report.")),
	required(intField("latest_self", "Останній звіт: власний", "How many of them have as latest report one verified by the executor alone (self).")),
	required(intField("latest_document", "Останній звіт: документ", "How many have a latest report backed by an official document.")),
	required(intField("latest_independent", "Останній звіт: незалежно", "How many have a latest report confirmed independently.")),
	required(intField("independent_percent", "Підтверджено незалежно, %", "latest_independent as a share of measures_reported, in whole per cent rounded down; 0 when none is reported.")),
	numField("planned_uah", "Заплановано, грн", "Everything the plan's costs column plans, in hryvnias, as read from it; empty when it names no sum."),
	numField("spent_uah", "Витрачено, грн", "Everything notes report spent on the plan's measures, in hryvnias; empty when none reports a sum."),
	wide(textField("spent_other", "Витрачено в інших валютах", "Sums reported spent in other currencies, \"1500 EUR\"."), 20),
	required(intField("quality_measures", "Перевірено заходів", "How many measures the data-quality report checks: those in force.")),
	required(intField("quality_complete", "Заходів без недоліків", "How many of them pass every check.")),
	required(intField("quality_lacking_term", "Бракує терміну", "How many have no term that can be read.")),
	required(intField("quality_lacking_executor", "Бракує виконавця", "How many have no body of the registry responsible.")),
	required(intField("quality_lacking_indicator", "Бракує індикатора", "How many have no measurable indicator (unit, baseline and target).")),
	required(intField("quality_lacking_reports", "Бракує звітів", "How many lack a report due.")),
	required(uriField("quality_url", "Якість даних", "The plan's data-quality page.")),
	required(uriField("quality_json", "Якість даних (JSON)", "The plan's data-quality report as JSON.")),
}

// noteAccountFields are notes.csv's columns of accountability.
var noteAccountFields = []dataField{
	required(oneOf(textField("verification", "Підтвердження", "How the report is verified: self (the default: the executor reports on its own work), document (an official document backs it) or independent (someone outside the executor confirmed it)."), verificationEnum)),
	wide(textField("verified_by", "Хто підтвердив", "Who verified the report, e.g. a public council."), 30),
	dateField("verified_on", "Дата підтвердження", "When it was verified."),
	uriField("verification_url", "Підтвердження (документ)", "The confirmation itself: a letter, minutes, a reply to an information request."),
	wide(textField("verification_comment", "Коментар до підтвердження", "What the note says about the verification."), 30),
	wide(textField("periods", "Звітні періоди", "The reporting periods the note covers (periods.csv), separated by \"; \": those it names, or else those it was assigned to by its date."), 20),
	boolField("periods_inferred", "Період визначено за датою", "true when the note names no period and was assigned to its periods by its date; empty when it covers none."),
	required(intField("spending", "Витрат", "How many sums spent the note reports (spending.csv).")),
}

// spendingTable is the money notes report spent on measures.
var spendingTable = &dataTable{Name: "spending", Title: "Витрати",
	Description: "One row per sum a progress note reports spent on a measure ([[spending]] in a note): the year, the amount and currency, the funding source, the budget programme and the Prozorro procurements.",
	Schema: dataSchema{Fields: []dataField{
		planField,
		required(textField("note", "Звіт", "The note's id within the plan (notes.csv).")),
		required(intField("n", "Номер", "The sum's place in the note's list, from 1.")),
		required(textField("measure", "Захід", "The measure's id within the plan (measures.csv) the money was spent on.")),
		required(textField("measure_code", "Шифр заходу", "The measure's citation number.")),
		required(yearField("year", "Рік", "The budget year the money was spent in.")),
		numField("amount", "Сума", "The sum spent, in currency; empty when the note gives none."),
		required(textField("currency", "Валюта", "The ISO 4217 code of the sum: UAH unless the note names another.")),
		wide(textField("source", "Джерело фінансування", "The funding source as the note names it, e.g. місцевий бюджет."), 30),
		textField("programme", "Бюджетна програма", "The budget programme code: КПКВК (state budget) or ТПКВКМБ (local budget), seven digits."),
		wide(textField("prozorro", "Закупівлі Prozorro", "The ids of the procurements in Prozorro, e.g. UA-2024-01-15-000123-a, separated by \"; \"."), 30),
		wide(textField("prozorro_urls", "Закупівлі Prozorro (адреси)", "The public pages of those procurements, one per line."), 40),
		wide(textField("comment", "Коментар", "What the money bought."), 40),
		required(dateField("note_date", "Дата звіту", "The date of the note.")),
		required(boolField("demonstration", "Демонстраційні дані", "true for demonstration data.")),
		required(uriField("note_url", "Звіт", "The page of the note.")),
	}, PrimaryKey: []string{"plan", "note", "n"}, ForeignKeys: []dataForeignKey{
		refers([]string{"plan"}, "plans", "id"),
		refers([]string{"plan", "note"}, "notes", "plan", "id"),
		refers([]string{"plan", "measure"}, "measures", measureKey...),
	}},
	rows: (*Renderer).spendingRows,
}
