package graph

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// sameAsMap adds ids to t (reset for them) in order, the node of index i
// of each being of the type at place i%len(nodeTypes), and checks each
// answer of add, then of get for ids and for misses, against a
// map[diplo.ID]Ref that keeps the first node of each ID, as Validate's
// table did.
func sameAsMap(t *testing.T, tab *idTable, ids, misses []diplo.ID) {
	t.Helper()
	tab.reset(len(ids))
	want := make(map[diplo.ID]Ref)
	for i, id := range ids {
		k := i % len(nodeTypes)
		prev, ok := want[id]
		got, dup := tab.add(k, i, id)
		require.Equal(t, ok, dup, "add %q", id)
		if ok {
			assert.Equal(t, prev, got, "add %q", id)
			continue
		}
		want[id] = Ref{nodeTypes[k].typ(), i}
	}
	for _, id := range append(ids, misses...) {
		w, ok := want[id]
		g, found := tab.get(id)
		require.Equal(t, ok, found, "get %q", id)
		assert.Equal(t, w, g, "get %q", id)
	}
	tab.clear()
	for _, s := range tab.slots {
		require.Zero(t, s, "a slot kept after clear")
	}
}

// TestIDTable holds idTable to a map: IDs of the library's forms, IDs
// listed twice, IDs that differ only in their last byte or their length,
// the empty ID, for tables of every size from 16 slots to 16,384, reused
// from a larger table to a smaller one.
func TestIDTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tab idTable
	for _, n := range []int{0, 1, 11, 12, 13, 100, 5000, 10000, 3} {
		var ids, misses []diplo.ID
		for i := range n {
			var id diplo.ID
			switch i % 4 {
			case 0:
				id = diplo.IDFor(diplo.Identifier{Scheme: "wikidata", Value: "Q" + strconv.Itoa(r.IntN(n+1))})
			case 1:
				id = diplo.ID("https://w3id.org/diplo/id/state/" + strconv.Itoa(r.IntN(n+1)))
			case 2:
				id = diplo.ID(strings.Repeat("x", r.IntN(8)))
			default:
				id = diplo.ID("urn:x:" + strconv.Itoa(i))
			}
			ids = append(ids, id)
			misses = append(misses, id+"y", id[:len(id)/2])
		}
		sameAsMap(t, &tab, ids, misses)
		assert.Equal(t, tableSize(n), len(tab.slots))
		assert.Less(t, n, len(tab.slots)-len(tab.slots)/4+1)
	}
}

// FuzzIDTable holds idTable to a map on any list of IDs (the input cut at
// each zero byte).
func FuzzIDTable(f *testing.F) {
	f.Add([]byte("a\x00b\x00a\x00\x00urn:uuid:1\x00urn:uuid:1\x00"))
	f.Add([]byte(strings.Repeat("x\x00xx\x00", 20)))
	var tab idTable
	f.Fuzz(func(t *testing.T, b []byte) {
		var ids []diplo.ID
		for _, s := range strings.Split(string(b), "\x00") {
			ids = append(ids, diplo.ID(s))
		}
		sameAsMap(t, &tab, ids, []diplo.ID{"", "a", "urn:uuid:2"})
	})
}

// TestIDTableTagCollision checks that a slot whose tag (the top bits of
// the hash) is that of the ID looked up, but whose ID is another of the
// same length, is passed over: the IDs themselves decide.
func TestIDTableTagCollision(t *testing.T) {
	var tab idTable
	tab.reset(4)
	const id, other = diplo.ID("urn:uuid:0197a3c2"), diplo.ID("urn:uuid:0197a3c3")
	h := tab.hash(string(id))
	mask := uint64(len(tab.slots) - 1)
	tab.slots[h&mask] = idSlot{other, h>>40<<40 | 1<<32 | 7}
	_, found := tab.get(id)
	assert.False(t, found)
	_, dup := tab.add(3, 9, id)
	assert.False(t, dup)
	r, found := tab.get(id)
	assert.True(t, found)
	assert.Equal(t, Ref{nodeTypes[3].typ(), 9}, r)
}

// TestIDTableHash checks the table's hash: every bit of every byte and
// the length change it, for strings of 0 to 80 bytes; other keys give
// other hashes; and IDs of the library's form, which differ in a few
// bytes, spread over the slots and the tags as random numbers would.
func TestIDTableHash(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var tab, other idTable
	tab.reset(4096)
	other.reset(4096)
	require.NotEqual(t, tab.keys, other.keys)
	for n := range 81 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		h := tab.hash(string(b))
		assert.NotEqual(t, h, other.hash(string(b)), "keys left out, %d bytes", n)
		assert.NotEqual(t, h, tab.hash(string(append(b, 0))), "length left out, %d bytes", n)
		for i := range b {
			for bit := range 8 {
				b[i] ^= 1 << bit
				assert.NotEqual(t, h, tab.hash(string(b)), "bit %d of byte %d of %d left out", bit, i, n)
				b[i] ^= 1 << bit
			}
		}
	}
	// 3,072 IDs in 4,096 slots: random slots would leave about
	// 4096*exp(-3/4) = 1,935 empty, and give no two IDs the same tag
	// and slot.
	mask := uint64(len(tab.slots) - 1)
	slots := make(map[uint64]int)
	full := make(map[uint64]bool)
	for i := range 3072 {
		h := tab.hash("urn:uuid:0197a3c2-7d4e-7000-8000-" + strconv.FormatInt(100000000000+int64(i), 16))
		slots[h&mask]++
		full[h] = true
	}
	assert.Greater(t, len(slots), 4096-2100, "IDs crowd into few slots")
	assert.Len(t, full, 3072)
	for s, n := range slots {
		assert.Less(t, n, 10, "slot %d holds %d IDs", s, n)
	}
}
