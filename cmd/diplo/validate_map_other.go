//go:build !linux

package main

import "os"

// mapFile maps files into memory on Linux only: elsewhere ok is false,
// and the caller reads the file.
func mapFile(f *os.File, size int) (data []byte, unmap func(), ok bool) {
	return nil, nil, false
}
