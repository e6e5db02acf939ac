//go:build race

package cli

// raceDetector: the race detector slows builds about tenfold, so timing
// assertions only log.
const raceDetector = true
