package dyad

import (
	"hash/maphash"

	"github.com/google/uuid"
)

// uuidCounts maps UUIDs to counts that are not zero, in a table of its
// own (open addressing, linear probing, at most three quarters full) so that a
// count is found and set in one probe: at gives the place of a UUID's
// count, which a Go map can only do in a look-up and an assignment. The
// UUIDs are hashed with a seed of the process, so that input cannot
// choose where they fall. The zero value is an empty table.
type uuidCounts struct {
	slots []uuidCount
	used  int // slots with a key, counted or not
	seed  maphash.Seed
}

// uuidCount is a slot of uuidCounts: n is zero when the slot is free.
type uuidCount struct {
	key uuid.UUID
	n   uint32
}

// at returns the place of the count of k: zero when k has none, which
// the caller sets (a count left at zero is no count). The place is valid
// until the next call.
func (t *uuidCounts) at(k uuid.UUID) *uint32 {
	if 4*(t.used+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.Comparable(t.seed, k) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			if s.key != k {
				s.key = k
				t.used++
			}
			return &s.n
		}
		if s.key == k {
			return &s.n
		}
	}
}

// len returns the number of UUIDs with a count.
func (t *uuidCounts) len() int {
	n := 0
	for i := range t.slots {
		if t.slots[i].n != 0 {
			n++
		}
	}
	return n
}

// grow doubles the table (or makes it) and puts the counts back.
func (t *uuidCounts) grow() {
	old := t.slots
	if old == nil {
		t.seed = maphash.MakeSeed()
	}
	t.slots = make([]uuidCount, max(2*len(old), 64))
	t.used = 0
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.n == 0 {
			continue
		}
		i := maphash.Comparable(t.seed, s.key) & mask
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
		t.used++
	}
}
