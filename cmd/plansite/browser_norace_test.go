//go:build !race

package main

// raceDetector: see browser_race_test.go.
const raceDetector = false
