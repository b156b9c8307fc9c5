// Package jsgen builds the JSON Schemas (draft 2020-12) of diplo documents
// from the Go types of the model and their doc comments, with
// github.com/invopop/jsonschema. The schema package embeds what it
// generates and checks the committed files against it.
package jsgen
