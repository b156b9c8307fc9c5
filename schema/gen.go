package schema

// The JSON Schemas (*.schema.json) are generated from the Go types of the
// model; go generate rewrites them, and a test fails when they differ from
// what the code generates.
//go:generate go run ./internal/gen
