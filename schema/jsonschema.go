package schema

import (
	"embed"
	"errors"
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/schema/internal/doctype"
)

// JSONSchemaBase is the URI under which the JSON Schemas are published: the
// $id of each schema is JSONSchemaBase followed by its file name
// (https://w3id.org/diplo/schema/event.schema.json). Nothing is fetched from
// it: the schemas are embedded.
const JSONSchemaBase = doctype.BaseURI

// ErrUnknownSchema reports a document type that has no JSON Schema.
var ErrUnknownSchema = errors.New("unknown JSON Schema type")

//go:embed *.schema.json
var jsonSchemaFiles embed.FS

// SchemaTypes returns the names of the document types that have a JSON
// Schema, in the order of the graph's lists: "graph" (the whole document,
// also known as "diplo"), then "person", "state", "organization", "office",
// "tenure", "delegation", "mission", "event", "statement", "accord" and
// "source".
func SchemaTypes() []string {
	out := make([]string, len(doctype.Docs))
	for i, d := range doctype.Docs {
		out[i] = d.Name
	}
	return out
}

// JSONSchema returns the JSON Schema (draft 2020-12) of a document type
// named as SchemaTypes names them: the committed file, embedded in the
// binary (diplo.schema.json for "graph" or "diplo", event.schema.json for
// "event", ...). Each schema is self-contained: its $defs hold every type it
// uses, so a validator needs no other file.
//
// The schemas use two formats of their own, which a validator should be
// told about (JSONSchemaFormat gives Go checks for both): "edtf", the dates
// of diplo.ParseDate, and "iri", an absolute IRI as diplo.ParseID reads it.
// Their patterns already encode most of what the formats check.
func JSONSchema(typ string) ([]byte, error) {
	d, ok := doctype.Lookup(typ)
	if !ok {
		return nil, fmt.Errorf("schema: %w %q", ErrUnknownSchema, check.Quote(typ))
	}
	return jsonSchemaFiles.ReadFile(d.File)
}

// JSONSchemaFormat returns a check of a format the schemas use that JSON
// Schema does not define, for registering with a validator: "edtf"
// (diplo.ParseDate) and "iri" (diplo.ParseID: RFC 3987 with a
// well-formed host, no spoofing characters, no compact IRI of the
// context; stricter than the schemas' id pattern). ok is false for
// another name.
func JSONSchemaFormat(name string) (check func(string) error, ok bool) {
	switch name {
	case "edtf":
		return func(s string) error { _, err := diplo.ParseDate(s); return err }, true
	case "iri":
		return func(s string) error { _, err := diplo.ParseID(s); return err }, true
	}
	return nil, false
}
