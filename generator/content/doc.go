// Package content holds plansite's content model: plans as adopted (sections,
// tasks, groups, measures), the registry of executors, monitoring data about
// indicators, and progress notes.
//
// The model keeps two kinds of data apart. Official text (titles, measure
// texts, terms, executor cells, indicators) is stored exactly as adopted and
// never rewritten; derived structure (ids, executor references, parsed
// numbers) sits beside it in its own fields or its own files. That way a
// re-import of the official document reproduces plan.toml byte for byte while
// staff additions live in executors.toml and indicators.toml.
package content
