package event_test

import (
	"encoding/json"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestRoundTrip(t *testing.T) {
	t.Run("Event", func(t *testing.T) { modeltest.RoundTrip(t, *update, "event", validEvent()) })
	t.Run("Participant", func(t *testing.T) { modeltest.RoundTrip(t, *update, "participant", validParticipant()) })
	t.Run("Relation", func(t *testing.T) { modeltest.RoundTrip(t, *update, "relation", validRelation()) })
	t.Run("Characterisation", func(t *testing.T) { modeltest.RoundTrip(t, *update, "characterisation", validCharacterisation()) })
	t.Run("Statement", func(t *testing.T) { modeltest.RoundTrip(t, *update, "statement", roundTripStatement()) })
	t.Run("StatusChange", func(t *testing.T) { modeltest.RoundTrip(t, *update, "statuschange", validStatusChange()) })
	t.Run("Deadline", func(t *testing.T) { modeltest.RoundTrip(t, *update, "deadline", validDeadline()) })
}

// TestMinimalJSON pins the JSON of values with only their required fields:
// empty fields are left out, "type" is written, and the fields come in a
// stable order.
func TestMinimalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
		want string
	}{
		{"Event", event.Event{ID: visitID, Kind: event.OfficialVisit},
			`{"id":"https://example.org/event/visit-2025-06","type":"Event","kind":"official-visit"}`},
		{"Event dated", event.Event{ID: visitID, Kind: event.OfficialVisit, Start: diplo.MustParseDate("2025-06-22")},
			`{"id":"https://example.org/event/visit-2025-06","type":"Event","kind":"official-visit","startDate":"2025-06-22"}`},
		{"Participant", event.Participant{Actor: putinID, Role: event.Host},
			`{"actor":"https://example.org/person/putin","role":"host"}`},
		{"Relation", event.Relation{Kind: event.OnSidelinesOf, Event: summitID},
			`{"kind":"on-sidelines-of","event":"https://example.org/event/russia-africa-2023"}`},
		{"Characterisation", event.Characterisation{Term: diplo.MustNewText("fr", "constructives"), Attribution: diplo.Attribution{Sources: []diplo.ID{kremlinSrc}}},
			`{"term":{"fr":"constructives"},"sources":["https://example.org/source/kremlin"]}`},
		{"Statement unpublished", event.Statement{ID: "urn:x:s", Kind: event.Readout, Speakers: []diplo.ID{kremlinSrc}, Wording: event.Unpublished},
			`{"id":"urn:x:s","type":"Statement","kind":"readout","speakers":["https://example.org/source/kremlin"],"wording":"unpublished"}`},
		{"Statement", event.Statement{ID: "urn:x:s", Kind: event.Readout, Speakers: []diplo.ID{kremlinSrc}, Text: diplo.MustNewText("ru", "Состоялись переговоры.")},
			`{"id":"urn:x:s","type":"Statement","kind":"readout","speakers":["https://example.org/source/kremlin"],"text":{"ru":"Состоялись переговоры."}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b), "json.Marshal")
			assert.NoError(t, tc.v.Validate())
		})
	}
}

func TestTypeAlwaysWritten(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{event.Event{}, "Event"},
		{event.Statement{}, "Statement"},
	} {
		b, err := json.Marshal(tc.v)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"type":"`+tc.want+`"`, "json.Marshal(%T{})", tc.v)
	}
}

// TestUnknownKind decodes an event whose kind is misspelt: both
// encoding/json and diplo.Unmarshal refuse it, and diplo.Unmarshal says
// where and what.
func TestUnknownKind(t *testing.T) {
	data := []byte(`{"id":"https://example.org/event/1","type":"Event","kind":"sumit","startDate":"2025-06-23"}`)

	var e event.Event
	err := json.Unmarshal(data, &e)
	require.Error(t, err, "json.Unmarshal accepted kind \"sumit\"")
	assert.ErrorIs(t, err, diplo.ErrUnknown, "json.Unmarshal")

	err = diplo.Unmarshal(data, &e)
	require.Error(t, err, "diplo.Unmarshal accepted kind \"sumit\"")
	var fe *diplo.FieldError
	require.ErrorAs(t, err, &fe, "diplo.Unmarshal error %v (%T) is no *diplo.FieldError", err, err)
	assert.Equal(t, "kind", fe.Path)
	assert.ErrorIs(t, err, diplo.ErrUnknown)
	assert.Contains(t, err.Error(), `"sumit"`, "the error names the value")
	assert.Contains(t, err.Error(), "event kind", "the error names the vocabulary")
	assert.EqualError(t, err, `kind: unknown value: event kind "sumit"`)
}

// TestDecodeErrors checks that other bad values name their JSON path.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, data string
		into       any
		path       string
		want       error
		quote      string
	}{
		{"wrong type", `{"id":"urn:x","type":"Statement","kind":"summit"}`, new(event.Event), "type", diplo.ErrUnknown, `"Statement"`},
		{"status", `{"id":"urn:x","kind":"summit","status":"rumoured"}`, new(event.Event), "status", diplo.ErrUnknown, `"rumoured"`},
		{"role", `{"id":"urn:x","kind":"summit","participants":[{"actor":"urn:a","role":"host"},{"actor":"urn:b","role":"visitor"}]}`,
			new(event.Event), "participants[1].role", diplo.ErrUnknown, `"visitor"`},
		{"relation", `{"id":"urn:x","kind":"summit","relations":[{"kind":"precedes","event":"urn:y"}]}`,
			new(event.Event), "relations[0].kind", diplo.ErrUnknown, `"precedes"`},
		{"tone", `{"id":"urn:x","kind":"summit","characterisations":[{"term":{"fr":"x"},"tone":"warm"}]}`,
			new(event.Event), "characterisations[0].tone", diplo.ErrUnknown, `"warm"`},
		{"domain", `{"id":"urn:x","kind":"summit","topics":[{"domain":"mining"}]}`,
			new(event.Event), "topics[0].domain", diplo.ErrUnknown, `"mining"`},
		{"end date", `{"id":"urn:x","kind":"summit","endDate":"2025-02-30"}`, new(event.Event), "endDate", diplo.ErrRange, `"2025-02-30"`},
		{"location country", `{"id":"urn:x","kind":"summit","location":{"country":"XX"}}`, new(event.Event), "location.country", diplo.ErrCountry, `"XX"`},
		{"statement kind", `{"id":"urn:x","type":"Statement","kind":"tweet","speakers":["urn:a"],"text":{"fr":"x"}}`,
			new(event.Statement), "kind", diplo.ErrUnknown, `"tweet"`},
		{"statement text tag", `{"id":"urn:x","kind":"quote","speakers":["urn:a"],"text":{"not a tag!":"x"}}`,
			new(event.Statement), `text["not a tag!"]`, diplo.ErrLanguage, `"not a tag!"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), tc.into), "json.Unmarshal accepted %s", tc.data)
			err := diplo.Unmarshal([]byte(tc.data), tc.into)
			require.ErrorIs(t, err, tc.want, "diplo.Unmarshal")
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "diplo.Unmarshal")
			require.Equal(t, tc.path, fe.Path, "diplo.Unmarshal error = %v", err)
			assert.Contains(t, err.Error(), tc.quote, "the error names the value")
		})
	}
}
