package gdelt

import "unsafe"

// The sizes of a textArena.
const (
	// arenaChunk is the size of the blocks a textArena copies texts to.
	arenaChunk = 8 << 10
	// arenaOwn is the size of the largest text copied to a block: a
	// longer one is copied to a string of its own.
	arenaOwn = arenaChunk / 4
)

// textArena copies the texts of a Reader's rows into blocks of
// arenaChunk bytes, one after the other, and gives each copy as a string
// of its block: a row costs a copy of its bytes and an allocation every
// few rows, rather than one allocation each. A block is never written
// again where a string was cut from it, so its strings do not change;
// it lives as long as one of its strings, so an event's strings keep
// alive at most arenaChunk bytes of texts (those of the rows read near
// it).
//
// A transient arena (ReaderOptions.Transient) copies nothing: the
// strings it gives are b itself, valid as long as b is not written.
type textArena struct {
	buf       []byte // the current block: its bytes up to len are given out
	transient bool
}

// add returns a string that holds the bytes of b.
func (a *textArena) add(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if a.transient {
		return unsafe.String(&b[0], len(b))
	}
	if len(b) > arenaOwn {
		return string(b)
	}
	if cap(a.buf)-len(a.buf) < len(b) {
		a.buf = make([]byte, 0, arenaChunk)
	}
	off := len(a.buf)
	a.buf = append(a.buf, b...)
	return unsafe.String(&a.buf[off], len(b))
}
