package schema

import (
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

// wideText returns a text in n languages: private-use tags en-x-0 ...
func wideText(tb testing.TB, n int) diplo.Text {
	t := make(diplo.Text, n)
	for i := range n {
		tag, err := language.Parse(fmt.Sprintf("en-x-%d", i))
		require.NoError(tb, err)
		t[tag] = "name"
	}
	require.Len(tb, t, n)
	return t
}

// wideTextCase writes a graph with one person whose name is in n
// languages (40,000 at 16n): the writer sorts the languages of a text,
// which took 7.6 s at 40,000 with the insertion sort it had.
var wideTextCase = scaling.Case{
	Name: "WriteNQuads/wide-text",
	N:    2500,
	Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{Persons: []actor.Person{{ID: "urn:x:1", Name: wideText(tb, n)}}}
		return func() {
			if err := WriteNQuads(io.Discard, g); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

func BenchmarkWriteNQuadsWideText(b *testing.B) { scaling.Bench(b, wideTextCase) }

func TestWriteNQuadsWideTextScales(t *testing.T) { scaling.Check(t, wideTextCase) }

// wideJSONLDCase marshals the same graph as JSON-LD.
var wideJSONLDCase = scaling.Case{
	Name: "MarshalJSONLD/wide-text",
	N:    2500,
	Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{Persons: []actor.Person{{ID: "urn:x:1", Name: wideText(tb, n)}}}
		return func() {
			if _, err := marshalAny(g, JSONLDOptions{}); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

func BenchmarkMarshalJSONLDWideText(b *testing.B) { scaling.Bench(b, wideJSONLDCase) }

func TestMarshalJSONLDWideTextScales(t *testing.T) { scaling.Check(t, wideJSONLDCase) }

// manyNodesCase writes a graph of n persons, each with an id, a
// reference and identifiers, so that the IRI rule runs on every one.
var manyNodesCase = scaling.Case{
	Name: "WriteNQuads/many-nodes",
	N:    300,
	Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{ID: "https://example.org/records/1", Sources: []diplo.Source{{ID: "urn:x:source", URL: "https://example.org/s"}}}
		for i := range n {
			g.Persons = append(g.Persons, actor.Person{
				ID:      diplo.ID(fmt.Sprintf("https://example.org/people/%d", i)),
				Name:    tx("en", "A", "fr", "B"),
				Sources: []diplo.ID{"urn:x:source"},
				Identifiers: []diplo.Identifier{{Scheme: diplo.Wikidata, Value: fmt.Sprintf("Q%d", i+1)},
					{Scheme: diplo.URL, Value: fmt.Sprintf("https://example.org/p/%d?x=1#y", i)}},
			})
		}
		require.NoError(tb, g.Validate())
		return func() {
			if err := WriteNQuads(io.Discard, g); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

func BenchmarkWriteNQuadsManyNodes(b *testing.B) { scaling.Bench(b, manyNodesCase) }

func TestWriteNQuadsManyNodesScales(t *testing.T) { scaling.Check(t, manyNodesCase) }
