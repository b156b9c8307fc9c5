package gdelt_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// TestRecordAllocs checks that Record makes the types of both actors in
// one allocation, beside the ID's text, and keeps them apart.
func TestRecordAllocs(t *testing.T) {
	e := gdelt.Event{Version: gdelt.Version2, GlobalEventID: 881990833,
		Actor1: gdelt.Actor{Code: "RUSGOV", Type1Code: "GOV", Type3Code: "MIL"},
		Actor2: gdelt.Actor{Code: "MLIMIL", Type1Code: "MIL", Type2Code: "GOV", Type3Code: "REB"},
	}
	r := e.Record()
	assert.Equal(t, []string{"GOV", "MIL"}, r.Source.Types)
	assert.Equal(t, []string{"MIL", "GOV", "REB"}, r.Target.Types)
	r.Source.Types = append(r.Source.Types, "X")
	assert.Equal(t, []string{"MIL", "GOV", "REB"}, r.Target.Types, "appending to one actor's types")
	assert.Nil(t, gdelt.Event{}.Record().Source.Types)
	// Before: 6 allocations, the types of each actor growing as appended.
	assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = e.Record() }), 2.0)
}
