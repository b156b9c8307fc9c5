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
	if err != nil {
		t.Fatal(err)
	}
	nodes, err := os.ReadFile(goldenNodes)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
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
			if err := g.Validate(); err != nil {
				t.Error(err)
			}
			if err := broken.Validate(); err == nil || err.Error() != wantBroken {
				t.Errorf("Validate = %v", err)
			}
		}},
		{"encode one graph", func(t *testing.T, _ int) {
			if b, err := json.Marshal(g); err != nil || !bytes.Equal(b, wantJSON) {
				t.Errorf("Marshal = %v", err)
			}
		}},
		{"Unmarshal", func(t *testing.T, i int) {
			decode := graph.Unmarshal
			if i%2 == 1 {
				decode = graph.UnmarshalStrict
			}
			back, err := decode(golden)
			if err != nil || !reflect.DeepEqual(back, g) {
				t.Errorf("decoded %v", err)
			}
			if _, err := decode([]byte(`{"events":[{"kind":"sumit"}]}`)); err == nil {
				t.Error("bad kind decodes")
			}
		}},
		{"Read", func(t *testing.T, _ int) {
			back, err := graph.Read(bytes.NewReader(golden), graph.DecodeOptions{Strict: true, Limits: diplo.Limits{MaxBytes: 1 << 20}})
			if err != nil || !reflect.DeepEqual(back, g) {
				t.Errorf("Read: %v", err)
			}
		}},
		{"a NodeReader per goroutine", func(t *testing.T, _ int) {
			r := graph.NewNodeReader(bytes.NewReader(nodes), graph.DecodeOptions{})
			n := 0
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Error(err)
					return
				}
				n++
			}
			if n != g.Len() {
				t.Errorf("read %d nodes, want %d", n, g.Len())
			}
		}},
		{"Index lookups", func(t *testing.T, _ int) {
			for ref, n := range g.Nodes() {
				id := nodeID(n)
				if got, ok := ix.Lookup(id); !ok || got != ref {
					t.Errorf("Lookup(%s) = %v, %v; want %v", id, got, ok, ref)
				}
			}
			if e, ok := ix.Event(idVisit); !ok || e.ID != idVisit {
				t.Errorf("Event(%s) = %v", idVisit, ok)
			}
			if a, ok := ix.Accord(idAccord); !ok || a.ID != idAccord {
				t.Errorf("Accord(%s) = %v", idAccord, ok)
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
			if got := actor.StateID(diplo.MustParseCountry("ML")); got != idML {
				t.Errorf("StateID = %s, want %s", got, idML)
			}
			if got := diplo.IDFor(diplo.MustNewIdentifier(diplo.Wikidata, "Q7747")); got != idPutin {
				t.Errorf("IDFor = %s, want %s", got, idPutin)
			}
			d, err := diplo.ParseDate(fmt.Sprintf("2025-06-%02d", i+1))
			if err != nil || d.String() != fmt.Sprintf("2025-06-%02d", i+1) {
				t.Errorf("ParseDate = %v, %v", d, err)
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
		if got, err := v.Parse(string(x)); err != nil || got != x {
			t.Errorf("%s: Parse(%q) = %q, %v", v.Name(), x, got, err)
		}
		if !v.Has(x) || v.Check(x) != nil || v.Description(x) == "" {
			t.Errorf("%s: %q is not in the vocabulary", v.Name(), x)
		}
	}
	if _, err := v.Parse("no-such-value"); err == nil {
		t.Errorf("%s: Parse accepts an unknown value", v.Name())
	}
	if len(v.Terms()) != len(v.Values()) {
		t.Errorf("%s: %d terms, %d values", v.Name(), len(v.Terms()), len(v.Values()))
	}
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
		if !slices.IsSorted(list) {
			t.Errorf("goroutine %d: IDs out of order", i)
		}
		for _, id := range list {
			if seen[id] {
				t.Fatalf("ID %s made twice", id)
			}
			seen[id] = true
			if err := id.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(seen) != goroutines*each {
		t.Errorf("%d distinct IDs, want %d", len(seen), goroutines*each)
	}
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
		r := graph.NewNodeReader(pr, graph.DecodeOptions{Strict: true})
		g := new(graph.Graph)
		for {
			n, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Error(err)
				return
			}
			if err := g.Add(n); err != nil {
				t.Error(err)
			}
		}
		if len(g.Events) != count || g.Events[count-1].ID != streamEvent(i*count+count-1).ID {
			t.Errorf("goroutine %d: %d events", i, len(g.Events))
		}
		if err := g.Validate(); err != nil {
			t.Error(err)
		}
	})
}
