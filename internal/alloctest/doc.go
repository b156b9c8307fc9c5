// Package alloctest measures the bytes a function allocates, for the tests
// that bound the memory of decoding hostile or over-limit input.
package alloctest
