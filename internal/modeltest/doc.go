// Package modeltest holds the test helpers that the model packages (actor,
// event, accord) share: rule assertions, the rules every node checks the
// same way (ids, identifiers, lists of references, required texts),
// golden round trips, vocabulary checks and the decoding property their
// fuzz targets check.
package modeltest
