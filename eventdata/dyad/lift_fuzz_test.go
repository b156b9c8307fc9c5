package dyad

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
)

// FuzzLiftCache lifts records made of arbitrary values, each twice (the second
// time through the caches the first filled), and checks that every node
// written passes its own Validate, which the Lifter does not ask again of
// what it built from checked parts (sources, places, events,
// statements), and that a Lifter whose caches are emptied before every
// record writes the same nodes and returns the same errors.
func FuzzLiftCache(f *testing.F) {
	f.Add("042", "RUSGOV", "RUSSIA", "RUS", "MLI", "", "Bamako, Mali", "ML", "", 12.65, -8.0, true, "https://example.org/a", "881990833", "")
	f.Add("010", "IGOEUREEC", "THE\x00 EU", "EUR", "", "BLR", "Minsk\u0085, Belarus", "BO", "", 53.9, 27.5, true, "HTTPS://Example.org/a b", "12 34", "talks\x1b held")
	f.Add("0431", "COLREB", "FARC", "COL", "", "", "", "", "", 0.0, 0.0, true, "ftp://example.org/x", "", "")
	f.Add("057", "", "", "", "Mali", "MLI", " ", "Q!", "XX", 91.0, math.NaN(), true, "https:///x", "1", " \t")
	f.Add("012", "USA", "", "USA", "", "", "", "", "FR", 10.0, 10.0, true, "http://a.b/c?d=e#f", "7", "")
	f.Fuzz(func(t *testing.T, code, srcCode, srcName, srcCountry, dstName, dstCode, locName, locCode, locCountry string,
		lat, lon float64, hasCoords bool, url, id, text string) {
		r := eventdata.Record{Dataset: eventdata.GDELT2, ID: id, CAMEO: code, Text: text,
			Date:      time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
			Source:    eventdata.Actor{Code: srcCode, Name: srcName, CountryCode: srcCountry},
			Target:    eventdata.Actor{Code: dstCode, Name: dstName, CountryCode: dstCode},
			Location:  eventdata.Location{Name: locName, CountryCode: locCode, Country: locCountry, Lat: lat, Lon: lon, HasCoords: hasCoords},
			SourceURL: url,
		}
		var cached, uncached []string
		collect := func(out *[]string) sinkFunc {
			return func(n graph.Node) error {
				require.NoError(t, n.Validate(), "%#v", n)
				b, err := diplo.Marshal(n)
				*out = append(*out, string(b))
				return err
			}
		}
		l, fresh := NewStreamLifter(collect(&cached)), NewStreamLifter(collect(&uncached))
		for i := range 2 {
			r.ID = id + string(rune('0'+i))
			fresh.cache = liftCache{}
			err, want := l.Add(r), fresh.Add(r)
			if want == nil {
				require.NoError(t, err)
			} else {
				require.EqualError(t, err, want.Error())
			}
		}
		require.Equal(t, uncached, cached)
		require.Equal(t, fresh.LiftStats, l.LiftStats)
	})
}
