package dyad_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/dyad"
)

// TestTakesCAMEO checks TakesCAMEO against AddRecord: for every code of
// the CAMEO table, odd codes and the codes of the sample and of hostile
// records, a code TakesCAMEO says no to is refused as not diplomatic
// whatever the record holds, with the count and error AddRecord gives for
// a record that holds only the code; and a code it says yes to is not
// refused as not diplomatic.
func TestTakesCAMEO(t *testing.T) {
	recs := sampleAndRandomRecords(t, 7, 8)
	var codes []string
	for _, c := range cameo.EventCodes() {
		codes = append(codes, c.Code)
	}
	codes = append(codes, "", "0", "01", "999", "0101x", "\xff", "042 ")
	recsOf := map[string][]eventdata.Record{}
	for _, r := range recs {
		if _, ok := recsOf[r.CAMEO]; !ok {
			codes = append(codes, r.CAMEO)
		}
		recsOf[r.CAMEO] = append(recsOf[r.CAMEO], r)
	}
	l := dyad.NewLifter()
	for _, code := range codes {
		takes := l.TakesCAMEO(code)
		assert.Equal(t, takes, dyad.NewLifter().TakesCAMEO(code), "code %q: a fresh Lifter", code)
		if code == "" {
			// A record without a code is lifted or refused after its
			// PLOVER coding: TakesCAMEO cannot tell.
			assert.True(t, takes)
			continue
		}
		bare := dyad.NewLifter()
		err := bare.AddRecord(&eventdata.Record{CAMEO: code})
		if takes {
			assert.False(t, errors.Is(err, dyad.ErrNotDiplomatic), "code %q: %v", code, err)
			assert.Zero(t, bare.Skipped[dyad.ReasonNotDiplomatic], "code %q", code)
		} else {
			require.ErrorIs(t, err, dyad.ErrNotDiplomatic, "code %q", code)
			assert.Equal(t, 1, bare.Skipped[dyad.ReasonNotDiplomatic], "code %q", code)
		}
		for _, r := range recsOf[code] {
			full := dyad.NewLifter()
			ferr := full.AddRecord(&r)
			if takes {
				assert.False(t, errors.Is(ferr, dyad.ErrNotDiplomatic), "code %q: record %q: %v", code, r.ID, ferr)
			} else {
				assert.Equal(t, err, ferr, "code %q: record %q", code, r.ID)
				assert.Equal(t, bare.LiftStats, full.LiftStats, "code %q: record %q", code, r.ID)
			}
		}
	}
}
