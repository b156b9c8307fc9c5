package network

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
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
	buf []byte // scratch
}

func newXMLWriter(w io.Writer) *xmlWriter {
	return &xmlWriter{w: bufio.NewWriterSize(w, 32<<10)}
}

// raw writes s as it is: markup the writer makes.
func (x *xmlWriter) raw(s string) { x.w.WriteString(s) }

// int writes i in decimal.
func (x *xmlWriter) int(i int) {
	x.buf = strconv.AppendInt(x.buf[:0], int64(i), 10)
	x.w.Write(x.buf)
}

// day writes t's day as an xs:date (2018-03-14) in the attribute name,
// unless its year is one xs:date 1.0 does not have (before 1 or after
// 9999).
func (x *xmlWriter) day(name string, t time.Time) {
	if t.Year() < 1 || t.Year() > 9999 {
		return
	}
	x.raw(" ")
	x.raw(name)
	x.raw(`="`)
	x.buf = t.AppendFormat(x.buf[:0], time.DateOnly)
	x.w.Write(x.buf)
	x.raw(`"`)
}

// text writes s, its characters that XML cannot hold replaced
// (appendSafe), escaped for XML text or an attribute value in double
// quotes.
func (x *xmlWriter) text(s string) {
	x.buf = appendSafe(x.buf[:0], s)
	xml.Escape(x.w, x.buf)
}

// attr writes ` name="value"`, the value escaped.
func (x *xmlWriter) attr(name, value string) {
	x.raw(" ")
	x.raw(name)
	x.raw(`="`)
	x.text(value)
	x.raw(`"`)
}

// date writes d as diplo writes it (EDTF: digits, "-", ":", "T", "Z",
// "+", "?", "~", "%"), which needs no escaping.
func (x *xmlWriter) date(d diplo.Date) {
	x.buf, _ = d.AppendText(x.buf[:0]) // a Date always has a text form
	x.w.Write(x.buf)
}

// data writes a GraphML data element of the key, on a line of its own.
func (x *xmlWriter) data(key, value string) {
	x.raw(`      <data key="`)
	x.raw(key)
	x.raw(`">`)
	x.text(value)
	x.raw("</data>\n")
}

// via writes the IDs behind e, escaped, separated by spaces (IRIs hold
// none).
func (x *xmlWriter) via(e *Edge) {
	for i, id := range e.Via {
		if i > 0 {
			x.raw(" ")
		}
		x.text(string(id))
	}
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
	x.raw(`    <nodes count="`)
	x.int(len(n.Nodes))
	x.raw("\">\n")
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
	x.raw(`    <edges count="`)
	x.int(len(n.Edges))
	x.raw("\">\n")
	for i := range n.Edges {
		e := &n.Edges[i]
		x.raw(`      <edge id="`)
		x.int(i)
		x.raw(`"`)
		x.attr("source", string(e.Source))
		x.attr("target", string(e.Target))
		x.attr("kind", string(e.Kind))
		x.raw(` weight="`)
		x.int(e.Weight)
		x.raw(`"`)
		if !e.First.IsZero() {
			x.day("start", e.First.Start())
		}
		if !e.Last.IsZero() {
			x.day("end", e.Last.End().Add(-time.Nanosecond))
		}
		x.raw(">\n        <attvalues>\n")
		x.raw(`          <attvalue for="kind" value="`)
		x.text(string(e.Kind))
		x.raw("\"/>\n")
		if !e.First.IsZero() {
			x.raw(`          <attvalue for="first" value="`)
			x.date(e.First)
			x.raw("\"/>\n")
		}
		if !e.Last.IsZero() {
			x.raw(`          <attvalue for="last" value="`)
			x.date(e.Last)
			x.raw("\"/>\n")
		}
		x.raw(`          <attvalue for="via" value="`)
		x.via(e)
		x.raw("\"/>\n        </attvalues>\n      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
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
		x.raw(`    <node id="n`)
		x.int(i)
		x.raw("\">\n")
		x.data("iri", string(v.ID))
		x.data("label", v.Label)
		if v.Type != "" {
			x.data("type", string(v.Type))
		}
		x.raw("    </node>\n")
	}
	for i := range n.Edges {
		e := &n.Edges[i]
		x.raw(`    <edge id="e`)
		x.int(i)
		x.raw(`" source="n`)
		x.int(index[e.Source])
		x.raw(`" target="n`)
		x.int(index[e.Target])
		x.raw("\">\n")
		x.data("kind", string(e.Kind))
		x.raw(`      <data key="weight">`)
		x.int(e.Weight)
		x.raw("</data>\n")
		if !e.First.IsZero() {
			x.raw(`      <data key="first">`)
			x.date(e.First)
			x.raw("</data>\n")
		}
		if !e.Last.IsZero() {
			x.raw(`      <data key="last">`)
			x.date(e.Last)
			x.raw("</data>\n")
		}
		x.raw(`      <data key="via">`)
		x.via(e)
		x.raw("</data>\n")
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
