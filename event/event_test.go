package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// IDs of the nodes the test values link to.
const (
	visitID      diplo.ID = "https://example.org/event/visit-2025-06"
	talksID      diplo.ID = "https://example.org/event/talks-2025-06-23"
	signingID    diplo.ID = "https://example.org/event/signing-2025-06-23"
	pressID      diplo.ID = "https://example.org/event/press-2025-06-23"
	summitID     diplo.ID = "https://example.org/event/russia-africa-2023"
	putinID      diplo.ID = "https://example.org/person/putin"
	goitaID      diplo.ID = "https://example.org/person/goita"
	russiaID     diplo.ID = "https://example.org/state/ru"
	maliID       diplo.ID = "https://example.org/state/ml"
	delegationID diplo.ID = "https://example.org/delegation/ml-2025-06"
	principlesID diplo.ID = "https://example.org/accord/principles"
	kremlinSrc   diplo.ID = "https://example.org/source/kremlin"
	articleSrc   diplo.ID = "https://example.org/source/article"
	abamakoSrc   diplo.ID = "https://example.org/source/abamako"
	statementID  diplo.ID = "https://example.org/statement/goita-2025-06-23"
)

// Every valid value sets every field, so that each rule has something to
// break.

func validParticipant() event.Participant {
	return event.Participant{Actor: goitaID, Role: event.Guest, Delegation: delegationID, Representing: maliID}
}

func validRelation() event.Relation {
	return event.Relation{Kind: event.Continues, Event: summitID}
}

func validCharacterisation() event.Characterisation {
	return event.Characterisation{
		Term:      diplo.MustNewText("fr", "constructives"),
		Tone:      event.Positive,
		Statement: statementID,
		Attribution: diplo.Attribution{
			Sources: []diplo.ID{articleSrc},
			By:      []diplo.ID{russiaID, maliID},
			Note:    diplo.MustNewText("fr", "négociations qualifiées de constructives par les deux parties"),
		},
	}
}

func validEvent() event.Event {
	return event.Event{
		ID:     visitID,
		Kind:   event.OfficialVisit,
		Status: event.Held,
		StatusHistory: []event.StatusChange{
			{Status: event.Planned, Date: diplo.MustParseDate("2025-06-10"), Attribution: diplo.Attribution{Sources: []diplo.ID{kremlinSrc}, By: []diplo.ID{russiaID}}},
			validStatusChange(),
			{Status: event.Held, Date: diplo.MustParseDate("2025-06-22"), Attribution: diplo.Attribution{Sources: []diplo.ID{articleSrc}}},
		},
		Name:        diplo.MustNewText("fr", "Visite officielle d'Assimi Goïta en Russie"),
		Description: diplo.MustNewText("fr", "Vladimir Poutine reçoit le président de la Transition du Mali."),
		Start:       diplo.MustParseDate("2025-06-22"),
		End:         diplo.MustParseDate("2025-06-26"),
		Place: diplo.Place{
			Name:        diplo.MustNewText("fr", "Moscou"),
			Country:     "RU",
			GeoNames:    diplo.MustNewIdentifier(diplo.GeoNames, "524901"),
			Wikidata:    diplo.MustNewIdentifier(diplo.Wikidata, "Q649"),
			Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556},
		},
		Participants: []event.Participant{
			{Actor: putinID, Role: event.Host, Representing: russiaID},
			validParticipant(),
		},
		Parts:     []diplo.ID{talksID, signingID},
		Relations: []event.Relation{validRelation()},
		Topics: []diplo.Topic{
			{Domain: diplo.Geology, Label: diplo.MustNewText("fr", "exploitation géologique")},
			{Domain: diplo.NaturalResources},
		},
		Deadlines: []event.Deadline{validDeadline()},
		Quantities: []diplo.Quantity{
			{Type: diplo.QuantitativeValue, Amount: "3", Unit: diplo.MustNewText("fr", "accords"), Description: diplo.MustNewText("fr", "accords signés")},
			{Type: diplo.MonetaryAmount, Amount: "1500000000.50", Currency: "RUB"},
		},
		Outcomes:          []diplo.ID{principlesID},
		Characterisations: []event.Characterisation{validCharacterisation()},
		Identifiers:       []diplo.Identifier{diplo.MustNewIdentifier(diplo.URL, "https://example.org/registry/visit-2025-06")},
		Sources:           []diplo.ID{articleSrc, kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "endDate",
			Value:       diplo.MustNewText("fr", "2025-06-26"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{abamakoSrc}},
		}, {
			Property:    "quantities",
			Value:       diplo.MustNewText("fr", "quinze accords"),
			Quantity:    diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "15", Unit: diplo.MustNewText("fr", "accords")},
			Attribution: diplo.Attribution{By: []diplo.ID{maliID}},
		}},
	}
}

// validStatusChange is a relocation, so that every field is set.
func validStatusChange() event.StatusChange {
	return event.StatusChange{
		Status: event.Planned,
		Date:   diplo.MustParseDate("2025-06-15"),
		Place:  diplo.Place{Name: diplo.MustNewText("fr", "Moscou"), Country: "RU"},
		Attribution: diplo.Attribution{
			Sources: []diplo.ID{kremlinSrc},
			By:      []diplo.ID{russiaID},
			Note:    diplo.MustNewText("fr", "selon un communiqué du Kremlin"),
		},
	}
}

func validDeadline() event.Deadline {
	return event.Deadline{
		Date:        diplo.MustParseDate("2025-06-26T18:00Z"),
		Description: diplo.MustNewText("fr", "remettre la liste des projets"),
		Attribution: diplo.Attribution{
			Sources: []diplo.ID{kremlinSrc},
			By:      []diplo.ID{russiaID},
			Note:    diplo.MustNewText("fr", "selon un communiqué du Kremlin"),
		},
	}
}

func validStatement() event.Statement {
	return event.Statement{
		ID:       statementID,
		Kind:     event.Quote,
		Speakers: []diplo.ID{goitaID},
		Occasion: pressID,
		Date:     diplo.MustParseDate("2025-06-23"),
		Text: diplo.MustNewText("fr", "Grâce à ce partenariat, nous obtenons des résultats positifs.").
			WithTranslationTag(language.English, language.French, "Thanks to this partnership, we are getting positive results."),
		Title:       diplo.MustNewText("fr", "Déclaration à la presse"),
		About:       []diplo.ID{russiaID},
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.URL, "https://example.org/registry/goita-2025-06-23")},
		Attribution: diplo.Attribution{
			Sources: []diplo.ID{articleSrc},
			By:      []diplo.ID{goitaID},
			Note:    diplo.MustNewText("fr", "a déclaré le président malien"),
		},
		Claims: []diplo.Claim{{
			Property:    "date",
			Value:       diplo.MustNewText("fr", "2025-06-24"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{abamakoSrc}},
		}},
	}
}

// unpublishedStatement is a readout known to exist, whose words were not
// published: it has a title and a document symbol, and no text.
func unpublishedStatement() event.Statement {
	s := validStatement()
	s.Kind, s.Text, s.Wording = event.Readout, nil, event.Unpublished
	s.Identifiers = []diplo.Identifier{diplo.MustNewIdentifier(diplo.UNDoc, "S/2022/155")}
	return s
}

// roundTripStatement sets every field of a statement, the text and the
// wording both, which Validate refuses together: the JSON round trip
// must keep them all.
func roundTripStatement() event.Statement {
	s := validStatement()
	s.Wording = event.NotQuoted
	return s
}

func TestValidValues(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
	}{
		{"Event", validEvent()},
		{"Participant", validParticipant()},
		{"Relation", validRelation()},
		{"Characterisation", validCharacterisation()},
		{"Statement", validStatement()},
		{"Statement unpublished", unpublishedStatement()},
		{"StatusChange", validStatusChange()},
		{"Deadline", validDeadline()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.v.Validate())
			if _, ok := tc.v.(event.Statement); ok {
				// A valid statement has a text or a wording, not both:
				// between them the two valid statements set every field.
				modeltest.CheckAllSet(t, roundTripStatement())
				return
			}
			modeltest.CheckAllSet(t, tc.v)
		})
	}
}

func TestEventValidate(t *testing.T) {
	type E = event.Event
	cases := modeltest.IDRules(func(e *E) *diplo.ID { return &e.ID })
	cases = append(cases, modeltest.IDListRules("parts", func(e *E) *[]diplo.ID { return &e.Parts })...)
	cases = append(cases, modeltest.IDListRules("outcomes", func(e *E) *[]diplo.ID { return &e.Outcomes })...)
	cases = append(cases, modeltest.IDListRules("sources", func(e *E) *[]diplo.ID { return &e.Sources })...)
	cases = append(cases, modeltest.IdentifierRules(func(e *E) *[]diplo.Identifier { return &e.Identifiers })...)
	cases = append(cases, []modeltest.Rule[E]{
		{Name: "GDELT identifier of bad form", Edit: func(e *E) { e.Identifiers[0] = diplo.Identifier{Scheme: diplo.GDELT, Value: "012"} },
			Path: "identifiers[0]", Want: diplo.ErrSyntax},
	}...)
	cases = append(cases, []modeltest.Rule[E]{
		{Name: "kind required", Edit: func(e *E) { e.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(e *E) { e.Kind = "sumit" }, Path: "kind", Want: diplo.ErrUnknown},
		{Name: "status unknown", Edit: func(e *E) { e.Status = "rumoured" }, Path: "status", Want: diplo.ErrUnknown},
		{Name: "name undetermined language", Edit: func(e *E) { e.Name = diplo.Text{language.Und: "visite"} },
			Path: "name.und", Want: diplo.ErrLanguage},
		{Name: "description blank", Edit: func(e *E) { e.Description[language.French] = "\t" },
			Path: "description.fr", Want: diplo.ErrRequired},
		{Name: "ends before it starts", Edit: func(e *E) { e.End = diplo.MustParseDate("2025-06-21") },
			Path: "endDate", Want: diplo.ErrOrder},
		{Name: "end without start", Edit: func(e *E) { e.Start = diplo.Date{} },
			Path: "startDate", Want: diplo.ErrRequired},
		{Name: "location country", Edit: func(e *E) { e.Place.Country = "SU1" },
			Path: "location.country", Want: diplo.ErrCountry},
		{Name: "location latitude", Edit: func(e *E) { e.Place.Coordinates.Latitude = 95 },
			Path: "location.coordinates.latitude", Want: diplo.ErrRange},
		{Name: "location geonames of another scheme", Edit: func(e *E) { e.Place.GeoNames = diplo.MustNewIdentifier(diplo.Wikidata, "Q649") },
			Path: "location.geonames", Want: diplo.ErrSyntax},
		{Name: "participant actor required", Edit: func(e *E) { e.Participants[1].Actor = "" },
			Path: "participants[1].actor", Want: diplo.ErrRequired},
		{Name: "participant role required", Edit: func(e *E) { e.Participants[1].Role = "" },
			Path: "participants[1].role", Want: diplo.ErrRequired},
		{Name: "participant role unknown", Edit: func(e *E) { e.Participants[1].Role = "visitor" },
			Path: "participants[1].role", Want: diplo.ErrUnknown},
		{Name: "participant delegation not an IRI", Edit: func(e *E) { e.Participants[1].Delegation = "Mali delegation" },
			Path: "participants[1].delegation", Want: diplo.ErrSyntax},
		{Name: "participant representing not an IRI", Edit: func(e *E) { e.Participants[0].Representing = "Russia" },
			Path: "participants[0].representing", Want: diplo.ErrSyntax},
		{Name: "participant listed twice in the same role", Edit: func(e *E) { e.Participants = append(e.Participants, e.Participants[0]) },
			Path: "participants[2]", Want: diplo.ErrDuplicate},
		{Name: "part of itself", Edit: func(e *E) { e.Parts[1] = e.ID }, Path: "parts[1]", Want: diplo.ErrCycle},
		{Name: "relation kind required", Edit: func(e *E) { e.Relations[0].Kind = "" },
			Path: "relations[0].kind", Want: diplo.ErrRequired},
		{Name: "relation kind unknown", Edit: func(e *E) { e.Relations[0].Kind = "precedes" },
			Path: "relations[0].kind", Want: diplo.ErrUnknown},
		{Name: "relation event required", Edit: func(e *E) { e.Relations[0].Event = "" },
			Path: "relations[0].event", Want: diplo.ErrRequired},
		{Name: "relation to itself", Edit: func(e *E) { e.Relations[0].Event = e.ID },
			Path: "relations[0].event", Want: diplo.ErrCycle},
		{Name: "topic empty", Edit: func(e *E) { e.Topics[1] = diplo.Topic{} },
			Path: "topics[1].domain", Want: diplo.ErrRequired},
		{Name: "topic domain unknown", Edit: func(e *E) { e.Topics[1].Domain = "mining" },
			Path: "topics[1].domain", Want: diplo.ErrUnknown},
		{Name: "characterisation term required", Edit: func(e *E) { e.Characterisations[0].Term = nil },
			Path: "characterisations[0].term", Want: diplo.ErrRequired},
		{Name: "characterisation tone unknown", Edit: func(e *E) { e.Characterisations[0].Tone = "warm" },
			Path: "characterisations[0].tone", Want: diplo.ErrUnknown},
		{Name: "characterisation source not an IRI", Edit: func(e *E) { e.Characterisations[0].Sources[0] = "kremlin" },
			Path: "characterisations[0].sources[0]", Want: diplo.ErrSyntax},
		{Name: "characterisation by listed twice", Edit: func(e *E) { e.Characterisations[0].By[1] = russiaID },
			Path: "characterisations[0].by[1]", Want: diplo.ErrDuplicate},
		{Name: "characterisation note undetermined language", Edit: func(e *E) { e.Characterisations[0].Note = diplo.Text{language.Und: "x"} },
			Path: "characterisations[0].note.und", Want: diplo.ErrLanguage},
		{Name: "claim without property", Edit: func(e *E) { e.Claims[0].Property = "" },
			Path: "claims[0].property", Want: diplo.ErrRequired},
		{Name: "claim without attribution", Edit: func(e *E) { e.Claims[0].Attribution = diplo.Attribution{} },
			Path: "claims[0].sources", Want: diplo.ErrRequired},
		{Name: "claim with a note alone", Edit: func(e *E) {
			e.Claims[0].Attribution = diplo.Attribution{Note: diplo.MustNewText("fr", "selon la presse")}
		},
			Path: "claims[0].sources", Want: diplo.ErrRequired},
		{Name: "claim without value nor quantity", Edit: func(e *E) { e.Claims[1].Value, e.Claims[1].Quantity = nil, diplo.Quantity{} },
			Path: "claims[1].value", Want: diplo.ErrRequired},
		{Name: "claim quantity without unit", Edit: func(e *E) { e.Claims[1].Quantity.Unit = nil },
			Path: "claims[1].quantity.unit", Want: diplo.ErrRequired},
		{Name: "characterisation unattributed", Edit: func(e *E) {
			ch := &e.Characterisations[0]
			ch.Sources, ch.By, ch.Statement = nil, nil, ""
		}, Path: "characterisations[0].by", Want: diplo.ErrRequired},
		{Name: "characterisation by an actor, uncited", Edit: func(e *E) {
			ch := &e.Characterisations[0]
			ch.Sources, ch.Statement = nil, ""
		}, Path: "characterisations[0].sources", Want: diplo.ErrRequired},
		{Name: "characterisation statement not an IRI", Edit: func(e *E) { e.Characterisations[0].Statement = "readout" },
			Path: "characterisations[0].statement", Want: diplo.ErrSyntax},
		{Name: "quantity type required", Edit: func(e *E) { e.Quantities[0].Type = "" },
			Path: "quantities[0].type", Want: diplo.ErrRequired},
		{Name: "quantity type unknown", Edit: func(e *E) { e.Quantities[0].Type = "Distance" },
			Path: "quantities[0].type", Want: diplo.ErrUnknown},
		{Name: "quantity amount required", Edit: func(e *E) { e.Quantities[0].Amount = "" },
			Path: "quantities[0].amount", Want: diplo.ErrRequired},
		{Name: "quantity amount not a decimal", Edit: func(e *E) { e.Quantities[0].Amount = "1e3" },
			Path: "quantities[0].amount", Want: diplo.ErrSyntax},
		{Name: "quantity amount with a leading zero", Edit: func(e *E) { e.Quantities[0].Amount = "03" },
			Path: "quantities[0].amount", Want: diplo.ErrSyntax},
		{Name: "count without unit", Edit: func(e *E) { e.Quantities[0].Unit = nil },
			Path: "quantities[0].unit", Want: diplo.ErrRequired},
		{Name: "count with a currency", Edit: func(e *E) { e.Quantities[0].Currency = "USD" },
			Path: "quantities[0].currency", Want: diplo.ErrInconsistent},
		{Name: "money without currency", Edit: func(e *E) { e.Quantities[1].Currency = "" },
			Path: "quantities[1].currency", Want: diplo.ErrRequired},
		{Name: "money with a unit", Edit: func(e *E) { e.Quantities[1].Unit = diplo.MustNewText("en", "roubles") },
			Path: "quantities[1].unit", Want: diplo.ErrInconsistent},
		{Name: "money in an unknown currency", Edit: func(e *E) { e.Quantities[1].Currency = "ABC" },
			Path: "quantities[1].currency", Want: diplo.ErrUnknown},
		{Name: "money in a lower-case currency", Edit: func(e *E) { e.Quantities[1].Currency = "rub" },
			Path: "quantities[1].currency", Want: diplo.ErrUnknown},
		{Name: "location admin1 code of another country", Edit: func(e *E) {
			e.Place.Admin1 = diplo.AdminDivision{Name: diplo.MustNewText("fr", "Moscou"), Code: "UA-30"}
		}, Path: "location.admin1.code", Want: diplo.ErrInconsistent},
	}...)
	modeltest.RunRules(t, validEvent, cases)
}

// TestEventAccepts checks values the rules must leave alone.
func TestEventAccepts(t *testing.T) {
	tests := []struct {
		name string
		edit func(*event.Event)
	}{
		{"minimal", func(e *event.Event) { *e = event.Event{ID: e.ID, Kind: event.PhoneCall} }},
		{"same actor in two roles", func(e *event.Event) {
			e.Participants = append(e.Participants, event.Participant{Actor: goitaID, Role: event.Speaker})
		}},
		{"one-day event", func(e *event.Event) { e.End = e.Start }},
		{"start without end", func(e *event.Event) { e.End = diplo.Date{} }},
		{"end year containing the start", func(e *event.Event) { e.End = diplo.MustParseDate("2025") }},
		{"times on the same day", func(e *event.Event) {
			e.Start, e.End = diplo.MustParseDate("2025-06-23T10:00+03:00"), diplo.MustParseDate("2025-06-23T14:30+03:00")
		}},
		{"planned", func(e *event.Event) { e.Status = event.Planned; e.StatusHistory = e.StatusHistory[:2] }},
		{"status left out", func(e *event.Event) { e.Status = "" }},
		{"place without a name", func(e *event.Event) { e.Place = diplo.Place{Country: "RU"} }},
		{"topic with a label only", func(e *event.Event) { e.Topics = []diplo.Topic{{Label: diplo.MustNewText("fr", "logistique")}} }},
		{"characterisation without tone", func(e *event.Event) { e.Characterisations[0].Tone = "" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := validEvent()
			tc.edit(&e)
			require.NoError(t, e.Validate())
		})
	}
}

// TestEventEmptyIDNoCycle checks that an event without an ID is not read
// as part of, or related to, its parts and relations that lack one too.
func TestEventEmptyIDNoCycle(t *testing.T) {
	e := validEvent()
	e.ID, e.Parts, e.Relations[0].Event = "", []diplo.ID{""}, ""
	fes := modeltest.FieldErrors(t, e.Validate())
	want := []string{"id", "parts[0]", "relations[0].event"}
	require.Len(t, fes, len(want), "Validate() =\n%v", e.Validate())
	for i, fe := range fes {
		assert.Equal(t, want[i], fe.Path, "error %d", i)
		assert.Same(t, diplo.ErrRequired, fe.Err, "error %d = %v, want required", i, fe)
	}
}

func TestStatementValidate(t *testing.T) {
	type S = event.Statement
	cases := modeltest.IDRules(func(s *S) *diplo.ID { return &s.ID })
	cases = append(cases, modeltest.IDListRules("speakers", func(s *S) *[]diplo.ID { return &s.Speakers })...)
	cases = append(cases, modeltest.IDListRules("about", func(s *S) *[]diplo.ID { return &s.About })...)
	cases = append(cases, modeltest.IDListRules("sources", func(s *S) *[]diplo.ID { return &s.Sources })...)
	cases = append(cases, modeltest.IDListRules("by", func(s *S) *[]diplo.ID { return &s.By })...)
	cases = append(cases, modeltest.TextRules("text", "fr", func(s *S) *diplo.Text { return &s.Text })...)
	cases = append(cases, []modeltest.Rule[S]{
		{Name: "kind required", Edit: func(s *S) { s.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(s *S) { s.Kind = "tweet" }, Path: "kind", Want: diplo.ErrUnknown},
		{Name: "speakers required", Edit: func(s *S) { s.Speakers = nil }, Path: "speakers", Want: diplo.ErrRequired},
		{Name: "speakers empty list", Edit: func(s *S) { s.Speakers = []diplo.ID{} }, Path: "speakers", Want: diplo.ErrRequired},
		{Name: "occasion not an IRI", Edit: func(s *S) { s.Occasion = "press conference" }, Path: "occasion", Want: diplo.ErrSyntax},
		{Name: "translations only", Edit: func(s *S) { delete(s.Text, language.French) }, Path: "text", Want: diplo.ErrLanguage},
		{Name: "translation blank", Edit: func(s *S) { s.Text[diplo.TranslationTag(language.English, language.French)] = "" },
			Path: "text.en-t-fr", Want: diplo.ErrRequired},
		{Name: "note undetermined language", Edit: func(s *S) { s.Note = diplo.Text{language.Und: "x"} },
			Path: "note.und", Want: diplo.ErrLanguage},
		{Name: "title undetermined language", Edit: func(s *S) { s.Title = diplo.Text{language.Und: "x"} },
			Path: "title.und", Want: diplo.ErrLanguage},
		{Name: "text and wording both", Edit: func(s *S) { s.Wording = event.Unpublished },
			Path: "wording", Want: diplo.ErrInconsistent},
		{Name: "wording unknown", Edit: func(s *S) { s.Text, s.Wording = nil, "lost" },
			Path: "wording", Want: diplo.ErrUnknown},
		{Name: "UN symbol of bad form", Edit: func(s *S) { s.Identifiers[0] = diplo.Identifier{Scheme: diplo.UNDoc, Value: "S/2022/"} },
			Path: "identifiers[0]", Want: diplo.ErrSyntax},
		{Name: "claim with a note alone", Edit: func(s *S) {
			s.Claims[0].Attribution = diplo.Attribution{Note: diplo.MustNewText("fr", "selon la presse")}
		},
			Path: "claims[0].sources", Want: diplo.ErrRequired},
	}...)
	cases = append(cases, modeltest.IdentifierRules(func(s *S) *[]diplo.Identifier { return &s.Identifiers })...)
	modeltest.RunRules(t, validStatement, cases)

	t.Run("unpublished readout without text", func(t *testing.T) {
		require.NoError(t, unpublishedStatement().Validate())
	})
	t.Run("text still required without wording", func(t *testing.T) {
		s := unpublishedStatement()
		s.Wording = ""
		modeltest.CheckRule(t, s.Validate(), "text", diplo.ErrRequired, 0)
	})

	t.Run("original without translation", func(t *testing.T) {
		s := validStatement()
		s.Text = diplo.MustNewText("fr", "Cela témoigne de l'efficacité et de la confiance entre nos deux pays.")
		require.NoError(t, s.Validate())
	})
}

func TestEventMethods(t *testing.T) {
	e := validEvent()
	assert.Equal(t, diplo.Interval{Start: e.Start, End: e.End}, e.Span(), "Span()")
	e.End = diplo.Date{}
	assert.Equal(t, diplo.Interval{Start: e.Start, End: e.Start}, e.Span(), "Span() of a one-date event")
	got := (event.Event{}).Span()
	assert.True(t, got.IsZero(), "Span() of an undated event = %v", got)
	for _, tc := range []struct {
		status, want event.Status
	}{
		{"", event.Held}, {event.Held, event.Held}, {event.Planned, event.Planned},
		{event.Postponed, event.Postponed}, {event.Cancelled, event.Cancelled},
	} {
		assert.Equal(t, tc.want, (event.Event{Status: tc.status}).EffectiveStatus(), "EffectiveStatus() of %q", tc.status)
	}
	for _, tc := range []struct {
		actor diplo.ID
		want  bool
	}{
		{putinID, true}, {goitaID, true}, {maliID, false}, {delegationID, false}, {"", false},
	} {
		assert.Equal(t, tc.want, e.HasParticipant(tc.actor), "HasParticipant(%q)", tc.actor)
	}
}
