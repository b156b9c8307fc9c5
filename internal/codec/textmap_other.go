//go:build !go1.26 || go1.27 || race

package codec

import "golang.org/x/text/language"

// smallTextMaps is whether small language maps are read by their layout:
// only with Go 1.26 (textmap_go126.go).
const smallTextMaps = false

// smallGroup reports false: m is ranged over.
func smallGroup(map[language.Tag]string) (*textGroup, bool) { return nil, false }
