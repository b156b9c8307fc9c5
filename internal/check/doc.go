// Package check holds what the Validate methods of every model package
// share: the sentinel errors, the error types that carry a path, the
// Collector that gathers them, JSON paths and their order, and the checks
// of lists, strings and texts. Package diplo gives users the sentinels and
// error types under its own names (diplo.ErrRequired, diplo.FieldError);
// the rest is scaffolding, kept out of the public API.
package check
