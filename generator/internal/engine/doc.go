// Package engine remembers, for one output folder, what the last build made
// from what, so that the next build redoes only what changed.
//
// Every output file is recorded with a Key — a hash of everything it was
// made from: the content it shows, the computed facts on it (states,
// counts), the theme and the program — and a Sum of its bytes. A build
// asks Fresh before rendering a file: when the key is the one recorded, the
// file on disk is already right and is neither rendered nor written. A file
// whose key changed is rendered, and written only when its bytes changed.
//
// The files:
//
//	key.go     keys and sums
//	stamp.go   input files: size, time and sum, to notice edits cheaply
//	state.go   the state kept between builds, beside the output folder
//	pack.go    per-plan data kept for the pages that span plans
//	tree.go    the output folder: a new folder swapped in, or changed files
//	           staged and committed through a journal; both atomic
//	lock.go    one build of a folder at a time
//	guard.go   which folders a build may write to at all
package engine
