package main

import (
	"os"
	"syscall"
)

// mapFile maps the first size bytes of f, a regular file, into memory,
// read only, its pages populated at once (MAP_POPULATE: one call into
// the kernel rather than a page fault for every few pages). unmap
// releases the mapping; nothing may read data after it. ok is false when
// the file cannot be mapped, and the caller reads it instead.
func mapFile(f *os.File, size int) (data []byte, unmap func(), ok bool) {
	if size <= 0 {
		return nil, nil, false
	}
	c, err := f.SyscallConn()
	if err != nil {
		return nil, nil, false
	}
	var merr error
	err = c.Control(func(fd uintptr) {
		data, merr = syscall.Mmap(int(fd), 0, size, syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	})
	if err != nil || merr != nil {
		return nil, nil, false
	}
	return data, func() { _ = syscall.Munmap(data) }, true
}
