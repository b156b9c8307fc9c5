package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/graph"
)

func TestWriterTermsFromContext(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"class", termIRI("Tenure"), "<http://schema.org/Role>"},
		{"member", termIRI("name"), "<http://schema.org/name>"},
		{"scoped member", termIRI("Event", "participants", "role"), "<http://schema.org/roleName>"},
		{"type-scoped member", termIRI("State", "country"), "<" + nsDiplo + "iso3166>"},
		{"reverse member", reverseTerm("person"), "<" + nsDiplo + "holds>"},
		{"datatype", datatype("latitude"), "<" + nsXSD + "double>"},
		{"date datatype", dateDatatypes[dateEDTF].nquads, "<" + edtfDatatype + ">"},
		{"value namespace", valueNamespace("Organization", "kind"), ConceptNamespace + schemeOrgKind + "#"},
		{"graph list", hasNode[graph.TenureNode], "<" + nsDiplo + "hasTenure>"},
		{"value term", schemaStatus["cancelled"], "EventCancelled"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, tc.got) })
	}
	// Every node type has its list term; an unknown term stops the writer
	// from starting rather than writing a dataset the context does not
	// make.
	assert.Len(t, hasNode, len(graph.NodeTypes()))
	assert.Panics(t, func() { termIRI("Graph", "nodes") })
	assert.Panics(t, func() { reverseTerm("name") })
	assert.Panics(t, func() { valueNamespace("name") })
}
