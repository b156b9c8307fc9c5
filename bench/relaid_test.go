package bench_test

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// relaid returns a deep copy of *v (a graph.Graph or a plain.Graph, or
// any value of exported fields, slices, pointers and maps) whose memory
// is laid out anew: its maps (the Texts, as language maps or as
// map[string]string) are made first, in the order mapOrder gives, each
// with its entries' strings; then everything else, strings included, in
// the order an encoder writes it. With mapOrder nil the maps are made in
// writing order too, so that the whole copy is laid out in the order it
// is read, as plain.FromGraph lays out the plain structs; a permutation
// scatters the maps across memory, as a program that builds its values in
// another order than it writes them scatters its own (synth.Graph makes
// a visit's events, statements, accords and sources together, and the
// encoder writes them list by list).
//
// The copy holds the same values as v: the same map entries, language
// tags, IDs and dates, so that an encoder does the same work on both, and
// only the places of the values in memory differ.
func relaid[T any](v *T, mapOrder func(n int) []int) *T {
	var maps []reflect.Value
	collectMaps(reflect.ValueOf(v).Elem(), &maps)
	made := make([]reflect.Value, len(maps))
	order := make([]int, len(maps))
	for i := range order {
		order[i] = i
	}
	if mapOrder != nil {
		order = mapOrder(len(maps))
	}
	for _, i := range order {
		src := maps[i]
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		it := src.MapRange()
		for it.Next() {
			m.SetMapIndex(cloneStrings(it.Key()), cloneStrings(it.Value()))
		}
		made[i] = m
	}
	out := new(T)
	c := copier{maps: made}
	c.copy(reflect.ValueOf(out).Elem(), reflect.ValueOf(v).Elem())
	return out
}

// shuffled returns a function that permutes n indexes, the same for the
// same seed.
func shuffled(seed uint64) func(n int) []int {
	return func(n int) []int { return rand.New(rand.NewPCG(seed, seed)).Perm(n) }
}

// collectMaps appends the non-nil maps of v to maps, in writing order.
func collectMaps(v reflect.Value, maps *[]reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				collectMaps(v.Field(i), maps)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			collectMaps(v.Index(i), maps)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			collectMaps(v.Elem(), maps)
		}
	case reflect.Map:
		if !v.IsNil() {
			*maps = append(*maps, v)
		}
	}
}

// cloneStrings returns v, a map key or value, with its string copied.
func cloneStrings(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.String {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.SetString(strings.Clone(v.String()))
	return c
}

// copier copies a value in writing order, taking its maps, in turn, from
// maps.
type copier struct {
	maps []reflect.Value
	next int
}

func (c *copier) copy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.String:
		dst.SetString(strings.Clone(src.String()))
	case reflect.Struct:
		// Unexported fields (a Date's parts, a language tag's) are
		// values or shared as they are.
		dst.Set(src)
		for i := range src.NumField() {
			if src.Type().Field(i).IsExported() {
				c.copy(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			c.copy(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Array:
		for i := range src.Len() {
			c.copy(dst.Index(i), src.Index(i))
		}
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Type().Elem())
		c.copy(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		dst.Set(c.maps[c.next])
		c.next++
	default:
		dst.Set(src)
	}
}

// TestRelaid checks the copies of BenchmarkRatio's encode-relaid and
// encode-scattered: diplo.Marshal of a relaid graph and each
// competitor's encoding of relaid plain structs write the record's bytes,
// and the copies hold the values they were made from.
func TestRelaid(t *testing.T) {
	for _, r := range loadRecords(t) {
		for name, order := range map[string]func(int) []int{"writing order": nil, "scattered": shuffled(1)} {
			g := relaid(r.graph, order)
			require.Equal(t, r.graph, g, "%s, %s: the copy differs from the graph", r.name, name)
			got, err := diplo.Marshal(g)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(got, r.json), "%s, %s: diplo.Marshal of the copy differs at byte %d", r.name, name, mismatch(got, r.json))
			p := relaid(r.plain, order)
			require.Equal(t, r.plain, p, "%s, %s: the copy differs from the plain structs", r.name, name)
			for _, c := range codecs {
				got, err := c.marshal(p)
				require.NoError(t, err)
				assert.True(t, bytes.Equal(got, r.json), "%s, %s, %s: the encoding of the copy differs at byte %d", r.name, name, c.name, mismatch(got, r.json))
			}
		}
	}
	// The copy is deep: changing its maps leaves the original as it was.
	r := loadRecord(t, "russia-mali")
	g := relaid(r.graph, nil)
	require.NotEmpty(t, g.Events)
	require.NotEmpty(t, g.Events[0].Name)
	for tag := range g.Events[0].Name {
		g.Events[0].Name[tag] = "changed"
	}
	assert.NotEqual(t, r.graph.Events[0].Name, g.Events[0].Name)
}
