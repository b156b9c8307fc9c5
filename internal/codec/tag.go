package codec

import (
	"errors"
	"fmt"
	"maps"
	"sync"
	"sync/atomic"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/check"
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
// before from the cache, but refuses a tag that names a singleton twice
// (check.RepeatedSingleton) or whose text does not read back as the same
// tag, which x/text would read back as another tag or refuse.
func ParseTag[S string | []byte](key S) (language.Tag, error) {
	if m := tagParsed.Load(); m != nil {
		if t, ok := (*m)[string(key)]; ok {
			return t, nil
		}
	}
	if c, ok := check.RepeatedSingleton(string(key)); ok {
		return language.Tag{}, fmt.Errorf("language: tag is not well-formed: the singleton %q appears twice", c)
	}
	var t language.Tag
	if err := t.UnmarshalText([]byte(key)); err != nil {
		return language.Tag{}, err
	}
	// x/text reads some tags it accepts back as other tags, or not at
	// all: a tag is taken only if its text reads back as itself.
	if text := t.String(); text != string(key) {
		var again language.Tag
		if err := again.UnmarshalText([]byte(text)); err != nil || again != t {
			return language.Tag{}, fmt.Errorf("language: tag %q does not read back as itself", text)
		}
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

// tagUnmarshalers makes go-json-experiment/json decode a language.Tag as
// the codec's decoders do, by ParseTag: the library's decoding and
// Locate refuse the tags those refuse, rather than what
// language.Tag.UnmarshalText alone accepts. A value that is not a string
// is left to the library, which reports it as before.
var tagUnmarshalers = json.WithUnmarshalers(json.UnmarshalFromFunc(func(dec *jsontext.Decoder, t *language.Tag) error {
	if dec.PeekKind() != '"' {
		return errors.ErrUnsupported
	}
	b, err := ReadStringBytes(dec)
	if err != nil {
		return err
	}
	tag, err := ParseTag(b)
	if err != nil {
		return err
	}
	*t = tag
	return nil
}))
