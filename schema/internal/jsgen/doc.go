// Package jsgen builds the JSON Schemas (draft 2020-12) of diplo documents
// from the Go types of the model and their doc comments, with
// github.com/invopop/jsonschema. It reads the module's Go source, and so
// runs only under go generate (through schema/internal/gen) and in the
// schema package's tests, which check the committed files against it; the
// schema package embeds the files and does not import it.
package jsgen
