package diplo_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"

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
	return diplo.NewText("fr", "Accord sur les principes fondamentaux").
		WithTranslation(en, fr, "Agreement on the fundamental principles")
}

func TestNewText(t *testing.T) {
	tx := diplo.NewText("fr", "Bonjour")
	if len(tx) != 1 || tx[fr] != "Bonjour" {
		t.Errorf("NewText = %v", tx)
	}
	// Tags are canonicalised, deprecated subtags replaced.
	if tx := diplo.NewText("FR-ml", "x"); tx.Tags()[0].String() != "fr-ML" {
		t.Errorf("NewText(FR-ml) key = %v", tx.Tags())
	}
	if tx := diplo.NewText("iw", "x"); tx.Tags()[0].String() != "he" {
		t.Errorf("NewText(iw) key = %v", tx.Tags())
	}
	defer func() {
		if recover() == nil {
			t.Error("NewText with a malformed tag did not panic")
		}
	}()
	diplo.NewText("not a tag", "x")
}

func TestTextWith(t *testing.T) {
	var tx diplo.Text
	got := tx.With(fr, "Bonjour")
	if len(got) != 1 || got[fr] != "Bonjour" {
		t.Errorf("nil.With = %v", got)
	}
	got2 := got.With(ru, "Здравствуйте")
	if len(got) != 2 || len(got2) != 2 {
		t.Errorf("With on a non-nil Text must modify it: %v, %v", got, got2)
	}
}

func TestWithTranslation(t *testing.T) {
	tx := bamako()
	tags := tx.Tags()
	if got := []string{tags[0].String(), tags[1].String()}; !slices.Equal(got, []string{"en-t-fr", "fr"}) {
		t.Fatalf("tags = %v", got)
	}
	if tx[language.MustParse("en-t-fr")] != "Agreement on the fundamental principles" {
		t.Errorf("translation not stored under en-t-fr: %v", tx)
	}
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
			if got.String() != tc.want {
				t.Errorf("TranslationTag = %s, want %s", got, tc.want)
			}
			src, ok := diplo.TranslatedFrom(got)
			if !ok || src != tc.from {
				t.Errorf("TranslatedFrom(%s) = %s, %v; want %s", got, src, ok, tc.from)
			}
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
			if src.String() != tc.src || ok != tc.isTr {
				t.Errorf("TranslatedFrom(%s) = %s, %v; want %s, %v", tc.tag, src, ok, tc.src, tc.isTr)
			}
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
		{"only translations", diplo.Text{}.WithTranslation(en, fr, "Treaty"), "und", "", false},
		{"empty", diplo.Text{}, "und", "", false},
		{"nil", nil, "und", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tag, s, ok := tc.tx.Original()
			if tag.String() != tc.tag || s != tc.s || ok != tc.ok {
				t.Errorf("Original() = %s, %q, %v; want %s, %q, %v", tag, s, ok, tc.tag, tc.s, tc.ok)
			}
		})
	}
}

func TestTextGet(t *testing.T) {
	tx := bamako()
	tests := []struct {
		name      string
		tx        diplo.Text
		preferred []language.Tag
		want      string
		ok        bool
	}{
		{"no preference gives the original", tx, nil, "Accord sur les principes fondamentaux", true},
		{"English reader gets the translation", tx, []language.Tag{en}, "Agreement on the fundamental principles", true},
		{"British English reader too", tx, []language.Tag{language.BritishEnglish}, "Agreement on the fundamental principles", true},
		{"French reader gets the original", tx, []language.Tag{fr}, "Accord sur les principes fondamentaux", true},
		{"first preference wins", tx, []language.Tag{fr, en}, "Accord sur les principes fondamentaux", true},
		{"second preference used", tx, []language.Tag{language.German, en}, "Agreement on the fundamental principles", true},
		// No match: the original, not whatever tag sorts first.
		{"no match falls back to the original", tx, []language.Tag{language.German}, "Accord sur les principes fondamentaux", true},
		{"only translations", diplo.Text{}.WithTranslation(en, fr, "Treaty"), []language.Tag{language.German}, "Treaty", true},
		{"only translations, no preference", diplo.Text{}.WithTranslation(en, fr, "Treaty").WithTranslation(ru, fr, "Договор"), nil, "Treaty", true},
		{"empty", diplo.Text{}, []language.Tag{en}, "", false},
		{"nil", nil, nil, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.tx.Get(tc.preferred...)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Get(%v) = %q, %v; want %q, %v", tc.preferred, got, ok, tc.want, tc.ok)
			}
		})
	}
	if got := tx.String(); got != "Accord sur les principes fondamentaux" {
		t.Errorf("String() = %q", got)
	}
	// Get must not reorder or change the Text.
	if !reflect.DeepEqual(tx, bamako()) {
		t.Error("Get changed the Text")
	}
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
	if err != nil {
		t.Fatal(err)
	}
	want := `{"en-t-fr":"Agreement on the fundamental principles","fr":"Accord sur les principes fondamentaux"}`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var back diplo.Text
	if err := diplo.UnmarshalStrict(b, &back); err != nil || !reflect.DeepEqual(back, tx) {
		t.Errorf("round trip = %v, %v", back, err)
	}

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
				if err == nil {
					t.Fatalf("Unmarshal(%s) = %v, want an error", tc.in, tx)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for k, v := range tx {
				got[k.String()] = v
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Unmarshal(%s) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}

	// "und" passes decoding (a shape) and fails Validate (a meaning).
	var und diplo.Text
	if err := diplo.Unmarshal([]byte(`{"und":"x"}`), &und); err != nil {
		t.Fatalf("Unmarshal und: %v", err)
	}
	checkFieldErrors(t, und.Validate(), []string{"und"}, []error{diplo.ErrLanguage})
}

// checkFieldErrors checks that err holds exactly one FieldError per path,
// in order, each wrapping the matching sentinel.
func checkFieldErrors(t *testing.T, err error, paths []string, sentinels []error) {
	t.Helper()
	if len(paths) == 0 {
		if err != nil {
			t.Errorf("error = %v, want nil", err)
		}
		return
	}
	var list diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &fe):
		list = diplo.Errors{fe}
	default:
		t.Fatalf("error = %v (%T), want field errors at %v", err, err, paths)
	}
	got := make([]string, len(list))
	for i, e := range list {
		got[i] = e.Path
	}
	if !slices.Equal(got, paths) {
		t.Fatalf("paths = %q, want %q (error: %v)", got, paths, err)
	}
	for i, e := range list {
		if !errors.Is(e, sentinels[i]) {
			t.Errorf("%s: %v, want %v", e.Path, e.Err, sentinels[i])
		}
	}
}
