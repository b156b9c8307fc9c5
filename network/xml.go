package network

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// The namespaces and schema locations the writers declare.
const (
	gexfNS        = "http://gexf.net/1.3"
	graphMLNS     = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
	xsiNS         = "http://www.w3.org/2001/XMLSchema-instance"
)

// xmlWriter writes XML through a buffer, keeping the first error.
type xmlWriter struct {
	w   *bufio.Writer
	buf []byte // scratch for safe
}

func newXMLWriter(w io.Writer) *xmlWriter {
	return &xmlWriter{w: bufio.NewWriterSize(w, 32<<10)}
}

// raw writes s as it is: markup the writer makes.
func (x *xmlWriter) raw(s string) { x.w.WriteString(s) }

// text writes s escaped for XML text or an attribute value, in double
// quotes, after safe.
func (x *xmlWriter) text(s string) {
	x.buf = appendSafe(x.buf[:0], s)
	xml.Escape(x.w, x.buf)
}

// attr writes ` name="value"`, the value escaped.
func (x *xmlWriter) attr(name, value string) {
	x.raw(" " + name + `="`)
	x.text(value)
	x.raw(`"`)
}

// element writes <name>value</name> on a line of its own, indented.
func (x *xmlWriter) element(indent, name, value string, attrs ...string) {
	x.raw(indent + "<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.attr(attrs[i], attrs[i+1])
	}
	x.raw(">")
	x.text(value)
	x.raw("</" + name + ">\n")
}

func (x *xmlWriter) flush() error { return x.w.Flush() }

// appendSafe appends s to b with every character that XML 1.0 cannot hold
// (https://www.w3.org/TR/xml/#charsets) replaced: a C0 control other than
// tab, line feed and carriage return by its symbol in the Unicode block
// Control Pictures (U+0001 by U+2401 "␁"), one for one; U+FFFE, U+FFFF and
// a byte that is not UTF-8 by U+FFFD. Tab, line feed and carriage return
// are kept, and xml.Escape writes them as character references so that
// attribute values keep them.
func appendSafe(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				b = utf8.AppendRune(b, 0x2400+rune(c))
			} else {
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// xsdDate returns t's day as an xs:date (2018-03-14), and false for a
// year xs:date 1.0 does not have (before 1 or after 9999).
func xsdDate(t time.Time) (string, bool) {
	if t.Year() < 1 || t.Year() > 9999 {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// via joins the IDs behind an edge, separated by spaces (IRIs hold none).
func via(e *Edge) string {
	var b strings.Builder
	for i, id := range e.Via {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(id))
	}
	return b.String()
}

// WriteGEXF writes n to w as a GEXF 1.3 document, which Gephi reads. The
// graph is undirected, since most readers take no mixed graph: an
// Expelled edge runs from its source to its target as its kind says. Each
// node has its ID, its label and a type attribute; each edge its kind
// (the GEXF kind of an edge, which lets two actors have edges of several
// kinds, and a kind attribute for readers that ignore it), its weight,
// its first and last dates as attributes (EDTF, as diplo writes them) and
// as the start and end days of the edge in a dynamic graph, and the IDs
// of the events, accords or votes behind it, separated by spaces (via).
//
// Every string is escaped as XML requires, and a character XML 1.0
// cannot hold is replaced (see the package documentation). Writing the
// same network gives the same bytes. An edge whose source or target is
// no node of n is an error, and nothing is written.
func WriteGEXF(w io.Writer, n *Network) error {
	if _, err := nodeIndex(n); err != nil {
		return err
	}
	x := newXMLWriter(w)
	dated := false
	for i := range n.Edges {
		if !n.Edges[i].First.IsZero() || !n.Edges[i].Last.IsZero() {
			dated = true
			break
		}
	}
	x.raw(xml.Header)
	// No xsi:schemaLocation: the RELAX NG schema, from which the XSD is
	// generated, admits no attribute of another namespace.
	x.raw(`<gexf xmlns="` + gexfNS + `" version="1.3">` + "\n")
	x.raw("  <meta>\n    <creator>diplo</creator>\n  </meta>\n")
	if dated {
		x.raw(`  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">` + "\n")
	} else {
		x.raw(`  <graph defaultedgetype="undirected" mode="static">` + "\n")
	}
	x.raw(`    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="first" title="first" type="string"/>
      <attribute id="last" title="last" type="string"/>
      <attribute id="via" title="via" type="string"/>
    </attributes>
`)
	x.raw(`    <nodes count="` + strconv.Itoa(len(n.Nodes)) + `">` + "\n")
	for i := range n.Nodes {
		v := &n.Nodes[i]
		x.raw("      <node")
		x.attr("id", string(v.ID))
		x.attr("label", v.Label)
		if v.Type == "" {
			x.raw("/>\n")
			continue
		}
		x.raw(">\n        <attvalues>\n")
		x.raw("          <attvalue")
		x.attr("for", "type")
		x.attr("value", string(v.Type))
		x.raw("/>\n        </attvalues>\n      </node>\n")
	}
	x.raw("    </nodes>\n")
	x.raw(`    <edges count="` + strconv.Itoa(len(n.Edges)) + `">` + "\n")
	for i := range n.Edges {
		e := &n.Edges[i]
		x.raw(`      <edge id="` + strconv.Itoa(i) + `"`)
		x.attr("source", string(e.Source))
		x.attr("target", string(e.Target))
		x.attr("kind", string(e.Kind))
		x.raw(` weight="` + strconv.Itoa(e.Weight) + `"`)
		if !e.First.IsZero() {
			if d, ok := xsdDate(e.First.Start()); ok {
				x.raw(` start="` + d + `"`)
			}
		}
		if !e.Last.IsZero() {
			if d, ok := xsdDate(e.Last.End().Add(-time.Nanosecond)); ok {
				x.raw(` end="` + d + `"`)
			}
		}
		x.raw(">\n        <attvalues>\n")
		gexfValue(x, "kind", string(e.Kind))
		if !e.First.IsZero() {
			gexfValue(x, "first", e.First.String())
		}
		if !e.Last.IsZero() {
			gexfValue(x, "last", e.Last.String())
		}
		gexfValue(x, "via", via(e))
		x.raw("        </attvalues>\n      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}

// gexfValue writes an attvalue of an edge.
func gexfValue(x *xmlWriter, key, value string) {
	x.raw("          <attvalue")
	x.attr("for", key)
	x.attr("value", value)
	x.raw("/>\n")
}

// WriteGraphML writes n to w as a GraphML document, which NetworkX,
// igraph, Cytoscape and yEd read. The graph is undirected, as in
// WriteGEXF. GraphML's schema wants the IDs of nodes to be XML name
// tokens, which IRIs are not: a node's ID is n0, n1..., its index in
// n.Nodes, and its diplo ID is the data of the key iri, beside its label
// and type. An edge's ID is e0, e1..., its index in n.Edges, which tells
// apart two edges of different kinds between the same actors; its data
// are its kind, weight (an int), first and last dates (EDTF strings) and
// the IDs behind it, separated by spaces (via). In NetworkX,
// nx.relabel_nodes(g, nx.get_node_attributes(g, "iri")) names the nodes
// by their diplo IDs.
//
// Every string is escaped as XML requires, and a character XML 1.0
// cannot hold is replaced (see the package documentation). Writing the
// same network gives the same bytes. An edge whose source or target is
// no node of n is an error, and nothing is written.
func WriteGraphML(w io.Writer, n *Network) error {
	index, err := nodeIndex(n)
	if err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw(xml.Header)
	x.raw(`<graphml xmlns="` + graphMLNS + `" xmlns:xsi="` + xsiNS + `" xsi:schemaLocation="` + graphMLSchema + `">` + "\n")
	x.raw(`  <key id="iri" for="node" attr.name="iri" attr.type="string"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <key id="first" for="edge" attr.name="first" attr.type="string"/>
  <key id="last" for="edge" attr.name="last" attr.type="string"/>
  <key id="via" for="edge" attr.name="via" attr.type="string"/>
  <graph id="network" edgedefault="undirected">
`)
	for i := range n.Nodes {
		v := &n.Nodes[i]
		x.raw(`    <node id="n` + strconv.Itoa(i) + `">` + "\n")
		x.element("      ", "data", string(v.ID), "key", "iri")
		x.element("      ", "data", v.Label, "key", "label")
		if v.Type != "" {
			x.element("      ", "data", string(v.Type), "key", "type")
		}
		x.raw("    </node>\n")
	}
	for i := range n.Edges {
		e := &n.Edges[i]
		x.raw(`    <edge id="e` + strconv.Itoa(i) + `" source="n` + strconv.Itoa(index[e.Source]) + `" target="n` + strconv.Itoa(index[e.Target]) + `">` + "\n")
		x.element("      ", "data", string(e.Kind), "key", "kind")
		x.element("      ", "data", strconv.Itoa(e.Weight), "key", "weight")
		if !e.First.IsZero() {
			x.element("      ", "data", e.First.String(), "key", "first")
		}
		if !e.Last.IsZero() {
			x.element("      ", "data", e.Last.String(), "key", "last")
		}
		x.element("      ", "data", via(e), "key", "via")
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}

// nodeIndex returns the index of each node of n by ID, or a
// *diplo.FieldError wrapping diplo.ErrReference at the first edge whose
// source or target is no node of n.
func nodeIndex(n *Network) (map[diplo.ID]int, error) {
	index := make(map[diplo.ID]int, len(n.Nodes))
	for i := range n.Nodes {
		index[n.Nodes[i].ID] = i
	}
	for i := range n.Edges {
		for _, end := range [2]diplo.ID{n.Edges[i].Source, n.Edges[i].Target} {
			if _, ok := index[end]; !ok {
				return nil, &diplo.FieldError{Path: fmt.Sprintf("edges[%d]", i), Err: check.NewValueError("node", string(end), diplo.ErrReference)}
			}
		}
	}
	return index, nil
}
