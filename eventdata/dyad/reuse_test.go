package dyad

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
)

// TestTransientBoxNotCleared lifts, with a transient stream Lifter whose
// boxes are not cleared between records, a record with every part (a
// target, a place with coordinates, an identifier, a source, a statement
// about the target) and then records with none of them, and checks each
// node against the one a Lifter that makes a new node for each record
// writes: nothing of an earlier record shows.
func TestTransientBoxNotCleared(t *testing.T) {
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	full := eventdata.Record{Dataset: eventdata.GDELT2, ID: "1", CAMEO: "042", Date: day,
		Source:    eventdata.Actor{CountryCode: "RUS"},
		Target:    eventdata.Actor{CountryCode: "FRA"},
		Location:  eventdata.Location{Name: "Moscow", CountryCode: "RS", Lat: 55.75, Lon: 37.62, HasCoords: true},
		SourceURL: "https://example.org/news/1",
		Text:      "talks",
	}
	bare := eventdata.Record{Dataset: eventdata.ICEWS, ID: "x", CAMEO: "042", Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}
	fullStatement, bareStatement := full, bare
	fullStatement.CAMEO, bareStatement.CAMEO = "010", "010"
	recs := []eventdata.Record{full, bare, fullStatement, bareStatement, full, bareStatement, fullStatement, bare}
	var got, want []string
	collect := func(out *[]string) sinkFunc {
		return func(n graph.Node) error {
			b, err := diplo.Marshal(n)
			*out = append(*out, string(b))
			return err
		}
	}
	l := NewStreamLifterWith(collect(&got), StreamOptions{Transient: true})
	ref := NewStreamLifter(collect(&want))
	for i, r := range recs {
		r.ID += string(rune('a' + i))
		require.NoError(t, ref.AddRecord(&r))
		require.NoError(t, l.AddRecord(&r))
	}
	assert.Equal(t, want, got)
}
