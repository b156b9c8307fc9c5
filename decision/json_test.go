package decision_test

import (
	"encoding/json"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/internal/modeltest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestRoundTrip(t *testing.T) {
	t.Run("Resolution", func(t *testing.T) { modeltest.RoundTrip(t, *update, "resolution", validResolution()) })
	t.Run("Vote", func(t *testing.T) { modeltest.RoundTrip(t, *update, "vote", validVote()) })
	t.Run("Count", func(t *testing.T) { modeltest.RoundTrip(t, *update, "count", validCount()) })
	t.Run("Position", func(t *testing.T) { modeltest.RoundTrip(t, *update, "position", validPosition()) })
}

// TestMinimalJSON pins the JSON of values with only their required
// fields: "type" is written, a count of zero keeps its value, and the
// fields come in a stable order.
func TestMinimalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
		want string
	}{
		{"Resolution", decision.Resolution{ID: draftID, Kind: decision.ResolutionKind, Status: decision.Draft, Symbol: "S/2022/155", Body: councilID},
			`{"id":"https://example.org/resolution/s-2022-155","type":"Resolution","kind":"resolution","status":"draft","symbol":"S/2022/155","body":"https://example.org/org/unsc"}`},
		{"Vote", decision.Vote{ID: voteID, Motion: draftID, Body: councilID, Result: decision.ResultWithdrawn},
			`{"id":"https://example.org/vote/s-pv-8979","type":"Vote","motion":"https://example.org/resolution/s-2022-155","body":"https://example.org/org/unsc","result":"withdrawn"}`},
		{"Count of zero", decision.Count{Option: decision.No}, `{"option":"no","value":0}`},
		{"Position", decision.Position{Voter: state("RU"), Option: decision.Veto, Role: decision.PermanentMember},
			`{"voter":"https://w3id.org/diplo/id/state/RU","option":"veto","role":"permanent-member"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := diplo.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
			assert.NoError(t, tc.v.Validate())
		})
	}
}

func TestTypeAlwaysWritten(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{{decision.Resolution{}, `"type":"Resolution"`}, {decision.Vote{}, `"type":"Vote"`}} {
		b, err := json.Marshal(tc.v)
		require.NoError(t, err)
		assert.Contains(t, string(b), tc.want)
	}
}

// TestDecodeErrors checks that bad values name their JSON path and quote
// the value.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, data string
		into       func() any
		path       string
		want       error
		quote      string
	}{
		{"resolution type", `{"id":"urn:x","type":"Vote"}`, func() any { return new(decision.Resolution) }, "type", diplo.ErrUnknown, `"Vote"`},
		{"resolution kind", `{"id":"urn:x","kind":"bill"}`, func() any { return new(decision.Resolution) }, "kind", diplo.ErrUnknown, `"bill"`},
		{"resolution status", `{"id":"urn:x","status":"vetoed"}`, func() any { return new(decision.Resolution) }, "status", diplo.ErrUnknown, `"vetoed"`},
		{"resolution method", `{"id":"urn:x","method":"hands"}`, func() any { return new(decision.Resolution) }, "method", diplo.ErrUnknown, `"hands"`},
		{"resolution date", `{"id":"urn:x","date":"25/02/2022"}`, func() any { return new(decision.Resolution) }, "date", diplo.ErrSyntax, `"25/02/2022"`},
		{"vote result", `{"id":"urn:x","result":"pass"}`, func() any { return new(decision.Vote) }, "result", diplo.ErrUnknown, `"pass"`},
		{"vote majority", `{"id":"urn:x","majority":"most"}`, func() any { return new(decision.Vote) }, "majority", diplo.ErrUnknown, `"most"`},
		{"count option", `{"id":"urn:x","counts":[{"option":"yes","value":1},{"option":"aye","value":2}]}`, func() any { return new(decision.Vote) }, "counts[1].option", diplo.ErrUnknown, `"aye"`},
		{"position option", `{"id":"urn:x","positions":[{"voter":"urn:a","option":"nay"}]}`, func() any { return new(decision.Vote) }, "positions[0].option", diplo.ErrUnknown, `"nay"`},
		{"position role", `{"id":"urn:x","positions":[{"voter":"urn:a","option":"no","role":"p5"}]}`, func() any { return new(decision.Vote) }, "positions[0].role", diplo.ErrUnknown, `"p5"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := diplo.Unmarshal([]byte(tc.data), tc.into())
			require.ErrorIs(t, err, tc.want)
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.path, fe.Path)
			assert.Contains(t, err.Error(), tc.quote)
		})
	}
	// A count is a number.
	err := diplo.Unmarshal([]byte(`{"counts":[{"option":"yes","value":"11"}]}`), new(decision.Vote))
	var fe *diplo.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "counts[0].value", fe.Path)
}
