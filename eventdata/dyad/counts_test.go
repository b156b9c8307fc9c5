package dyad

import (
	"math/rand/v2"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUUIDCounts checks uuidCounts against a Go map over many UUIDs met
// again and again, through the table's growth, with some places left at
// zero, which is no count.
func TestUUIDCounts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := make([]uuid.UUID, 20000)
	for i := range keys {
		for j := range keys[i] {
			keys[i][j] = byte(rng.Uint32())
		}
	}
	keys[0] = uuid.UUID{} // the zero UUID is a key like any other
	var tab uuidCounts
	want := map[uuid.UUID]uint32{}
	for i := range 100000 {
		k := keys[rng.IntN(len(keys))]
		if i < len(keys) {
			k = keys[i]
		}
		p := tab.at(k)
		require.Equal(t, want[k], *p, "count of key %x at step %d", k, i)
		if rng.IntN(10) == 0 {
			continue // left as it is: a new key gets no count
		}
		*p++
		want[k]++
	}
	assert.Equal(t, len(want), tab.len())
	assert.LessOrEqual(t, 4*tab.used, 3*len(tab.slots), "at most three quarters full")
	for k, n := range want {
		assert.Equal(t, n, *tab.at(k), "count of key %x", k)
	}
}
