package codec_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/internal/codec"
)

// code is a text type that canonicalises case, like the scalars of the
// model.
type code string

func (c *code) UnmarshalText(b []byte) error {
	*c = code(strings.ToLower(string(b)))
	return nil
}

func (c code) MarshalText() ([]byte, error) { return []byte(c), nil }

type inner struct {
	Code  code   `json:"code"`
	Codes []code `json:"codes"`
}

type outer struct {
	ID    string `json:"id"`
	Items []inner
	One   struct {
		ByKey map[code]string `json:"byKey"`
	} `json:"one"`
}

// TestUnmarshalStrict checks what strict decoding rejects: names used
// twice, compared as decoding compares them (by field, by decoded key),
// and members the type does not define; lenient decoding takes them all.
func TestUnmarshalStrict(t *testing.T) {
	tests := []struct {
		name, in string
		bad      bool
	}{
		{"none", `{"id":"a","items":[{"code":"ok","codes":["no","no"]}],"one":{"byKey":{"ok":"ok"}}}`, false},
		{"struct field", `{"id":"a","items":[{},{"code":"ok","code":"ok"}]}`, true},
		{"struct field in another case", `{"id":"a","items":[{},{"code":"ok","Code":"ok"}]}`, true},
		{"map key", `{"one":{"byKey":{"ok":"ok","ok":"ok"}}}`, true},
		{"map key that decodes to the same key", `{"one":{"byKey":{"ok":"ok","OK":"ok"}}}`, true},
		{"unknown member", `{"id":"a","bogus":1}`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v outer
			assert.NoError(t, codec.Unmarshal([]byte(tc.in), &v, false), "lenient")
			err := codec.Unmarshal([]byte(tc.in), new(outer), true)
			if tc.bad {
				assert.Error(t, err, "strict")
			} else {
				assert.NoError(t, err, "strict")
			}
		})
	}
}
