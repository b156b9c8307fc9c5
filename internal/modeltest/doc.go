// Package modeltest holds the test helpers that the model packages (actor,
// event, accord) share: rule assertions, golden round trips, vocabulary
// checks and the decoding property their fuzz targets check.
package modeltest
