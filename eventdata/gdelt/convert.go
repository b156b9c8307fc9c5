package gdelt

import (
	"strconv"
	"time"

	"github.com/diplo-go/diplo/eventdata"
)

// Record returns the dyad the event codes: Actor1 acts on Actor2 with
// EventCode, where ActionGeo says.
//
// Dataset is GDELT2 or GDELT1 after Version; ID is GLOBALEVENTID in
// decimal; Date is SQLDATE. Each actor keeps its Code, Name, CountryCode
// (CAMEO alpha-3) and its non-empty type codes in Types; the Location
// keeps ActionGeo's name, FIPS 10-4 country code (in CountryCode: the ISO
// Country is left empty, for a resolver to fill), type, feature id and
// coordinates. GDELT's columns that Record has no field for (known group,
// ethnic and religion codes, the actors' own places, IsRootEvent, counts,
// tone, DATEADDED) are not carried.
func (e Event) Record() eventdata.Record {
	t1, t2 := typeSlices(e.Actor1, e.Actor2)
	r := e.record(t1, t2)
	if !e.Empty.Has(ColGlobalEventID) {
		r.ID = strconv.FormatInt(e.GlobalEventID, 10)
	}
	return r
}

// record returns the record of the event but its ID, the actors' Types
// cut from t1 and t2, which have room for them.
func (e *Event) record(t1, t2 []string) (r eventdata.Record) {
	e.fill(&r, t1, t2)
	return r
}

// fill sets in r, which is zero, what record returns: the record is
// written where it is to be returned (ReadRecord's result), not built
// and copied there.
func (e *Event) fill(r *eventdata.Record, t1, t2 []string) {
	r.Dataset = e.Version.Dataset()
	r.Date = e.Day
	e.Actor1.fill(&r.Source, t1)
	e.Actor2.fill(&r.Target, t2)
	r.CAMEO = e.EventCode
	r.BaseCode = e.EventBaseCode
	r.RootCode = e.EventRootCode
	r.QuadClass = e.QuadClass
	r.Goldstein = e.GoldsteinScale
	r.Location = e.ActionGeo.location()
	r.SourceURL = e.SourceURL
}

// fill sets in r, which is zero, the actor's record, its Types cut
// from types, which has room for them.
func (a *Actor) fill(r *eventdata.Actor, types []string) {
	r.Code, r.Name, r.CountryCode = a.Code, a.Name, a.CountryCode
	if a.Type1Code != "" {
		types = append(types, a.Type1Code)
	}
	if a.Type2Code != "" {
		types = append(types, a.Type2Code)
	}
	if a.Type3Code != "" {
		types = append(types, a.Type3Code)
	}
	if len(types) > 0 {
		r.Types = types[:len(types):len(types)]
	}
}

// typeSlices returns room for the non-empty type codes of two actors, in
// one array: the first slice for a1's, the second for a2's.
func typeSlices(a1, a2 Actor) (t1, t2 []string) {
	n1, n2 := a1.numTypes(), a2.numTypes()
	if n1+n2 == 0 {
		return nil, nil
	}
	all := make([]string, n1+n2)
	return all[:0:n1], all[n1:n1]
}

// typeChunk is the number of strings in a block of a typeArena.
const typeChunk = 256

// typeArena gives room for the type codes of the records a Reader
// makes, cut from blocks of typeChunk strings, so that a record costs an
// allocation every hundred rows or so rather than one each. The room
// given is never given again, so that records kept do not change.
//
// A transient arena (ReaderOptions.Transient) gives the same room of its
// own for every record instead: a record's Types are then valid only
// until the next read, as its strings are.
type typeArena struct {
	buf       []string // the current block: its strings up to len are given out
	transient bool
	room      [6]string // the room of a transient arena: three types an actor
}

// slices returns room for n1 and n2 type codes, as typeSlices does.
func (a *typeArena) slices(n1, n2 int) (t1, t2 []string) {
	n := n1 + n2
	if n == 0 {
		return nil, nil
	}
	if a.transient {
		return a.room[:0:n1], a.room[n1:n1:n]
	}
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]string, 0, typeChunk)
	}
	off := len(a.buf)
	a.buf = a.buf[:off+n]
	all := a.buf[off : off+n : off+n]
	return all[:0:n1], all[n1:n1]
}

// numTypes returns the number of the actor's non-empty type codes.
func (a Actor) numTypes() int {
	n := 0
	for _, t := range [...]string{a.Type1Code, a.Type2Code, a.Type3Code} {
		if t != "" {
			n++
		}
	}
	return n
}

func (g Geo) location() eventdata.Location {
	return eventdata.Location{
		Name:        g.FullName,
		CountryCode: g.CountryCode,
		GeoType:     int(g.Type),
		FeatureID:   g.FeatureID,
		Lat:         g.Lat,
		Lon:         g.Long,
		HasCoords:   g.HasCoords,
	}
}

// FromRecord returns the GDELT 2.0 event of a record, to write it with
// Writer.
//
// GLOBALEVENTID is the record's ID when that is a decimal integer;
// SQLDATE, MonthYear, Year and FractionDate come from Date (its calendar
// day, in its own location); the actors get Code, Name, CountryCode and up
// to three Types; EventCode, EventBaseCode and EventRootCode are the
// record's codes, the base and root cut from CAMEO when the record lacks
// them; ActionGeo comes from Location. What the record lacks is left empty
// as GDELT leaves it: text columns, coordinates without HasCoords, the
// actors' places (Geo_Type 0). The numeric columns with no value in the
// record (GLOBALEVENTID when ID is not a number, the date columns for a
// zero Date, IsRootEvent, QuadClass 0, NumMentions, NumSources,
// NumArticles, AvgTone; GoldsteinScale when the record has neither a code
// nor a score) are in Empty and written empty, not as zeros.
// DATEADDED is left empty.
//
// Record fields GDELT has no column for (the actors' IDs, ISO countries,
// sectors and types after the third; Intensity, PLOVER, Text; the
// location's ISO country) are dropped.
func FromRecord(r eventdata.Record) Event {
	e := Event{
		Version:        Version2,
		Actor1:         actorOf(r.Source),
		Actor2:         actorOf(r.Target),
		EventCode:      r.CAMEO,
		EventBaseCode:  r.BaseCode,
		EventRootCode:  r.RootCode,
		QuadClass:      r.QuadClass,
		GoldsteinScale: r.Goldstein,
		ActionGeo: Geo{
			Type:        GeoType(r.Location.GeoType),
			FullName:    r.Location.Name,
			CountryCode: r.Location.CountryCode,
			FeatureID:   r.Location.FeatureID,
			Lat:         r.Location.Lat,
			Long:        r.Location.Lon,
			HasCoords:   r.Location.HasCoords,
		},
		SourceURL: r.SourceURL,
	}
	if e.EventBaseCode == "" && len(r.CAMEO) >= 3 {
		e.EventBaseCode = r.CAMEO[:3]
	}
	if e.EventRootCode == "" && len(r.CAMEO) >= 2 {
		e.EventRootCode = r.CAMEO[:2]
	}
	if id, err := strconv.ParseInt(r.ID, 10, 64); err == nil {
		e.GlobalEventID = id
	} else {
		e.Empty = e.Empty.With(ColGlobalEventID)
	}
	if r.Date.IsZero() {
		e.Empty = e.Empty.With(ColMonthYear).With(ColYear).With(ColFractionDate)
	} else {
		y, m, d := r.Date.Date()
		e.Day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		e.MonthYear = y*100 + int(m)
		e.Year = y
		e.FractionDate = FractionDate(e.Day)
	}
	if r.QuadClass == 0 {
		e.Empty = e.Empty.With(ColQuadClass)
	}
	if r.CAMEO == "" && r.Goldstein == 0 {
		e.Empty = e.Empty.With(ColGoldsteinScale)
	}
	for _, c := range [...]Column{ColIsRootEvent, ColNumMentions, ColNumSources, ColNumArticles, ColAvgTone} {
		e.Empty = e.Empty.With(c)
	}
	return e
}

func actorOf(a eventdata.Actor) Actor {
	r := Actor{Code: a.Code, Name: a.Name, CountryCode: a.CountryCode}
	types := [3]*string{&r.Type1Code, &r.Type2Code, &r.Type3Code}
	for i := 0; i < len(a.Types) && i < len(types); i++ {
		*types[i] = a.Types[i]
	}
	return r
}

// FractionDate returns GDELT's FractionDate of a day: the year plus
// ((month-1)*30 + day)/365, rounded to four decimals (2019-10-24 gives
// 2019.8055). GDELT counts every month as 30 days, so the fraction is not
// the share of the year elapsed.
func FractionDate(day time.Time) float64 {
	y, m, d := day.Date()
	k := int64((int(m)-1)*30 + d)
	// Round k/365 to four decimals in integers (k*10000/365 is never
	// exactly half-way), then divide once so that the result is the
	// float64 nearest to the decimal, as reading "2019.8055" gives.
	frac := (k*20000 + 365) / 730
	return float64(int64(y)*10000+frac) / 10000
}
