package network_test

import (
	"bytes"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
)

// FuzzWriters writes a network made of the fuzzed strings with both
// writers and requires well-formed XML that says what safe says of each
// string.
func FuzzWriters(f *testing.F) {
	for _, h := range hostile[:len(hostile)-1] {
		f.Add(h, "urn:x:"+h, "met")
	}
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, label, id, kind string) {
		n := &network.Network{
			Nodes: []network.Node{{ID: diplo.ID(id), Type: graph.NodeType(kind), Label: label}, {ID: "urn:x:b", Label: "b"}},
			Edges: []network.Edge{{Kind: network.Kind(kind), Source: diplo.ID(id), Target: "urn:x:b", Weight: 2, Via: []diplo.ID{diplo.ID(label), diplo.ID(id)}}},
		}
		for _, w := range writers[:2] {
			var buf bytes.Buffer
			if err := w.write(&buf, n); err != nil {
				t.Fatal(err)
			}
			p := parse(t, buf.Bytes())
			if len(p.nodes) != 2 || len(p.edges) != 1 {
				t.Fatalf("%s: %d nodes and %d edges, want 2 and 1", w.ext, len(p.nodes), len(p.edges))
			}
			if p.nodes[0]["id"] != safe(id) || p.nodes[0]["label"] != safe(label) || p.edges[0]["source"] != safe(id) || p.edges[0]["via"] != safe(label)+" "+safe(id) {
				t.Fatalf("%s: read back %q, %q, %q, %q", w.ext, p.nodes[0]["id"], p.nodes[0]["label"], p.edges[0]["source"], p.edges[0]["via"])
			}
			if kind != "" && (p.nodes[0]["type"] != safe(kind) || p.edges[0]["kind"] != safe(kind)) {
				t.Fatalf("%s: type %q, kind %q", w.ext, p.nodes[0]["type"], p.edges[0]["kind"])
			}
		}
	})
}
