package codec

import (
	"math/bits"

	"golang.org/x/text/language"
)

// textGroup is the group of a small map[language.Tag]string in Go 1.26
// (textmap_go126.go): a control byte per slot, whose high bit is clear
// when the slot is full, then the slots.
type textGroup struct {
	ctrl  uint64
	slots [8]textSlot
}

// textSlot is an entry of a textGroup.
type textSlot struct {
	key   language.Tag
	value string
}

// fullSlots has the high bit of the byte of each full slot of g set
// (none for a nil g): see slotAt.
func (g *textGroup) fullSlots() uint64 {
	if g == nil {
		return 0
	}
	return ^g.ctrl & 0x8080808080808080
}

// slotAt returns the slot of the lowest bit set in full.
func (g *textGroup) slotAt(full uint64) *textSlot {
	return &g.slots[bits.TrailingZeros64(full)/8]
}
