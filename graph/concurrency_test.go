package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// goroutines is how many goroutines each concurrency test starts.
const goroutines = 16

// parallel runs f(i) in goroutines goroutines at once and waits for them.
// Run under -race, it shows that what f does is safe for concurrent use.
func parallel(f func(i int)) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range goroutines {
		wg.Go(func() {
			<-start
			f(i)
		})
	}
	close(start)
	wg.Wait()
}

// TestConcurrentUse uses, from many goroutines at once, the values and
// functions that the package documents as safe for concurrent use, and
// checks that each goroutine gets what one alone gets.
func TestConcurrentUse(t *testing.T) {
	g := smallGraph()
	golden, err := os.ReadFile(goldenSmall)
	require.NoError(t, err)
	nodes, err := os.ReadFile(goldenNodes)
	require.NoError(t, err)
	wantJSON, err := json.Marshal(g)
	require.NoError(t, err)
	broken := smallGraph()
	broken.Events[0].Kind = "sumit"
	broken.Accords[0].Parties = append(broken.Accords[0].Parties, idMissing)
	wantBroken := broken.Validate().Error()
	ix := graph.NewIndex(g)

	tests := []struct {
		name string
		f    func(t *testing.T, i int)
	}{
		{"Validate one graph", func(t *testing.T, _ int) {
			assert.NoError(t, g.Validate())
			assert.EqualError(t, broken.Validate(), wantBroken)
		}},
		{"encode one graph", func(t *testing.T, _ int) {
			b, err := json.Marshal(g)
			if assert.NoError(t, err, "Marshal") {
				assert.Equal(t, string(wantJSON), string(b), "Marshal")
			}
		}},
		{"Unmarshal", func(t *testing.T, i int) {
			decode := graph.Unmarshal
			if i%2 == 1 {
				decode = graph.UnmarshalStrict
			}
			back, err := decode(golden)
			if assert.NoError(t, err, "decode") {
				assert.Equal(t, g, back, "decoded")
			}
			_, err = decode([]byte(`{"events":[{"kind":"sumit"}]}`))
			assert.Error(t, err, "bad kind decodes")
		}},
		{"Read", func(t *testing.T, _ int) {
			back, err := graph.Read(bytes.NewReader(golden), diplo.DecodeOptions{Strict: true, Limits: diplo.Limits{MaxBytes: 1 << 20}})
			if assert.NoError(t, err, "Read") {
				assert.Equal(t, g, back, "Read")
			}
		}},
		{"a NodeReader per goroutine", func(t *testing.T, _ int) {
			r := graph.NewNodeReader(bytes.NewReader(nodes), diplo.DecodeOptions{})
			n := 0
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if !assert.NoError(t, err) {
					return
				}
				n++
			}
			assert.Equal(t, g.Len(), n, "nodes read")
		}},
		{"Index lookups", func(t *testing.T, _ int) {
			for ref, n := range g.Nodes() {
				id := nodeID(n)
				if got, ok := ix.Lookup(id); assert.True(t, ok, "Lookup(%s)", id) {
					assert.Equal(t, ref, got, "Lookup(%s)", id)
				}
			}
			if e, ok := ix.Event(idVisit); assert.True(t, ok, "Event(%s)", idVisit) {
				assert.Equal(t, idVisit, e.ID, "Event(%s)", idVisit)
			}
			if a, ok := ix.Accord(idAccord); assert.True(t, ok, "Accord(%s)", idAccord) {
				assert.Equal(t, idAccord, a.ID, "Accord(%s)", idAccord)
			}
		}},
		{"vocabularies", func(t *testing.T, _ int) {
			checkVocabulary(t, event.Kinds())
			checkVocabulary(t, event.Roles())
			checkVocabulary(t, event.Statuses())
			checkVocabulary(t, accord.Kinds())
			checkVocabulary(t, accord.ActionKinds())
			checkVocabulary(t, actor.OfficeRoles())
			checkVocabulary(t, actor.OrgKinds())
			checkVocabulary(t, diplo.Domains())
		}},
		{"IDFor and ParseDate", func(t *testing.T, i int) {
			assert.Equal(t, idML, actor.StateID(diplo.MustParseCountry("ML")), "StateID")
			assert.Equal(t, idPutin, diplo.IDFor(diplo.MustNewIdentifier(diplo.Wikidata, "Q7747")), "IDFor")
			d, err := diplo.ParseDate(fmt.Sprintf("2025-06-%02d", i+1))
			if assert.NoError(t, err, "ParseDate") {
				assert.Equal(t, fmt.Sprintf("2025-06-%02d", i+1), d.String(), "ParseDate")
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parallel(func(i int) {
				for range 4 {
					tc.f(t, i)
				}
			})
		})
	}
}

// nodeID returns the ID of a node.
func nodeID(n graph.Node) diplo.ID {
	return diplo.ID(reflect.ValueOf(n).Elem().FieldByName("ID").String())
}

func checkVocabulary[T ~string](t *testing.T, v diplo.Vocabulary[T]) {
	t.Helper()
	for _, x := range v.Values() {
		if got, err := v.Parse(string(x)); assert.NoError(t, err, "%s: Parse(%q)", v.Name(), x) {
			assert.Equal(t, x, got, "%s: Parse(%q)", v.Name(), x)
		}
		assert.True(t, v.Has(x), "%s: %q is not in the vocabulary", v.Name(), x)
		assert.NoError(t, v.Check(x), "%s: %q is not in the vocabulary", v.Name(), x)
		assert.NotEmpty(t, v.Description(x), "%s: %q has no description", v.Name(), x)
	}
	_, err := v.Parse("no-such-value")
	assert.Error(t, err, "%s: Parse accepts an unknown value", v.Name())
	assert.Len(t, v.Terms(), len(v.Values()), "%s: terms and values", v.Name())
}

// TestConcurrentNewID makes IDs from many goroutines at once: none is
// made twice, and each goroutine's IDs sort in the order it made them.
func TestConcurrentNewID(t *testing.T) {
	const each = 2000
	ids := make([][]diplo.ID, goroutines)
	parallel(func(i int) {
		for range each {
			ids[i] = append(ids[i], diplo.NewID())
		}
	})
	seen := make(map[diplo.ID]bool, goroutines*each)
	for i, list := range ids {
		assert.True(t, slices.IsSorted(list), "goroutine %d: IDs out of order", i)
		for _, id := range list {
			require.False(t, seen[id], "ID %s made twice", id)
			seen[id] = true
			require.NoError(t, id.Validate())
		}
	}
	assert.Len(t, seen, goroutines*each, "distinct IDs")
}

// TestConcurrentStreams runs one writer and one reader per goroutine,
// each pair on its own pipe.
func TestConcurrentStreams(t *testing.T) {
	const count = 500
	parallel(func(i int) {
		pr, pw := io.Pipe()
		go func() {
			w := graph.NewNodeWriter(pw)
			for k := range count {
				if err := w.Write(streamEvent(i*count + k)); err != nil {
					pw.CloseWithError(err)
					return
				}
			}
			pw.CloseWithError(w.Flush())
		}()
		r := graph.NewNodeReader(pr, diplo.DecodeOptions{Strict: true})
		g := new(graph.Graph)
		for {
			n, err := r.Read()
			if err == io.EOF {
				break
			}
			if !assert.NoError(t, err) {
				return
			}
			assert.NoError(t, g.Add(n))
		}
		if assert.Len(t, g.Events, count, "goroutine %d: events", i) {
			assert.Equal(t, streamEvent(i*count+count-1).ID, g.Events[count-1].ID, "goroutine %d: last event", i)
		}
		assert.NoError(t, g.Validate())
	})
}
