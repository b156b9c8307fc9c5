package graph

import (
	"math/bits"
	"math/rand/v2"

	"github.com/diplo-go/diplo"
)

// idTable is Validate's table of the node of each ID: what a
// map[diplo.ID]Ref holds, with each look-up reading one slot of 24
// bytes (the ID and, packed in one word, the top bits of its hash and
// where its node is) rather than a group's control word and then a slot.
// Slots are found by open addressing with linear probing, and the table is
// at most three quarters full, so that a search ends at an empty slot.
// The hash (see hash) is keyed by random words drawn per table, as a Go
// map's hash is seeded per map, so that no set of IDs is slow by design.
//
// Adding an ID found already keeps the first node: Validate reports the
// later ones (unique-id).
type idTable struct {
	keys  [3]uint64 // the hash's keys, random
	slots []idSlot
}

// An idSlot holds an ID and where its node is: 0 for an empty slot, else
// the top 24 bits of the ID's hash, the node type's place in nodeTypes
// plus one (8 bits) and the node's index (32 bits).
type idSlot struct {
	id  diplo.ID
	ref uint64
}

// tableSize is the number of slots of a table for n IDs: a power of two,
// at least 16, of which n fill less than three quarters.
func tableSize(n int) int {
	size := 16
	for size-size/4 <= n {
		size *= 2
	}
	return size
}

// oversized reports whether t's slots are many more than a table for n
// IDs needs: a scratch kept from a much larger graph is dropped rather
// than reused for a small one.
func (t *idTable) oversized(n int) bool { return cap(t.slots) > 4*tableSize(n)+4096 }

// reset makes t an empty table for n IDs, reusing its slots if there are
// enough.
func (t *idTable) reset(n int) {
	size := tableSize(n)
	if cap(t.slots) < size {
		t.slots = make([]idSlot, size)
		t.keys = [3]uint64{rand.Uint64(), rand.Uint64(), rand.Uint64()}
		return
	}
	t.slots = t.slots[:size]
}

// clear empties the table, keeping no ID of the graph past the call.
func (t *idTable) clear() { clear(t.slots) }

// find returns the slot of id, or the empty slot where id would go, and
// the tag of id's slot.
func (t *idTable) find(id diplo.ID) (*idSlot, uint64) {
	h := t.hash(string(id))
	tag := h >> 40 << 40
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.ref == 0 || s.ref&^(1<<40-1) == tag && s.id == id {
			return s, tag
		}
	}
}

// get returns the node of id and whether there is one.
func (t *idTable) get(id diplo.ID) (Ref, bool) {
	s, _ := t.find(id)
	if s.ref == 0 {
		return Ref{}, false
	}
	return unpackRef(s.ref), true
}

// add records that id is the ID of node i of the type at place k of
// nodeTypes, unless an earlier node has it: then it returns that node and
// true, and leaves the table as it was. The table holds fewer IDs than
// reset was told; i fits in 32 bits, as the index of a node of a graph
// held in memory does.
func (t *idTable) add(k, i int, id diplo.ID) (Ref, bool) {
	s, tag := t.find(id)
	if s.ref != 0 {
		return unpackRef(s.ref), true
	}
	s.id, s.ref = id, tag|uint64(k+1)<<32|uint64(uint32(i))
	return Ref{}, false
}

func unpackRef(ref uint64) Ref {
	return Ref{typeAt[int(ref>>32&0xff)-1], int(uint32(ref))}
}

// hash returns the hash of s under t's keys. It mixes the words of s as
// wyhash does (the runtime's hash of strings where the processor has no
// AES instructions): each step multiplies two words, each XORed with a
// key or the hash so far, into 128 bits and folds the halves; the last
// step folds in the length. Its products and loads, with one call,
// cost about half of hash/maphash.String's three calls for IDs of 20 to
// 60 bytes. Without the keys no input is known to collide, as with
// maphash.
func (t *idTable) hash(s string) uint64 {
	n := len(s)
	h := t.keys[0]
	for ; len(s) > 16; s = s[16:] {
		h = mix(load64(s, 0)^t.keys[1], load64(s, 8)^h)
	}
	var a, b uint64
	switch {
	case len(s) > 8:
		a, b = load64(s, 0), load64(s, len(s)-8)
	case len(s) >= 4:
		a, b = uint64(load32(s, 0)), uint64(load32(s, len(s)-4))
	case len(s) > 0:
		a = uint64(s[0])<<16 | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])
	}
	h = mix(a^t.keys[1], b^h)
	return mix(h^t.keys[2], uint64(n)^t.keys[1])
}

// mix multiplies a and b into 128 bits and returns the XOR of the halves.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 returns the eight bytes of s from i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the four bytes of s from i as a little-endian word.
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
