package graph_test

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

const (
	recordA = diplo.ID("https://example.org/records/visit-2025")
	recordB = diplo.ID("https://example.org/records/other")
)

var (
	wdPutin   = diplo.MustParseIdentifier("wikidata:Q7747")
	kremlinEN = "http://en.kremlin.ru/events/president/news/77210"
)

// story adds the same few nodes to a builder of the record: two states,
// a person known by Wikidata, a person known by name only, a source with a
// URL, and an event that refers to them by the IDs Add returned. It
// returns the IDs by local name.
func story(b *graph.Builder) map[string]diplo.ID {
	ru := b.Add("ru", actor.State{Country: "RU", Name: b.Text("ru", "Россия")})
	ml := b.Add("", actor.State{Country: "ML", Name: b.Text("fr", "Mali")})
	putin := b.Add("putin", actor.Person{Name: b.Text("ru", "Владимир Путин"), Identifiers: []diplo.Identifier{wdPutin}})
	goita := b.Add("goita", actor.Person{Name: b.Text("fr", "Assimi Goïta")})
	src := b.Add("kremlin", diplo.Source{URL: kremlinEN, Title: b.Text("en", "Russian-Malian talks")})
	talks := b.Add("talks", event.Event{
		Kind:  event.BilateralTalks,
		Name:  b.Text("fr", "Négociations russo-maliennes", "en-t-fr", "Russian–Malian talks"),
		Start: b.Date("2025-06-23"),
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host, Representing: ru},
			{Actor: goita, Role: event.Guest, Representing: ml},
		},
		Sources: []diplo.ID{src},
	})
	return map[string]diplo.ID{"ru": ru, "ml": ml, "putin": putin, "goita": goita, "kremlin": src, "talks": talks}
}

// TestBuilderIDs checks where each node's ID comes from.
func TestBuilderIDs(t *testing.T) {
	b := graph.NewBuilder(recordA)
	ids := story(b)
	g, err := b.Graph()
	require.NoError(t, err)

	tests := []struct {
		name string
		want diplo.ID
	}{
		{"ru", actor.StateID("RU")},
		{"ml", actor.StateID("ML")},
		{"putin", diplo.IDFor(wdPutin)},
		{"kremlin", diplo.IDFor(diplo.MustNewIdentifier(diplo.URL, kremlinEN))},
		{"goita", graph.NameID(recordA, "goita")},
		{"talks", graph.NameID(recordA, "talks")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids[tc.name])
			if tc.name != "ml" { // added without a name
				assert.Equal(t, tc.want, b.ID(tc.name), "ID of an added name")
			}
		})
	}

	// The node carries the ID that Add returned.
	assert.Equal(t, ids["goita"], g.Persons[1].ID)
	assert.Equal(t, ids["talks"], g.Events[0].ID)
	assert.Equal(t, recordA, g.ID)
}

// TestBuilderGivenID checks that a node added with an ID keeps it, with
// or without a name, and that the name then names that ID.
func TestBuilderGivenID(t *testing.T) {
	const given = diplo.ID("https://example.org/persons/goita")
	b := graph.NewBuilder(recordA)
	assert.Equal(t, given, b.Add("goita", actor.Person{ID: given, Name: b.Text("fr", "Assimi Goïta")}))
	assert.Equal(t, given, b.ID("goita"))
	// Even a Wikidata identifier does not replace a given ID.
	assert.Equal(t, given+"2", b.Add("", &actor.Person{ID: given + "2", Name: b.Text("ru", "Путин"), Identifiers: []diplo.Identifier{wdPutin}}))
	g, err := b.Graph()
	require.NoError(t, err)
	assert.Equal(t, []diplo.ID{given, given + "2"}, []diplo.ID{g.Persons[0].ID, g.Persons[1].ID})
}

// TestBuilderCopies checks that Add copies the node it is given, by
// value or by pointer, and sets the ID on the copy only.
func TestBuilderCopies(t *testing.T) {
	b := graph.NewBuilder(recordA)
	p := &actor.Person{Name: b.Text("fr", "Assimi Goïta")}
	id := b.Add("goita", p)
	assert.Empty(t, p.ID, "the node given by pointer changed")
	p.Name = b.Text("fr", "changed")
	g, err := b.Graph()
	require.NoError(t, err)
	assert.Equal(t, id, g.Persons[0].ID)
	assert.Equal(t, "Assimi Goïta", g.Persons[0].Name.String(), "the graph shares the node given by pointer")
}

// TestBuilderIDsAgree checks that the IDs are the same in every run and
// for every builder of the same record, and that two records agree on the
// nodes known by content (a state, a Wikidata item, a URL) and not on
// those known by name.
func TestBuilderIDsAgree(t *testing.T) {
	a1, a2, other := story(graph.NewBuilder(recordA)), story(graph.NewBuilder(recordA)), story(graph.NewBuilder(recordB))
	assert.Equal(t, a1, a2, "two builders of the same record")
	for _, name := range []string{"ru", "ml", "putin", "kremlin"} {
		assert.Equal(t, a1[name], other[name], "%s in two records", name)
	}
	for _, name := range []string{"goita", "talks"} {
		assert.NotEqual(t, a1[name], other[name], "%s in two records", name)
	}
}

// TestNameIDGolden pins the derivation of name-based IDs: the values were
// computed once, by Python's uuid module from the definition NameID
// documents, and a change to NameID or diplo.Namespace that changed them
// would change the IDs of every published record. The derivation is also
// computed here from its documented definition.
func TestNameIDGolden(t *testing.T) {
	tests := []struct {
		record diplo.ID
		name   string
		want   diplo.ID
	}{
		{recordA, "goita", "urn:uuid:42d17682-02b0-59f3-97ea-d5420326cf6f"},
		{recordA, "talks", "urn:uuid:f988110d-6d5c-55b1-afb6-e128f520002d"},
		{recordB, "goita", "urn:uuid:37942b22-99f8-5b39-b697-4d3fc4741495"},
		{"urn:uuid:faf176f4-b12f-4b32-995b-c46db162b320", "visit", "urn:uuid:6f579833-0c52-590a-87f0-a81bc4611b6c"},
		{recordA, "", "urn:uuid:837c41af-d5cd-5442-8010-6c809ef15e2e"},
		{recordA, "Négociations", "urn:uuid:f275cb25-0589-5cd4-8022-ac46e6d2d221"},
	}
	// The namespace of diplo, the version 5 UUID of its IRI in the URL
	// namespace of RFC 9562.
	diploNS := uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://w3id.org/diplo/"))
	require.Equal(t, "63321c18-583d-561f-bc9e-9ca74bec34ef", diploNS.String())
	for _, tc := range tests {
		t.Run(string(tc.record)+"/"+tc.name, func(t *testing.T) {
			got := graph.NameID(tc.record, tc.name)
			assert.Equal(t, tc.want, got)
			ns := uuid.NewSHA1(diploNS, []byte("record:"+string(tc.record)))
			assert.Equal(t, diplo.ID(uuid.NewSHA1(ns, []byte(tc.name)).URN()), got, "the documented derivation")
			assert.NoError(t, got.Validate())
		})
	}
}

// TestBuilderReferences checks that references made from the values Add
// and ID return name the nodes, forward references included, and that the
// graph validates.
func TestBuilderReferences(t *testing.T) {
	b := graph.NewBuilder(recordA)
	ids := story(b)
	day := b.Date("2025-06-23")
	// The ceremony names the accord, which is added after it.
	signing := b.Add("signing", event.Event{
		Kind: event.SigningCeremony, Name: b.Text("en", "Signing"), Start: day,
		Participants: []event.Participant{
			{Actor: ids["putin"], Role: event.Signatory, Representing: ids["ru"]},
			{Actor: ids["goita"], Role: event.Signatory, Representing: ids["ml"]},
		},
		Outcomes: []diplo.ID{b.ID("principles")},
	})
	principles := b.Add("principles", accord.Accord{
		Kind: accord.Agreement, Title: b.Text("fr", "Accord sur les principes fondamentaux"),
		Parties: []diplo.ID{ids["ru"], ids["ml"]},
		Actions: []accord.Action{
			{Kind: accord.Signature, Date: day, Party: ids["ru"], Event: signing},
			{Kind: accord.Signature, Date: day, Party: ids["ml"], Event: signing},
		},
	})
	g, err := b.Graph()
	require.NoError(t, err)

	ix := graph.NewIndex(g)
	refs := []struct {
		name string
		id   diplo.ID
		want graph.NodeType
	}{
		{"participant", g.Events[0].Participants[0].Actor, graph.PersonNode},
		{"representing", g.Events[0].Participants[1].Representing, graph.StateNode},
		{"source", g.Events[0].Sources[0], graph.SourceNode},
		{"forward reference", g.Events[1].Outcomes[0], graph.AccordNode},
		{"backward reference", g.Accords[0].Actions[0].Event, graph.EventNode},
	}
	for _, r := range refs {
		t.Run(r.name, func(t *testing.T) {
			ref, ok := ix.Lookup(r.id)
			require.True(t, ok, "%s names no node", r.id)
			assert.Equal(t, r.want, ref.Type)
		})
	}
	assert.Equal(t, principles, g.Events[1].Outcomes[0])
}

// TestBuilderErrors checks that the mistakes of a program are kept, not
// panicked on, and reported once, by Graph, in the order of the calls,
// each with the file and line of its call and the sentinel of its kind.
func TestBuilderErrors(t *testing.T) {
	type mistake struct {
		call string // text of the call, found on the line the error names
		err  error
		msg  string
	}
	tests := []struct {
		name    string
		build   func(b *graph.Builder)
		wants   []mistake
		invalid bool // Validate reports too
	}{
		{"bad tag", func(b *graph.Builder) {
			b.Add("", actor.State{Country: "ML", Name: b.Text("french", "Mali")})
		}, []mistake{{`b.Text("french"`, diplo.ErrLanguage, `language tag "french"`}}, true},
		{"bad tag in a pair", func(b *graph.Builder) {
			b.Add("", actor.State{Country: "ML", Name: b.Text("fr", "Mali", "und", "Mali")})
		}, []mistake{{`b.Text("fr", "Mali", "und"`, diplo.ErrLanguage, `language tag "und"`}}, false},
		{"tag without text", func(b *graph.Builder) {
			b.Add("", actor.State{Country: "ML", Name: b.Text("fr", "Mali", "en")})
		}, []mistake{{`b.Text("fr", "Mali", "en")`, diplo.ErrRequired, `"en"`}}, false},
		{"bad date", func(b *graph.Builder) {
			b.Add("e", event.Event{Kind: event.PhoneCall, Start: b.Date("2025-13-01")})
		}, []mistake{{`b.Date("2025-13-01")`, diplo.ErrRange, `2025-13-01`}}, false},
		{"bad language", func(b *graph.Builder) {
			b.Add("s", diplo.Source{Title: b.Text("en", "A"), Language: b.Language("english")})
		}, []mistake{{`b.Language("english")`, diplo.ErrLanguage, `"english"`}}, false},
		{"bad languages", func(b *graph.Builder) {
			b.Add("a", accord.Accord{Kind: accord.Treaty, Title: b.Text("en", "A"), Languages: b.Languages("en", "", "zz")})
		}, []mistake{
			{`b.Languages("en", "", "zz")`, diplo.ErrLanguage, `language tag ""`},
			{`b.Languages("en", "", "zz")`, diplo.ErrLanguage, `language tag "zz"`},
		}, false},
		{"bad identifier", func(b *graph.Builder) {
			b.Add("p", actor.Person{Name: b.Text("en", "A"), Identifiers: []diplo.Identifier{b.Identifier("wikidata:7747")}})
		}, []mistake{{`b.Identifier("wikidata:7747")`, diplo.ErrSyntax, `7747`}}, true},
		{"name used twice", func(b *graph.Builder) {
			b.Add("p", actor.Person{Name: b.Text("en", "A")})
			b.Add("p", actor.Person{Name: b.Text("en", "B")})
		}, []mistake{{`b.Add("p", actor.Person{Name: b.Text("en", "B")})`, diplo.ErrDuplicate, `name "p": first used at builder_test.go:`}}, true},
		{"no name and no ID", func(b *graph.Builder) {
			b.Add("", event.Event{Kind: event.PhoneCall, Start: b.Date("2025")})
		}, []mistake{{`b.Add("", event.Event{`, diplo.ErrRequired, `a name, to make the ID of an Event from`}}, false},
		{"not a node", func(b *graph.Builder) {
			b.Add("p", (*actor.Person)(nil))
		}, []mistake{{`b.Add("p", (*actor.Person)(nil))`, nil, `is not a node`}}, false},
		{"name never added", func(b *graph.Builder) {
			b.Add("e", event.Event{Kind: event.PhoneCall, Start: b.Date("2025"), Parts: []diplo.ID{b.ID("part")}})
		}, []mistake{{`b.ID("part")`, diplo.ErrReference, `"part" is referred to but never added`}}, true},
		{"referred to before it took a Wikidata ID", func(b *graph.Builder) {
			b.Add("e", event.Event{Kind: event.PhoneCall, Start: b.Date("2025"), Participants: []event.Participant{{Actor: b.ID("putin"), Role: event.Participating}}})
			b.Add("putin", actor.Person{Name: b.Text("ru", "Путин"), Identifiers: []diplo.Identifier{wdPutin}})
		}, []mistake{{`Actor: b.ID("putin")`, diplo.ErrReference, `"putin" is referred to before it is added at builder_test.go:`}}, true},
		{"several, in the order of the calls", func(b *graph.Builder) {
			b.Add("e", event.Event{Kind: event.PhoneCall, Name: b.Text("xx-!", "Call"), Start: b.Date("yesterday")})
			b.Add("e", event.Event{Kind: event.PhoneCall, Start: b.Date("2025")})
		}, []mistake{
			{`b.Text("xx-!", "Call")`, diplo.ErrLanguage, `"xx-!"`},
			{`b.Date("yesterday")`, diplo.ErrSyntax, `"yesterday"`},
			{`b.Add("e", event.Event{Kind: event.PhoneCall, Start: b.Date("2025")})`, diplo.ErrDuplicate, `name "e"`},
		}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := graph.NewBuilder(recordA)
			assert.NotPanics(t, func() { tc.build(b) })
			g, err := b.Graph()
			require.NotNil(t, g)
			require.Error(t, err)
			var built []*graph.BuildError
			var validation []error
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var be *graph.BuildError
				if errors.As(e, &be) {
					built = append(built, be)
				} else {
					validation = append(validation, e)
				}
			}
			require.Len(t, built, len(tc.wants), "%v", err)
			for i, w := range tc.wants {
				be := built[i]
				if w.err != nil {
					assert.ErrorIs(t, be, w.err)
				}
				assert.Contains(t, be.Error(), w.msg)
				assert.Contains(t, sourceLine(t, be.Pos), w.call, "the place %s", be.Pos)
				// Reported once: the message of the whole holds it once.
				assert.Equal(t, 1, strings.Count(err.Error(), be.Error()), "reported once")
			}
			if tc.invalid {
				assert.NotEmpty(t, validation, "Validate's errors")
			} else {
				assert.Empty(t, validation, "Validate's errors")
			}
		})
	}
}

// TestBuilderBadRecordID checks that a bad record ID is kept as an error
// at the call of NewBuilder.
func TestBuilderBadRecordID(t *testing.T) {
	b := graph.NewBuilder("not an IRI")
	_, err := b.Graph()
	var be *graph.BuildError
	require.ErrorAs(t, err, &be)
	assert.ErrorIs(t, err, diplo.ErrSyntax)
	assert.Contains(t, sourceLine(t, be.Pos), `graph.NewBuilder("not an IRI")`)
}

// TestBuilderEveryNodeType adds a zero node of every node type, by value
// and by pointer: each gets its name-based ID, in the list of its type.
func TestBuilderEveryNodeType(t *testing.T) {
	for _, typ := range graph.NodeTypes() {
		t.Run(string(typ), func(t *testing.T) {
			b := graph.NewBuilder(recordA)
			id := b.Add("n", typ.New())
			g, _ := b.Graph()
			ref, ok := graph.NewIndex(g).Lookup(id)
			require.True(t, ok)
			assert.Equal(t, graph.Ref{Type: typ, Index: 0}, ref)
			// A zero node has no content to take an ID from: a state has
			// no country.
			assert.Equal(t, graph.NameID(recordA, "n"), id)
		})
	}
}

// sourceLine returns the line of this package's source that pos
// ("builder_test.go:42") names.
func sourceLine(t *testing.T, pos string) string {
	t.Helper()
	file, line, ok := strings.Cut(pos, ":")
	require.True(t, ok, "place %q", pos)
	n, err := strconv.Atoi(line)
	require.NoError(t, err, "place %q", pos)
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			return sc.Text()
		}
	}
	require.Failf(t, "no such line", "%s", pos)
	return ""
}

// buildCases are the paths of a Builder over many nodes: n events, each
// referring by ID to a person added after it, then the n persons, then
// Graph, which checks the n forward references and validates. They are
// measured at n, 4n and 16n by BenchmarkBuilderScaling and held to n log n
// by TestBuilderScales.
var buildCases = []scaling.Case{
	{Name: "BuildForwardReferences", N: 500, Setup: func(tb testing.TB, n int) func() {
		build := func() error {
			b := graph.NewBuilder(recordA)
			for i := range n {
				b.Add("e"+strconv.Itoa(i), event.Event{Kind: event.PhoneCall, Participants: []event.Participant{
					{Actor: b.ID("p" + strconv.Itoa(i)), Role: event.Participating},
				}})
			}
			for i := range n {
				b.Add("p"+strconv.Itoa(i), actor.Person{Name: b.Text("en", "P"+strconv.Itoa(i))})
			}
			_, err := b.Graph()
			return err
		}
		require.NoError(tb, build())
		return func() {
			if err := build(); err != nil {
				tb.Fatal(err)
			}
		}
	}},
}

func TestBuilderScales(t *testing.T) {
	for _, c := range buildCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkBuilderScaling(b *testing.B) {
	for _, c := range buildCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}
