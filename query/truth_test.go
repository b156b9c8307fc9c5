package query_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/query"
)

// TestTruthLogic checks Kleene's strong three-valued logic, table by table.
func TestTruthLogic(t *testing.T) {
	n, m, y := query.No, query.Maybe, query.Yes
	all := []query.Truth{n, m, y}
	and := [3][3]query.Truth{{n, n, n}, {n, m, m}, {n, m, y}}
	or := [3][3]query.Truth{{n, m, y}, {m, m, y}, {y, y, y}}
	for i, a := range all {
		for j, b := range all {
			assert.Equal(t, and[i][j], a.And(b), "%s and %s", a, b)
			assert.Equal(t, or[i][j], a.Or(b), "%s or %s", a, b)
		}
	}
	assert.Equal(t, []query.Truth{y, m, n}, []query.Truth{n.Not(), m.Not(), y.Not()})
}

// TestTruthText checks the names, in JSON and back, and that a bad name or
// value is an error.
func TestTruthText(t *testing.T) {
	b, err := json.Marshal([]query.Truth{query.No, query.Maybe, query.Yes})
	require.NoError(t, err)
	assert.JSONEq(t, `["no","maybe","yes"]`, string(b))
	var back []query.Truth
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []query.Truth{query.No, query.Maybe, query.Yes}, back)
	var v query.Truth
	assert.ErrorIs(t, v.UnmarshalText([]byte("perhaps")), diplo.ErrSyntax)
	_, err = query.Truth(3).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Truth(3)", query.Truth(3).String())
}

// TestStatusText checks the JSON names of the statuses.
func TestStatusText(t *testing.T) {
	b, err := json.Marshal([]query.PartyStatus{query.NotParty, query.PartySigned, query.PartyConsented, query.PartyProvisional,
		query.PartyBound, query.PartySuspended, query.PartyWithdrawn, query.PartyTerminated})
	require.NoError(t, err)
	assert.Equal(t, `["not-party","signed","consented","provisional","bound","suspended","withdrawn","terminated"]`, string(b))
	b, err = json.Marshal([]query.AccordStatus{query.AccordNone, query.AccordAdopted, query.AccordOpen, query.AccordSigned,
		query.AccordProvisional, query.AccordInForce, query.AccordSuspended, query.AccordTerminated})
	require.NoError(t, err)
	assert.Equal(t, `["none","adopted","open-for-signature","signed","provisional","in-force","suspended","terminated"]`, string(b))
	_, err = query.PartyStatus(8).MarshalText()
	assert.Error(t, err)
	_, err = query.AccordStatus(8).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "PartyStatus(8)", query.PartyStatus(8).String())
	assert.Equal(t, "AccordStatus(8)", query.AccordStatus(8).String())
}

// FuzzTruthUnmarshalText checks that any text either is one of the three
// names, which it reads back as itself, or is an error.
func FuzzTruthUnmarshalText(f *testing.F) {
	for _, s := range []string{"no", "maybe", "yes", "", "Yes", "perhaps"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v query.Truth
		if err := v.UnmarshalText([]byte(s)); err != nil {
			return
		}
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
	})
}
