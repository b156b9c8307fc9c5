package network_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// writers are the writers under test, by the extension of their files.
var writers = []struct {
	ext   string
	write func(io.Writer, *network.Network) error
}{
	{"gexf", network.WriteGEXF},
	{"graphml", network.WriteGraphML},
	{"json", func(w io.Writer, n *network.Network) error {
		b, err := diplo.MarshalIndent(n, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}},
}

// examples returns the networks of the records of the example programs,
// by the name of the example.
func examples(t *testing.T) map[string]*network.Network {
	t.Helper()
	files, err := filepath.Glob("../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]*network.Network{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		g, err := graph.Unmarshal(data)
		require.NoError(t, err, f)
		n, err := network.New(g, network.Options{})
		require.NoError(t, err, f)
		out[strings.TrimSuffix(filepath.Base(f), ".golden.json")] = n
	}
	return out
}

// TestGolden compares the GEXF, GraphML and JSON of the network of every
// example record with testdata/NAME.EXT; -update rewrites them. The
// consumer check .ci/consumers/check-network has NetworkX and xmllint
// judge the same files.
func TestGolden(t *testing.T) {
	for name, n := range examples(t) {
		for _, w := range writers {
			t.Run(name+"."+w.ext, func(t *testing.T) {
				var buf bytes.Buffer
				require.NoError(t, w.write(&buf, n))
				path := filepath.Join("testdata", name+"."+w.ext)
				if *update {
					require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test -update to create it")
				assert.Equal(t, string(want), buf.String(), "differs from %s; run go test -update if the change is meant", path)
				if w.ext != "json" {
					parsed := parse(t, buf.Bytes())
					assert.Len(t, parsed.nodes, len(n.Nodes))
					assert.Len(t, parsed.edges, len(n.Edges))
				}
			})
		}
	}
}

// parsed is what a document of either writer says, read back with
// encoding/xml: the nodes' IDs, labels and types, and the edges' source,
// target, kind, weight and via.
type parsed struct {
	nodes []map[string]string
	edges []map[string]string
}

// parse reads a document of either writer with encoding/xml, in strict
// mode, and fails t if it is not well-formed.
func parse(t testing.TB, doc []byte) parsed {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var p parsed
	var cur map[string]string // the node or edge being read
	var key string            // the GraphML key of the data being read
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range tok.Attr {
				attr[a.Name.Local] = a.Value
			}
			switch tok.Name.Local {
			case "node":
				cur = attr
				p.nodes = append(p.nodes, cur)
			case "edge":
				cur = attr
				p.edges = append(p.edges, cur)
			case "attvalue":
				cur[attr["for"]] = attr["value"]
			case "data":
				key = attr["key"]
				text.Reset()
			}
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			if tok.Name.Local == "data" {
				cur[key] = text.String()
			}
		}
	}
	// GraphML names nodes n0, n1... and gives their IDs as data (iri):
	// read them as GEXF gives them.
	graphML := false
	for _, v := range p.nodes {
		if iri, ok := v["iri"]; ok {
			v["id"] = iri
			graphML = true
		}
	}
	for _, e := range p.edges {
		if !graphML {
			break
		}
		for _, end := range []string{"source", "target"} {
			if i, err := strconv.Atoi(strings.TrimPrefix(e[end], "n")); err == nil && strings.HasPrefix(e[end], "n") && i < len(p.nodes) {
				e[end] = p.nodes[i]["id"]
			}
		}
	}
	return p
}

// safe is what a writer makes of s: each C0 control but tab, line feed
// and carriage return as its Control Picture, U+FFFE, U+FFFF and bytes
// that are not UTF-8 as U+FFFD.
func safe(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r':
			b.WriteRune(0x2400 + r)
		case r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// hostile are strings that would break XML written without care.
var hostile = []string{
	`<b>bold</b> & "quoted" 'single'`,
	`]]><!-- --><?pi?><!DOCTYPE x [<!ENTITY e "e">]>&e;`,
	"tab\tline\nreturn\rcrlf\r\n",
	"nul\x00bell\x07escape\x1bunit\x1fdel\x7f",
	"bidi \u202eevil\u202c \u2066isolate\u2069 \u200fmark",
	"noncharacters \ufffe \uffff and \ufffd",
	"not UTF-8: \xff\xfe\xc3",
	"  leading and trailing spaces  ",
	"surrogate pair 𝄞 and emoji 🇲🇱",
	strings.Repeat("long <&> ", 1<<16),
}

// TestHostileStrings writes networks whose IDs, labels and via are
// hostile strings and checks that the documents are well-formed XML and
// say exactly what safe says of each string.
func TestHostileStrings(t *testing.T) {
	for i, h := range hostile {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			n := &network.Network{
				Nodes: []network.Node{{ID: diplo.ID("urn:x:" + h), Type: graph.NodeType(h), Label: h}, {ID: "urn:x:b", Label: "b"}},
				Edges: []network.Edge{{Kind: network.Kind(h), Source: diplo.ID("urn:x:" + h), Target: "urn:x:b", Weight: 1, Via: []diplo.ID{diplo.ID(h)}}},
			}
			for _, w := range writers[:2] {
				var buf bytes.Buffer
				require.NoError(t, w.write(&buf, n))
				p := parse(t, buf.Bytes())
				require.Len(t, p.nodes, 2, w.ext)
				require.Len(t, p.edges, 1, w.ext)
				assert.Equal(t, safe("urn:x:"+h), p.nodes[0]["id"], w.ext)
				assert.Equal(t, safe(h), p.nodes[0]["label"], w.ext)
				assert.Equal(t, safe(h), p.nodes[0]["type"], w.ext)
				assert.Equal(t, safe("urn:x:"+h), p.edges[0]["source"], w.ext)
				assert.Equal(t, safe(h), p.edges[0]["kind"], w.ext)
				assert.Equal(t, safe(h), p.edges[0]["via"], w.ext)
			}
		})
	}
}

// TestSafeControls checks that each C0 control becomes a distinct
// character, so that none is lost to another.
func TestSafeControls(t *testing.T) {
	var s strings.Builder
	for c := range 0x20 {
		s.WriteByte(byte(c))
	}
	n := &network.Network{Nodes: []network.Node{{ID: "urn:x:a", Label: s.String()}}, Edges: []network.Edge{}}
	var buf bytes.Buffer
	require.NoError(t, network.WriteGraphML(&buf, n))
	label := []rune(parse(t, buf.Bytes()).nodes[0]["label"])
	require.Len(t, label, 0x20)
	for c, r := range label {
		switch c {
		case '\t', '\n', '\r':
			assert.Equal(t, rune(c), r)
		default:
			assert.Equal(t, rune(0x2400+c), r, "U+%04X", c)
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteError checks that the writers return the error of w.
func TestWriteError(t *testing.T) {
	n := examples(t)["russia-mali"]
	require.NotNil(t, n)
	for _, w := range writers[:2] {
		assert.EqualError(t, w.write(failingWriter{}, n), "disk full", w.ext)
	}
}

// TestWritersDeterministic writes each network twice.
func TestWritersDeterministic(t *testing.T) {
	for name, n := range examples(t) {
		for _, w := range writers[:2] {
			var a, b bytes.Buffer
			require.NoError(t, w.write(&a, n))
			require.NoError(t, w.write(&b, n))
			assert.Equal(t, a.Bytes(), b.Bytes(), name+"."+w.ext)
		}
	}
}

// nameToken matches the XML name tokens (NMTOKEN) that ASCII allows,
// which GraphML's schema requires of the IDs of nodes and edges and of
// the ends of an edge.
var nameToken = regexp.MustCompile(`^[A-Za-z0-9._:-]+$`)

// TestGraphMLNameTokens checks that the IDs a GraphML document gives its
// nodes, edges and keys, and the ends of its edges, are name tokens, as
// GraphML's schema requires, whatever the diplo IDs.
func TestGraphMLNameTokens(t *testing.T) {
	for name, n := range examples(t) {
		var buf bytes.Buffer
		require.NoError(t, network.WriteGraphML(&buf, n))
		d := xml.NewDecoder(&buf)
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			if el, ok := tok.(xml.StartElement); ok {
				for _, a := range el.Attr {
					switch {
					case el.Name.Local == "node" && a.Name.Local == "id",
						el.Name.Local == "edge" && (a.Name.Local == "id" || a.Name.Local == "source" || a.Name.Local == "target"),
						el.Name.Local == "key" && (a.Name.Local == "id" || a.Name.Local == "attr.name"):
						assert.Regexp(t, nameToken, a.Value, "%s: %s %s", name, el.Name.Local, a.Name.Local)
					}
				}
			}
		}
	}
}

// TestWriteDanglingEdge checks that an edge whose end is no node of the
// network is an error that names it, and that nothing is written.
func TestWriteDanglingEdge(t *testing.T) {
	n := &network.Network{
		Nodes: []network.Node{{ID: "urn:x:a", Label: "a"}},
		Edges: []network.Edge{{Kind: network.Met, Source: "urn:x:a", Target: "urn:x:a", Weight: 1}, {Kind: network.Met, Source: "urn:x:a", Target: "urn:x:nobody", Weight: 1}},
	}
	for _, w := range writers[:2] {
		var buf bytes.Buffer
		err := w.write(&buf, n)
		var fe *diplo.FieldError
		require.True(t, errors.As(err, &fe), w.ext)
		assert.Equal(t, "edges[1]", fe.Path, w.ext)
		assert.ErrorIs(t, err, diplo.ErrReference, w.ext)
		assert.Contains(t, err.Error(), "urn:x:nobody", w.ext)
		assert.Zero(t, buf.Len(), w.ext)
	}
}
