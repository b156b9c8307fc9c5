package schema

import (
	"os"
	"strings"
	"testing"

	"github.com/diplo-go/diplo/internal/alloctest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
)

// jsonldOf returns a JSON-LD graph of at least size bytes: events with
// typed dates, as MarshalJSONLD writes them, and white space.
func jsonldOf(size int) []byte {
	var b strings.Builder
	b.WriteString(`{"@context": "` + ContextURL + `", "type": "Graph", "events": [`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"id": "urn:x:e", "type": "Event", "kind": "official-visit", "startDate": {"@value": "2025-06", "@type": "xsd:gYearMonth"}}`)
	}
	b.WriteString("]}")
	return []byte(b.String())
}

// TestJSONLDLimitBoundedMemory feeds UnmarshalJSONLD a document of four
// times MaxBytes (1 MiB): it is refused with ErrLimit before its plain
// copy is made, allocating far less than the limit; a document within the
// limit is copied once, into a buffer no larger than the document.
func TestJSONLDLimitBoundedMemory(t *testing.T) {
	const limit = 1 << 20
	o := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: limit}}
	big := jsonldOf(4 * limit)
	var err error
	n := alloctest.LeastAllocated(3, func() { err = unmarshalJSONLD(o, big, new(graph.Graph)) })
	require.ErrorIs(t, err, diplo.ErrLimit)
	assert.Less(t, n, uint64(2*limit), "bytes allocated refusing %d bytes of JSON-LD with MaxBytes %d", len(big), limit)
	t.Logf("refusing %d bytes of JSON-LD allocated %d bytes", len(big), n)

	// Within the limit, the plain copy fits in a buffer of the input's
	// size: it is never longer than the input.
	doc := jsonldOf(limit - 200)
	plain, err := fromJSONLD(doc)
	require.NoError(t, err)
	assert.LessOrEqual(t, len(plain), len(doc))
	assert.Equal(t, len(doc), cap(plain), "the copy is allocated once")
	var g graph.Graph
	require.NoError(t, unmarshalJSONLD(o, doc, &g))
	require.NotEmpty(t, g.Events)
	assert.Equal(t, diplo.MustParseDate("2025-06"), g.Events[0].Start)

	// JSON-LD's own bound on nesting holds when MaxDepth is lifted.
	deep := []byte(`{"type":"Person","x":` + strings.Repeat("[", 1100) + strings.Repeat("]", 1100) + `}`)
	err = unmarshalJSONLD(diplo.DecodeOptions{Limits: diplo.Limits{MaxDepth: diplo.NoLimit}}, deep, new(actor.Person))
	assert.ErrorIs(t, err, ErrJSONLD)
}

// TestJSONLDDateValueKeptAsWritten checks that a date value object
// becomes its @value string as written, escapes included, which decodes
// to the same date.
func TestJSONLDDateValueKeptAsWritten(t *testing.T) {
	doc := []byte(`{"type":"Event","id":"urn:x:1","kind":"official-visit","startDate":{"@type":"xsd:gYear","@value":"\u0032025"}}`)
	plain, err := fromJSONLD(doc)
	require.NoError(t, err)
	assert.Contains(t, string(plain), `"startDate":"\u0032025"`)
	var g graph.Graph
	require.NoError(t, UnmarshalJSONLD([]byte(`{"events":[`+string(doc)+`]}`), &g))
	assert.Equal(t, diplo.MustParseDate("2025"), g.Events[0].Start)
}

// TestJSONLDRefusesNonObjects checks that a JSON-LD document that is not
// an object is refused as diplo.Unmarshal refuses it, at path "".
func TestJSONLDRefusesNonObjects(t *testing.T) {
	for _, doc := range []string{`null`, `[]`, `"x"`, `1`, `true`, ` null `} {
		for _, v := range []any{new(graph.Graph), new(actor.Person)} {
			err := UnmarshalJSONLD([]byte(doc), v)
			require.ErrorIs(t, err, diplo.ErrJSON, "%s into %T", doc, v)
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "", fe.Path)
			assert.Contains(t, err.Error(), "not an object")
		}
	}
}

// TestDecodeJSONLDOptions checks that DecodeJSONLD decodes within the
// limits and the strictness it is given, not the defaults.
func TestDecodeJSONLDOptions(t *testing.T) {
	data, err := os.ReadFile("../examples/russia-mali/testdata/russia-mali.golden.jsonld")
	require.NoError(t, err)
	require.NoError(t, UnmarshalJSONLD(data, new(graph.Graph)))

	tests := []struct {
		name string
		o    diplo.DecodeOptions
		data []byte
		want error
	}{
		{"defaults", diplo.DecodeOptions{}, data, nil},
		{"lowered MaxString", diplo.DecodeOptions{Limits: diplo.Limits{MaxString: 16}}, data, diplo.ErrLimit},
		{"lowered MaxObjects", diplo.DecodeOptions{Limits: diplo.Limits{MaxObjects: 10}}, data, diplo.ErrLimit},
		{"raised MaxDepth", diplo.DecodeOptions{Limits: diplo.Limits{MaxDepth: 200}}, data, nil},
		{"strict, unknown member", diplo.DecodeOptions{Strict: true},
			[]byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph","start_date":"2025"}`), diplo.ErrUnknownField},
		{"lenient, unknown member", diplo.DecodeOptions{},
			[]byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph","start_date":"2025"}`), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := DecodeJSONLD(tc.data, new(graph.Graph), tc.o)
			if tc.want == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tc.want)
			}
		})
	}

	// A document deeper than the default MaxDepth decodes only with a
	// raised one.
	deep := []byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph","description":{"en":"x"},"x":` +
		strings.Repeat("[", 70) + strings.Repeat("]", 70) + `}`)
	assert.ErrorIs(t, UnmarshalJSONLD(deep, new(graph.Graph)), diplo.ErrLimit)
	assert.NoError(t, DecodeJSONLD(deep, new(graph.Graph), diplo.DecodeOptions{Limits: diplo.Limits{MaxDepth: 100}}))
}
