package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/event"
)

// TestIsAccreditation checks which kinds are steps of an accreditation:
// exactly the six of the Vienna Conventions' sequence, none other.
func TestIsAccreditation(t *testing.T) {
	want := map[event.Kind]bool{
		event.AgrementRequest: true, event.Agrement: true, event.Credentials: true,
		event.RecallAmbassador: true, event.PersonaNonGrata: true, event.Departure: true,
	}
	for _, k := range event.Kinds().Values() {
		assert.Equal(t, want[k], k.IsAccreditation(), "%s.IsAccreditation()", k)
	}
	assert.False(t, event.Kind("agrément").IsAccreditation(), "an unknown kind")
}
