//go:build unix

package engine

import (
	"os"

	"golang.org/x/sys/unix"
)

// lockFile takes an advisory lock that the kernel drops when the process
// ends, however it ends: a killed build never leaves the folder locked.
func lockFile(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) }

func unlockFile(f *os.File) { unix.Flock(int(f.Fd()), unix.LOCK_UN) }
