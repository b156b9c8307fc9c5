package codec

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListChunksTake checks the arrays that take hands out, for lists of
// many lengths and element types, in inputs where they are dense or
// sparse: each is zero when taken, none overlaps another (each keeps what
// is written into it while the others are taken and written), an array
// of more than chunkedList bytes, of elements of no size or with less
// than minListChunked bytes of input after it is left to be allocated
// alone, and the chunks waste at most about a chunk per slice type
// beyond the arrays taken from them.
func TestListChunksTake(t *testing.T) {
	type pair struct {
		S string
		N int
	}
	types := []reflect.Type{reflect.TypeFor[[]string](), reflect.TypeFor[[]pair](), reflect.TypeFor[[]byte](), reflect.TypeFor[[][]string]()}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, input := range []int{100, 5000, minListChunked + 4000, 1 << 20} {
		var lc listChunks
		type taken struct {
			v reflect.Value
			n int
		}
		var all []taken
		used, rest := 0, input
		for i := 0; i < 2000; i++ {
			id := rng.IntN(len(types))
			st := types[id]
			size := st.Elem().Size()
			n := 1 + rng.IntN(6)
			if i%97 == 0 {
				n = int(chunkedList/size) + 1
			}
			rest = max(rest-n*8, 0)
			a := lc.take(id, st, size, n, rest)
			if uintptr(n)*size > chunkedList || rest < minListChunked {
				assert.Nil(t, a, "%v of %d", st, n)
				continue
			}
			require.NotNil(t, a)
			v := reflect.New(st).Elem()
			h := (*sliceHeader)(v.Addr().UnsafePointer())
			h.data, h.len, h.cap = a, n, n
			assert.True(t, v.IsZero() || isZeroElems(v), "%v of %d: not zero", st, n)
			// Each element is written with the index of its array.
			for j := range n {
				switch e := v.Index(j).Addr().Interface().(type) {
				case *string:
					*e = string(rune('a' + i%26))
				case *pair:
					*e = pair{S: "x", N: i}
				case *byte:
					*e = byte(i)
				case *[]string:
					*e = []string{string(rune('a' + i%26))}
				}
			}
			used += n * int(size)
			all = append(all, taken{v, i})
		}
		for _, tk := range all {
			for j := range tk.v.Len() {
				switch e := tk.v.Index(j).Interface().(type) {
				case string:
					assert.Equal(t, string(rune('a'+tk.n%26)), e)
				case pair:
					assert.Equal(t, pair{S: "x", N: tk.n}, e)
				case byte:
					assert.Equal(t, byte(tk.n), e)
				case []string:
					assert.Equal(t, []string{string(rune('a' + tk.n%26))}, e)
				}
			}
		}
		t.Logf("%d bytes of input: %d bytes of chunks for %d bytes of arrays", input, lc.allocated, used)
		assert.LessOrEqual(t, lc.allocated-used, len(types)*listChunkSize+used/8, "%d bytes of input", input)
		assert.Nil(t, lc.take(0, types[0], 0, 1, input), "elements of no size")
		lc.release()
		assert.Zero(t, lc.allocated)
		for _, c := range lc.c {
			assert.Nil(t, c.p)
		}
	}
}

// isZeroElems reports whether every element of the slice v is zero.
func isZeroElems(v reflect.Value) bool {
	for i := range v.Len() {
		if !v.Index(i).IsZero() {
			return false
		}
	}
	return true
}

// TestDecodedListsApart checks that the lists a document decodes into,
// whose arrays may share a chunk, are each an array of their own as far
// as a caller can tell: an append to one, which a caller may make, never
// changes the list decoded after it.
func TestDecodedListsApart(t *testing.T) {
	type item struct {
		Codes []string `json:"codes"`
	}
	type doc struct {
		A []string `json:"a"`
		B []string `json:"b"`
		L []item   `json:"l"`
	}
	data := []byte(`{"a":["a1"],"b":["b1","b2"],"l":[{"codes":["c1"]},{"codes":["d1","d2"]},{"codes":["e1"]}]}`)
	var lengths Lengths
	require.Nil(t, ScanLengths(data, noLimits, nil, &lengths))
	for name, decode := range map[string]func(v *doc) error{
		"lengths":    func(v *doc) error { return UnmarshalLengths(data, v, true, &lengths) },
		"no lengths": func(v *doc) error { return Unmarshal(data, v, true) },
	} {
		var v doc
		require.NoError(t, decode(&v), name)
		_ = append(v.A, "x", "y", "z")
		_ = append(v.L[0].Codes, "x", "y")
		_ = append(v.L, item{}, item{})
		assert.Equal(t, doc{A: []string{"a1"}, B: []string{"b1", "b2"}, L: []item{{[]string{"c1"}}, {[]string{"d1", "d2"}}, {[]string{"e1"}}}}, v, name)
		assert.Equal(t, len(v.A), cap(v.A), name)
		assert.Equal(t, len(v.L[0].Codes), cap(v.L[0].Codes), name)
	}
}
