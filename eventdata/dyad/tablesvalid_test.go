package dyad

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/graph"
)

// TestLiftTablesValid lifts a record of every code the Lifter lifts (each
// CAMEO code of CAMEOKinds and its four-digit codes, each statement code
// of root 01, each PLOVER coding), between states and between
// organisations, with and without a text, and checks that every node it
// writes passes its own Validate: Add does not validate the events and
// statements it makes, which depend on its tables.
func TestLiftTablesValid(t *testing.T) {
	var recs []eventdata.Record
	for _, c := range cameo.EventCodes() {
		if _, ok := cameoKinds[c.Code]; ok || len(c.Code) >= 3 && strings.HasPrefix(c.Code, statementRoot) || cameoKinds[c.BaseCode].Kind != "" {
			recs = append(recs, eventdata.Record{Dataset: eventdata.GDELT2, CAMEO: c.Code})
		}
	}
	for _, table := range []map[string]Lifting{ploverKinds, diploPLOVERKinds} {
		for k, lf := range table {
			ev, mode, _ := strings.Cut(k, "/")
			recs = append(recs, eventdata.Record{Dataset: eventdata.Diplo, CAMEO: "",
				PLOVER: eventdata.PLOVER{Event: ev, Mode: mode, Contexts: []string{lf.Context}}})
		}
	}
	require.Greater(t, len(recs), len(cameoKinds)+len(ploverKinds))
	sides := [][2]eventdata.Actor{
		{{CountryCode: "RUS"}, {CountryCode: "MLI"}},
		{{Code: "IGOEUREEC", Name: "THE EU"}, {Code: "COLREB", Name: "FARC", CountryCode: "COL"}},
	}
	written := 0
	l := NewStreamLifter(sinkFunc(func(n graph.Node) error {
		written++
		return n.Validate()
	}))
	for i, r := range recs {
		for j, s := range sides {
			for _, text := range []string{"", " talks\x01 held "} {
				r.ID = strings.Repeat("1", i+1) + strings.Repeat("2", j+1) + map[bool]string{true: "3"}[text != ""]
				r.Date = time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
				r.Source, r.Target, r.Text = s[0], s[1], text
				r.Location = eventdata.Location{Name: "Bamako", CountryCode: "ML", Lat: 12.65, Lon: -8, HasCoords: true}
				r.SourceURL = "https://example.org/" + r.ID
				require.NoError(t, l.Add(r), "%+v", r)
			}
		}
	}
	assert.Equal(t, 4*len(recs), l.Lifted)
	assert.Greater(t, written, l.Lifted)
}
