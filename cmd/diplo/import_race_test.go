//go:build race

package main

// importRows is how many generated rows TestImportConstantMemory imports
// under the race detector, which makes each ten times slower. Without it,
// import_norace_test.go imports a million.
const importRows = 100_000
