//go:build unix

package generator

import "syscall"

// mkfifo makes a named pipe, for the corpus case that must not hang.
func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
