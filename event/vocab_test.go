package event_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// allKinds lists the event kind constants in the order of their
// definition.
var allKinds = []event.Kind{
	event.Summit, event.StateVisit, event.OfficialVisit, event.WorkingVisit, event.Visit,
	event.BilateralTalks, event.MultilateralConference, event.NegotiationRound, event.Mediation,
	event.SigningCeremony, event.PressConference, event.JointPressConference, event.PhoneCall,
	event.VideoCall, event.Communique, event.Credentials, event.EstablishRelations,
	event.Summoning, event.Protest, event.RecallAmbassador, event.Expulsion,
	event.SeverRelations, event.Sanctions, event.Ultimatum,
}

// conflictual lists the kinds of conflictual diplomacy.
var conflictual = map[event.Kind]bool{
	event.Summoning: true, event.Protest: true, event.RecallAmbassador: true, event.Expulsion: true,
	event.SeverRelations: true, event.Sanctions: true, event.Ultimatum: true,
}

func TestVocabularies(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Kinds, allKinds, event.Kind.Description)
	})
	t.Run("Statuses", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Statuses, []event.Status{
			event.Held, event.Planned, event.Postponed, event.Cancelled,
		}, event.Status.Description)
	})
	t.Run("Roles", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Roles, []event.Role{
			event.Host, event.Guest, event.Participating, event.Chair, event.CoChair, event.Mediator, event.Guarantor,
			event.Facilitator, event.Observer, event.HeadOfDelegation, event.Delegate,
			event.Signatory, event.Witness, event.Speaker, event.Initiator, event.Target, event.Subject,
		}, event.Role.Description)
	})
	t.Run("RelationKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.RelationKinds, []event.RelationKind{
			event.Follows, event.Continues, event.OnSidelinesOf, event.Replaces,
			event.PartOfSeries, event.RespondsTo, event.Prepares,
		}, event.RelationKind.Description)
	})
	t.Run("Tones", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Tones, []event.Tone{event.Positive, event.Neutral, event.Negative}, event.Tone.Description)
	})
	t.Run("StatementKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.StatementKinds, []event.StatementKind{
			event.Quote, event.Remarks, event.JointStatement, event.CommuniqueText,
			event.Readout, event.PressRelease, event.Declaration, event.Letter,
		}, event.StatementKind.Description)
	})
}

func TestIsConflictual(t *testing.T) {
	n := 0
	for _, k := range allKinds {
		assert.Equal(t, conflictual[k], k.IsConflictual(), "%s.IsConflictual()", k)
		if conflictual[k] {
			n++
		}
	}
	assert.Len(t, conflictual, n, "conflictual kinds among the constants")
	assert.False(t, event.Kind("sumit").IsConflictual(), "an unknown kind is conflictual")
}

// TestDocTaxonomy checks that the taxonomy table of the package
// documentation lists every kind, in order, with its definition and
// whether it is conflictual.
func TestDocTaxonomy(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	// The table is a preformatted block: a header line, then a row per
	// kind whose definition continues on lines that start with spaces.
	type row struct{ kind, conflictual, definition string }
	var rows []row
	in := false
	for _, line := range strings.Split(string(src), "\n") {
		text, ok := strings.CutPrefix(line, "//\t")
		switch {
		case ok && strings.HasPrefix(text, "Kind ") && strings.Contains(text, "Conflictual"):
			in = true
		case !ok:
			in = false
		case in && strings.HasPrefix(text, " "):
			require.NotEmpty(t, rows, "continuation line before the first row: %q", line)
			rows[len(rows)-1].definition += " " + strings.TrimSpace(text)
		case in:
			f := strings.Fields(text)
			require.GreaterOrEqual(t, len(f), 3, "short row %q", line)
			rows = append(rows, row{f[0], f[1], strings.Join(f[2:], " ")})
		}
	}
	require.Len(t, rows, len(allKinds), "rows of the table")
	for i, k := range allKinds {
		r := rows[i]
		if !assert.Equal(t, string(k), r.kind, "row %d", i) {
			continue
		}
		want := "no"
		if k.IsConflictual() {
			want = "yes"
		}
		assert.Equal(t, want, r.conflictual, "%s: conflictual", k)
		assert.Equal(t, k.Description(), r.definition, "%s: definition", k)
	}
}
