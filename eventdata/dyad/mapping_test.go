package dyad_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// TestEveryKindIsMapped fails when a kind, role or statement kind of the
// model has no coding, or when a coding names a CAMEO code that the
// embedded tables do not hold, or a PLOVER event that the CAMEO→PLOVER
// mapping does not give for that code.
func TestEveryKindIsMapped(t *testing.T) {
	check := func(t *testing.T, c dyad.Coding) {
		t.Helper()
		for _, code := range []string{c.CAMEO, c.Reverse} {
			if code == "" {
				continue
			}
			_, ok := cameo.LookupEvent(code)
			assert.True(t, ok, "CAMEO %q is not in the CAMEO table", code)
		}
		got, ok := plover.FromCAMEO(c.CAMEO)
		switch {
		case c.PLOVEREvent == "" && ok && got.Event != "":
			t.Errorf("CAMEO %s: documented without a PLOVER event, the mapping gives %s", c.CAMEO, got.Event)
		case c.PLOVEREvent != "" && (!ok || string(got.Event) != c.PLOVEREvent):
			t.Errorf("CAMEO %s: documented as PLOVER %s, the mapping gives %v", c.CAMEO, c.PLOVEREvent, got)
		case c.PLOVERMode != "" && string(got.Mode) != c.PLOVERMode:
			t.Errorf("CAMEO %s: documented with PLOVER mode %s, the mapping gives %q", c.CAMEO, c.PLOVERMode, got.Mode)
		}
	}
	for _, k := range event.Kinds().Values() {
		t.Run("kind/"+string(k), func(t *testing.T) {
			c, ok := dyad.KindCodings()[k]
			require.True(t, ok, "event kind %q has no coding", k)
			check(t, c)
		})
	}
	for _, k := range event.StatementKinds().Values() {
		t.Run("statement/"+string(k), func(t *testing.T) {
			c, ok := dyad.StatementCodings()[k]
			require.True(t, ok, "statement kind %q has no coding", k)
			check(t, c)
		})
	}
	for _, r := range event.Roles().Values() {
		_, ok := dyad.RoleSides()[r]
		assert.True(t, ok, "role %q has no side", r)
	}
	for s, c := range dyad.StatusCodings() {
		t.Run("status/"+string(s), func(t *testing.T) { check(t, c) })
	}
	assert.Len(t, dyad.KindCodings(), len(event.Kinds().Values()), "KindCodings: an entry per kind")
	// Conflictual kinds map to conflict codes: quad classes 3 and 4, and a
	// negative Goldstein score.
	for _, k := range event.Kinds().Values() {
		if !k.IsConflictual() {
			continue
		}
		ec, _ := cameo.LookupEvent(dyad.KindCodings()[k].CAMEO)
		assert.GreaterOrEqual(t, int(ec.QuadClass), 3, "conflictual kind %s maps to %s: quad class", k, ec.Code)
		assert.Negative(t, ec.Goldstein, "conflictual kind %s maps to %s: Goldstein score", k, ec.Code)
	}
}
