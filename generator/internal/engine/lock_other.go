//go:build !unix && !windows

package engine

import "os"

// lockFile cannot lock here; builds are not kept apart.
func lockFile(f *os.File) error { return nil }

func unlockFile(f *os.File) {}
