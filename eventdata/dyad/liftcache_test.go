package dyad

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
)

// TestNameUUID checks that nameUUID gives the UUID uuid.NewSHA1 gives, on
// both sides of the length it hashes without allocating, and that it does
// not allocate below it.
func TestNameUUID(t *testing.T) {
	for _, n := range []int{0, 1, 55, 56, 64, 255, 256, 257, 1000} {
		name := strings.Repeat("é", n/2) + strings.Repeat("x", n%2)
		assert.Equal(t, uuid.NewSHA1(diplo.Namespace(), []byte(name)), nameUUID(name), "length %d", len(name))
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = nameUUID("gdelt2:881990833") }))
}

// TestLiftCacheBounded checks that the caches stay within cacheEntries
// entries, and that a Lifter with its caches writes the same nodes and
// returns the same errors as one whose caches are emptied before every
// record.
func TestLiftCacheBounded(t *testing.T) {
	var cached, uncached []string
	collect := func(out *[]string) sinkFunc {
		return func(n graph.Node) error {
			b, err := diplo.Marshal(n)
			*out = append(*out, string(b))
			return err
		}
	}
	l, fresh := NewStreamLifter(collect(&cached)), NewStreamLifter(collect(&uncached))
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	countries := []string{"RUS", "FRA", "EUR", "Mali", "XXX", ""}
	for i := range 3 * cacheEntries {
		n := strconv.Itoa(i % (2 * cacheEntries))
		recs := []eventdata.Record{{Dataset: eventdata.GDELT2, ID: strconv.Itoa(i), CAMEO: "042", Date: day,
			Source:    eventdata.Actor{Name: "ORGANISATION " + n, CountryCode: countries[i%len(countries)]},
			Target:    eventdata.Actor{Code: "X" + n, CountryCode: countries[(i+1)%len(countries)]},
			SourceURL: []string{"https://example.org/news/" + n, "ftp://example.org/" + n}[i%2],
			Location: []eventdata.Location{{Name: "Town\u0085 " + n, CountryCode: "RS", Lat: 55.75, Lon: 37.62, HasCoords: true},
				{CountryCode: countries[i%len(countries)], Lat: 1, HasCoords: true}, {Name: " " + n + " ", Country: "Q" + n}}[i%3],
		}, {Dataset: eventdata.GDELT2, CAMEO: "19" + n}, {PLOVER: eventdata.PLOVER{Event: "ASSAULT", Mode: n}}}
		for _, r := range recs {
			fresh.cache = liftCache{}
			err, want := l.Add(r), fresh.Add(r)
			if want == nil {
				require.NoError(t, err)
			} else {
				require.EqualError(t, err, want.Error())
			}
		}
	}
	assert.LessOrEqual(t, len(l.cache.orgs), cacheEntries)
	assert.LessOrEqual(t, len(l.cache.countries), cacheEntries)
	assert.LessOrEqual(t, len(l.cache.sources), cacheEntries)
	assert.LessOrEqual(t, len(l.cache.refusals), cacheEntries)
	assert.LessOrEqual(t, len(l.cache.codes), cacheEntries)
	assert.LessOrEqual(t, len(l.cache.places), cacheEntries)
	assert.Equal(t, uncached, cached)
	assert.Equal(t, fresh.LiftStats, l.LiftStats)
	assert.Equal(t, 3*cacheEntries, l.Lifted)
}

type sinkFunc func(graph.Node) error

func (f sinkFunc) Write(n graph.Node) error { return f(n) }

// TestEventBoxURN checks that the ID an eventBox writes is the URN of
// the UUID.
func TestEventBoxURN(t *testing.T) {
	for _, u := range []uuid.UUID{{}, uuid.Max, nameUUID("gdelt2:881990833"), nameUUID("x")} {
		var b eventBox
		assert.Equal(t, diplo.ID(u.URN()), b.urn(u))
	}
}
