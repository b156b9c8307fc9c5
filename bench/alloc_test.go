//go:build !race

// The race detector makes sync.Pool drop a quarter of what is put in it,
// on purpose, so Validate allocates under it: this file is built without
// it.

package bench_test

import (
	"testing"

	"github.com/diplo-go/diplo/internal/synth"
)

// TestValidateAllocs checks that validating a valid record allocates
// nothing once Validate has run before (its table of IDs is then kept),
// on the Russia–Mali record and on generated records.
func TestValidateAllocs(t *testing.T) {
	rm := loadRecord(t, "russia-mali")
	tests := []struct {
		name string
		run  func() error
	}{
		{"russia-mali", rm.graph.Validate},
		{"synth-4", synth.Graph(4).Validate},
		{"synth-400", synth.Graph(400).Validate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); err != nil {
				t.Fatal(err)
			}
			var err error
			if n := testing.AllocsPerRun(20, func() { err = tc.run() }); n != 0 {
				t.Errorf("Validate allocates %v times per call, want 0", n)
			}
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
