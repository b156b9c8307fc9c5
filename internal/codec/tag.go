package codec

import (
	"maps"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// tagParsed holds the language tags parsed while decoding (Text keys,
// language.Tag members): a corpus uses a handful of tags, and parsing one
// with x/text costs far more than looking it up. The map stored is never
// changed: a new tag is added to a copy under tagParsedMu, so that a
// look-up takes no lock and, by the bytes of the key, no allocation. It
// stops growing at maxCachedTags entries.
var (
	tagParsed   atomic.Pointer[map[string]language.Tag]
	tagParsedMu sync.Mutex
)

// ParseTag parses key as language.Tag.UnmarshalText does, a tag met
// before from the cache.
func ParseTag[S string | []byte](key S) (language.Tag, error) {
	if m := tagParsed.Load(); m != nil {
		if t, ok := (*m)[string(key)]; ok {
			return t, nil
		}
	}
	var t language.Tag
	if err := t.UnmarshalText([]byte(key)); err != nil {
		return language.Tag{}, err
	}
	tagParsedMu.Lock()
	defer tagParsedMu.Unlock()
	var old map[string]language.Tag
	if m := tagParsed.Load(); m != nil {
		old = *m
	}
	if _, ok := old[string(key)]; !ok && len(old) < maxCachedTags {
		m := make(map[string]language.Tag, len(old)+1)
		maps.Copy(m, old)
		m[string(key)] = t
		tagParsed.Store(&m)
	}
	return t, nil
}
