package graph_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
)

// want is one error that Validate must report: its path from the root of
// the graph, the sentinel it wraps and, if set, a part of its message.
type want struct {
	path string
	err  error
	msg  string
}

// fieldErrors flattens the error of a Validate call.
func fieldErrors(t *testing.T, err error) []*diplo.FieldError {
	t.Helper()
	if err == nil {
		return nil
	}
	var es diplo.Errors
	if errors.As(err, &es) {
		return es
	}
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		return []*diplo.FieldError{fe}
	}
	require.Failf(t, "no field errors", "error %T is neither diplo.Errors nor *diplo.FieldError: %v", err, err)
	return nil
}

// checkErrors asserts that err reports exactly the wanted errors, in order.
func checkErrors(t *testing.T, err error, wants []want) {
	t.Helper()
	got := fieldErrors(t, err)
	require.Len(t, got, len(wants), "errors:\n%v", err)
	for i, w := range wants {
		fe := got[i]
		assert.Equal(t, w.path, fe.Path, "error %d: path (%v)", i, fe)
		assert.ErrorIs(t, fe, w.err, "error %d at %s", i, fe.Path)
		assert.ErrorIs(t, err, w.err, "errors.Is on the whole error")
		if w.msg != "" {
			assert.Contains(t, fe.Error(), w.msg, "error %d", i)
		}
		assert.True(t, strings.HasPrefix(fe.Error(), fe.Path+": "+w.err.Error()), "error %d: %q does not read \"path: %v...\"", i, fe.Error(), w.err)
	}
	assert.True(t, slices.IsSortedFunc(got, func(a, b *diplo.FieldError) int { return check.ComparePaths(a.Path, b.Path) }),
		"errors not sorted by path:\n%v", err)
}

func ref(path string, msg ...string) want {
	return want{path: path, err: diplo.ErrReference, msg: strings.Join(msg, "")}
}

func missing(path string) want { return ref(path, string(idMissing)) }

func TestValidateRules(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(g *graph.Graph)
		want   []want
	}{
		// Every node has an ID, and no two nodes share one.
		{
			name:   "duplicate event id",
			mutate: func(g *graph.Graph) { g.Events = slices.Insert(g.Events, 1, g.Events[0]) },
			want:   []want{{"events[1].id", diplo.ErrDuplicate, string(idVisit)}},
		},
		{
			name: "duplicate id across node types",
			mutate: func(g *graph.Graph) {
				g.Sources = append(g.Sources, diplo.Source{ID: idGoita, URL: "https://example.org/other"})
			},
			want: []want{{"sources[1].id", diplo.ErrDuplicate, string(idGoita)}},
		},
		{
			name: "missing id",
			mutate: func(g *graph.Graph) {
				g.Events[1].ID = ""
			},
			want: []want{
				{"events[0].parts[0]", diplo.ErrReference, ""},
				{"events[1].id", diplo.ErrRequired, ""},
			},
		},

		// Participants.
		{
			name:   "participant actor missing",
			mutate: func(g *graph.Graph) { g.Events[0].Participants[2].Actor = idMissing },
			want:   []want{missing("events[0].participants[2].actor")},
		},
		{
			name:   "participant actor of the wrong type",
			mutate: func(g *graph.Graph) { g.Events[0].Participants[0].Actor = idSource },
			want: []want{ref("events[0].participants[0].actor",
				"is a Source; a participant is a Person, State, Organization, Office, Delegation or Mission")},
		},
		{
			name:   "participant delegation of the wrong type",
			mutate: func(g *graph.Graph) { g.Events[0].Participants[1].Delegation = idGoita },
			want:   []want{ref("events[0].participants[1].delegation", "is a Person; a delegation is a Delegation")},
		},
		{
			name:   "participant representing missing",
			mutate: func(g *graph.Graph) { g.Events[0].Participants[0].Representing = idMissing },
			want:   []want{missing("events[0].participants[0].representing")},
		},
		{
			name:   "participant representing a person",
			mutate: func(g *graph.Graph) { g.Events[2].Participants[1].Representing = idGoita },
			want:   []want{ref("events[2].participants[1].representing", "is a Person; a party represented is a State or Organization")},
		},

		// Accord references, by type.
		{
			name:   "accord party is a person",
			mutate: func(g *graph.Graph) { g.Accords[0].Parties = append([]diplo.ID{idPutin}, g.Accords[0].Parties...) },
			want:   []want{ref("accords[0].parties[0]", `party "Vladimir Poutine" (`+string(idPutin)+") is a Person; a party is a State or Organization")},
		},
		{
			name:   "accord party is an organization",
			mutate: func(g *graph.Graph) { g.Accords[0].Parties = append(g.Accords[0].Parties, idCommision) },
		},

		// No event is, through its parts, a part of itself.
		{
			name: "part cycle",
			mutate: func(g *graph.Graph) {
				g.Events[1].Parts = []diplo.ID{idSigning}
				g.Events[2].Parts = []diplo.ID{idTalks}
			},
			want: []want{{"events[2].parts[0]", diplo.ErrCycle, string(idTalks)}},
		},
		{
			name: "three-event part cycle",
			mutate: func(g *graph.Graph) {
				g.Events[1].Parts = []diplo.ID{idSigning}
				g.Events[2].Parts = []diplo.ID{idVisit}
				g.Events[0].Parts = []diplo.ID{idTalks}
				g.Events[0].End = diplo.Date{}
				g.Events[0].Start = date("2025-06-23")
			},
			want: []want{{"events[2].parts[0]", diplo.ErrCycle, string(idVisit)}},
		},
		{
			name:   "event part of itself",
			mutate: func(g *graph.Graph) { g.Events[1].Parts = []diplo.ID{idTalks} },
			want:   []want{{"events[1].parts[0]", diplo.ErrCycle, ""}},
		},
		{
			// An event whose part lies on a cycle is not itself on it.
			name: "event leading into a cycle",
			mutate: func(g *graph.Graph) {
				g.Events[1].Parts = []diplo.ID{idSigning}
				g.Events[2].Parts = []diplo.ID{idTalks}
				g.Events = append(g.Events, event.Event{
					ID: base + "events/x", Kind: event.PressConference, Start: date("2025-06-23"),
					Parts: []diplo.ID{idTalks},
				})
			},
			want: []want{{"events[2].parts[0]", diplo.ErrCycle, ""}},
		},
		{
			name: "two parents share a part",
			mutate: func(g *graph.Graph) {
				g.Events = append(g.Events, event.Event{
					ID: base + "events/y", Kind: event.Summit, Start: date("2025-06"),
					Parts: []diplo.ID{idTalks, idVisit},
				})
			},
		},

		// A part of an event does not lie outside the event's time span.
		{
			name:   "part starts after the whole",
			mutate: func(g *graph.Graph) { g.Events[1].Start = date("2025-07-01") },
			want:   []want{{"events[0].parts[0]", diplo.ErrInconsistent, "lies outside \"Visite officielle d'Assimi Goïta en Russie\" (" + string(idVisit) + "), 2025-06-22/2025-06-23"}},
		},
		{
			name:   "part ends after the whole",
			mutate: func(g *graph.Graph) { g.Events[2].End = date("2025-06-25") },
			want:   []want{{"events[0].parts[1]", diplo.ErrInconsistent, "2025-06-23/2025-06-25, lies outside"}},
		},
		{
			name:   "part with a vaguer date",
			mutate: func(g *graph.Graph) { g.Events[1].Start = date("2025-06") },
		},
		{
			name: "part of a planned event",
			mutate: func(g *graph.Graph) {
				g.Events[0].Status = event.Planned
				g.Events[1].Start = date("2025-07-01")
			},
		},
		{
			name: "cancelled part",
			mutate: func(g *graph.Graph) {
				g.Events[1].Status = event.Cancelled
				g.Events[1].Start = date("2025-07-01")
			},
		},

		// An accord action at an event is dated within the event.
		{
			name:   "signature dated outside its event",
			mutate: func(g *graph.Graph) { g.Accords[0].Actions[0].Date = date("2025-06-30") },
			want:   []want{{"accords[0].actions[0].date", diplo.ErrInconsistent, "signature dated 2025-06-30 lies outside " + string(idSigning) + ", 2025-06-23, where it took place"}},
		},
		{
			name:   "signature without a date",
			mutate: func(g *graph.Graph) { g.Accords[0].Actions[0].Date = diplo.Date{} },
		},

		// A signatory of an accord signed at an event takes part in it.
		{
			name:   "signatory not at the signing",
			mutate: func(g *graph.Graph) { g.Events[2].Participants = g.Events[2].Participants[:1] },
			want: []want{{"accords[0].signatories[1].person", diplo.ErrInconsistent,
				`signatory "Assimi Goïta" (` + string(idGoita) + ") is not a participant of " + string(idSigning)}},
		},
		{
			name: "signatory at the signing as a delegation member",
			mutate: func(g *graph.Graph) {
				g.Delegations[1].Head = ""
				g.Delegations[1].Members = []diplo.ID{idGoita}
			},
		},
		{
			name: "signatory whose delegation is not at the signing",
			mutate: func(g *graph.Graph) {
				g.Events[2].Participants[1].Actor = idDelRU
			},
			want: []want{{"accords[0].signatories[1].person", diplo.ErrInconsistent, ""}},
		},
		{
			// A signature by one party concerns only its signatories.
			name: "signature for one party",
			mutate: func(g *graph.Graph) {
				g.Events[2].Participants = g.Events[2].Participants[:1]
				g.Accords[0].Actions[0].Party = idRU
			},
		},
		{
			name: "signature for the other party",
			mutate: func(g *graph.Graph) {
				g.Events[2].Participants = g.Events[2].Participants[:1]
				g.Accords[0].Actions[0].Party = idML
			},
			want: []want{{"accords[0].signatories[1].person", diplo.ErrInconsistent, ""}},
		},
		{
			name: "ratification at an event needs no signatories there",
			mutate: func(g *graph.Graph) {
				g.Events[2].Participants = g.Events[2].Participants[:1]
				g.Accords[0].Actions[0].Kind = accord.Adoption
			},
		},

		// Rules of the accord itself, at their path in the graph.
		{
			name: "signatory for a party not of the accord",
			mutate: func(g *graph.Graph) {
				g.Accords = append(g.Accords, accord.Accord{
					ID:          base + "accords/principles",
					Kind:        accord.Agreement,
					Title:       fr("Accord sur les principes fondamentaux des relations"),
					Parties:     []diplo.ID{idRU, idML},
					Signatories: []accord.Signatory{{Person: idPutin, Party: idCommision}},
				})
			},
			want: []want{{"accords[1].signatories[0].party", diplo.ErrInconsistent, string(idCommision)}},
		},
		{
			name: "ratification before signature",
			mutate: func(g *graph.Graph) {
				g.Accords[0].Actions = append(g.Accords[0].Actions,
					accord.Action{Kind: accord.Ratification, Date: date("2025-01-15"), Party: idRU})
			},
			want: []want{{"accords[0].actions[1].date", diplo.ErrOrder, "ratification on 2025-01-15 comes before signature on 2025-06-23"}},
		},

		// A statement made on an occasion is not dated outside it.
		{
			name:   "statement dated outside its occasion",
			mutate: func(g *graph.Graph) { g.Statements[0].Date = date("2025-07-10") },
			want:   []want{{"statements[0].date", diplo.ErrInconsistent, "statement dated 2025-07-10 lies outside its occasion \"Visite officielle d'Assimi Goïta en Russie\" (" + string(idVisit) + "), 2025-06-22/2025-06-23"}},
		},
		{
			name:   "statement dated within its occasion's month",
			mutate: func(g *graph.Graph) { g.Statements[0].Date = date("2025-06") },
		},

		// Every other reference.
		{"person sources", func(g *graph.Graph) { g.Persons[1].Sources[0] = idMissing }, []want{missing("persons[1].sources[0]")}},
		{"person claim sources", func(g *graph.Graph) {
			g.Persons[1].Claims = []diplo.Claim{{Property: "name", Value: fr("Assimi Goita"), Attribution: diplo.Attribution{Sources: []diplo.ID{idMissing}}}}
		}, []want{missing("persons[1].claims[0].sources[0]")}},
		{"office claim by", func(g *graph.Graph) {
			g.Offices[1].Claims = []diplo.Claim{{Property: "role", Value: fr("chef de l'État"), Attribution: diplo.Attribution{By: []diplo.ID{idSource}}}}
		}, []want{ref("offices[1].claims[0].by[0]", "is a Source; ")}},
		{"tenure claim sources", func(g *graph.Graph) {
			g.Tenures[1].Claims = []diplo.Claim{{Property: "qualifiers", Value: fr("président de la Transition"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSource, idAccord}}}}
		}, []want{ref("tenures[1].claims[0].sources[1]", "is an Accord; a source is a Source")}},
		{"state sources", func(g *graph.Graph) { g.States[1].Sources[0] = idPutin }, []want{ref("states[1].sources[0]", "is a Person; a source is a Source")}},
		{"organization partOf missing", func(g *graph.Graph) { g.Organizations[0].PartOf = idMissing }, []want{missing("organizations[0].partOf")}},
		{"organization partOf an event", func(g *graph.Graph) { g.Organizations[0].PartOf = idVisit }, []want{ref("organizations[0].partOf", "is an Event; a parent is a State or Organization")}},
		{"organization partOf a state", func(g *graph.Graph) { g.Organizations[0].PartOf = idRU }, nil},
		{"organization members", func(g *graph.Graph) { g.Organizations[0].Members[1] = idMissing }, []want{missing("organizations[0].members[1]")}},
		{"organization member a person", func(g *graph.Graph) { g.Organizations[0].Members[0] = idPutin }, []want{ref("organizations[0].members[0]", "Person")}},
		{"organization createdBy missing", func(g *graph.Graph) { g.Organizations[0].CreatedBy = idMissing }, []want{missing("organizations[0].createdBy")}},
		{"organization createdBy an event", func(g *graph.Graph) { g.Organizations[0].CreatedBy = idVisit }, []want{ref("organizations[0].createdBy", "is an Event; a founding accord is an Accord")}},
		{"organization sources", func(g *graph.Graph) { g.Organizations[0].Sources[0] = idMissing }, []want{missing("organizations[0].sources[0]")}},
		{"organization claim sources", func(g *graph.Graph) { g.Organizations[0].Claims[0].Sources[0] = idMissing }, []want{missing("organizations[0].claims[0].sources[0]")}},
		{"organization claim by", func(g *graph.Graph) { g.Organizations[0].Claims[0].By = []diplo.ID{idSource} }, []want{ref("organizations[0].claims[0].by[0]", "is a Source; ")}},
		{"office of missing", func(g *graph.Graph) { g.Offices[0].Of = idMissing }, []want{missing("offices[0].of")}},
		{"office of a person", func(g *graph.Graph) { g.Offices[1].Of = idGoita }, []want{ref("offices[1].of", "is a Person; a holder is a State, Organization or Mission")}},
		{"office of an organization", func(g *graph.Graph) { g.Offices[1].Of = idCommision }, nil},
		{"office sources", func(g *graph.Graph) { g.Offices[1].Sources[0] = idMissing }, []want{missing("offices[1].sources[0]")}},
		{"tenure person missing", func(g *graph.Graph) { g.Tenures[0].Person = idMissing }, []want{missing("tenures[0].person")}},
		{"tenure person a state", func(g *graph.Graph) { g.Tenures[0].Person = idRU }, []want{ref("tenures[0].person", "is a State; a person is a Person")}},
		{"tenure office missing", func(g *graph.Graph) { g.Tenures[1].Office = idMissing }, []want{missing("tenures[1].office")}},
		{"tenure office a tenure", func(g *graph.Graph) { g.Tenures[1].Office = idTenureML }, []want{ref("tenures[1].office", "is a Tenure; an office is an Office")}},
		{"tenure sources", func(g *graph.Graph) { g.Tenures[1].Sources[0] = idMissing }, []want{missing("tenures[1].sources[0]")}},
		{"delegation represents missing", func(g *graph.Graph) { g.Delegations[0].Represents = idMissing }, []want{missing("delegations[0].represents")}},
		{"delegation represents an office", func(g *graph.Graph) { g.Delegations[0].Represents = idPresRU }, []want{ref("delegations[0].represents", "is an Office; a party represented is a State or Organization")}},
		{"delegation head missing", func(g *graph.Graph) { g.Delegations[0].Head = idMissing }, []want{missing("delegations[0].head")}},
		{"delegation head a delegation", func(g *graph.Graph) { g.Delegations[0].Head = idDelML }, []want{ref("delegations[0].head", "is a Delegation; a head is a Person")}},
		{"delegation members", func(g *graph.Graph) { g.Delegations[0].Members = []diplo.ID{idGoita, idMissing} }, []want{missing("delegations[0].members[1]")}},
		{"delegation sources", func(g *graph.Graph) { g.Delegations[1].Sources[0] = idMissing }, []want{missing("delegations[1].sources[0]")}},
		{"event parts missing", func(g *graph.Graph) { g.Events[0].Parts[0] = idMissing }, []want{missing("events[0].parts[0]")}},
		{"event parts an accord", func(g *graph.Graph) { g.Events[0].Parts[1] = idAccord }, []want{ref("events[0].parts[1]", "is an Accord; a part is an Event")}},
		{"event relation missing", func(g *graph.Graph) {
			g.Events[0].Relations = []event.Relation{{Kind: event.Follows, Event: idMissing}}
		}, []want{missing("events[0].relations[0].event")}},
		{"event relation to an accord", func(g *graph.Graph) {
			g.Events[1].Relations = []event.Relation{{Kind: event.Prepares, Event: idSigning}, {Kind: event.Follows, Event: idAccord}}
		}, []want{ref("events[1].relations[1].event", "is an Accord; an event is an Event")}},
		{"event outcomes missing", func(g *graph.Graph) { g.Events[0].Outcomes[0] = idMissing }, []want{missing("events[0].outcomes[0]")}},
		{"event outcome an event", func(g *graph.Graph) { g.Events[2].Outcomes[0] = idVisit }, []want{ref("events[2].outcomes[0]", "is an Event; an outcome is an Accord")}},
		{"characterisation by", func(g *graph.Graph) { g.Events[0].Characterisations[0].By[1] = idMissing }, []want{missing("events[0].characterisations[0].by[1]")}},
		{"characterisation by an event", func(g *graph.Graph) { g.Events[0].Characterisations[0].By[0] = idTalks }, []want{ref("events[0].characterisations[0].by[0]", "is an Event; ")}},
		{"characterisation sources", func(g *graph.Graph) { g.Events[0].Characterisations[0].Sources[0] = idMissing }, []want{missing("events[0].characterisations[0].sources[0]")}},
		{"event sources", func(g *graph.Graph) { g.Events[0].Sources[0] = idMissing }, []want{missing("events[0].sources[0]")}},
		{"event claim sources", func(g *graph.Graph) { g.Events[0].Claims[0].Sources[0] = idMissing }, []want{missing("events[0].claims[0].sources[0]")}},
		{"event claim by", func(g *graph.Graph) { g.Events[0].Claims[0].By[0] = idMissing }, []want{missing("events[0].claims[0].by[0]")}},
		{"statement speakers", func(g *graph.Graph) { g.Statements[0].Speakers[0] = idMissing }, []want{missing("statements[0].speakers[0]")}},
		{"statement speaker a source", func(g *graph.Graph) { g.Statements[0].Speakers[0] = idSource }, []want{ref("statements[0].speakers[0]", "is a Source; ")}},
		{"statement speaker a state", func(g *graph.Graph) { g.Statements[0].Speakers[0] = idML }, nil},
		{"statement occasion missing", func(g *graph.Graph) { g.Statements[0].Occasion = idMissing }, []want{missing("statements[0].occasion")}},
		{"statement occasion an accord", func(g *graph.Graph) { g.Statements[0].Occasion = idAccord }, []want{ref("statements[0].occasion", "is an Accord; an occasion is an Event")}},
		{"statement about", func(g *graph.Graph) { g.Statements[0].About[1] = idMissing }, []want{missing("statements[0].about[1]")}},
		{"statement about any node", func(g *graph.Graph) { g.Statements[0].About = []diplo.ID{idAccord, idTenureML, idSource} }, nil},
		{"statement sources", func(g *graph.Graph) { g.Statements[0].Sources[0] = idMissing }, []want{missing("statements[0].sources[0]")}},
		{"statement by", func(g *graph.Graph) { g.Statements[0].By = []diplo.ID{idMissing} }, []want{missing("statements[0].by[0]")}},
		{"signatory person missing", func(g *graph.Graph) { g.Accords[0].Signatories[0].Person = idMissing }, []want{
			missing("accords[0].signatories[0].person"),
			{"accords[0].signatories[0].person", diplo.ErrInconsistent, "signatory " + string(idMissing) + " is not a participant of"},
		}},
		{"signatory person a state", func(g *graph.Graph) {
			g.Accords[0].Signatories[0].Person = idRU
			g.Events[2].Participants[0].Actor = idRU
		}, []want{ref("accords[0].signatories[0].person", "is a State; a signatory is a Person")}},
		{"signatory party missing", func(g *graph.Graph) {
			g.Accords[0].Parties[0] = idMissing
			g.Accords[0].Signatories[0].Party = idMissing
		}, []want{missing("accords[0].parties[0]"), missing("accords[0].signatories[0].party")}},
		{"signatory office missing", func(g *graph.Graph) { g.Accords[0].Signatories[1].Office = idMissing }, []want{missing("accords[0].signatories[1].office")}},
		{"signatory office a tenure", func(g *graph.Graph) { g.Accords[0].Signatories[1].Office = idTenureML }, []want{ref("accords[0].signatories[1].office", "is a Tenure; an office is an Office")}},
		{"accord creates missing", func(g *graph.Graph) { g.Accords[0].Creates[0] = idMissing }, []want{missing("accords[0].creates[0]")}},
		{"accord creates a state", func(g *graph.Graph) { g.Accords[0].Creates[0] = idRU }, []want{ref("accords[0].creates[0]", "is a State; an organisation created is an Organization")}},
		{"action party missing", func(g *graph.Graph) {
			g.Accords[0].Parties = append(g.Accords[0].Parties, idMissing)
			g.Accords[0].Actions[0].Party = idMissing
		}, []want{missing("accords[0].actions[0].party"), missing("accords[0].parties[2]")}},
		{"action event missing", func(g *graph.Graph) { g.Accords[0].Actions[0].Event = idMissing }, []want{missing("accords[0].actions[0].event")}},
		{"action event an accord", func(g *graph.Graph) { g.Accords[0].Actions[0].Event = idAccord }, []want{ref("accords[0].actions[0].event", "is an Accord; an event is an Event")}},
		{"action sources", func(g *graph.Graph) { g.Accords[0].Actions[0].Sources[0] = idMissing }, []want{missing("accords[0].actions[0].sources[0]")}},
		{"action by", func(g *graph.Graph) { g.Accords[0].Actions[0].By = []diplo.ID{idMissing} }, []want{missing("accords[0].actions[0].by[0]")}},
		{"depositary missing", func(g *graph.Graph) { g.Accords[0].Depositary = idMissing }, []want{missing("accords[0].depositary")}},
		{"depositary a person", func(g *graph.Graph) { g.Accords[0].Depositary = idPutin }, []want{ref("accords[0].depositary", "is a Person; a depositary is a State, Organization or Office")}},
		{"depositary an office", func(g *graph.Graph) { g.Accords[0].Depositary = idPresRU }, nil},
		{"accord relation missing", func(g *graph.Graph) {
			g.Accords[0].Relations = []accord.Relation{{Kind: accord.Amends, Accord: idMissing}}
		}, []want{missing("accords[0].relations[0].accord")}},
		{"accord relation to an event", func(g *graph.Graph) {
			g.Accords[0].Relations = []accord.Relation{{Kind: accord.Implements, Accord: idVisit}}
		}, []want{ref("accords[0].relations[0].accord", "is an Event; an accord is an Accord")}},
		{"accord sources", func(g *graph.Graph) { g.Accords[0].Sources[0] = idMissing }, []want{missing("accords[0].sources[0]")}},
		{"accord claim sources", func(g *graph.Graph) {
			g.Accords[0].Claims = []diplo.Claim{{Property: "kind", Value: fr("accord-cadre"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSource, idMissing}}}}
		}, []want{missing("accords[0].claims[0].sources[1]")}},
		{"source publisherId missing", func(g *graph.Graph) { g.Sources[0].PublisherID = idMissing }, []want{missing("sources[0].publisherId")}},
		{"source publisherId an accord", func(g *graph.Graph) { g.Sources[0].PublisherID = idAccord }, []want{ref("sources[0].publisherId", "is an Accord; a publisher is a Person, State, Organization, Office or Delegation")}},
		{"source publisherId an organization", func(g *graph.Graph) { g.Sources[0].PublisherID = idCommision }, nil},

		// Errors of the nodes themselves carry the node's path.
		{"unknown event kind", func(g *graph.Graph) { g.Events[0].Kind = "sumit" }, []want{{"events[0].kind", diplo.ErrUnknown, `event kind "sumit"`}}},
		{"unknown signatory capacity", func(g *graph.Graph) { g.Accords[0].Signatories[1].Capacity = "notary" }, []want{{"accords[0].signatories[1].capacity", diplo.ErrUnknown, `"notary"`}}},
		{"statement text without original", func(g *graph.Graph) {
			delete(g.Statements[0].Text, g.Statements[0].Text.Tags()[1])
		}, []want{{"statements[0].text", diplo.ErrLanguage, ""}}},
		{"person without name", func(g *graph.Graph) { g.Persons[1].Name = nil }, []want{{"persons[1].name", diplo.ErrRequired, ""}}},
		{"tenure ends before it starts", func(g *graph.Graph) { g.Tenures[1].End = date("2020") }, []want{{"tenures[1].endDate", diplo.ErrOrder, ""}}},
		{"graph id", func(g *graph.Graph) { g.ID = "not an IRI" }, []want{{"id", diplo.ErrSyntax, ""}}},
		{"graph title", func(g *graph.Graph) { g.Title = diplo.Text{} }, nil},
		{"graph title tag", func(g *graph.Graph) { g.Title[language.Und] = "x" }, []want{{"title.und", diplo.ErrLanguage, ""}}},
		{"organization kind", func(g *graph.Graph) { g.Organizations[0].Kind = "" }, []want{{"organizations[0].kind", diplo.ErrRequired, ""}}},
		{"state country", func(g *graph.Graph) { g.States[0].Country = "XX" }, []want{{"states[0].country", diplo.ErrCountry, ""}}},
		{"office role", func(g *graph.Graph) { g.Offices[0].Role = "king" }, []want{{"offices[0].role", diplo.ErrUnknown, ""}}},
		{"delegation head among members", func(g *graph.Graph) { g.Delegations[1].Members = []diplo.ID{idGoita} }, []want{{"delegations[1].members[0]", diplo.ErrDuplicate, ""}}},
		{"source url", func(g *graph.Graph) { g.Sources[0].URL = "ftp://example.org/x" }, []want{{"sources[0].url", diplo.ErrSyntax, ""}}},

		// Several errors come sorted by path, indices in numeric order.
		{
			name: "several errors sorted",
			mutate: func(g *graph.Graph) {
				for i := range 9 {
					g.Events = append(g.Events, event.Event{ID: diplo.ID(base + "events/extra-" + string(rune('a'+i))), Kind: event.PhoneCall})
				}
				g.Events[11].Kind = "call"
				g.Events[2].Kind = "signing"
				g.Sources[0].PublisherID = idMissing
				g.Persons[0].Sources = []diplo.ID{idMissing}
				g.Accords[0].Depositary = idMissing
				g.Events[0].Participants[2].Actor = idMissing
			},
			want: []want{
				missing("accords[0].depositary"),
				missing("events[0].participants[2].actor"),
				{"events[2].kind", diplo.ErrUnknown, `"signing"`},
				{"events[11].kind", diplo.ErrUnknown, `"call"`},
				missing("persons[0].sources[0]"),
				missing("sources[0].publisherId"),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := smallGraph()
			tc.mutate(g)
			err := g.Validate()
			checkErrors(t, err, tc.want)
		})
	}
}

// TestValidateOrderError checks that an order error inside a graph keeps
// its details for errors.As.
func TestValidateOrderError(t *testing.T) {
	g := smallGraph()
	g.Accords[0].Actions = append(g.Accords[0].Actions,
		accord.Action{Kind: accord.EntryIntoForce, Date: date("2025-06-01")})
	var oe *accord.OrderError
	require.ErrorAs(t, g.Validate(), &oe)
	assert.Equal(t, accord.EntryIntoForce, oe.Action, "OrderError = %+v", oe)
	assert.Equal(t, accord.Signature, oe.Before, "OrderError = %+v", oe)
	assert.Zero(t, oe.Index, "OrderError = %+v", oe)
}

// TestValidateEmpty checks the smallest graphs.
func TestValidateEmpty(t *testing.T) {
	assert.NoError(t, new(graph.Graph).Validate(), "empty graph")
	g := &graph.Graph{Persons: []actor.Person{{Name: fr("X")}}}
	checkErrors(t, g.Validate(), []want{{"persons[0].id", diplo.ErrRequired, ""}})
}

// TestValidateLongPartChain checks a chain of parts far longer than any
// record holds, closed into one cycle at its end.
func TestValidateLongPartChain(t *testing.T) {
	const n = 50000
	id := func(i int) diplo.ID { return diplo.ID(base + "events/" + strconv.Itoa(i)) }
	g := &graph.Graph{Events: make([]event.Event, n)}
	for i := range g.Events {
		g.Events[i] = event.Event{ID: id(i), Kind: event.NegotiationRound, Parts: []diplo.ID{id((i + 1) % n)}}
	}
	checkErrors(t, g.Validate(), []want{{"events[49999].parts[0]", diplo.ErrCycle, string(id(0))}})
	g.Events[n-1].Parts = nil
	checkErrors(t, g.Validate(), nil)
}
