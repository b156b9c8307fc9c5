package diplo_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

var (
	fr = language.French
	en = language.English
	ru = language.Russian
)

// bamako is a French original with an English translation and a Russian
// original of its own (two sources, two languages).
func bamako() diplo.Text {
	return diplo.MustNewText("fr", "Accord sur les principes fondamentaux").
		MustWithTranslation("en", "fr", "Agreement on the fundamental principles")
}

func TestNewText(t *testing.T) {
	tx, err := diplo.NewText("fr", "Bonjour")
	require.NoError(t, err)
	assert.Equal(t, diplo.Text{fr: "Bonjour"}, tx)
	// Tags are canonicalised, deprecated subtags replaced.
	tx, err = diplo.NewText("FR-ml", "x")
	require.NoError(t, err)
	assert.Equal(t, "fr-ML", tx.Tags()[0].String())
	tx, err = diplo.NewText("iw", "x")
	require.NoError(t, err)
	assert.Equal(t, "he", tx.Tags()[0].String())
	tx, err = diplo.NewText("en-t-fr", "x")
	require.NoError(t, err)
	assert.Equal(t, diplo.Text{language.MustParse("en-t-fr"): "x"}, tx)
}

// badTags are language tags that every string-tag constructor and method
// refuses with an error that quotes the tag.
// The last ones x/text accepts but reads back as another tag or refuses:
// four name a singleton twice (RFC 5646, section 2.2.6, allows each
// once); "AA-U-AA-AA-t-0A" gives "aa-t-0a-u-aa", which does not parse.
var badTags = []string{"", "not a tag", "english", "zz", "fr\x00", "und", "x", "en-", "fr-t", "zz-Qqqq-99-xxxxxxxxx",
	"AA-u-00-00-u-00-00", "aa-u-00-u-00-00", "en-t-fr-T-de", "en-a-bb-a-cc", "AA-U-AA-AA-t-0A"}

// checkBadTag checks that err reports the bad tag: ErrLanguage, a
// *diplo.ValueError, and the tag quoted in the message.
func checkBadTag(t *testing.T, err error, tag string) {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, diplo.ErrLanguage)
	var ve *diplo.ValueError
	if assert.ErrorAs(t, err, &ve) {
		assert.Equal(t, tag, ve.Value)
	}
	assert.Contains(t, err.Error(), strconv.Quote(tag))
}

// TestTextBadTags calls every constructor and method of Text that takes
// a language tag as a string with each bad tag, in each position: each
// returns an error that names the tag and leaves the Text as it was, and
// only the Must variants panic, with that error.
func TestTextBadTags(t *testing.T) {
	const good = "fr"
	calls := []struct {
		name string
		call func(t diplo.Text, tag string) (diplo.Text, error)
	}{
		{"NewText", func(_ diplo.Text, tag string) (diplo.Text, error) { return diplo.NewText(tag, "x") }},
		{"With", func(t diplo.Text, tag string) (diplo.Text, error) { return t.With(tag, "x") }},
		{"WithTranslation to", func(t diplo.Text, tag string) (diplo.Text, error) { return t.WithTranslation(tag, good, "x") }},
		{"WithTranslation from", func(t diplo.Text, tag string) (diplo.Text, error) { return t.WithTranslation(good, tag, "x") }},
		{"Get", func(t diplo.Text, tag string) (diplo.Text, error) { _, err := t.Get(good, tag); return t, err }},
		{"ParseLanguage", func(t diplo.Text, tag string) (diplo.Text, error) { _, err := diplo.ParseLanguage(tag); return t, err }},
	}
	for _, c := range calls {
		for _, tag := range badTags {
			t.Run(c.name+"/"+strconv.Quote(tag), func(t *testing.T) {
				before := diplo.Text{language.German: "Abkommen"}
				got, err := c.call(before, tag)
				checkBadTag(t, err, tag)
				if c.name != "NewText" {
					assert.Equal(t, diplo.Text{language.German: "Abkommen"}, got, "the Text changed")
					assert.Equal(t, diplo.Text{language.German: "Abkommen"}, before, "the Text changed")
				}
			})
		}
	}

	musts := []struct {
		name string
		call func(tag string)
	}{
		{"MustNewText", func(tag string) { diplo.MustNewText(tag, "x") }},
		{"MustWith", func(tag string) { diplo.Text{}.MustWith(tag, "x") }},
		{"MustWithTranslation to", func(tag string) { diplo.Text{}.MustWithTranslation(tag, good, "x") }},
		{"MustWithTranslation from", func(tag string) { diplo.Text{}.MustWithTranslation(good, tag, "x") }},
	}
	for _, m := range musts {
		t.Run(m.name, func(t *testing.T) {
			for _, tag := range badTags {
				func() {
					defer func() {
						err, _ := recover().(error)
						checkBadTag(t, err, tag)
					}()
					m.call(tag)
				}()
			}
			assert.NotPanics(t, func() { m.call("ru") })
		})
	}
}

// TestTextStringTags checks that the string-tag methods store what their
// tag-taking variants store.
func TestTextStringTags(t *testing.T) {
	tests := []struct {
		name string
		got  diplo.Text
		want diplo.Text
	}{
		{"With", diplo.MustNewText("fr", "Moscou").MustWith("ru", "Москва"), diplo.Text{fr: "Moscou", ru: "Москва"}},
		{"With canonicalises", diplo.Text{}.MustWith("EN-gb", "x"), diplo.Text{language.BritishEnglish: "x"}},
		{"WithTag", diplo.MustNewText("fr", "Moscou").WithTag(ru, "Москва"), diplo.Text{fr: "Moscou", ru: "Москва"}},
		{"WithTranslation", diplo.Text{}.MustWithTranslation("en", "fr", "x"), diplo.Text{diplo.TranslationTag(en, fr): "x"}},
		{"WithTranslation of a region", diplo.Text{}.MustWithTranslation("en", "fr-CA", "x"), diplo.Text{language.MustParse("en-t-fr-ca"): "x"}},
		{"WithTranslationTag", diplo.Text{}.WithTranslationTag(en, fr, "x"), diplo.Text{language.MustParse("en-t-fr"): "x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.got)
		})
	}
}

func TestTextWith(t *testing.T) {
	var tx diplo.Text
	got, err := tx.With("fr", "Bonjour")
	require.NoError(t, err)
	assert.Equal(t, diplo.Text{fr: "Bonjour"}, got)
	got2, err := got.With("ru", "Здравствуйте")
	require.NoError(t, err)
	assert.Len(t, got, 2, "With on a non-nil Text must modify it")
	assert.Len(t, got2, 2)
	got3 := diplo.Text(nil).WithTag(fr, "Bonjour")
	assert.Equal(t, diplo.Text{fr: "Bonjour"}, got3)
}

func TestWithTranslation(t *testing.T) {
	tx := bamako()
	tags := tx.Tags()
	require.Len(t, tags, 2)
	assert.Equal(t, []string{"en-t-fr", "fr"}, []string{tags[0].String(), tags[1].String()})
	assert.Equal(t, "Agreement on the fundamental principles", tx[language.MustParse("en-t-fr")], "translation not stored under en-t-fr")
}

func TestTranslationTag(t *testing.T) {
	tests := []struct {
		to, from language.Tag
		want     string
	}{
		{en, fr, "en-t-fr"},
		{en, language.MustParse("fr-CA"), "en-t-fr-ca"},
		{ru, en, "ru-t-en"},
		{language.MustParse("en-GB"), language.MustParse("zh-Hant"), "en-GB-t-zh-hant"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			got := diplo.TranslationTag(tc.to, tc.from)
			assert.Equal(t, tc.want, got.String())
			src, ok := diplo.TranslatedFrom(got)
			assert.True(t, ok, "TranslatedFrom(%s)", got)
			assert.Equal(t, tc.from, src)
		})
	}
}

func TestTranslatedFrom(t *testing.T) {
	tests := []struct {
		tag  string
		src  string
		isTr bool
	}{
		{"en-t-fr", "fr", true},
		{"en-t-fr-ca", "fr-CA", true},
		{"en-t-fr-ca-h0-hybrid", "fr-CA", true}, // fields after the source language
		{"en-t-h0-hybrid", "und", false},        // transformed, but no source language
		{"fr", "und", false},
		{"en-u-ca-buddhist", "und", false},
		{"und", "und", false},
	}
	for _, tc := range tests {
		t.Run(tc.tag, func(t *testing.T) {
			src, ok := diplo.TranslatedFrom(language.MustParse(tc.tag))
			assert.Equal(t, tc.src, src.String())
			assert.Equal(t, tc.isTr, ok)
		})
	}
}

func TestTextOriginal(t *testing.T) {
	tests := []struct {
		name string
		tx   diplo.Text
		tag  string
		s    string
		ok   bool
	}{
		{"original and translation", bamako(), "fr", "Accord sur les principes fondamentaux", true},
		{"two originals: first by tag", diplo.Text{ru: "Договор", fr: "Traité"}, "fr", "Traité", true},
		{"only translations", diplo.Text{}.WithTranslationTag(en, fr, "Treaty"), "und", "", false},
		{"empty", diplo.Text{}, "und", "", false},
		{"nil", nil, "und", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tag, s, ok := tc.tx.Original()
			assert.Equal(t, tc.tag, tag.String())
			assert.Equal(t, tc.s, s)
			assert.Equal(t, tc.ok, ok)
		})
	}
}

func TestTextGet(t *testing.T) {
	tx := bamako()
	tests := []struct {
		name      string
		tx        diplo.Text
		preferred []string
		want      string
		ok        bool
	}{
		{"no preference gives the original", tx, nil, "Accord sur les principes fondamentaux", true},
		{"English reader gets the translation", tx, []string{"en"}, "Agreement on the fundamental principles", true},
		{"British English reader too", tx, []string{"en-GB"}, "Agreement on the fundamental principles", true},
		{"French reader gets the original", tx, []string{"fr"}, "Accord sur les principes fondamentaux", true},
		{"first preference wins", tx, []string{"fr", "en"}, "Accord sur les principes fondamentaux", true},
		{"second preference used", tx, []string{"de", "en"}, "Agreement on the fundamental principles", true},
		// No match: the original, not whatever tag sorts first.
		{"no match falls back to the original", tx, []string{"de"}, "Accord sur les principes fondamentaux", true},
		{"only translations", diplo.Text{}.MustWithTranslation("en", "fr", "Treaty"), []string{"de"}, "Treaty", true},
		{"only translations, no preference", diplo.Text{}.MustWithTranslation("en", "fr", "Treaty").MustWithTranslation("ru", "fr", "Договор"), nil, "Treaty", true},
		{"empty", diplo.Text{}, []string{"en"}, "", false},
		{"nil", nil, nil, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.tx.Get(tc.preferred...)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)

			// GetTag gives the same for the parsed tags, and ok.
			tags := make([]language.Tag, len(tc.preferred))
			for i, p := range tc.preferred {
				tags[i] = language.MustParse(p)
			}
			got, ok := tc.tx.GetTag(tags...)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.ok, ok)
		})
	}
	assert.Equal(t, "Accord sur les principes fondamentaux", tx.String())
	// Get must not reorder or change the Text.
	assert.Equal(t, bamako(), tx, "Get changed the Text")
}

func TestTextValidate(t *testing.T) {
	tests := []struct {
		name  string
		tx    diplo.Text
		paths []string
		errs  []error
	}{
		{"valid", bamako(), nil, nil},
		{"empty is valid", diplo.Text{}, nil, nil},
		{"nil is valid", nil, nil, nil},
		{"tab and newlines allowed", diplo.Text{fr: "a\tb\nc\r\nd"}, nil, nil},
		{"empty value", diplo.Text{fr: ""}, []string{"fr"}, []error{diplo.ErrRequired}},
		{"blank value", diplo.Text{fr: " \n\t"}, []string{"fr"}, []error{diplo.ErrRequired}},
		{"und key", diplo.Text{language.Und: "x"}, []string{"und"}, []error{diplo.ErrLanguage}},
		{"NUL", diplo.Text{fr: "a\x00b"}, []string{"fr"}, []error{diplo.ErrSyntax}},
		{"escape", diplo.Text{fr: "a\x1b[31m"}, []string{"fr"}, []error{diplo.ErrSyntax}},
		{"C1 control", diplo.Text{fr: "a\u0085b"}, []string{"fr"}, []error{diplo.ErrSyntax}},
		{"invalid UTF-8", diplo.Text{fr: "a\xffb"}, []string{"fr"}, []error{diplo.ErrSyntax}},
		{"several, sorted by path", diplo.Text{ru: "\x00", language.Und: "x", fr: "", en: "ok"},
			[]string{"fr", "ru", "und"}, []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrLanguage}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.tx.Validate(), tc.paths, tc.errs)
		})
	}
}

func TestTextJSON(t *testing.T) {
	tx := bamako()
	b, err := json.Marshal(tx)
	require.NoError(t, err)
	want := `{"en-t-fr":"Agreement on the fundamental principles","fr":"Accord sur les principes fondamentaux"}`
	assert.Equal(t, want, string(b))
	var back diplo.Text
	require.NoError(t, diplo.UnmarshalStrict(b, &back))
	assert.Equal(t, tx, back, "round trip")

	tests := []struct {
		name string
		in   string
		want map[string]string // by canonical tag; nil when decoding fails
	}{
		{"canonical case", `{"EN":"x"}`, map[string]string{"en": "x"}},
		{"deprecated subtag kept by decoding", `{"iw":"שלום"}`, map[string]string{"iw": "שלום"}},
		{"region", `{"fr-ml":"x"}`, map[string]string{"fr-ML": "x"}},
		{"und decodes", `{"und":"x"}`, map[string]string{"und": "x"}},
		{"untagged key fails", `{"":"x"}`, nil},
		{"malformed tag fails", `{"english":"x"}`, nil},
		{"empty object", `{}`, map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tx diplo.Text
			err := json.Unmarshal([]byte(tc.in), &tx)
			if tc.want == nil {
				assert.Error(t, err, "Unmarshal(%s) = %v", tc.in, tx)
				return
			}
			require.NoError(t, err)
			got := map[string]string{}
			for k, v := range tx {
				got[k.String()] = v
			}
			assert.Equal(t, tc.want, got, "Unmarshal(%s)", tc.in)
		})
	}

	// "und" passes decoding (a shape) and fails Validate (a meaning).
	var und diplo.Text
	require.NoError(t, diplo.Unmarshal([]byte(`{"und":"x"}`), &und), "Unmarshal und")
	checkFieldErrors(t, und.Validate(), []string{"und"}, []error{diplo.ErrLanguage})
}

// checkFieldErrors checks that err holds exactly one FieldError per path,
// in order, each wrapping the matching sentinel.
func checkFieldErrors(t *testing.T, err error, paths []string, sentinels []error) {
	t.Helper()
	if len(paths) == 0 {
		assert.NoError(t, err)
		return
	}
	var list diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &fe):
		list = diplo.Errors{fe}
	default:
		require.Failf(t, "want field errors", "error = %v (%T), want field errors at %v", err, err, paths)
	}
	got := make([]string, len(list))
	for i, e := range list {
		got[i] = e.Path
	}
	require.Equal(t, paths, got, "paths (error: %v)", err)
	for i, e := range list {
		assert.ErrorIs(t, e, sentinels[i], e.Path)
	}
}

// FuzzParseLanguage checks that ParseLanguage never panics, that a tag it
// accepts is determined and reads back as itself, and that NewText and
// With accept exactly the tags it accepts, quoting the others.
func FuzzParseLanguage(f *testing.F) {
	for _, s := range append([]string{"fr", "en-t-fr", "FR-ml", "iw", "zh-Hant-TW", "en-GB-t-zh-hant"}, badTags...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tag, err := diplo.ParseLanguage(s)
		_, textErr := diplo.NewText(s, "x")
		_, withErr := diplo.Text{}.With(s, "x")
		if err != nil {
			require.ErrorIs(t, err, diplo.ErrLanguage)
			require.Equal(t, err, textErr)
			require.Equal(t, err, withErr)
			return
		}
		require.NoError(t, textErr)
		require.NoError(t, withErr)
		require.NotEqual(t, language.Und, tag)
		again, err := diplo.ParseLanguage(tag.String())
		require.NoError(t, err, "the text of %q, %q", s, tag)
		require.Equal(t, tag, again)
	})
}
