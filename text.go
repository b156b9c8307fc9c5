package diplo

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
)

// Text is a string in one or more languages, keyed by BCP 47 language tags:
// {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on
// the fundamental principles"}. In JSON it is an object whose keys are the
// tags, which is also a JSON-LD language map.
//
// # Original and translations
//
// A value in the language it was written or spoken in has a plain tag
// ("fr"). A translation carries the BCP 47 transformed-content extension of
// RFC 6497 naming the language it was translated from: "en-t-fr" is English
// translated from French. The original is thus kept beside its
// translations, in the data itself, and no language is assumed: Text has no
// default language, and an untagged or undetermined ("und") key is an error.
//
// Keys are normalised in case by golang.org/x/text/language ("EN" becomes
// "en", "fr-ml" becomes "fr-ML"). Decoding keeps deprecated subtags as
// written ("iw" stays "iw"), while NewText, like language.Parse, replaces
// them ("iw" becomes "he"); use current subtags in data.
type Text map[language.Tag]string

// NewText returns a Text holding s in the language tag, a BCP 47 tag such
// as "fr" or "en-t-fr" (English translated from French). A tag that does
// not parse, or "und", is an error wrapping ErrLanguage that quotes it.
func NewText(tag, s string) (Text, error) {
	return Text(nil).With(tag, s)
}

// MustNewText is like NewText but panics on a bad tag. It is meant for
// literals known to be good: diplo.MustNewText("fr", "Moscou").
func MustNewText(tag, s string) Text {
	return must(NewText(tag, s))
}

// With returns t with s added under the language tag, which NewText
// parses. It modifies t unless t is nil. A bad tag is an error that quotes
// it, and t is returned unchanged.
func (t Text) With(tag, s string) (Text, error) {
	lt, err := ParseLanguage(tag)
	if err != nil {
		return t, err
	}
	return t.WithTag(lt, s), nil
}

// MustWith is like With but panics on a bad tag; it is meant for literals:
// diplo.MustNewText("fr", "Moscou").MustWith("ru", "Москва").
func (t Text) MustWith(tag, s string) Text {
	return must(t.With(tag, s))
}

// WithTag is With for a tag already parsed: it returns t with s added
// under tag, and modifies t unless t is nil.
func (t Text) WithTag(tag language.Tag, s string) Text {
	if t == nil {
		t = Text{}
	}
	t[tag] = s
	return t
}

// WithTranslation adds s as a translation into the language to from the
// language from, both BCP 47 tags: it is stored under to with the -t-
// extension naming from ("en-t-fr" for to "en" and from "fr"). A bad tag is
// an error that quotes it, and t is returned unchanged.
func (t Text) WithTranslation(to, from, s string) (Text, error) {
	toTag, err := ParseLanguage(to)
	if err != nil {
		return t, err
	}
	fromTag, err := ParseLanguage(from)
	if err != nil {
		return t, err
	}
	return t.WithTranslationTag(toTag, fromTag, s), nil
}

// MustWithTranslation is like WithTranslation but panics on a bad tag; it
// is meant for literals.
func (t Text) MustWithTranslation(to, from, s string) Text {
	return must(t.WithTranslation(to, from, s))
}

// WithTranslationTag is WithTranslation for tags already parsed: s is
// stored under TranslationTag(to, from).
func (t Text) WithTranslationTag(to, from language.Tag, s string) Text {
	return t.WithTag(TranslationTag(to, from), s)
}

// ParseLanguage parses a BCP 47 language tag as NewText does ("fr",
// "en-t-fr", "FR-ml" gives fr-ML, the deprecated "iw" gives "he"). An
// ill-formed or unknown tag, "" and "und" are errors wrapping ErrLanguage
// that quote the tag. A tag that names an extension's singleton twice
// ("en-u-ca-buddhist-u-nu-thai") is ill-formed (RFC 5646, section 2.2.6);
// decoding refuses it too.
func ParseLanguage(tag string) (language.Tag, error) {
	if _, ok := check.RepeatedSingleton(tag); ok {
		return language.Und, check.NewValueError("language tag", tag, ErrLanguage)
	}
	lt, err := language.Parse(tag)
	if err != nil || lt == language.Und {
		return language.Und, check.NewValueError("language tag", tag, ErrLanguage)
	}
	// x/text reads some tags it accepts back as other tags, or not at
	// all ("AA-U-AA-AA-t-0A" gives "aa-t-0a-u-aa", which it refuses): a
	// tag is taken only if its text reads back as itself.
	if s := lt.String(); s != tag {
		if again, err := language.Parse(s); err != nil || again != lt {
			return language.Und, check.NewValueError("language tag", tag, ErrLanguage)
		}
	}
	return lt, nil
}

// must returns t, and panics with err when it is not nil.
func must(t Text, err error) Text {
	if err != nil {
		panic(err)
	}
	return t
}

// TranslationTag returns the tag of a translation into to from from: to with
// the RFC 6497 transformed-content extension naming from ("en-t-fr").
func TranslationTag(to, from language.Tag) language.Tag {
	ext, err := language.ParseExtension("t-" + strings.ToLower(from.String()))
	if err != nil {
		return to
	}
	tag, err := language.Raw.Compose(to, ext)
	if err != nil {
		return to
	}
	return tag
}

// TranslatedFrom reports the source language of a translation tag
// ("en-t-fr" gives "fr") and whether the tag marks a translation.
func TranslatedFrom(tag language.Tag) (language.Tag, bool) {
	ext, ok := tag.Extension('t')
	if !ok {
		return language.Und, false
	}
	// The source language runs from after "t" to the first field
	// separator, a two-character subtag of a letter and a digit (RFC 6497).
	toks := strings.Split(ext.String(), "-")[1:]
	end := 0
	for end < len(toks) && !(len(toks[end]) == 2 && isDigit(toks[end][1])) {
		end++
	}
	if end == 0 {
		return language.Und, false
	}
	src, err := language.Parse(strings.Join(toks[:end], "-"))
	if err != nil {
		return language.Und, false
	}
	return src, true
}

// Tags returns the tags of t in the order of their text form.
func (t Text) Tags() []language.Tag {
	tags := make([]language.Tag, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	return tags
}

// Original returns the first value (by tag) that is not a translation, with
// its tag. ok is false when t holds only translations or nothing.
func (t Text) Original() (tag language.Tag, s string, ok bool) {
	for _, tag := range t.Tags() {
		if _, tr := TranslatedFrom(tag); !tr {
			return tag, t[tag], true
		}
	}
	return language.Und, "", false
}

// Get returns the value that best matches the preferred languages, BCP 47
// tags such as "en" or "pt-BR", as GetTag does. A bad tag is an error
// that quotes it. An empty Text gives "" and no error.
func (t Text) Get(preferred ...string) (string, error) {
	tags := make([]language.Tag, len(preferred))
	for i, p := range preferred {
		tag, err := ParseLanguage(p)
		if err != nil {
			return "", err
		}
		tags[i] = tag
	}
	s, _ := t.GetTag(tags...)
	return s, nil
}

// GetTag returns the value that best matches the preferred languages,
// using the language matcher of golang.org/x/text/language; with no
// preference, or when no value matches any preferred language, it returns
// the original (the first value by tag when t holds only translations). ok
// is false only for an empty Text.
func (t Text) GetTag(preferred ...language.Tag) (s string, ok bool) {
	if len(t) == 0 {
		return "", false
	}
	tags := t.Tags()
	// The matcher falls back to its first tag: make that the original.
	if orig, _, ok := t.Original(); ok {
		for i, tag := range tags {
			if tag == orig {
				copy(tags[1:i+1], tags[:i])
				tags[0] = orig
				break
			}
		}
	}
	if len(preferred) == 0 {
		return t[tags[0]], true
	}
	_, i, _ := language.NewMatcher(tags).Match(preferred...)
	return t[tags[i]], true
}

// String returns the original value, or the first by tag; it is meant for
// logs and messages.
func (t Text) String() string {
	s, _ := t.GetTag()
	return s
}

// Validate checks every entry: the tag must be determined (not "und") and
// the value non-empty valid UTF-8 without control characters other than
// tab and newline. An empty Text is valid; fields that need text check
// len(t) themselves. Paths of errors are the tags ("fr").
func (t Text) Validate() error {
	if len(t) == 0 {
		return nil
	}
	var c check.Collector
	if len(t) == 1 {
		// The one entry of most texts is found by a look-up of the tag
		// the last such text had, which costs a fraction of starting an
		// iteration over the map; the entry is then checked as below.
		tag := textGuesses[textGuess.Load()]
		if s, ok := t[tag]; ok {
			checkTextEntry(&c, tag, s)
			return c.Err()
		}
	}
	for tag, s := range t {
		checkTextEntry(&c, tag, s)
		if len(t) == 1 {
			guessText(tag)
		}
	}
	return c.Err()
}

// checkTextEntry checks one entry of a Text, as Validate says, adding
// its error to c under the tag.
func checkTextEntry(c *check.Collector, tag language.Tag, s string) {
	// The key is written out only for an error.
	if tag == language.Und {
		key := tag.String()
		c.Add(key, check.NewValueError("language tag", key, ErrLanguage))
		return
	}
	// A text that starts with a printable ASCII character is not
	// blank; only another start needs trimming to tell.
	if (s == "" || s[0] <= ' ' || s[0] >= 0x80) && blank(s) {
		c.Add(tag.String(), ErrRequired)
		return
	}
	if err := check.String(s); err != nil {
		c.Add(tag.String(), err)
	}
}

// blank reports whether s is empty or white space only, as
// strings.TrimSpace(s) == "" does, reading from the start only as far as
// the first character that is not a space.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// textGuesses are the tags by which Validate first looks up the entry of
// a Text of one entry: the languages of the United Nations and a few
// others. textGuess is the place of the tag of the last such Text that
// had one of them; it is shared by all goroutines, and only speed depends
// on it.
var (
	textGuesses = [...]language.Tag{
		language.English, language.French, language.Spanish, language.Russian,
		language.Arabic, language.Chinese, language.German, language.Portuguese,
	}
	textGuess atomic.Uint32
)

// guessText makes tag, if it is one of textGuesses, the next guess.
func guessText(tag language.Tag) {
	for i := range textGuesses {
		if textGuesses[i] == tag {
			textGuess.Store(uint32(i))
			return
		}
	}
}

// UnmarshalJSON decodes a JSON object of language tags and strings, as
// UnmarshalJSONFrom does: it gives what encoding/json gives for a map
// keyed by language.Tag, but parses each distinct tag once per process.
// It replaces the entries t held. Of two keys that are the same tag
// ("fr", "FR"), the later wins; strict decoding reports them. A value
// that is not an object or null is a *json.UnmarshalTypeError.
func (t *Text) UnmarshalJSON(b []byte) error {
	err := codec.UnmarshalValue(b, t)
	if errors.Is(err, codec.ErrType) {
		return &json.UnmarshalTypeError{Value: codec.KindName(codec.Value(b).Kind()), Type: reflect.TypeFor[Text]()}
	}
	return err
}

// UnmarshalJSONFrom decodes a JSON object of language tags and strings
// from the token stream, as UnmarshalJSON does from bytes; in strict
// decoding two keys that are the same tag ("fr" and "FR") are an error.
// It reads the whole object even when a key is bad, and returns the
// errors of all the bad keys, located by their paths ("fr", `[""]`).
func (t *Text) UnmarshalJSONFrom(dec *codec.Decoder) error {
	switch dec.PeekKind() {
	case 'n':
		_, err := dec.ReadToken()
		return err
	case '{':
	default:
		if err := dec.SkipValue(); err != nil {
			return err
		}
		return codec.ErrType
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	strict := codec.Strict(dec)
	out := make(Text, 2)
	var c check.Collector
	var keyBuf [64]byte
	for dec.PeekKind() != '}' {
		// The key's bytes are looked up as they are in the document
		// when they need no unquoting, and kept in keyBuf for an error:
		// no string is made for a key.
		keyBytes, err := codec.ReadStringBytes(dec)
		if err != nil {
			return err
		}
		tag, tagErr := codec.ParseTag(keyBytes)
		keyBytes = append(keyBuf[:0], keyBytes...)
		if k := dec.PeekKind(); k != '"' && k != 'n' {
			key := string(keyBytes)
			if err := dec.SkipValue(); err != nil {
				return err
			}
			c.Add(codec.Join("", key), fmt.Errorf("%w: want string, got %s", ErrJSON, codec.KindName(k)))
			continue
		}
		val := ""
		if dec.PeekKind() == 'n' {
			// null, as encoding/json decodes it into a string: "".
			if _, err := dec.ReadToken(); err != nil {
				return err
			}
		} else {
			b, err := codec.ReadStringBytes(dec)
			if err != nil {
				return err
			}
			val = string(b)
		}
		switch {
		case tagErr != nil:
			key := string(keyBytes)
			c.Add(codec.Join("", key), check.NewValueError("language tag", key, ErrLanguage))
			continue
		case strict:
			if _, dup := out[tag]; dup {
				c.Add(codec.Join("", string(keyBytes)), fmt.Errorf("%w key", ErrDuplicate))
				continue
			}
		}
		out[tag] = val
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	if err := c.Err(); err != nil {
		return err
	}
	*t = out
	return nil
}

func init() {
	codec.RegisterLanguageMap(reflect.TypeFor[Text](), func(v reflect.Value) map[language.Tag]string {
		t, _ := reflect.TypeAssert[Text](v)
		return t
	})
}
