package codec

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// formUpper is a code that decodes in any case and encodes in upper case.
type formUpper string

func (c *formUpper) UnmarshalText(b []byte) error {
	*c = formUpper(strings.ToUpper(string(b)))
	return nil
}

func (c formUpper) MarshalText() ([]byte, error) { return []byte(c), nil }

// formTrim decodes by a method but encodes as a string.
type formTrim string

func (c *formTrim) UnmarshalText(b []byte) error {
	*c = formTrim(strings.TrimSpace(string(b)))
	return nil
}

// formShout decodes as a string but encodes by a method.
type formShout string

func (c formShout) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(c))), nil }

// formLower is a code that decodes in any case and appends its text in
// lower case.
type formLower string

func (c *formLower) UnmarshalText(b []byte) error {
	*c = formLower(strings.ToLower(string(b)))
	return nil
}

func (c formLower) AppendText(b []byte) ([]byte, error) { return append(b, c...), nil }

func (c formLower) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// formSpan is a struct whose zero is told by a method.
type formSpan struct {
	From int `json:"from,omitempty"`
	To   int `json:"to,omitempty"`
}

func (s formSpan) IsZero() bool { return s.From == 0 && s.To == 0 }

// FormInner is embedded in formKinds.
type FormInner struct {
	E string `json:"e,omitempty"`
}

// formKinds holds a member of each kind the fast decoders decode, with
// and without omitempty and omitzero.
type formKinds struct {
	ID string `json:"id"`
	FormInner
	B    bool              `json:"b"`
	BO   bool              `json:"bo,omitempty"`
	I8   int8              `json:"i8,omitempty"`
	I    int               `json:"i"`
	U16  uint16            `json:"u16,omitzero"`
	F32  float32           `json:"f32"`
	F64  float64           `json:"f64,omitempty"`
	S    string            `json:"s"`
	SO   string            `json:"so,omitempty"`
	P    *string           `json:"p,omitempty"`
	PI   *int              `json:"pi"`
	Sl   []int             `json:"sl"`
	SlO  []string          `json:"slo,omitempty"`
	SlZ  []string          `json:"slz,omitzero"`
	Up   formUpper         `json:"up,omitempty"`
	Trim formTrim          `json:"trim,omitempty"`
	Sh   formShout         `json:"sh,omitempty"`
	Low  formLower         `json:"low,omitempty"`
	Span formSpan          `json:"span,omitzero"`
	Sub  *formKinds        `json:"sub,omitempty"`
	Subs []formKinds       `json:"subs,omitempty"`
	Tag  language.Tag      `json:"tag,omitzero"`
	Tags []language.Tag    `json:"tags,omitempty"`
	Text langMap           `json:"text,omitempty"`
	TZ   langMap           `json:"tz"`
	skip string            //nolint:unused // unexported: not a member
	Dash map[string]string `json:"-"`
}

// formSeeds are documents of formKinds, canonical and not.
var formSeeds = []string{
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`,
	`{"id":"a","e":"x","b":true,"bo":true,"i8":-3,"i":12,"u16":7,"f32":1.5,"f64":1e-7,"s":"q\"\\\n\t\u0001\u2028é","so":"z","p":"","pi":-1,"sl":[1,2],"slo":["a"],"slz":[],"up":"AB","trim":"x y","sh":"LOUD","span":{"from":1},"sub":{"id":"b","b":false,"i":0,"f32":0,"s":"","pi":0,"sl":[],"tz":{}},"subs":[{"id":"c","b":true,"i":1,"f32":2,"s":"und","pi":2,"sl":[3],"tz":{"en":"x"}}],"tag":"fr-CA","tags":["en","zh-Hant"],"text":{"en":"a","en-t-fr":"b","fr":""},"tz":{"und":"x"}}`,
	`{"b":false,"id":"a","i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`,
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{},"bo":false}`,
	`{"id":"a","b":false,"i":-0,"f32":0.0,"s":"","pi":1,"sl":[],"tz":{}}`,
	`{"id":"a","b":false,"i":0,"f32":1e0,"f64":0.000001,"s":"\u0041\/","pi":1,"sl":[],"tz":{}}`,
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"up":"ab","trim":" x","sh":"loud","tz":{}}`,
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"span":{},"tag":"FR","tags":["EN"],"tz":{"fr":"a","en":"b"}}`,
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{"en":"b","EN":"c"},"text":{}}`,
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"slo":[],"slz":[],"tz":{}}`,
	`{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"sh":"LOUD","low":"a\"B","tz":{}}`,
	` {"id" : "a", "b":false,"i":0,"f32":3.4028235e38,"f64":1e21,"s":"","pi":1,"sl":[],"tz":{}} `,
}

// TestFormKinds checks, member by member, which forms the decoders
// vouch for: the canonical ones, and none of the others.
func TestFormKinds(t *testing.T) {
	base := `"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}`
	// with is the least document with m, members between "sl" and "tz"
	// in the encoder's order.
	with := func(m string) string {
		return `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],` + m + `,"tz":{}}`
	}
	// f64 is the least document with the member f64 of value x.
	f64 := func(x string) string {
		return `{"id":"a","b":false,"i":0,"f32":0,"f64":` + x + `,"s":"","pi":1,"sl":[],"tz":{}}`
	}
	tests := []struct {
		name, doc string
		canon     bool
	}{
		{"least", `{` + base + `}`, true},
		{"white space", " {\n\t" + strings.ReplaceAll(base, ",", " ,\r\n ") + " }\n", true},
		{"every member", formSeeds[1], true},
		{"reordered", `{"b":false,"id":"a","i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"omitempty false", `{"id":"a","b":false,"bo":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"omitempty 0", `{"id":"a","b":false,"i8":0,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"omitzero 0", `{"id":"a","b":false,"i":0,"u16":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"omitempty empty string", `{"id":"a","b":false,"i":0,"f32":0,"s":"","so":"","pi":1,"sl":[],"tz":{}}`, false},
		{"omitempty empty list", with(`"slo":[]`), false},
		{"omitzero empty list", with(`"slz":[]`), true},
		{"omitzero by IsZero", with(`"span":{}`), false},
		{"omitempty empty Text", with(`"text":{}`), false},
		{"embedded member empty", `{"id":"a","e":"","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"missing member", `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"tz":{}}`, false},
		{"missing pointer", `{"id":"a","b":false,"i":0,"f32":0,"s":"","sl":[],"tz":{}}`, false},
		{"missing all", `{}`, false},
		{"int -0", `{"id":"a","b":false,"i":-0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"float 0.0", `{"id":"a","b":false,"i":0,"f32":0.0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"float 1e0", `{"id":"a","b":false,"i":0,"f32":1e0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"float 1E-7", f64(`1E-7`), false},
		{"float 1e-07", f64(`1e-07`), false},
		{"float 1e-7", f64(`1e-7`), true},
		{"float 0.000001", f64(`0.000001`), true},
		{"float 1e21", f64(`1e21`), false},
		{"float 1e+21", f64(`1e+21`), true},
		{"escape the encoder writes", `{"id":"\"\\\n\r\t\b\f\u0001\u001f\u2028\u2029","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, true},
		{"escape of a letter", `{"id":"\u0061","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"escape in upper-case hex", `{"id":"\u001F","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"escaped solidus", `{"id":"\/","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"escaped é", `{"id":"\u00e9","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"U+2028 unescaped", "{\"id\":\"\u2028\",\"b\":false,\"i\":0,\"f32\":0,\"s\":\"\",\"pi\":1,\"sl\":[],\"tz\":{}}", false},
		{"U+2029 unescaped in a long string", "{\"id\":\"abcdefghijklmnop\u2029q\",\"b\":false,\"i\":0,\"f32\":0,\"s\":\"\",\"pi\":1,\"sl\":[],\"tz\":{}}", false},
		{"U+2027 unescaped in a long string", "{\"id\":\"abcdefghijklmnop\u2027q\",\"b\":false,\"i\":0,\"f32\":0,\"s\":\"\",\"pi\":1,\"sl\":[],\"tz\":{}}", true},
		{"escape in a name", `{"\u0069d":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"text in the encoder's form", with(`"up":"AB"`), true},
		{"text in another form", with(`"up":"ab"`), false},
		{"text decoded by a method, written as a string", with(`"trim":"x"`), true},
		{"text decoded by a method, written otherwise", with(`"trim":" x"`), false},
		{"string written by a method, same", with(`"sh":"LOUD"`), true},
		{"string written by a method, otherwise", with(`"sh":"loud"`), false},
		{"appended text in the encoder's form", with(`"low":"ab"`), true},
		{"appended text in another form", with(`"low":"aB"`), false},
		{"appended text with an escape", with(`"low":"\u0061b"`), false},
		{"appended text with an escape the encoder writes", with(`"low":"a\"b"`), true},
		{"tag", with(`"tag":"fr-CA"`), true},
		{"tag in upper case", with(`"tag":"FR-CA"`), false},
		{"tag und, omitted", with(`"tag":"und"`), false},
		{"tags", with(`"tags":["en","EN"]`), false},
		{"Text sorted", `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{"en":"a","fr":"b"}}`, true},
		{"Text out of order", `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{"fr":"b","en":"a"}}`, false},
		{"Text key twice", `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{"en":"a","en":"a"}}`, false},
		{"Text key in another case", `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{"En":"a"}}`, false},
		{"member twice", `{"id":"a","id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, false},
		{"nested, not canonical", with(`"subs":[{"id":"c","b":true,"i":1,"f32":2,"s":"","pi":2,"sl":[],"tz":{},"so":""}]`), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Read as checked by Scan (strings taken as found) and not.
			for _, checked := range []bool{false, true} {
				var lengths *Lengths
				if checked {
					lengths = new(Lengths)
					require.Nil(t, ScanLengths([]byte(tc.doc), noLimits, nil, lengths))
				}
				var v formKinds
				form, err := UnmarshalForm([]byte(tc.doc), &v, false, lengths)
				require.NoError(t, err)
				out, err := Marshal(&v)
				require.NoError(t, err)
				c := NewSpaceEqual([]byte(tc.doc))
				c.Feed(out)
				require.Equal(t, tc.canon, c.End(), "the document is canonical: Marshal writes %s", out)
				assert.Equal(t, tc.canon, form.Canonical, "checked %v", checked)
			}
		})
	}
}

// TestQuoteEndHigh checks quoteEndHigh against a byte-by-byte search:
// the end of a string of each length up to 20, a byte from 0x80 at each
// place in it or none, and bytes from 0x80 before where it starts and
// after its end, which do not count.
func TestQuoteEndHigh(t *testing.T) {
	for n := range 20 {
		for at := -1; at < n; at++ {
			for _, end := range []byte{'"', '\\'} {
				b := append([]byte{0xE2, 0x80, 0xA8}, bytes.Repeat([]byte{'a'}, n)...)
				if at >= 0 {
					b[3+at] = 0xC3
				}
				b = append(b, end, 0xE2, 0x80, 0xA8, 'x', 'y', 'z', 'w', 'v', 'u')
				j, high := quoteEndHigh(b, 3)
				assert.Equal(t, 3+n, j, "n %d, at %d", n, at)
				assert.Equal(t, at >= 0, high, "n %d, at %d", n, at)
			}
		}
		j, high := quoteEndHigh(append(bytes.Repeat([]byte{'a'}, n), 0xC3), 0)
		assert.Equal(t, n+1, j)
		assert.True(t, high)
	}
}

// TestFormBlank checks that a canonical document's empty and "und"
// strings are reported, wherever they are.
func TestFormBlank(t *testing.T) {
	tests := []struct {
		name, doc string
		blank     bool
	}{
		{"none", `{"id":"a","b":false,"i":0,"f32":0,"s":"x","pi":1,"sl":[],"tz":{}}`, false},
		{"empty string", `{"id":"a","b":false,"i":0,"f32":0,"s":"","pi":1,"sl":[],"tz":{}}`, true},
		{"und", `{"id":"uNd","b":false,"i":0,"f32":0,"s":"x","pi":1,"sl":[],"tz":{}}`, true},
		{"und in a longer string", `{"id":"und-x","b":false,"i":0,"f32":0,"s":"x","pi":1,"sl":[],"tz":{}}`, false},
		{"Text key und", `{"id":"a","b":false,"i":0,"f32":0,"s":"x","pi":1,"sl":[],"tz":{"und":"x"}}`, true},
		{"Text value empty", `{"id":"a","b":false,"i":0,"f32":0,"s":"x","pi":1,"sl":[],"tz":{"en":""}}`, true},
		{"empty pointed to", `{"id":"a","b":false,"i":0,"f32":0,"s":"x","p":"","pi":1,"sl":[],"tz":{}}`, true},
		{"text value UND", `{"id":"a","b":false,"i":0,"f32":0,"s":"x","pi":1,"sl":[],"up":"UND","tz":{}}`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v formKinds
			form, err := UnmarshalForm([]byte(tc.doc), &v, false, nil)
			require.NoError(t, err)
			require.True(t, form.Canonical)
			assert.Equal(t, tc.blank, form.Blank)
		})
	}
}

// FuzzCanonicalFlagKinds checks the report of canonical form on a struct
// of every kind the fast decoders decode: whenever it says canonical,
// Marshal of the value decoded is the document but for white space.
func FuzzCanonicalFlagKinds(f *testing.F) {
	for _, s := range formSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		for _, strict := range []bool{false, true} {
			var v formKinds
			form, err := UnmarshalForm(doc, &v, strict, nil)
			if err != nil || !form.Canonical {
				continue
			}
			out, err := Marshal(&v)
			require.NoError(t, err)
			c := NewSpaceEqual(doc)
			c.Feed(out)
			assert.True(t, c.End(), "said canonical, but Marshal writes\n%s", out)
		}
	})
}
