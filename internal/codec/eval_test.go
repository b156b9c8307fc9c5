package codec_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
	"github.com/diplo-go/diplo/internal/synth"
)

type evalDoc struct {
	name string
	data []byte
	g    *graph.Graph
	p    *plain.Graph
}

func evalDocs(tb testing.TB) []evalDoc {
	var docs []evalDoc
	for _, n := range []string{"cancelled-summit", "colombia-farc", "paris-agreement", "russia-mali", "skripal-expulsions"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", n, "testdata", n+".golden.json"))
		if err != nil {
			tb.Fatal(err)
		}
		g, err := graph.Unmarshal(data)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, evalDoc{n, data, g, plain.FromGraph(g)})
	}
	g := synth.Graph(10000)
	data, _ := diplo.Marshal(g)
	docs = append(docs, evalDoc{"synth-10000", data, g, plain.FromGraph(g)})
	return docs
}

var (
	v2Lenient = jsonv2.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.AllowDuplicateNames(true))
	v2Strict  = jsonv2.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.AllowDuplicateNames(false), jsonv2.RejectUnknownMembers(true))
	v2Enc     = jsonv2.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.EscapeForHTML(false))
)

func BenchmarkEvalDecode(b *testing.B) {
	for _, d := range evalDocs(b) {
		run := func(name string, f func() error) {
			b.Run(name+"/"+d.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(d.data)))
				for b.Loop() {
					if err := f(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		run("diplo-lenient", func() error { var g graph.Graph; return diplo.Unmarshal(d.data, &g) })
		run("diplo-strict", func() error { var g graph.Graph; return diplo.UnmarshalStrict(d.data, &g) })
		run("diplo-strict-validate", func() error {
			var g graph.Graph
			if err := diplo.UnmarshalStrict(d.data, &g); err != nil {
				return err
			}
			return g.Validate()
		})
		run("v2-lenient", func() error { var g graph.Graph; return jsonv2.Unmarshal(d.data, &g, v2Lenient) })
		run("v2-strict", func() error { var g graph.Graph; return jsonv2.Unmarshal(d.data, &g, v2Strict) })
		run("plain-v1", func() error { var p plain.Graph; return json.Unmarshal(d.data, &p) })
		run("plain-v2", func() error { var p plain.Graph; return jsonv2.Unmarshal(d.data, &p, v2Lenient) })
	}
}

func BenchmarkEvalEncode(b *testing.B) {
	for _, d := range evalDocs(b) {
		run := func(name string, f func() ([]byte, error)) {
			b.Run(name+"/"+d.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(d.data)))
				for b.Loop() {
					if _, err := f(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		run("diplo", func() ([]byte, error) { return diplo.Marshal(d.g) })
		run("v2", func() ([]byte, error) { return jsonv2.Marshal(d.g, v2Enc) })
		run("plain-v1", func() ([]byte, error) { return json.Marshal(d.p) })
		run("plain-v2", func() ([]byte, error) { return jsonv2.Marshal(d.p, v2Enc) })
	}
}

func TestEvalSameBytes(t *testing.T) {
	for _, d := range evalDocs(t) {
		want, _ := diplo.Marshal(d.g)
		got, err := jsonv2.Marshal(d.g, v2Enc)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: v2 bytes differ (%v) %d vs %d", d.name, err, len(got), len(want))
		}
		var g graph.Graph
		if err := jsonv2.Unmarshal(d.data, &g, v2Strict); err != nil {
			t.Errorf("%s: %v", d.name, err)
		}
	}
}
