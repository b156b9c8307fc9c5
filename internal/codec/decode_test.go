package codec_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// Embedded is promoted into kinds.
type Embedded struct {
	Note string `json:"note,omitempty"`
}

// kinds has a member of each kind that the fast path decodes.
type kinds struct {
	Embedded
	S    string             `json:"s"`
	B    bool               `json:"b"`
	I    int                `json:"i"`
	I8   int8               `json:"i8"`
	U16  uint16             `json:"u16"`
	F32  float32            `json:"f32"`
	F    float64            `json:"f"`
	P    *inner             `json:"p"`
	L    []inner            `json:"l"`
	LL   [][]string         `json:"ll"`
	C    code               `json:"c"`
	Text diplo.Text         `json:"text"`
	Date diplo.Date         `json:"date"`
	Self []kinds            `json:"self"`
	Map  map[string]string  `json:"map,omitempty"`
	Any  any                `json:"any,omitempty"`
	ID   diplo.ID           `json:"id,omitempty"`
	Tags map[code]string    `json:"-"`
	_    struct{ X string } //nolint:unused
}

// withMap is a struct that the fast path does not decode: it has a map.
type withMap struct {
	M map[string]int `json:"m"`
}

// TestFastDecoderTypes checks which types the fast path decodes itself:
// the graph and its nodes do, a struct with a map or an interface does
// not.
func TestFastDecoderTypes(t *testing.T) {
	assert.True(t, codec.HasFastDecoder(reflect.TypeFor[graph.Graph]()))
	assert.True(t, codec.HasFastDecoder(reflect.TypeFor[inner]()))
	assert.False(t, codec.HasFastDecoder(reflect.TypeFor[withMap]()))
	assert.False(t, codec.HasFastDecoder(reflect.TypeFor[kinds]()))
	assert.False(t, codec.HasFastDecoder(reflect.TypeFor[outer]()))
}

// fastDocs are documents of kindsNoMap, each decoded or refused by the
// fast path, which must then leave them to the library.
var fastDocs = []string{
	`{}`,
	` {"s":"a","b":true,"i":-3,"i8":127,"u16":65535,"f32":1.5,"f":-2e-3} `,
	`{"s":"a\u00e9\"\n","c":"ABC","date":"2024-03-01"}`,
	`{"p":{"code":"X","codes":["A","b"]},"l":[{"code":"Y"},{"codes":[]}],"ll":[[],["a"],[]]}`,
	`{"text":{"fr":"a","en":"b"},"self":[{"s":"x","self":[{"i":1}]}],"note":"n"}`,
	`{"l":[]}`,
	`{"S":"case"}`,
	`{"s":"a","s":"b"}`,
	`{"text":{"fr":"a","FR":"b"}}`,
	`{"unknown":1,"s":"a"}`,
	`{"s":null}`,
	`{"p":null}`,
	`{"l":null}`,
	`{"i8":128}`,
	`{"i":1.5}`,
	`{"u16":-1}`,
	`{"f32":1e39}`,
	`{"s":1}`,
	`{"b":"true"}`,
	`{"c":1}`,
	`{"date":"2024-13-01"}`,
	`{"text":[]}`,
	`{"s":"a"} {}`,
	`{"s":"a"`,
	`[]`,
	`null`,
	`{"s":"\ud800"}`,
	"{\"s\":\"\xff\"}",
	`{"note":"n","Note":"m"}`,
	// Member names that the struct decoder compares in place with the
	// one it expects next, or does not.
	"{\"s\" \t:\"a\",\"b\"\n:true , \"i\" : 1}",
	`{"s":"a","bb":true}`,
	`{"s":"a","b"}`,
	`{"s":"a","b" true}`,
	`{"s":"a","b":`,
	`{"s":"a","b"`,
	`{"s":"a","b`,
	`{"\u0073":"a","\u0062":true}`,
	`{"s":"a","b\"":true}`,
	`{"s":"a","i8":1,"i":2}`,
	`{"s":"a","b":true,"b":false}`,
	// Many short lists, whose arrays the decoders take from chunks, and
	// lists that fail part way.
	`{"l":[{"codes":["a"]},{"codes":["b","c"]},{"code":"x","codes":["d"]},{"codes":["e","f","g"]}],"ll":[["a"],["b"],["c","d"],["e"],[]]}`,
	`{"self":[{"l":[{"codes":["a"]}],"ll":[["b"]]},{"l":[{"codes":["c","d"]},{"codes":[]}],"ll":[["e","f"],["g"]]}],"ll":[["h"]]}`,
	`{"ll":[["a"],["b",1],["c"]]}`,
	`{"l":[{"codes":["a"]},{"codes":["b",null]}]}`,
}

// kindsNoMap is kinds without the members the fast path does not decode.
type kindsNoMap struct {
	Embedded
	S    string       `json:"s"`
	B    bool         `json:"b"`
	I    int          `json:"i"`
	I8   int8         `json:"i8"`
	U16  uint16       `json:"u16"`
	F32  float32      `json:"f32"`
	F    float64      `json:"f"`
	P    *inner       `json:"p"`
	L    []inner      `json:"l"`
	LL   [][]string   `json:"ll"`
	C    code         `json:"c"`
	Text diplo.Text   `json:"text"`
	Date diplo.Date   `json:"date"`
	Self []kindsNoMap `json:"self"`
	ID   diplo.ID     `json:"id,omitempty"`
}

// prefilled returns a value of kindsNoMap that a decode merges into.
func prefilled() *kindsNoMap {
	l := make([]inner, 1, 4)
	l = append(l, inner{Code: "old", Codes: []code{"z"}})
	return &kindsNoMap{S: "old", I: 7, P: &inner{Code: "p"}, L: l[:0], LL: [][]string{{"x"}}, ID: "urn:x:1"}
}

// TestUnmarshalFastAsLibrary checks that Unmarshal, fast path first,
// gives what go-json-experiment/json gives alone, strict and lenient,
// into a new value and into one that holds values already: the same
// value, and an error exactly when the library gives one.
func TestUnmarshalFastAsLibrary(t *testing.T) {
	require.True(t, codec.HasFastDecoder(reflect.TypeFor[kindsNoMap]()))
	for i, doc := range fastDocs {
		for _, strict := range []bool{false, true} {
			for _, fill := range []func() *kindsNoMap{func() *kindsNoMap { return new(kindsNoMap) }, prefilled} {
				want, got := fill(), fill()
				wantErr := codec.UnmarshalLibrary([]byte(doc), want, strict)
				err := codec.Unmarshal([]byte(doc), got, strict)
				assert.Equal(t, wantErr == nil, err == nil, "%s strict=%v: %v, %v", doc, strict, wantErr, err)
				if wantErr == nil {
					assert.Equal(t, want, got, "%s strict=%v", doc, strict)
				}
				fast := fill()
				tried, err := codec.UnmarshalFast([]byte(doc), fast, strict)
				if i < 6 {
					// The first documents are the fast path's own.
					assert.True(t, tried && err == nil, "%s strict=%v: %v", doc, strict, err)
				}
				if tried && err == nil {
					assert.Equal(t, want, fast, "%s strict=%v", doc, strict)
				}
			}
		}
	}
}

// TestUnmarshalFastRecords checks that the fast path decodes the
// examples' records and generated ones by itself, into the graph that
// the library decodes.
func TestUnmarshalFastRecords(t *testing.T) {
	var docs [][]byte
	for _, n := range []string{"cancelled-summit", "colombia-farc", "paris-agreement", "russia-mali", "skripal-expulsions"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", n, "testdata", n+".golden.json"))
		require.NoError(t, err)
		docs = append(docs, data)
	}
	for _, n := range []int{1, 10, 200} {
		data, err := diplo.Marshal(synth.Graph(n))
		require.NoError(t, err)
		docs = append(docs, data)
	}
	for _, data := range docs {
		for _, strict := range []bool{false, true} {
			var want, got graph.Graph
			require.NoError(t, codec.UnmarshalLibrary(data, &want, strict))
			tried, err := codec.UnmarshalFast(data, &got, strict)
			require.True(t, tried)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		}
	}
}

// FuzzUnmarshalFast checks that Unmarshal, fast path first, decodes a
// graph as go-json-experiment/json does alone: an error exactly when it
// gives one, else the same graph.
func FuzzUnmarshalFast(f *testing.F) {
	for _, doc := range fastDocs {
		f.Add([]byte(doc), true)
	}
	// Member names found in place: members left out, out of order, a
	// name that is the start of another or spelt with an escape, and a
	// short name near the end of the document.
	for _, doc := range []string{
		`{"persons":[{"id":"urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a","type":"Person","nationality":["RU"],"sources":["urn:uuid:d5e4bd79-dd27-512b-81a8-6f2a87000ef8"]}]}`,
		`{"persons":[{"type":"Person","id":"urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a","name":{"fr":"Poutine"}}]}`,
		`{"persons":[{"i":"x","idx":"y","ty":"Person"}]}`,
		`{"persons":[{"i\u0064":"urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a","type":"Person"}]}`,
		`{"persons":[{"id":"a"}],"id":"b"}`,
		`{"id":1}`,
	} {
		f.Add([]byte(doc), true)
		f.Add([]byte(doc), false)
	}
	for _, n := range []string{"cancelled-summit", "skripal-expulsions"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", n, "testdata", n+".golden.json"))
		require.NoError(f, err)
		f.Add(data, true)
		f.Add(data, false)
	}
	f.Fuzz(func(t *testing.T, data []byte, strict bool) {
		var want, got graph.Graph
		wantErr := codec.UnmarshalLibrary(data, &want, strict)
		err := codec.Unmarshal(data, &got, strict)
		require.Equal(t, wantErr == nil, err == nil, "%v, %v", wantErr, err)
		if err == nil {
			require.Equal(t, want, got)
		}
		var w, g kindsNoMap
		wantErr = codec.UnmarshalLibrary(data, &w, strict)
		err = codec.Unmarshal(data, &g, strict)
		require.Equal(t, wantErr == nil, err == nil, "%v, %v", wantErr, err)
		if err == nil {
			require.Equal(t, w, g)
		}
	})
}

// FuzzUnmarshalLengths checks the codec's reader with the lengths of the
// arrays that the limits pass records: ScanLengths finds what Scan finds,
// and on a document it accepts, Unmarshal with the lengths decodes a
// graph, and a struct of every kind the fast path decodes, as
// go-json-experiment/json does alone: an error exactly when it gives
// one, else the same value.
func FuzzUnmarshalLengths(f *testing.F) {
	for _, doc := range fastDocs {
		f.Add([]byte(doc), true)
	}
	f.Add([]byte(`{"l":[{"codes":["a","b"]},{"codes":[]},{"code":"c","codes":["d"]}],"ll":[["a","b","c"],[],["d"]]}`), true)
	f.Add([]byte(`{"ll":[["a"],["b","c"]],"ll":[["d"]]}`), false)
	for _, n := range []string{"cancelled-summit", "skripal-expulsions"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", n, "testdata", n+".golden.json"))
		require.NoError(f, err)
		f.Add(data, true)
		f.Add(data, false)
	}
	lim := codec.ScanLimits{MaxDepth: 64, MaxString: 1 << 20, MaxArray: 1 << 20, MaxObjects: 1 << 20}
	var lengths codec.Lengths
	f.Fuzz(func(t *testing.T, data []byte, strict bool) {
		scanErr := codec.ScanLengths(data, lim, nil, &lengths)
		require.Equal(t, codec.Scan(data, lim), scanErr)
		if scanErr != nil {
			return
		}
		var want, got graph.Graph
		wantErr := codec.UnmarshalLibrary(data, &want, strict)
		err := codec.UnmarshalLengths(data, &got, strict, &lengths)
		require.Equal(t, wantErr == nil, err == nil, "%v, %v", wantErr, err)
		if err == nil {
			require.Equal(t, want, got)
		}
		var w, g kindsNoMap
		wantErr = codec.UnmarshalLibrary(data, &w, strict)
		err = codec.UnmarshalLengths(data, &g, strict, &lengths)
		require.Equal(t, wantErr == nil, err == nil, "%v, %v", wantErr, err)
		if err == nil {
			require.Equal(t, w, g)
		}
	})
}
