package dyad

import (
	"crypto/sha1"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/iri"
)

// The caches of a Lifter remember what it derived from values that come
// again from row to row (a country code, an organisation's name, a source
// URL, a code it refuses), so that a value met again costs a map look-up
// instead of a country table search, a SHA-1 and a UUID's text. They hold
// what the uncached derivation gives, and nothing else: a Lifter with
// them writes the same nodes and returns the same errors.
//
// Their memory is bounded whatever the input: each holds at most
// cacheEntries entries, and is emptied when it is full; a value longer
// than cacheKeyLen is not cached. Keys are copied, so that a cache does
// not keep alive the line a value was cut from.
const (
	cacheEntries = 1024
	cacheKeyLen  = 256
)

// liftCache holds a Lifter's caches; its maps are made on first use.
type liftCache struct {
	refusals  map[refusalKey]error
	codes     map[string]codeLifting
	countries map[countryKey]countryID
	orgs      map[orgKey]nodeID
	sources   map[string]sourceID
	places    map[placeKey]placeParts
	texts     map[string]diplo.Text
}

// placeKey is what a record says of its place, but the coordinates.
type placeKey struct{ name, code, country string }

// placeParts is what the Lifter makes of a placeKey: the cleaned name
// and whether it was cleaned; the country, or badCountry when the record
// names one that resolves to no ISO 3166 country; and whether a place of
// that name and country, without coordinates, passes Place.Validate.
// A Lifter that shares texts keeps the name's Text in text.
type placeParts struct {
	name       string
	text       diplo.Text
	repaired   bool
	country    diplo.Country
	badCountry bool
	valid      bool
}

// codeLifting is what a record's CAMEO code gives: whether the record is
// a statement, how it is lifted if it is not, and, for a code that is not
// lifted, the error Add returns.
type codeLifting struct {
	statement bool
	lf        Lifting
	err       error
}

// refusalKey is the PLOVER coding of a record that names no diplomatic
// event.
type refusalKey struct{ event, mode string }

// countryKey is what a dyad side says of its country.
type countryKey struct{ country, code string }

// countryID is the state a countryKey resolves to, if ok.
type countryID struct {
	c  diplo.Country
	id nodeID
	ok bool
}

// orgKey is the cleaned code and name of an organisation.
type orgKey struct{ code, name string }

// nodeID is a node's ID as a UUID (the key of the Lifter's indexes) and
// as text.
type nodeID struct {
	key uuid.UUID
	id  diplo.ID
}

// sourceID is the Source node of a URL, if ok: its ID and its canonical
// URL.
type sourceID struct {
	nodeID
	url string
	ok  bool
}

// put stores v under k in *m, making the map on first use and emptying
// it when full. An emptied map keeps its room: data whose values do not
// repeat (a URL per row) fill it again without growing it again.
func put[K comparable, V any](m *map[K]V, k K, v V) {
	switch {
	case *m == nil:
		*m = make(map[K]V)
	case len(*m) >= cacheEntries:
		clear(*m)
	}
	(*m)[k] = v
}

// cameoLifting returns what the CAMEO code of a record gives: for
// r.CAMEO == code, isStatement(r), lifting(r, statement) and, when that
// is not ok, the ErrNotDiplomatic error Add returns, in one look-up for a
// code met before.
func (l *Lifter) cameoLifting(code string) codeLifting {
	if v, ok := l.cache.codes[code]; ok {
		return v
	}
	r := eventdata.Record{CAMEO: code} // all that the two read of a record with a CAMEO code
	var v codeLifting
	v.statement = isStatement(&r)
	lf, ok := lifting(&r, v.statement)
	if ok {
		v.lf = lf
	} else {
		v.err = fmt.Errorf("dyad: %w: CAMEO %q", ErrNotDiplomatic, check.Quote(code))
	}
	if len(code) <= cacheKeyLen {
		put(&l.cache.codes, strings.Clone(code), v)
	}
	return v
}

// notDiplomatic returns the ErrNotDiplomatic error of a record without a
// CAMEO code that Add refuses for its PLOVER coding (cameoLifting gives
// that of a CAMEO code).
func (l *Lifter) notDiplomatic(r *eventdata.Record) error {
	k := refusalKey{event: r.PLOVER.Event, mode: r.PLOVER.Mode}
	if err, ok := l.cache.refusals[k]; ok {
		return err
	}
	err := fmt.Errorf("dyad: %w: PLOVER %q", ErrNotDiplomatic, check.Quote(r.PLOVER.Event+"/"+r.PLOVER.Mode))
	if len(k.event)+len(k.mode) <= cacheKeyLen {
		event, mode, _ := cloneKey(k.event, k.mode, "")
		put(&l.cache.refusals, refusalKey{event, mode}, err)
	}
	return err
}

// country returns the state of a dyad side: the country of a.Country, or
// else of a.CountryCode read as a CAMEO code or a country name, with the
// ID of its State node; false when there is none.
func (l *Lifter) country(a *eventdata.Actor) (diplo.Country, nodeID, bool) {
	k := countryKey{a.Country, a.CountryCode}
	if v, ok := l.cache.countries[k]; ok {
		return v.c, v.id, v.ok
	}
	var v countryID
	iso := a.Country
	if iso == "" && a.CountryCode != "" {
		if c, ok := cameo.CountryISO(a.CountryCode); ok {
			iso = c
		} else if c, ok := cameo.CountryByName(a.CountryCode); ok {
			iso = c
		}
	}
	if c, err := diplo.ParseCountry(iso); err == nil && iso != "" {
		// The state's ID is the one its code makes (actor.StateID); the
		// key that dedupes actors stays the name-based UUID of the code.
		key := nameUUID(c.Identifier().String()) // diplo.IDFor
		v = countryID{c: c, id: nodeID{key: key, id: actor.StateID(c)}, ok: true}
	}
	if len(k.country)+len(k.code) <= cacheKeyLen {
		country, code, _ := cloneKey(k.country, k.code, "")
		put(&l.cache.countries, countryKey{country, code}, v)
	}
	return v.c, v.id, v.ok
}

// orgID returns the ID of the Organization node of a code and a name,
// both cleaned.
func (l *Lifter) orgID(code, name string) nodeID {
	k := orgKey{code, name}
	if v, ok := l.cache.orgs[k]; ok {
		return v
	}
	key := nameUUIDOf("actor:", code, ":", name)
	v := nodeID{key: key, id: diplo.ID(key.URN())}
	if len(code)+len(name) <= cacheKeyLen {
		code, name, _ := cloneKey(code, name, "")
		put(&l.cache.orgs, orgKey{code, name}, v)
	}
	return v
}

// sourceID returns the ID and the canonical URL of the Source node of
// the URL u, or false when u is not a valid http(s) URL.
func (l *Lifter) sourceID(u string) (sourceID, bool) {
	if v, ok := l.cache.sources[u]; ok {
		return v, v.ok
	}
	var v sourceID
	ident, ok := webIdentifier(u)
	if ok {
		key := nameUUID(ident.String()) // diplo.IDFor
		v = sourceID{nodeID: nodeID{key: key}, url: ident.Value, ok: true}
	}
	if len(u) > cacheKeyLen {
		if v.ok {
			v.id = diplo.ID(v.key.URN())
		}
		return v, v.ok
	}
	// The ID's text (for a valid URL) and the copy of u the cache keys
	// on, in one allocation.
	var b strings.Builder
	var urn [len(urnPrefix) + 36]byte
	if v.ok {
		b.Grow(len(urn) + len(u))
		b.Write(appendURN(urn[:0], v.key))
	}
	b.WriteString(u)
	all := b.String()
	key := all[b.Len()-len(u):]
	if v.ok {
		v.id = diplo.ID(all[:len(urn)])
		if v.url == u {
			v.url = key // most URLs are kept as they are: one copy
		} else {
			v.url = strings.Clone(v.url)
		}
	}
	put(&l.cache.sources, key, v)
	return v, v.ok
}

// placeParts returns the parts of the place of loc that do not depend
// on its coordinates.
func (l *Lifter) placeParts(loc *eventdata.Location) placeParts {
	k := placeKey{loc.Name, loc.CountryCode, loc.Country}
	if v, ok := l.cache.places[k]; ok {
		return v
	}
	var v placeParts
	v.name, v.repaired = cleanText(loc.Name)
	iso := loc.Country
	if iso == "" && loc.CountryCode != "" {
		if c, ok := cameo.FIPSToISO(loc.CountryCode); ok {
			iso = c
		} else if c, ok := cameo.CountryByName(loc.CountryCode); ok {
			iso = c
		}
	}
	if c, err := diplo.ParseCountry(iso); err == nil && iso != "" {
		v.country = c
	} else if iso != "" || loc.CountryCode != "" {
		v.badCountry = true
	}
	// Place{Name: {en: name}, Country: country}.Validate() == nil, as
	// Place.Validate and Text.Validate check them, without making the
	// map: a name that is not blank and that check.String accepts, and a
	// country that validates. A place with neither is zero, and valid.
	v.valid = (v.name == "" || strings.TrimSpace(v.name) != "" && check.String(v.name) == nil) &&
		(v.country == "" || v.country.Validate() == nil)
	if len(k.name)+len(k.code)+len(k.country) <= cacheKeyLen {
		name, code, country := cloneKey(k.name, k.code, k.country)
		if !v.repaired {
			// The name is loc.Name trimmed: cut from the key's copy, so
			// as not to keep the row alive. (A repaired name is a string
			// of its own already.)
			i := strings.Index(loc.Name, v.name)
			v.name = name[i : i+len(v.name)]
		}
		if l.share && v.name != "" {
			v.text = diplo.Text{language.English: v.name}
		}
		put(&l.cache.places, placeKey{name, code, country}, v)
	}
	return v
}

// codeText returns the text of a statement whose record has none: the
// CAMEO name of its code ("Make statement"), or the code. A Lifter that
// shares texts keeps it by code.
func (l *Lifter) codeText(code string) diplo.Text {
	if t, ok := l.cache.texts[code]; ok {
		return t
	}
	name, named := code, false
	if n, ok := cameo.LookupNotes(code); ok && n.Name != "" {
		name, named = n.Name, true
	} else if e, ok := cameo.LookupEvent(code); ok {
		name, named = e.Description, true
	}
	if !l.share || len(code) > cacheKeyLen {
		return diplo.Text{language.English: name}
	}
	key := strings.Clone(code) // not to keep the row alive
	if !named {
		name = key
	}
	t := diplo.Text{language.English: name}
	put(&l.cache.texts, key, t)
	return t
}

// cloneKey returns copies of a, b and c, made in one allocation.
func cloneKey(a, b, c string) (string, string, string) {
	var sb strings.Builder
	sb.Grow(len(a) + len(b) + len(c))
	sb.WriteString(a)
	sb.WriteString(b)
	sb.WriteString(c)
	all := sb.String()
	return all[:len(a)], all[len(a) : len(a)+len(b)], all[len(a)+len(b):]
}

// nameUUID returns uuid.NewSHA1(diplo.Namespace(), []byte(name)), the
// version 5 UUID of name in diplo's namespace, without allocating for a
// name of up to 256 bytes.
func nameUUID(name string) uuid.UUID { return nameUUIDOf(name) }

// nameUUIDOf is nameUUID of the parts joined, without joining them into
// a string of their own.
func nameUUIDOf(parts ...string) uuid.UUID {
	var sum [sha1.Size]byte
	var buf [len(uuid.UUID{}) + 256]byte
	ns := diplo.Namespace()
	n := len(ns)
	for _, p := range parts {
		n += len(p)
	}
	if n <= len(buf) {
		b := append(buf[:0], ns[:]...)
		for _, p := range parts {
			b = append(b, p...)
		}
		sum = sha1.Sum(b)
	} else {
		h := sha1.New()
		h.Write(ns[:])
		for _, p := range parts {
			h.Write([]byte(p))
		}
		h.Sum(sum[:0])
	}
	var u uuid.UUID
	copy(u[:], sum[:])
	u[6] = (u[6] & 0x0f) | 5<<4 // version 5
	u[8] = (u[8] & 0x3f) | 0x80 // RFC 4122 variant
	return u
}

// webIdentifier returns diplo.NewIdentifier(diplo.URL, u), and whether it
// is valid: at once for a URL of the common form iri.SimpleWebURL takes,
// which NewIdentifier takes as it is (it is the form Identifier.Validate
// itself takes without url.Parse), through NewIdentifier for any other.
// TestWebIdentifier and FuzzWebIdentifier compare the two.
func webIdentifier(u string) (diplo.Identifier, bool) {
	if iri.SimpleWebURL(u) {
		return diplo.Identifier{Scheme: diplo.URL, Value: u}, true
	}
	ident, err := diplo.NewIdentifier(diplo.URL, u)
	return ident, err == nil
}
