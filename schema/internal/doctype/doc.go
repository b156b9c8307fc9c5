// Package doctype lists the document types that have a JSON Schema, with
// the names and files the schema package publishes them under. It is
// shared by the schema package, which embeds the files, and by the
// generator that writes them (schema/internal/jsgen), and links neither
// the generator nor anything that reads Go source.
package doctype
