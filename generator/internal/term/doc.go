// Package term reads a measure's term (термін виконання) as written in a
// plan into a Schedule to compute with, and evaluates a measure's state on
// a date from its schedule and the dates it was reported done.
//
// The term is always shown as written (Schedule.Text); the schedule sits
// beside it. Parse accepts what the plans write, whatever the case, spacing,
// line breaks, kind of dash or trailing dots: "2019-2026 роки", "2019 – 2026
// роки постійно", "ІІ-ІІІ кв. 2019 року", "ІІ квартал 2019 року", "I
// півріччя 2022 року", "грудень 2021 року", "2021-2022 навчальний рік", "до
// 2020 року", "До 2026", "до 1 березня 2022 року", "щороку", "щороку (до 10
// січня)", "щопівроку", "за потреби", "2021, 2024, 2026 роки", "постійно",
// or nothing. Roman numerals may be typed in Latin or in the Cyrillic
// letters І, У, Х (so "ІУ" is IV). Text it cannot read is an error saying
// why, never a guess.
//
// # Conventions
//
// A term leaves things to the reader. The package reads them so that the
// portal never calls a measure overdue before a careful reader would:
//
//   - A year range "2019-2026 роки" runs 1 January 2019 – 31 December 2026,
//     with its one deadline at the end; a single year, quarters, half-years
//     and months likewise run to the end of the last one named. A school
//     year "2021-2022 навчальний рік" runs 1 September 2021 – 30 June 2022.
//   - "до 2020 року" and "До 2026" are deadlines at the END of that year, 31
//     December, not its start: "до" is read leniently, as "by the end of".
//     "до грудня 2021 року" is 31 December 2021; "до 1 березня 2022 року"
//     is that day. The work runs from the start of the plan.
//   - "постійно" marks continuous work over the term, or over the plan's
//     period when it stands alone. Such a measure is not done before its
//     end, whatever the notes say.
//   - "щороку" is due on 31 December of every plan year. "щороку (до 10
//     січня)" is due on 10 January of every year from PlanStart+1 to
//     PlanEnd+1: a day in January–March is the report on the year just
//     ended. "щопівроку" is due on 30 June and 31 December of every plan
//     year; "щокварталу" and "щомісяця" at the end of every quarter and
//     month. A recurring term runs over the plan's period (its Span), unless
//     it gives its own: "щороку, 2021-2024 роки".
//   - A single day, "15 березня 2021 року", is a deadline on that day.
//   - A list of years "2021, 2024, 2026 роки" is due at the end of each.
//   - A recurring term may name its days: "щопівроку (до 15 липня та до 15
//     січня)" and "щороку до 15 лютого та 15 липня" report each half-year
//     (a day from April to September on the first half, any other on the
//     second); "щокварталу (до 10 числа наступного місяця)" and "до 5
//     числа щомісяця" on the quarter or month just ended; "у місячний
//     строк після завершення календарного року" a month after each year.
//   - "у місячний строк", "у тримісячний строк", "протягом року з дня
//     затвердження" count from the plan's adoption (Context.Adopted), as
//     the Civil Code counts terms; unknown adoption is an error, and
//     "протягом року" alone is not read.
//   - "2023 і 2024 роки", two years in a row joined by a word, are one
//     span; "2021, 2022 роки" stay a list.
//   - "за потреби" (as needed) has no deadline and is never overdue; nor
//     has a conditional term, "у разі фінансування", "після прийняття
//     рішення" (KindConditional).
//   - An empty term, or a lone dash, is no term.
//
// The plan's period and adoption come in a Context. See Evaluate for how
// done notes meet deadlines, Schedule.Periods and Ledger for the
// reporting periods and their reports, History for the dated changes of a
// measure's state, and docs/terms.md for every form with an example and
// the forms that are not read.
package term
