package dyad_test

import (
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
)

// encodingSink encodes each node as it is written, and keeps the
// encodings and the nodes' addresses, not the nodes.
type encodingSink struct {
	lines [][]byte
	addrs map[any]int // how many nodes were written at each address
}

func (s *encodingSink) Write(n graph.Node) error {
	b, err := diplo.AppendJSON(nil, n)
	if err != nil {
		return err
	}
	s.lines = append(s.lines, b)
	if s.addrs == nil {
		s.addrs = map[any]int{}
	}
	s.addrs[n]++ // a pointer: its address
	return nil
}

// TestStreamLifterTransient lifts the GDELT sample twice and 20,000
// hostile records with a stream Lifter whose events and statements are
// transient and with one whose are not: the nodes, as encoded when
// written, the errors and the counts are the same, and the transient
// Lifter wrote all its events at one address and all its statements at
// another (the other, a node at each).
func TestStreamLifterTransient(t *testing.T) {
	recs := sampleAndRandomRecords(t, 5, 6)
	var got, want encodingSink
	l := dyad.NewStreamLifterWith(&got, dyad.StreamOptions{Transient: true})
	ref := dyad.NewStreamLifter(&want)
	for i, r := range recs {
		err, wantErr := l.Add(r), ref.Add(r)
		if wantErr == nil {
			require.NoError(t, err, "record %d", i)
		} else {
			require.EqualError(t, err, wantErr.Error(), "record %d", i)
		}
	}
	assert.Greater(t, ref.Lifted, 2000)
	assert.Equal(t, ref.LiftStats, l.LiftStats)
	require.Equal(t, len(want.lines), len(got.lines))
	for i := range want.lines {
		require.Equal(t, string(want.lines[i]), string(got.lines[i]), "node %d", i)
	}
	// The addresses of the events and of the statements written, with
	// the number of nodes written at each.
	addrs := map[string][]int{}
	for n, k := range got.addrs {
		switch n.(type) {
		case *event.Event:
			addrs["events"] = append(addrs["events"], k)
		case *event.Statement:
			addrs["statements"] = append(addrs["statements"], k)
		}
	}
	assert.Equal(t, map[string][]int{"events": {ref.Lifted - want.statements()}, "statements": {want.statements()}}, addrs)
}

// statements returns the number of statements written.
func (s *encodingSink) statements() int {
	n := 0
	for node, k := range s.addrs {
		if _, ok := node.(*event.Statement); ok {
			n += k
		}
	}
	return n
}

// TestStreamLifterTransientAllocs checks that a transient stream Lifter
// lifts a record whose actors, source and code it met before without an
// allocation, and a statement with one fewer than TestLiftAllocs allows
// a Lifter that makes a node for each.
func TestStreamLifterTransientAllocs(t *testing.T) {
	l := dyad.NewStreamLifterWith(nopWriter{}, dyad.StreamOptions{Transient: true})
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	lifted := eventdata.Record{Dataset: eventdata.GDELT2, ID: "2", CAMEO: "042", Date: day,
		Source:    eventdata.Actor{CountryCode: "RUS", Code: "RUS"},
		Target:    eventdata.Actor{Name: "ASSOCIATION OF SOUTHEAST ASIAN NATIONS", Code: "ASA"},
		Location:  eventdata.Location{Name: "Moscow, Moscow City, Russia", CountryCode: "RS", Lat: 55.75, Lon: 37.62, HasCoords: true},
		SourceURL: "https://example.org/news/1",
	}
	statement := lifted
	statement.CAMEO = "010"
	require.NoError(t, l.Add(lifted))
	require.NoError(t, l.Add(statement))
	i := 2
	for _, tc := range []struct {
		name string
		r    eventdata.Record
		max  float64
	}{{"lifted record", lifted, 0}, {"statement", statement, 1}} {
		allocs := testing.AllocsPerRun(100, func() {
			i++
			tc.r.ID = strconv.Itoa(i)
			require.NoError(t, l.Add(tc.r))
		})
		assert.LessOrEqual(t, allocs, tc.max, tc.name)
	}
}

type nopWriter struct{}

func (nopWriter) Write(graph.Node) error { return nil }

// A Lifter whose sink encodes each node as it comes, as graph.NodeWriter
// does, may make every event in the same memory: the output is the
// same, with an allocation less for each record. The first record is
// GDELT 2.0 event 881990833 of 24 October 2019 (the EU and Belarus); the
// second is one like it under the next ID.
func ExampleNewStreamLifterWith() {
	w := graph.NewNodeWriter(os.Stdout)
	l := dyad.NewStreamLifterWith(w, dyad.StreamOptions{Transient: true})
	for _, id := range []string{"881990833", "881990834"} {
		err := l.Add(eventdata.Record{
			Dataset: eventdata.GDELT2, ID: id, CAMEO: "040",
			Date:   time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
			Source: eventdata.Actor{Code: "IGOEUREEC", Name: "THE EU", CountryCode: "EUR"},
			Target: eventdata.Actor{Code: "BLR", CountryCode: "BLR"},
		})
		if err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(l.LiftStats)
	// Output:
	// {"id":"urn:uuid:60ebca1a-49e5-5cd9-8e52-5587517ab4fa","type":"Organization","kind":"other","name":{"en":"THE EU"}}
	// {"id":"https://w3id.org/diplo/id/state/BY","type":"State","name":{"en":"Belarus"},"country":"BY"}
	// {"id":"urn:uuid:c4ef3f9b-8525-5784-8abc-a34e767a14bf","type":"Event","kind":"bilateral-talks","startDate":"2019-10-24","participants":[{"actor":"urn:uuid:60ebca1a-49e5-5cd9-8e52-5587517ab4fa","role":"participant"},{"actor":"https://w3id.org/diplo/id/state/BY","role":"participant"}],"identifiers":["gdelt:881990833"]}
	// {"id":"urn:uuid:9666a731-dedd-51e6-91f8-84b9144af576","type":"Event","kind":"bilateral-talks","startDate":"2019-10-24","participants":[{"actor":"urn:uuid:60ebca1a-49e5-5cd9-8e52-5587517ab4fa","role":"participant"},{"actor":"https://w3id.org/diplo/id/state/BY","role":"participant"}],"identifiers":["gdelt:881990834"]}
	// 2 lifted into events
}
