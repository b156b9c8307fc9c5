package dyad_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
)

// TestAddRecord checks that AddRecord lifts a record given by address as
// Add lifts it given by value: the same errors, counts, nodes written
// and graph, for the GDELT sample (twice) and hostile records, read
// into one variable one after the other as import reads them. It checks
// that AddRecord leaves the record as it was, and that what a Lifter
// keeps does not change when the variable is overwritten by the next
// record.
func TestAddRecord(t *testing.T) {
	recs := sampleAndRandomRecords(t, 5, 6)
	var got, want bytes.Buffer
	gw, ww := graph.NewNodeWriter(&got), graph.NewNodeWriter(&want)
	stream, streamRef := dyad.NewStreamLifter(gw), dyad.NewStreamLifter(ww)
	g, gRef := dyad.NewLifter(), dyad.NewLifter()
	var r eventdata.Record
	for i := range recs {
		r = recs[i]
		before := snapshot(r)
		err := stream.AddRecord(&r)
		gErr := g.AddRecord(&r)
		require.Equal(t, before, snapshot(r), "record %d after AddRecord", i)
		wantErr := streamRef.Add(recs[i])
		require.Equal(t, wantErr, gRef.Add(recs[i]), "record %d: the two Lifters of Add", i)
		if wantErr == nil {
			require.NoError(t, err, "record %d", i)
			require.NoError(t, gErr, "record %d", i)
		} else {
			require.EqualError(t, err, wantErr.Error(), "record %d", i)
			require.EqualError(t, gErr, wantErr.Error(), "record %d", i)
		}
		// The variable takes other values before the next record, as a
		// reader's does.
		r = eventdata.Record{ID: "overwritten", Source: eventdata.Actor{Name: "X", Types: []string{"GOV"}}}
	}
	require.NoError(t, gw.Flush())
	require.NoError(t, ww.Flush())
	assert.Greater(t, streamRef.Lifted, 2000)
	assert.Equal(t, streamRef.LiftStats, stream.LiftStats)
	assert.Equal(t, gRef.LiftStats, g.LiftStats)
	assert.Equal(t, want.String(), got.String(), "nodes written")
	gotDoc, err := diplo.Marshal(g.Graph())
	require.NoError(t, err)
	wantDoc, err := diplo.Marshal(gRef.Graph())
	require.NoError(t, err)
	assert.Equal(t, string(wantDoc), string(gotDoc), "graph")
}

// snapshot returns the text of r's fields, the values its slices and
// pointer hold among them (a NaN is written as such, where DeepEqual
// would find two records with one unequal).
func snapshot(r eventdata.Record) string {
	s := fmt.Sprintf("%#v", r)
	if r.Intensity != nil {
		s += fmt.Sprintf(" intensity %v", *r.Intensity)
	}
	return s
}
