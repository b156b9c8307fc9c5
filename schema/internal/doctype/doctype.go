package doctype

import (
	"reflect"
	"strings"

	"github.com/diplo-go/diplo/graph"
)

// BaseURI is the URI under which the schemas are published; a schema's $id
// is BaseURI followed by its file name.
const BaseURI = "https://w3id.org/diplo/schema/"

// Doc is a top-level document type: the graph, or a node type that can
// stand alone.
type Doc struct {
	// Name is the name JSONSchema takes ("graph", "event").
	Name string
	// File is the schema's file name ("event.schema.json").
	File string
	// Type is the Go type of the document.
	Type reflect.Type
}

// ID returns the $id of the document's schema.
func (d Doc) ID() string { return BaseURI + d.File }

// Docs lists the document types: the graph first, then the node types in
// the order of the graph's lists.
var Docs = func() []Doc {
	docs := []Doc{{"graph", "diplo.schema.json", reflect.TypeFor[graph.Graph]()}}
	for _, t := range graph.NodeTypes() {
		name := strings.ToLower(string(t))
		docs = append(docs, Doc{name, name + ".schema.json", reflect.TypeOf(t.New()).Elem()})
	}
	return docs
}()

// Lookup returns the document type of a name; "diplo" is another name of
// the graph.
func Lookup(name string) (Doc, bool) {
	if name == "diplo" {
		name = "graph"
	}
	for _, d := range Docs {
		if d.Name == name {
			return d, true
		}
	}
	return Doc{}, false
}
