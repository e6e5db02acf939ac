// Package term turns a measure's term (термін виконання), as written in a
// plan, into a schedule to compute with, and evaluates a measure's state on
// a date from its schedule and the dates it was reported done.
//
// Plans write terms in many ways: "2019-2026 роки", "2019 – 2026 роки
// постійно", "ІІ-ІІІ кв. 2019 року", "до 2020 року", "щороку (до 10
// січня)", "щопівроку", "за потреби", "2021, 2024, 2026 роки", or nothing.
// The text is always shown as written; the schedule sits beside it.
//
// Conventions, chosen so that the portal never calls a measure overdue
// before a careful reader would:
//
//   - a year range "2019-2026 роки" runs 1 Jan 2019 – 31 Dec 2026, with
//     its deadline at the end; "постійно" marks the work as continuous;
//   - quarters and half-years run to the end of their last quarter;
//   - "до 2020 року" and "До 2026" are deadlines at the END of that year
//     (the lenient reading of "до");
//   - "щороку" is a deadline on 31 Dec of every plan year; "щороку (до 10
//     січня)" is 10 Jan of every year after a plan year (a report on the
//     year before); "щопівроку" is 30 Jun and 31 Dec of every plan year;
//   - a list of years is a deadline at the end of each;
//   - "за потреби" (as needed) has no deadline and is never overdue.
package term
