package diplo_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/alloctest"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// maxMessage is the longest message that one error may have: errors quote
// at most a short prefix of hostile input (diplo.MaxQuote bytes) and cut
// long paths.
const maxMessage = 400

// fieldErrors returns the field errors that err is made of, failing the
// test if it is made of anything else or if one of them has no place.
// An empty path is a place only for an error about the whole document:
// its size, or malformed JSON with a line and column.
func fieldErrors(t *testing.T, err error) []*diplo.FieldError {
	t.Helper()
	var list diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &fe):
		list = diplo.Errors{fe}
	default:
		require.Failf(t, "no field errors", "error %T is not made of field errors: %v", err, err)
	}
	for _, e := range list {
		assert.LessOrEqual(t, len(e.Error()), maxMessage, "message: %.200s...", e.Error())
		msg := e.Err.Error()
		if e.Path == "" {
			assert.True(t, strings.Contains(msg, "MaxBytes") || strings.Contains(msg, "line "), "error names no place: %v", e)
		}
	}
	return list
}

// hostileGraph wraps an event member in a graph document.
func hostileGraph(member string) []byte {
	return []byte(`{"type":"Graph","events":[{"id":"urn:x:1","type":"Event","kind":"summit",` + member + `}]}`)
}

// TestHostileInput decodes hostile documents as graphs, leniently and
// strictly, then validates what decodes. Nothing may panic, every error
// must name its place and wrap the expected sentinel, no message may be
// long, and decoding must not allocate much more than the input.
func TestHostileInput(t *testing.T) {
	const hundredMB = 100 << 20
	huge := make([]byte, 0, hundredMB+200)
	huge = append(huge, `{"type":"Graph","events":[{"id":"urn:x:1","type":"Event","kind":"summit","description":{"fr":"`...)
	huge = append(huge, bytes.Repeat([]byte("a"), hundredMB)...)
	huge = append(huge, `"}}]}`...)
	deep := []byte(`{"type":"Graph","title":` + strings.Repeat(`{"a":`, 100_000) + `1` + strings.Repeat(`}`, 100_000) + `}`)
	deepArrays := []byte(`{"type":"Graph","events":` + strings.Repeat(`[`, 100_000) + strings.Repeat(`]`, 100_000) + `}`)
	unlimited := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: diplo.NoLimit}}

	tests := []struct {
		name string
		in   []byte
		opts *diplo.DecodeOptions // nil: graph.Unmarshal and graph.UnmarshalStrict
		// decode is the error of decoding, both ways unless strictOnly;
		// valid the error of Validate when decoding succeeds.
		decode, valid error
		strictOnly    bool
		path          string // of the first error
		contains      string // in the message of the first error
		// allocBound caps the bytes allocated by decoding (0: 64 KiB).
		allocBound uint64
	}{
		{name: "100 MB string, default limits", in: huge, decode: diplo.ErrLimit, path: "",
			contains: "document of 104857699 bytes exceeds MaxBytes 67108864"},
		{name: "100 MB string, no size limit", in: huge, opts: &unlimited, decode: diplo.ErrLimit,
			path: "events[0].description.fr", contains: "string of 104857600 bytes exceeds MaxString 1048576"},
		{name: "100,000 levels of objects", in: deep, decode: diplo.ErrLimit,
			path: "title" + strings.Repeat(".a", 63), contains: "depth 65 exceeds MaxDepth 64"},
		{name: "100,000 levels of arrays", in: deepArrays, decode: diplo.ErrLimit,
			path: "events" + strings.Repeat("[0]", 63), contains: "depth 65 exceeds MaxDepth 64"},
		{name: "invalid UTF-8", in: hostileGraph("\"description\":{\"fr\":\"Sommet \xff\"}"), decode: diplo.ErrJSON,
			path: "events[0].description.fr", contains: "invalid UTF-8 in string"},
		{name: "invalid UTF-8 in a member name", in: hostileGraph("\"descr\xc3iption\":{}"), decode: diplo.ErrJSON,
			path: `events[0]["descr\xc3iption"]`, contains: "invalid UTF-8 in member name"},
		{name: "escaped lone surrogate", in: hostileGraph(`"description":{"fr":"\udc00"}`), decode: diplo.ErrJSON,
			path: "events[0].description.fr", contains: `unpaired UTF-16 surrogate \udc00`},
		{name: "raw NUL byte", in: hostileGraph("\"description\":{\"fr\":\"a\x00b\"}"), decode: diplo.ErrJSON,
			path: "", contains: "line 1, column 96: invalid character '\\x00' in string literal"},
		{name: "escaped NUL in text", in: hostileGraph(`"description":{"fr":"a\u0000b"}`), valid: diplo.ErrSyntax,
			path: "events[0].description.fr", contains: `syntax error: text "a\x00b"`},
		{name: "escaped NUL in an id", in: []byte(`{"events":[{"id":"urn:x:\u0000","type":"Event","kind":"summit"}]}`),
			valid: diplo.ErrSyntax, path: "events[0].id", contains: `id "urn:x:\x00"`},
		{name: "control character in text", in: hostileGraph(`"name":{"fr":"bell\u0007"}`), valid: diplo.ErrSyntax,
			path: "events[0].name.fr", contains: `text "bell\a"`},
		{name: "duplicate key", in: hostileGraph(`"kind":"summit"`), decode: diplo.ErrDuplicate, strictOnly: true,
			path: "events[0].kind", contains: "duplicate key"},
		{name: "duplicate key in another case", in: hostileGraph(`"Kind":"summit"`), decode: diplo.ErrDuplicate, strictOnly: true,
			path: "events[0].Kind", contains: "duplicate key"},
		{name: "duplicate language", in: hostileGraph(`"name":{"fr":"a","FR":"b"}`), decode: diplo.ErrDuplicate, strictOnly: true,
			path: "events[0].name.FR", contains: "duplicate key"},
		{name: "number for a string", in: hostileGraph(`"name":{"fr":5}`), decode: diplo.ErrJSON,
			path: "events[0].name.fr", contains: "want string, got number"},
		{name: "number for an id", in: []byte(`{"events":[{"id":12,"type":"Event","kind":"summit"}]}`), decode: diplo.ErrJSON,
			path: "events[0].id", contains: "want string, got number"},
		{name: "huge number for a string", in: hostileGraph(`"status":0.5` + strings.Repeat("0", 100_000)), decode: diplo.ErrJSON,
			path: "events[0].status", contains: "want string, got number", allocBound: 1 << 20},
		{name: "number too long", in: hostileGraph(`"status":` + strings.Repeat("9", 2<<20)), decode: diplo.ErrLimit,
			path: "events[0].status", contains: "number of 2097152 bytes exceeds MaxString 1048576"},
		{name: "id that is not an IRI", in: []byte(`{"events":[{"id":"not an iri","type":"Event","kind":"summit"}]}`),
			valid: diplo.ErrSyntax, path: "events[0].id", contains: `syntax error: no scheme (such as "https:" or "urn:") at byte 0: id "not an iri"`},
		{name: "long id that is not an IRI", in: []byte(`{"events":[{"id":"` + strings.Repeat("x", 500_000) + `","type":"Event","kind":"summit"}]}`),
			valid: diplo.ErrSyntax, path: "events[0].id", contains: `id "xxxxxxxx`, allocBound: 4 << 20},
		{name: "year 99999999", in: hostileGraph(`"startDate":"99999999"`), decode: diplo.ErrRange,
			path: "events[0].startDate", contains: "out of range"},
		{name: "huge date", in: hostileGraph(`"startDate":"` + strings.Repeat("9", 500_000) + `"`), decode: diplo.ErrRange,
			path: "events[0].startDate", allocBound: 4 << 20},
		{name: "unknown kind, long", in: []byte(`{"events":[{"id":"urn:x:1","type":"Event","kind":"` + strings.Repeat("k", 500_000) + `"}]}`),
			decode: diplo.ErrUnknown, path: "events[0].kind", allocBound: 4 << 20},
		{name: "long language tag", in: hostileGraph(`"name":{"` + strings.Repeat("a", 100_000) + `":"x"}`), decode: diplo.ErrLanguage,
			path: "events[0].name.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...", allocBound: 4 << 20},
		{name: "long unknown member", in: hostileGraph(`"` + strings.Repeat("b", 100_000) + `":1`), decode: diplo.ErrUnknownField, strictOnly: true,
			path: "events[0].bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb...", allocBound: 4 << 20},
		{name: "array too long", in: []byte(`{"events":[{"id":"urn:x:1","type":"Event","kind":"summit","parts":[` + strings.Repeat(`"urn:x:1",`, 1_000_000) + `"urn:x:1"]}]}`),
			decode: diplo.ErrLimit, path: "events[0].parts[1000000]", contains: "array of more than 1000000 elements exceeds MaxArray 1000000"},
		{name: "too many objects", in: []byte(`{"events":[` + strings.Repeat(`{},`, 1_000_000) + `{}]}`),
			decode: diplo.ErrLimit, path: "events[999999]", contains: "object 1000001 exceeds MaxObjects 1000000"},
	}
	// Decode a graph once, so that what encoding/json caches about the
	// graph's types is not counted below.
	_, err := graph.UnmarshalStrict(hostileGraph(`"name":{"fr":"x"}`))
	require.NoError(t, err)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			type decoder struct {
				name   string
				strict bool
				fn     func([]byte) (*graph.Graph, error)
			}
			decoders := []decoder{{"Unmarshal", false, graph.Unmarshal}, {"UnmarshalStrict", true, graph.UnmarshalStrict}}
			if tc.opts != nil {
				o := *tc.opts
				decoders = []decoder{{"DecodeOptions.Unmarshal", false, func(b []byte) (*graph.Graph, error) {
					g := new(graph.Graph)
					return g, o.Unmarshal(b, g)
				}}}
			}
			bound := tc.allocBound
			if bound == 0 {
				bound = 64 << 10
			}
			for _, d := range decoders {
				var g *graph.Graph
				var err error
				n := alloctest.LeastAllocated(3, func() { g, err = d.fn(tc.in) })
				assert.LessOrEqual(t, n, bound, "%s: bytes allocated for %d bytes of input", d.name, len(tc.in))
				want := tc.decode
				if tc.strictOnly && !d.strict {
					want = nil
				}
				if want == nil && err == nil && tc.valid != nil {
					err = g.Validate()
					want = tc.valid
				}
				if want == nil {
					assert.NoError(t, err, d.name)
					continue
				}
				require.ErrorIs(t, err, want, "%s: error %.300v", d.name, err)
				list := fieldErrors(t, err)
				var first *diplo.FieldError
				for _, e := range list {
					if errors.Is(e, want) {
						first = e
						break
					}
				}
				require.NotNil(t, first, "%s: no field error wraps %v", d.name, want)
				assert.Equal(t, tc.path, first.Path, "%s: path", d.name)
				assert.Contains(t, first.Error(), tc.contains, "%s: message", d.name)
			}
		})
	}
}

// TestHostileStream reads a 100 MB document from a stream: graph.Read
// stops after MaxBytes+1 bytes, allocating less than twice what it reads,
// and a reader that knows its length is not read at all.
func TestHostileStream(t *testing.T) {
	const size = 100 << 20
	var read int64
	stream := &countReader{r: io.MultiReader(strings.NewReader(`{"title":{"fr":"`), endless('a')), n: &read}
	var err error
	n := alloctest.Allocated(func() { _, err = graph.Read(stream, diplo.DecodeOptions{}) })
	assert.ErrorIs(t, err, diplo.ErrLimit, "Read")
	assert.EqualError(t, err, "limit exceeded: document of more than 67108864 bytes exceeds MaxBytes 67108864", "Read")
	assert.Equal(t, int64(64<<20+1), read, "bytes read")
	// The buffer doubles up to MaxBytes: less than twice what is read.
	assert.LessOrEqual(t, n, uint64(2*read+1<<20), "bytes allocated reading a stream")
	t.Logf("reading %d bytes of an endless stream allocated %d bytes", read, n)

	doc := bytes.NewReader(make([]byte, size))
	n = alloctest.LeastAllocated(3, func() { _, err = graph.Read(doc, diplo.DecodeOptions{}) })
	assert.ErrorIs(t, err, diplo.ErrLimit, "Read")
	assert.EqualError(t, err, "limit exceeded: document of 104857600 bytes exceeds MaxBytes 67108864", "Read")
	assert.LessOrEqual(t, n, uint64(4<<10), "bytes allocated for a bytes.Reader over the limit")
	assert.Equal(t, size, doc.Len(), "a bytes.Reader over the limit was read")
}

// endless is a reader of an endless run of one byte.
type endless byte

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}

type countReader struct {
	r io.Reader
	n *int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}
