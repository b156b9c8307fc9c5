package actor_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
)

// TestNewStateErrors checks that NewState reports a bad country code and
// a bad language tag as errors that quote them, and does not panic.
func TestNewStateErrors(t *testing.T) {
	tests := []struct {
		name      string
		code, tag string
		want      error
		quoted    string
	}{
		{"unknown country", "XX", "fr", diplo.ErrCountry, "XX"},
		{"malformed tag", "ML", "french", diplo.ErrLanguage, "french"},
		{"empty tag", "ML", "", diplo.ErrLanguage, ""},
		{"undetermined tag", "ML", "und", diplo.ErrLanguage, "und"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s actor.State
			var err error
			require.NotPanics(t, func() { s, err = actor.NewState(tc.code, tc.tag, "Mali") })
			assert.ErrorIs(t, err, tc.want)
			assert.Contains(t, err.Error(), strconv.Quote(tc.quoted))
			assert.Zero(t, s)
		})
	}
	s, err := actor.NewState("ml", "fr", "Mali")
	require.NoError(t, err)
	assert.Equal(t, actor.StateID("ML"), s.ID)
	assert.Equal(t, diplo.MustNewText("fr", "Mali"), s.Name)
}
