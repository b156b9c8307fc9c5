package dyad

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
)

// TestRepeatedIDsNumbered checks the IDs of records that share an id
// against the rule: the first under the record's ID, the n-th under the
// name-based UUID of "ID#n", whichever records between them are refused,
// in a graph and in a transient stream.
func TestRepeatedIDsNumbered(t *testing.T) {
	day := time.Date(2018, 3, 17, 0, 0, 0, 0, time.UTC)
	r := eventdata.Record{Dataset: eventdata.GDELT2, ID: "7", CAMEO: "042", Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}
	refused := r
	refused.Source = eventdata.Actor{}
	base := diplo.ID(recordID(&r).URN())
	want := []diplo.ID{base}
	for _, n := range []string{"2", "3", "4"} {
		want = append(want, diplo.ID(uuid.NewSHA1(diplo.Namespace(), []byte(string(base)+"#"+n)).URN()))
	}
	var streamed []diplo.ID
	s := NewStreamLifterWith(sinkFunc(func(n graph.Node) error {
		if e, ok := n.(*event.Event); ok {
			streamed = append(streamed, e.ID)
		}
		return nil
	}), StreamOptions{Transient: true})
	l := NewLifter()
	for range want {
		require.Error(t, l.AddRecord(&refused))
		require.NoError(t, l.AddRecord(&r))
		require.Error(t, s.AddRecord(&refused))
		require.NoError(t, s.AddRecord(&r))
	}
	var got []diplo.ID
	for _, e := range l.Graph().Events {
		got = append(got, e.ID)
	}
	assert.Equal(t, want, got)
	assert.Equal(t, want, streamed)
}
