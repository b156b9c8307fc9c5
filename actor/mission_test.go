package actor_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
)

// errorPaths lists the paths of the field errors of err.
func errorPaths(err error) []string {
	var errs diplo.Errors
	if errors.As(err, &errs) {
		var out []string
		for _, e := range errs {
			out = append(out, e.Path)
		}
		return out
	}
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		return []string{fe.Path}
	}
	return nil
}

func validMission() actor.Mission {
	return actor.Mission{
		ID:          "https://example.org/missions/us-jp",
		Kind:        actor.Embassy,
		Name:        diplo.Text{language.English: "Embassy of the United States, Tokyo"},
		Sending:     "https://w3id.org/diplo/id/state/US",
		Receiving:   "https://w3id.org/diplo/id/state/JP",
		Seat:        diplo.Place{Name: diplo.Text{language.English: "Tokyo"}, Country: "JP"},
		Established: diplo.MustParseDate("1952-04-28"),
		Closed:      diplo.MustParseDate("2099-01-01"),
		Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q1")},
		Sources:     []diplo.ID{aaSrc},
	}
}

// TestMissionValidate breaks each check of Mission.Validate once and
// asserts the sentinel and the path of the error.
func TestMissionValidate(t *testing.T) {
	require.NoError(t, validMission().Validate())
	tests := []struct {
		name string
		edit func(*actor.Mission)
		path string
		want error
	}{
		{"no kind", func(m *actor.Mission) { m.Kind = "" }, "kind", diplo.ErrRequired},
		{"unknown kind", func(m *actor.Mission) { m.Kind = "embassade" }, "kind", diplo.ErrUnknown},
		{"no name", func(m *actor.Mission) { m.Name = nil }, "name", diplo.ErrRequired},
		{"no sending side", func(m *actor.Mission) { m.Sending = "" }, "sending", diplo.ErrRequired},
		{"no receiving side", func(m *actor.Mission) { m.Receiving = "" }, "receiving", diplo.ErrRequired},
		{"sent to itself", func(m *actor.Mission) { m.Receiving = m.Sending }, "receiving", diplo.ErrInconsistent},
		{"bad seat", func(m *actor.Mission) { m.Seat.Country = "XX" }, "seat.country", diplo.ErrCountry},
		{"closed before established", func(m *actor.Mission) {
			m.Established = diplo.MustParseDate("1952-04-28")
			m.Closed = diplo.MustParseDate("1941-12-08")
		}, "closed", diplo.ErrOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMission()
			tt.edit(&m)
			err := m.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, []string{tt.path}, errorPaths(err))
		})
	}
}

// TestTenureAccreditedTo checks the sides of a concurrent accreditation:
// each a valid ID, each listed once, in short and long lists.
func TestTenureAccreditedTo(t *testing.T) {
	base := actor.Tenure{ID: "https://example.org/t", Person: "https://example.org/p", Office: "https://example.org/o"}
	ok := base
	ok.AccreditedTo = []diplo.ID{"https://w3id.org/diplo/id/state/PW", "https://w3id.org/diplo/id/state/FM"}
	require.NoError(t, ok.Validate())

	long := make([]diplo.ID, 0, 40)
	for _, c := range []string{"AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT"} {
		long = append(long, diplo.ID("https://example.org/s/"+c))
	}
	tests := []struct {
		name string
		to   []diplo.ID
		path string
		want error
	}{
		{"repeated", []diplo.ID{"https://example.org/a", "https://example.org/b", "https://example.org/a"}, "accreditedTo[2]", diplo.ErrDuplicate},
		{"repeated in a long list", append(long, long[3]), "accreditedTo[20]", diplo.ErrDuplicate},
		{"bad id", []diplo.ID{"not an id"}, "accreditedTo[0]", diplo.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tn := base
			tn.AccreditedTo = tt.to
			err := tn.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, []string{tt.path}, errorPaths(err))
		})
	}
}
