package dyad_test

import (
	"strconv"
	"testing"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/internal/scaling"
)

// BenchmarkLiftGDELTRows lifts 50,000 records as "diplo import gdelt"
// does: the GDELT sample's records over and over, each copy with ids and
// source URLs of its own (the rows of the command's import benchmark),
// given by address to a Transient stream Lifter whose sink keeps
// nothing. Each run has a new Lifter.
func BenchmarkLiftGDELTRows(b *testing.B) {
	sample := gdeltRecords(b)
	recs := make([]eventdata.Record, 50000)
	for i := range recs {
		r := sample[i%len(sample)]
		copyNo := i / len(sample)
		r.ID += strconv.Itoa(copyNo)
		if copyNo > 0 && r.SourceURL != "" {
			r.SourceURL += "?copy=" + strconv.Itoa(copyNo)
		}
		recs[i] = r
	}
	scaling.RowsLoop(b, len(recs), func() {
		l := dyad.NewStreamLifterWith(discard{}, dyad.StreamOptions{Transient: true})
		for i := range recs {
			_ = l.AddRecord(&recs[i])
		}
		if l.Err() != nil || l.Lifted == 0 {
			b.Fatalf("lifted %d: %v", l.Lifted, l.Err())
		}
	})
}
