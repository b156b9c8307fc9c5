package schema

import (
	"bytes"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// TestParticipantsRolePattern checks that participants follow schema.org's
// Role pattern, in the RDF of WriteNQuads and in what json-gold makes of
// the JSON with the context: the event's schema:attendee leads to a blank
// node that holds schema:attendee to the actor and schema:roleName to the
// role's concept, beside the diplo delegation; and that compaction gives
// the participants back.
func TestParticipantsRolePattern(t *testing.T) {
	ru, ml := actor.StateID("RU"), actor.StateID("ML")
	const (
		ev    = "https://example.org/events/visit"
		goita = "https://example.org/persons/goita"
		del   = "https://example.org/delegations/ml"
	)
	g := &graph.Graph{
		Persons:     []actor.Person{{ID: goita, Name: diplo.MustNewText("fr", "Assimi Goïta")}},
		States:      []actor.State{{ID: ru, Name: diplo.MustNewText("ru", "Россия"), Country: "RU"}, {ID: ml, Name: diplo.MustNewText("fr", "Mali"), Country: "ML"}},
		Delegations: []actor.Delegation{{ID: del, Represents: ml, Head: goita}},
		Events: []event.Event{{ID: ev, Kind: event.OfficialVisit, Participants: []event.Participant{
			{Actor: ru, Role: event.Host},
			{Actor: goita, Role: event.Guest, Delegation: del},
		}}},
	}
	require.NoError(t, g.Validate())

	var nq strings.Builder
	require.NoError(t, WriteNQuads(&nq, g))
	written, err := parseNQuads(nq.String())
	require.NoError(t, err)
	doc, err := marshalAny(g, JSONLDOptions{})
	require.NoError(t, err)
	d, err := ld.DocumentFromReader(bytes.NewReader(doc))
	require.NoError(t, err)
	processed, err := ld.NewJsonLdProcessor().ToRDF(d, ldOptions(t))
	require.NoError(t, err)

	role := func(r event.Role) string { return ConceptNamespace + schemeRole + "#" + string(r) }
	for name, ds := range map[string]*ld.RDFDataset{"WriteNQuads": written, "json-gold": processed.(*ld.RDFDataset)} {
		type participation struct{ actor, role, delegation string }
		var got []participation
		for _, b := range objects(ds, ev, nsSchema+"attendee") {
			require.True(t, strings.HasPrefix(b, "_:"), "%s: the event's attendee is a participation, a blank node: %s", name, b)
			p := participation{}
			if a := objects(ds, b, nsSchema+"attendee"); assert.Len(t, a, 1, name) {
				p.actor = a[0]
			}
			if r := objects(ds, b, nsSchema+"roleName"); assert.Len(t, r, 1, name) {
				p.role = r[0]
			}
			if dl := objects(ds, b, nsDiplo+"delegation"); len(dl) == 1 {
				p.delegation = dl[0]
			}
			got = append(got, p)
		}
		assert.ElementsMatch(t, []participation{{string(ru), role(event.Host), ""}, {goita, role(event.Guest), del}}, got, name)
		for _, q := range ds.Graphs["@default"] {
			p := q.Predicate.GetValue()
			assert.NotContains(t, []string{nsDiplo + "participation", nsDiplo + "actor", nsDiplo + "participantRole"}, p, "%s: the diplo terms of version 2", name)
		}
	}
	assert.Equal(t, canonNQuads(t, nq.String()), canonJSONLD(t, doc), "WriteNQuads and json-gold differ")

	// Compaction with the context gives the participants back.
	var back graph.Graph
	require.NoError(t, UnmarshalJSONLD(doc, &back))
	assert.Equal(t, g.Events[0].Participants, back.Events[0].Participants)
}

// TestHostImpliesOrganizer checks what vocab.ttl says of the roles and
// schema:organizer: a host's participation implies it, no other role's.
func TestHostImpliesOrganizer(t *testing.T) {
	ttl := string(Vocabulary())
	host := "<" + ConceptNamespace + schemeRole + "#host> a skos:Concept"
	i := strings.Index(ttl, host)
	require.GreaterOrEqual(t, i, 0, "no concept host in vocab.ttl")
	end := strings.Index(ttl[i:], " .\n")
	require.Greater(t, end, 0)
	assert.Contains(t, ttl[i:i+end], "diplo:impliesProperty schema:organizer")
	assert.Equal(t, 1, strings.Count(ttl, "diplo:impliesProperty schema:organizer"), "only the host implies schema:organizer")
	assert.Contains(t, ttl, "diplo:impliesProperty a owl:AnnotationProperty")
}
