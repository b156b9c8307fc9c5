// Command gen writes the JSON Schemas of diplo documents, generated from
// the Go types, into a directory: the schema package's, when go generate
// runs it there.
package main
