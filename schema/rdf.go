package schema

import (
	"bytes"
	_ "embed"
)

//go:embed vocab.ttl
var vocabularyDoc []byte

//go:embed shapes.ttl
var shapesDoc []byte

// Vocabulary returns the diplo vocabulary as RDF, in Turtle: the classes
// and properties of VocabNamespace (diplo:Office, diplo:represents)
// with their labels, definitions, domains and ranges, and one SKOS concept
// scheme under ConceptNamespace for each controlled vocabulary, with every
// value, its definition and, where it has one, its CAMEO or PLOVER coding
// or its article of the Vienna Convention on the Law of Treaties. It is
// generated from the same table as Context and vocab.md. The result is a
// copy; callers may modify it.
func Vocabulary() []byte { return bytes.Clone(vocabularyDoc) }

// Shapes returns the SHACL shapes of a diplo graph, in Turtle: the rules of
// the published JSON Schema stated on the RDF that WriteNQuads writes and
// that JSON-LD processors make of diplo JSON with Context, one node shape
// per class (by sh:targetClass) and per kind of embedded object. The
// comments at the top of the file list the rules SHACL cannot state. The
// result is a copy; callers may modify it.
func Shapes() []byte { return bytes.Clone(shapesDoc) }
