// Package uktext holds the rules of Ukrainian text that plansite applies in
// more than one place, so that each is written once: Roman numerals typed
// in Cyrillic look-alikes ("ІУ" is IV), the apostrophes and dashes of one
// word or range written several ways, plural forms, and reading a text file
// that staff saved on Windows (byte order mark, CRLF, Windows-1251).
//
// The search client (internal/search/search.js) folds apostrophes the same
// way in JavaScript; the search package's parity test keeps the two in step.
package uktext
