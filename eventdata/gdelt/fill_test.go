package gdelt

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/eventdata"
)

// recordLiteral is the record of e but its ID, built as one literal: the
// rule that Event.fill writes in place, kept here to check it.
func recordLiteral(e *Event, t1, t2 []string) eventdata.Record {
	actor := func(a Actor, types []string) eventdata.Actor {
		r := eventdata.Actor{Code: a.Code, Name: a.Name, CountryCode: a.CountryCode}
		for _, t := range [...]string{a.Type1Code, a.Type2Code, a.Type3Code} {
			if t != "" {
				types = append(types, t)
			}
		}
		if len(types) > 0 {
			r.Types = types[:len(types):len(types)]
		}
		return r
	}
	return eventdata.Record{
		Dataset:   e.Version.Dataset(),
		Date:      e.Day,
		Source:    actor(e.Actor1, t1),
		Target:    actor(e.Actor2, t2),
		CAMEO:     e.EventCode,
		BaseCode:  e.EventBaseCode,
		RootCode:  e.EventRootCode,
		QuadClass: e.QuadClass,
		Goldstein: e.GoldsteinScale,
		Location:  e.ActionGeo.location(),
		SourceURL: e.SourceURL,
	}
}

// TestFillRecord checks that Event.record, which fills the record in
// place, gives the record built as one literal, for 2,000 random events
// of each version (every one of an actor's three type codes empty or
// not, the other members empty or not), with the types cut from the
// room typeSlices gives and from a transient arena's.
func TestFillRecord(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	text := func() string {
		if rnd.IntN(3) == 0 {
			return ""
		}
		return strconv.Itoa(rnd.IntN(1000))
	}
	actor := func() Actor {
		return Actor{Code: text(), Name: text(), CountryCode: text(), KnownGroupCode: text(),
			Type1Code: text(), Type2Code: text(), Type3Code: text()}
	}
	for k := range 6000 {
		e := Event{
			Version:        []Version{Version2, Version1, Version1Backfile}[k%3],
			GlobalEventID:  rnd.Int64(),
			Day:            time.Date(2000+rnd.IntN(30), 1, 1+rnd.IntN(365), 0, 0, 0, 0, time.UTC),
			Actor1:         actor(),
			Actor2:         actor(),
			EventCode:      text(),
			EventBaseCode:  text(),
			EventRootCode:  text(),
			QuadClass:      rnd.IntN(5),
			GoldsteinScale: rnd.Float64()*20 - 10,
			ActionGeo: Geo{Type: GeoType(rnd.IntN(6)), FullName: text(), CountryCode: text(),
				FeatureID: text(), Lat: rnd.Float64(), Long: rnd.Float64(), HasCoords: rnd.IntN(2) == 0},
			SourceURL: text(),
		}
		w1, w2 := typeSlices(e.Actor1, e.Actor2)
		g1, g2 := typeSlices(e.Actor1, e.Actor2)
		assert.Equal(t, recordLiteral(&e, w1, w2), e.record(g1, g2), "event %d", k)
		a := typeArena{transient: true}
		g1, g2 = a.slices(e.Actor1.numTypes(), e.Actor2.numTypes())
		got := e.record(g1, g2)
		assert.Equal(t, recordLiteral(&e, w1, w2), got, "event %d, transient arena", k)
		for _, r := range []eventdata.Actor{got.Source, got.Target} {
			assert.Equal(t, len(r.Types), cap(r.Types), "event %d: room after the types", k)
		}
	}
}
