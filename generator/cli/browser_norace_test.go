//go:build !race

package cli

// raceDetector: see browser_race_test.go.
const raceDetector = false
