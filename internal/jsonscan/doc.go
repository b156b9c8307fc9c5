// Package jsonscan is what is left of the limits scanner, which moved to
// internal/codec (codec.Scan, codec.ScanLists, codec.Join): Join, for the
// callers that still import it. New code uses codec.Join; delete this
// package when nothing imports it.
package jsonscan
