//go:build !linux

package main

import "os"

// fileIsTerminal reports whether f is a character device, which on a
// system other than Linux is taken for a terminal.
func fileIsTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
