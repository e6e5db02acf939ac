//go:build race

package main

// raceDetector: the race detector slows builds about tenfold, so timing
// assertions only log.
const raceDetector = true
