//go:build !race

package main

// importRows is how many generated rows TestImportConstantMemory imports;
// under the race detector, which makes them ten times slower,
// import_race_test.go imports 100,000.
const importRows = 1_000_000
