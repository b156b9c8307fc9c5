//go:build go1.26 && !go1.27 && !race

package codec

import (
	"maps"
	"unsafe"

	"golang.org/x/text/language"
)

// This file reads a small language map (a Text of at most eight entries,
// which is nearly every Text) by the layout of Go 1.26's maps rather than
// by ranging over it: a range starts an iterator (two random numbers, a
// call per entry), which was a sixth of the encoding of a record of
// diplo's. The layout is checked against ranges over maps of every small
// size when the package starts (layoutHolds); where it does not hold, and
// with other versions of Go or with the race detector (which does not see
// these reads), Text is ranged over.

// mapHeader is the start of a Go 1.26 map (internal/runtime/maps.Map).
type mapHeader struct {
	used   uint64
	seed   uintptr
	dirPtr unsafe.Pointer // a small map's group when dirLen is 0
	dirLen int
}

// smallTextMaps is whether small language maps are read by their layout.
var smallTextMaps = layoutHolds()

// smallGroup returns the group of m, a map that is not nil, and true if m
// is small and smallTextMaps holds; a nil group for an empty map.
func smallGroup(m map[language.Tag]string) (*textGroup, bool) {
	if !smallTextMaps {
		return nil, false
	}
	return groupOf(m)
}

// groupOf is smallGroup, read by the layout whether it holds or not.
func groupOf(m map[language.Tag]string) (*textGroup, bool) {
	h := *(**mapHeader)(unsafe.Pointer(&m))
	if h.dirLen != 0 {
		return nil, false
	}
	if h.used == 0 {
		return nil, true
	}
	return (*textGroup)(h.dirPtr), true
}

// layoutHolds reports whether groupOf reads maps of zero to eight
// entries, made in several ways, as a range over them reads them.
func layoutHolds() bool {
	tags := []language.Tag{
		language.English, language.French, language.Russian, language.Arabic, language.Chinese,
		language.Spanish, language.German, language.Japanese, language.MustParse("en-t-fr"),
		language.MustParse("sr-Latn"),
	}
	for n := range 9 {
		for trial := range 3 {
			m := make(map[language.Tag]string, trial*4)
			for i := range n + trial {
				m[tags[(i*7+trial)%len(tags)]] = tags[i%len(tags)].String() + "/" + string(rune('a'+i))
			}
			for len(m) > n {
				for k := range m {
					delete(m, k)
					break
				}
			}
			got := map[language.Tag]string{}
			g, ok := groupOf(m)
			if !ok {
				if n+trial <= 8 {
					return false // a small map not seen as one
				}
				continue // grown past a group
			}
			for full := g.fullSlots(); full != 0; full &= full - 1 {
				s := g.slotAt(full)
				got[s.key] = s.value
			}
			if !maps.Equal(got, m) || len(got) != len(m) {
				return false
			}
		}
	}
	return true
}
