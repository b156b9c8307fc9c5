package schema

import (
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// attachContext returns plain diplo JSON with the context object inserted as
// its first member, as a consumer attaches it by hand.
func attachContext(t testing.TB, plain []byte) []byte {
	t.Helper()
	plain = bytes.TrimSpace(plain)
	require.True(t, len(plain) > 2 && plain[0] == '{', "not a JSON object")
	return append([]byte(`{"@context":`+string(contextObject)+`,`), plain[1:]...)
}

// TestPlainJSONWithContextIsTheDataset checks the one wire shape: the plain
// JSON of every fixture and example, with the context attached and nothing
// else changed, is the document MarshalJSONLD writes, and json-gold makes
// of it exactly the dataset WriteNQuads writes.
func TestPlainJSONWithContextIsTheDataset(t *testing.T) {
	for _, file := range plainDocuments(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			v := decodeDocument(t, data)
			plain, err := diplo.Marshal(v)
			require.NoError(t, err)
			doc := attachContext(t, plain)
			marshalled, err := marshalAny(v, JSONLDOptions{InlineContext: true})
			require.NoError(t, err)
			assert.Equal(t, string(doc), string(marshalled), "MarshalJSONLD is not the plain JSON with the context")
			var nq bytes.Buffer
			require.NoError(t, writeAnyNQuads(&nq, v))
			if got, want := canonNQuads(t, nq.String()), canonJSONLD(t, doc); got != want {
				t.Errorf("WriteNQuads and json-gold on the plain JSON with the context differ:\n%s", lineDiff(got, want))
			}
		})
	}
}

// ldCompact compacts expanded or flattened JSON-LD with the diplo context
// and returns it as JSON.
func ldCompact(t testing.TB, input any) []byte {
	t.Helper()
	var ctx any
	require.NoError(t, json.Unmarshal(contextObject, &ctx))
	out, err := ld.NewJsonLdProcessor().Compact(input, map[string]any{"@context": ctx}, ldOptions(t))
	require.NoError(t, err)
	b, err := json.Marshal(out)
	require.NoError(t, err)
	return b
}

// nest turns the flat node list of fromRDF's output (expanded JSON-LD)
// back into the one tree of diplo JSON, as a consumer frames it before
// compacting: the graph node is the root; the nodes it lists (its diplo:has*
// properties) and every blank node are embedded where they are referenced,
// and blank nodes lose their labels. Other references stay references.
func nest(t testing.TB, expanded any) any {
	t.Helper()
	nodes, ok := expanded.([]any)
	require.True(t, ok, "fromRDF gave %T", expanded)
	byID := map[string]map[string]any{}
	var root map[string]any
	for _, n := range nodes {
		m := n.(map[string]any)
		byID[m["@id"].(string)] = m
		if types, _ := m["@type"].([]any); slices.Contains(types, any(nsDiplo+"Graph")) {
			require.Nil(t, root, "two graph nodes")
			root = m
		}
	}
	require.NotNil(t, root, "no graph node")
	// A person holds a tenure in RDF; in diplo JSON the tenure names its
	// person: the property goes back to the tenure as @reverse.
	for _, n := range nodes {
		m := n.(map[string]any)
		holds, _ := m[nsDiplo+"holds"].([]any)
		for _, v := range holds {
			target := byID[v.(map[string]any)["@id"].(string)]
			require.NotNil(t, target)
			target["@reverse"] = map[string]any{nsDiplo + "holds": []any{map[string]any{"@id": m["@id"]}}}
		}
		delete(m, nsDiplo+"holds")
	}
	var walk func(v any, member bool) any
	walk = func(v any, member bool) any {
		switch v := v.(type) {
		case map[string]any:
			if id, ok := v["@id"].(string); ok && len(v) == 1 && byID[id] != nil && (member || strings.HasPrefix(id, "_:")) {
				n := byID[id]
				delete(byID, id) // each node is embedded once
				return walk(n, false)
			}
			for k, x := range v {
				v[k] = walk(x, strings.HasPrefix(k, nsDiplo+"has"))
			}
			if id, _ := v["@id"].(string); strings.HasPrefix(id, "_:") {
				delete(v, "@id")
			}
		case []any:
			for i, x := range v {
				v[i] = walk(x, member)
			}
		}
		return v
	}
	delete(byID, root["@id"].(string))
	return walk(root, false)
}

// sortedJSON returns v as JSON with every array sorted by the JSON of its
// elements: RDF keeps no order, so a graph read back from RDF equals the
// original up to the order of its lists.
func sortedJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := diplo.Marshal(v)
	require.NoError(t, err)
	var x any
	require.NoError(t, json.Unmarshal(b, &x))
	var sortAll func(v any) any
	sortAll = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, y := range v {
				v[k] = sortAll(y)
			}
		case []any:
			keys := make([]string, len(v))
			for i, y := range v {
				v[i] = sortAll(y)
				k, _ := json.Marshal(v[i])
				keys[i] = string(k)
			}
			idx := make([]int, len(v))
			for i := range idx {
				idx[i] = i
			}
			slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
			out := make([]any, len(v))
			for i, j := range idx {
				out[i] = v[j]
			}
			return out
		}
		return v
	}
	out, err := json.MarshalIndent(sortAll(x), "", " ")
	require.NoError(t, err)
	return string(out)
}

// TestContextRoundTrip checks that the context survives the round trips of
// standard tools, on every fixture and every example: json-gold's
// expansion then compaction with the diplo context gives a document that
// diplo decodes, strictly, to the same value; and so does the dataset, read
// back from RDF (fromRDF with the default options, so that coordinates
// come back as xsd:double strings, "-9.0E1", which UnmarshalJSONLD reads
// as the numbers they are), nested and compacted, up to the order of lists. Terms that shared
// an IRI (title and name, party and parties, ...) or dates with two
// typings made compaction pick the wrong member.
func TestContextRoundTrip(t *testing.T) {
	for _, file := range plainDocuments(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			v := decodeDocument(t, data)
			doc, err := marshalAny(v, JSONLDOptions{InlineContext: true})
			require.NoError(t, err)
			in, err := ld.DocumentFromReader(bytes.NewReader(doc))
			require.NoError(t, err)

			expanded, err := ld.NewJsonLdProcessor().Expand(in, ldOptions(t))
			require.NoError(t, err)
			compacted := ldCompact(t, expanded)
			back := reflect.New(reflect.TypeOf(v).Elem()).Interface()
			if assert.NoError(t, UnmarshalJSONLDStrict(compacted, back), "expand → compact") {
				assert.Equal(t, v, back, "expand → compact changed the value")
			}

			o := ldOptions(t)
			o.Format = "application/n-quads"
			nq, err := ld.NewJsonLdProcessor().ToRDF(in, o)
			require.NoError(t, err)
			fo := ldOptions(t)
			fo.Format = "application/n-quads"
			fromRDF, err := ld.NewJsonLdProcessor().FromRDF(nq, fo)
			require.NoError(t, err)
			nested := ldCompact(t, nest(t, fromRDF))
			back = reflect.New(reflect.TypeOf(v).Elem()).Interface()
			if assert.NoError(t, UnmarshalJSONLDStrict(nested, back), "fromRDF → nest → compact") {
				assert.Equal(t, sortedJSON(t, v), sortedJSON(t, back), "fromRDF → nest → compact changed the value")
			}
		})
	}
}

// TestUnmarshalJSONLDCoordinateStrings checks that a coordinate written as
// an xsd:double string, as compaction writes it after fromRDF, reads as
// its number, and that a string that is no number is an error at its
// place.
func TestUnmarshalJSONLDCoordinateStrings(t *testing.T) {
	tests := []struct {
		lat     string
		want    float64
		wantErr bool
	}{
		{`"-9.0E1"`, -90, false},
		{`"4.88566E1"`, 48.8566, false},
		{`"0.0E0"`, 0, false},
		{`-9.0E1`, -90, false},
		{`"NaN"`, 0, true},
		{`"INF"`, 0, true},
		{`"+1"`, 0, true},
		{`"1,5"`, 0, true},
		{`""`, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.lat, func(t *testing.T) {
			doc := `{"@context":"` + ContextURL + `","type":"Graph","events":[{"id":"urn:x:1","type":"Event","kind":"summit","location":{"coordinates":{"latitude":` + tc.lat + `,"longitude":"2.0E0"}}}]}`
			var g graph.Graph
			err := UnmarshalJSONLDStrict([]byte(doc), &g)
			if tc.wantErr {
				require.ErrorIs(t, err, ErrJSONLD)
				assert.Contains(t, err.Error(), "events[0].location.coordinates.latitude")
				return
			}
			require.NoError(t, err)
			require.NotNil(t, g.Events[0].Place.Coordinates)
			assert.Equal(t, tc.want, g.Events[0].Place.Coordinates.Latitude)
			assert.Equal(t, 2.0, g.Events[0].Place.Coordinates.Longitude)
		})
	}
}

// TestUnmarshalExpandedJSONLD checks that UnmarshalJSONLD reads the
// expanded and the flattened JSON-LD that json-gold makes of every fixture
// and example, and the dataset read back from RDF (fromRDF), with no
// processor: the same value, up to the order of lists where the form
// keeps no order.
func TestUnmarshalExpandedJSONLD(t *testing.T) {
	for _, file := range plainDocuments(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			v := decodeDocument(t, data)
			doc, err := marshalAny(v, JSONLDOptions{InlineContext: true})
			require.NoError(t, err)
			in, err := ld.DocumentFromReader(bytes.NewReader(doc))
			require.NoError(t, err)
			proc := ld.NewJsonLdProcessor()
			expanded, err := proc.Expand(in, ldOptions(t))
			require.NoError(t, err)
			flattened, err := proc.Flatten(in, nil, ldOptions(t))
			require.NoError(t, err)
			o := ldOptions(t)
			o.Format = "application/n-quads"
			nq, err := proc.ToRDF(in, o)
			require.NoError(t, err)
			fromRDF, err := proc.FromRDF(nq, ldOptions(t))
			require.NoError(t, err)
			for _, form := range []struct {
				name    string
				doc     any
				ordered bool
			}{{"expanded", expanded, true}, {"flattened", flattened, false}, {"fromRDF", fromRDF, false}} {
				b, err := json.Marshal(form.doc)
				require.NoError(t, err)
				back := reflect.New(reflect.TypeOf(v).Elem()).Interface()
				if !assert.NoError(t, UnmarshalJSONLDStrict(b, back), form.name) {
					continue
				}
				if form.ordered {
					assert.Equal(t, v, back, form.name)
				} else {
					assert.Equal(t, sortedJSON(t, v), sortedJSON(t, back), form.name)
				}
			}
		})
	}
}
