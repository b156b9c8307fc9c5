package diplo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// sentinel reports whether err wraps one of the package's sentinel errors.
func sentinel(err error) bool {
	for _, s := range []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrRange, diplo.ErrUnknown,
		diplo.ErrLanguage, diplo.ErrCountry, diplo.ErrDuplicate, diplo.ErrReference, diplo.ErrCycle,
		diplo.ErrOrder, diplo.ErrInconsistent, diplo.ErrUnknownField, diplo.ErrJSON, diplo.ErrLimit, diplo.ErrTooMany} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// shortQuote checks that an error quotes at most a short prefix of its
// input.
func shortQuote(t *testing.T, err error) {
	t.Helper()
	var ve *diplo.ValueError
	if errors.As(err, &ve) {
		require.LessOrEqual(t, len(ve.Value), diplo.MaxQuote+len("..."), "bytes of input the error quotes")
	}
}

// stricterThanStd reports whether diplo may reject, on purpose, input that
// encoding/json accepts: input over a limit, input with invalid UTF-8
// or an unpaired surrogate escape, which encoding/json silently replaces
// with U+FFFD, and a document other than an object (null) for a struct.
func stricterThanStd(data []byte, err error) bool {
	if errors.Is(err, diplo.ErrLimit) {
		return true
	}
	// A number that float64 does not hold exactly is refused wherever it
	// stands, also in a member that encoding/json ignores or rounds.
	if errors.Is(err, diplo.ErrRange) && strings.Contains(err.Error(), "out of range: number ") {
		return true
	}
	if !errors.Is(err, diplo.ErrJSON) {
		return false
	}
	// A document decoded into a struct must be an object: encoding/json
	// takes null for "nothing to do".
	notObject := !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{"))
	return !utf8.Valid(data) || loneSurrogate.Match(data) || notObject
}

var loneSurrogate = regexp.MustCompile(`(?i)\\ud[89a-f][0-9a-f]{2}`)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023", "2023-07", "2023-07-27", "2025-06-23T14:30", "2025-06-23T14:30:05Z",
		"2025-06-23T14:30+03:00", "2025-06-23T14:30-00:44", "-0044", "2023?", "2025-06~", "2023-07-27%",
		"2023-13-01", "2023-02-30", "99999999", "20230101", "2023-1-01", "2023-07-27T25:00", "",
		"2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "-0004-02-29", "-0100-02-29",
		"-0400-02-29", "2023-04-31", "2023-12-31", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := diplo.ParseDate(s)
		if err != nil {
			require.True(t, d.IsZero(), "ParseDate(%q) = %#v with its error %v", s, d, err)
			require.True(t, sentinel(err), "ParseDate(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			return
		}
		text := d.String()
		require.True(t, plainJSON([]byte(text)), "%q needs an escape in JSON, which the encoder does not look for", text)
		again, err := diplo.ParseDate(text)
		require.NoError(t, err, "ParseDate(%q) of ParseDate(%q)", text, s)
		require.Equal(t, d, again, "ParseDate(%q) of ParseDate(%q)", text, s)
		require.Equal(t, text, again.String(), "String is not stable")
		require.True(t, d.Start().Before(d.End()), "%q: empty span %v..%v", s, d.Start(), d.End())
		require.True(t, d.Compare(again) == 0 && d.Overlaps(again) && !d.Before(again) && !d.After(again), "%q is not equal to itself", s)
	})
}

func FuzzParseInterval(f *testing.F) {
	for _, s := range []string{"2025-06-22/2025-06-26", "2021-05-24/", "/2006", "2021-05-24/..", "../1990",
		"../..", "/", "2024/2023", "2023", "2023/2024/2025", "2025-06-23T14:30+03:00/2025-06-23T11:30Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iv, err := diplo.ParseInterval(s)
		if err != nil {
			require.True(t, iv.IsZero(), "ParseInterval(%q) = %+v with its error %v", s, iv, err)
			require.True(t, sentinel(err), "ParseInterval(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			return
		}
		require.NoError(t, iv.Validate(), "ParseInterval(%q) returned an invalid interval", s)
		text := iv.String()
		again, err := diplo.ParseInterval(text)
		require.NoError(t, err, "ParseInterval(%q) of ParseInterval(%q)", text, s)
		require.Equal(t, iv, again, "ParseInterval(%q) of ParseInterval(%q)", text, s)
		require.False(t, !iv.Start.IsZero() && iv.Excludes(iv.Start) || !iv.End.IsZero() && iv.Excludes(iv.End), "%q excludes its own bound", s)
	})
}

func FuzzParseIdentifier(f *testing.F) {
	for _, s := range []string{"wikidata:Q7747", "wikidata:Q-1", "wikidata:Q01", "iso3166:ML", "iso3166:mli",
		"iso3166:XX", "geonames:524901", "geonames:524901/", "geonames:524901//", "unts:I-54113", "unts:II-1", "gdelt:1234567890",
		"https://www.kremlin.ru/events/president/news/77200", "url:https://example.org/x", "foo:bar", ":", "", "undoc:S/2022/155", "undoc:A/RES/ES-11/1", "undoc:S/RES/2623(2022)", "undoc:S/RES/(2022)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := diplo.ParseIdentifier(s)
		if err != nil {
			require.True(t, id.IsZero(), "ParseIdentifier(%q) = %+v with its error %v", s, id, err)
			require.True(t, sentinel(err), "ParseIdentifier(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			return
		}
		require.NoError(t, id.Validate(), "ParseIdentifier(%q) = %+v, which does not validate", s, id)
		text := id.String()
		again, err := diplo.ParseIdentifier(text)
		require.NoError(t, err, "ParseIdentifier(%q) of ParseIdentifier(%q)", text, s)
		require.Equal(t, id, again, "ParseIdentifier(%q) of ParseIdentifier(%q)", text, s)
		require.Equal(t, diplo.IDFor(id), diplo.IDFor(again), "IDFor differs for equal identifiers")
		// The text form (JSON) reads back as the same identifier.
		b, err := id.MarshalText()
		require.NoError(t, err)
		back, err := diplo.ParseIdentifier(string(b))
		require.NoError(t, err, "ParseIdentifier(MarshalText)")
		require.Equal(t, id, back, "ParseIdentifier(MarshalText)")
		require.NoError(t, diplo.IDFor(id).Validate(), "IDFor gave an invalid ID")
	})
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", "https://example.org/events/1",
		"urn:", ":x", "no-colon", "urn:x y", "urn:\xff", "https://example.org/événement", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := diplo.ParseID(s)
		if err != nil {
			require.Empty(t, id, "ParseID(%q) with its error %v", s, err)
			require.True(t, sentinel(err), "ParseID(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			require.Error(t, diplo.ID(s).Validate(), "Validate accepts %q, which ParseID rejects", s)
			return
		}
		require.Equal(t, s, string(id), "ParseID(%q)", s)
		require.NoError(t, id.Validate(), "ParseID(%q)", s)
		again, err := diplo.ParseID(id.String())
		require.NoError(t, err, "ParseID(String())")
		require.Equal(t, id, again, "ParseID(String())")
	})
}

func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"ML", "MLI", "ml", "XX", "EU", "UN", "001", "XK", "SU", "", "M", "MLIX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := diplo.ParseCountry(s)
		if err != nil {
			require.Empty(t, c, "ParseCountry(%q) with its error %v", s, err)
			require.True(t, sentinel(err), "ParseCountry(%q): error %v wraps no sentinel", s, err)
			return
		}
		require.Len(t, c, 2, "ParseCountry(%q)", s)
		require.NoError(t, c.Validate(), "ParseCountry(%q) = %q, which does not validate", s, c)
		// The alpha-3 code parses, though not always back to c: a former
		// code may share it with its successor (FQ and TF are both ATF).
		again, err := diplo.ParseCountry(c.ISO3())
		require.NoError(t, err, "ParseCountry(ISO3 %q)", c.ISO3())
		require.Equal(t, c.ISO3(), again.ISO3(), "ParseCountry(ISO3 %q)", c.ISO3())
	})
}

// FuzzParseSubdivision parses ISO 3166-2 codes: what parses is a valid
// upper-case code of the form XX-YYY whose country parses, and parses
// again to itself.
func FuzzParseSubdivision(f *testing.F) {
	for _, s := range []string{"FR-IDF", "fr-idf", "US-CA", "UA-65", "XX-1", "FR-", "FR-ABCD", "FRA-IDF", "FR_IDF", "", "EU-AB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := diplo.ParseSubdivision(s)
		if err != nil {
			require.Empty(t, d, "ParseSubdivision(%q) with its error %v", s, err)
			require.True(t, sentinel(err), "ParseSubdivision(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			return
		}
		require.Regexp(t, `^[A-Z]{2}-[A-Z0-9]{1,3}$`, string(d))
		require.NoError(t, d.Validate())
		require.NoError(t, d.Country().Validate(), "country of %q", d)
		again, err := diplo.ParseSubdivision(string(d))
		require.NoError(t, err)
		require.Equal(t, d, again)
		require.True(t, strings.EqualFold(s, string(d)), "ParseSubdivision(%q) = %q", s, d)
	})
}

// FuzzParseDecimal parses decimals: what parses is kept as written, has
// the documented form, and reads as the same number in math/big.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "23", "1500000000", "0.75", "1.50", "01", ".5", "5.", "-1", "+1", "1e9", "", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := diplo.ParseDecimal(s)
		if err != nil {
			require.Empty(t, d)
			require.True(t, sentinel(err), "ParseDecimal(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			return
		}
		require.Equal(t, s, string(d))
		require.Regexp(t, `^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$`, s)
		r, ok := new(big.Rat).SetString(s)
		require.True(t, ok, "math/big does not read %q", s)
		require.True(t, r.Sign() >= 0)
		require.NoError(t, d.Validate())
	})
}

// FuzzParseCurrency parses ISO 4217 codes: what parses is three capitals
// that x/text knows, and parses again to itself.
func FuzzParseCurrency(f *testing.F) {
	for _, s := range []string{"USD", "usd", "EUR", "XXX", "ABC", "US", "USDD", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := diplo.ParseCurrency(s)
		if err != nil {
			require.Empty(t, c)
			require.True(t, sentinel(err), "ParseCurrency(%q): error %v wraps no sentinel", s, err)
			shortQuote(t, err)
			return
		}
		require.Regexp(t, `^[A-Z]{3}$`, string(c))
		require.True(t, strings.EqualFold(s, string(c)))
		require.NoError(t, c.Validate())
	})
}

// FuzzUnmarshalText decodes a Text from JSON, encodes it and decodes it
// again: the two decoded values must be equal, and diplo.Unmarshal must
// agree with encoding/json on what decodes.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{`{"fr":"Bonjour","en-t-fr":"Hello"}`, `{"EN":"x","en":"y"}`, `{"":"x"}`,
		`{"und":"x"}`, `{"iw":"x"}`, `{"en-t-fr-ca-h0-hybrid":"x"}`, `{}`, `null`, `[]`, `{"fr":1}`, `{"fr":"\u0000"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a diplo.Text
		errStd := json.Unmarshal(data, &a)
		var viaDiplo diplo.Text
		errDiplo := diplo.Unmarshal(data, &viaDiplo)
		if errStd == nil && errDiplo != nil && stricterThanStd(data, errDiplo) {
			return
		}
		require.Equal(t, errStd == nil, errDiplo == nil, "encoding/json: %v; diplo.Unmarshal: %v", errStd, errDiplo)
		if errDiplo != nil {
			require.True(t, sentinel(errDiplo), "diplo.Unmarshal error wraps no sentinel: %v", errDiplo)
			return
		}
		require.Equal(t, a, viaDiplo, "encoding/json and diplo.Unmarshal")
		b, err := json.Marshal(a)
		require.NoError(t, err, "Marshal(%v)", a)
		var c diplo.Text
		require.NoError(t, diplo.UnmarshalStrict(b, &c), "decoding the encoding %s", b)
		if len(a) != 0 || len(c) != 0 {
			require.Equal(t, a, c, "round trip through %s", b)
		}
		_ = a.Validate() // must not panic
		a.Get()
	})
}

// FuzzUnmarshal decodes documents made of diplo types: it must never panic,
// must agree with encoding/json on what decodes, and must report every
// failure as field errors wrapping a sentinel.
func FuzzUnmarshal(f *testing.F) {
	for _, s := range []string{
		`{"items":[{"date":"2025-06-23T14:30+03:00","country":"mli","ref":"wikidata:Q912","name":{"fr":"Mali"},"domain":"geology"}],"span":"2025-06-22/.."}`,
		`{"items":[{"date":"2023-13-01"},{"date":5},{"bogus":1,"date":"2023","date":"2024"}]}`,
		`{"items":[{"name":{"":"x","fr":"a","FR":"b"},"place":{"country":"EU","coordinates":{"latitude":"x"}}}]}`,
		`{"items":[{"date":"2023","language":"zz","at":"yesterday"},{"language":"fr-t-en","at":"2025-06-23T14:30:00Z"}]}`,
		`{"items":{}}`, "{\n\"items\": [,]}", `[]`, `null`, `{"count":1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var std record
		errStd := json.Unmarshal(data, &std)
		var lenient record
		errLenient := diplo.Unmarshal(data, &lenient)
		if errStd == nil && errLenient != nil && stricterThanStd(data, errLenient) {
			return
		}
		require.Equal(t, errStd == nil, errLenient == nil, "encoding/json: %v; diplo.Unmarshal: %v", errStd, errLenient)
		var strict record
		errStrict := diplo.UnmarshalStrict(data, &strict)
		if errLenient != nil {
			require.Error(t, errStrict, "strict accepts what lenient rejects: %v", errLenient)
		}
		for _, err := range []error{errLenient, errStrict} {
			if err == nil {
				continue
			}
			var list diplo.Errors
			var fe *diplo.FieldError
			switch {
			case errors.As(err, &list):
				require.True(t, len(list) >= 2 && len(list) <= 10, "%d errors in a list", len(list))
				for _, e := range list {
					require.True(t, sentinel(e), "%s: error wraps no sentinel: %v", e.Path, e.Err)
				}
			case errors.As(err, &fe):
				require.True(t, sentinel(fe), "%s: error wraps no sentinel: %v", fe.Path, fe.Err)
			default:
				require.Failf(t, "no field error", "error is not a FieldError: %#v", err)
			}
		}
	})
}
