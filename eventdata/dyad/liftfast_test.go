package dyad

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
)

// TestNameUUIDOf checks that nameUUIDOf gives the UUID of its parts
// joined, cut at every place, on both sides of the length it hashes
// without allocating, and that it does not allocate below it.
func TestNameUUIDOf(t *testing.T) {
	for _, n := range []int{0, 1, 7, 55, 56, 64, 255, 256, 257, 300} {
		name := strings.Repeat("é", n/2) + strings.Repeat("x", n%2)
		want := uuid.NewSHA1(diplo.Namespace(), []byte(name))
		for i := 0; i <= len(name); i++ {
			for j := i; j <= len(name); j += max(1, len(name)/7) {
				assert.Equal(t, want, nameUUIDOf(name[:i], name[i:j], name[j:]), "length %d cut at %d, %d", len(name), i, j)
			}
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = nameUUIDOf("gdelt2", ":", "881990833") }))
	// The parts do not escape: a short name joined for nameUUID stays
	// on the stack.
	code, id := "gdelt2", strings.Repeat("8", 9)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = nameUUID(code + ":" + id) }))
}

// TestRecordIDKey checks the key of a dataset record's ID: its dataset
// and ID, or with no ID its dataset, date, actors' codes and code.
func TestRecordIDKey(t *testing.T) {
	for _, r := range []eventdata.Record{
		{Dataset: eventdata.GDELT2, ID: "881990833"},
		{Dataset: eventdata.GDELT1, ID: "1"},
		{Dataset: eventdata.ICEWS, ID: strings.Repeat("9", 300)},
	} {
		assert.Equal(t, uuid.NewSHA1(diplo.Namespace(), []byte(string(r.Dataset)+":"+r.ID)), recordID(&r), "%s", r.ID)
	}
	r := eventdata.Record{Dataset: eventdata.GDELT2, Source: eventdata.Actor{Code: "RUS"}, Target: eventdata.Actor{Code: "BLR"}, CAMEO: "042"}
	assert.Equal(t, uuid.NewSHA1(diplo.Namespace(), []byte("gdelt2:0001-01-01:RUS:BLR:042")), recordID(&r))
}

// TestCheckFieldsFastPath checks checkFields, whose ASCII pass decides
// most records, against a field-by-field check: for a bad value (too
// long, not UTF-8, or both) and a good one that is not ASCII at every
// field, the first bad field and its reason.
func TestCheckFieldsFastPath(t *testing.T) {
	slow := func(r *eventdata.Record) (string, string) {
		for _, f := range []struct {
			name string
			s    string
		}{
			{"id", r.ID}, {"sourceURL", r.SourceURL}, {"text", r.Text},
			{"source.name", r.Source.Name}, {"source.code", r.Source.Code},
			{"source.countryCode", r.Source.CountryCode}, {"source.country", r.Source.Country},
			{"target.name", r.Target.Name}, {"target.code", r.Target.Code},
			{"target.countryCode", r.Target.CountryCode}, {"target.country", r.Target.Country},
			{"location.name", r.Location.Name}, {"location.countryCode", r.Location.CountryCode},
			{"location.country", r.Location.Country},
		} {
			if len(f.s) > diplo.DefaultMaxString {
				return f.name, ReasonTooLong
			}
			if !utf8.ValidString(f.s) {
				return f.name, ReasonInvalidUTF8
			}
		}
		return "", ""
	}
	fieldsOf := func(r *eventdata.Record) []*string {
		return []*string{&r.ID, &r.SourceURL, &r.Text, &r.Source.Name, &r.Source.Code,
			&r.Source.CountryCode, &r.Source.Country, &r.Target.Name, &r.Target.Code,
			&r.Target.CountryCode, &r.Target.Country, &r.Location.Name, &r.Location.CountryCode,
			&r.Location.Country}
	}
	base := eventdata.Record{ID: "881990833", SourceURL: "https://example.org/a?b=c", Text: "Belarus visits Russia",
		Source:   eventdata.Actor{Name: "BELARUS", Code: "BLR", CountryCode: "BLR"},
		Target:   eventdata.Actor{Name: "RUSSIA", Code: "RUS", CountryCode: "RUS"},
		Location: eventdata.Location{Name: "Moscow, Moskva, Russia", CountryCode: "RS"}}
	long := strings.Repeat("x", diplo.DefaultMaxString+1)
	field, reason := checkFields(&base)
	assert.Empty(t, field)
	assert.Empty(t, reason)
	for i := range fieldsOf(&base) {
		for _, v := range []string{"é", "abcdefgé", "abcdefgh\xff", "\x80", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7", long,
			long[1:], strings.Repeat("é", diplo.DefaultMaxString/2+1), long[:len(long)-1] + "\xff", "\x7f\x00\t"} {
			r := base
			*fieldsOf(&r)[i] = v
			wantField, wantReason := slow(&r)
			field, reason := checkFields(&r)
			assert.Equal(t, wantField, field, "field %d = %.20q", i, v)
			assert.Equal(t, wantReason, reason, "field %d = %.20q", i, v)
			// With a long field after it: the first bad field is named.
			if i+1 < len(fieldsOf(&r)) {
				*fieldsOf(&r)[i+1] = long
				wantField, wantReason = slow(&r)
				field, reason = checkFields(&r)
				assert.Equal(t, wantField, field, "field %d = %.20q, then a long one", i, v)
				assert.Equal(t, wantReason, reason, "field %d = %.20q, then a long one", i, v)
			}
		}
	}
}

// TestShortASCII checks the pass that decides most records: true only
// when every field is ASCII and within the default MaxString, the high
// bit of a byte at every place of a word and of the tail counting.
func TestShortASCII(t *testing.T) {
	f := func(ss ...string) []struct{ name, s string } {
		var out []struct{ name, s string }
		for _, s := range ss {
			out = append(out, struct{ name, s string }{"f", s})
		}
		return out
	}
	assert.True(t, shortASCII(nil))
	assert.True(t, shortASCII(f("", "a", "abcdefgh", "abcdefghi", "\x7f\x00")))
	assert.True(t, shortASCII(f(strings.Repeat("x", diplo.DefaultMaxString))))
	assert.False(t, shortASCII(f("a", strings.Repeat("x", diplo.DefaultMaxString+1))))
	for n := 1; n <= 17; n++ {
		for i := range n {
			b := []byte(strings.Repeat("a", n))
			b[i] = 0x80
			assert.False(t, shortASCII(f("ok", string(b), "ok")), "length %d, high bit at %d", n, i)
		}
	}
}
