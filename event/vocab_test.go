package event_test

import (
	"os"
	"strings"
	"testing"

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
		modeltest.CheckVocabulary(t, event.Kinds(), allKinds, event.Kind.Description)
	})
	t.Run("Statuses", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Statuses(), []event.Status{
			event.Held, event.Planned, event.Postponed, event.Cancelled,
		}, event.Status.Description)
	})
	t.Run("Roles", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Roles(), []event.Role{
			event.Host, event.Guest, event.Participating, event.Chair, event.CoChair, event.Mediator, event.Guarantor,
			event.Facilitator, event.Observer, event.HeadOfDelegation, event.Delegate,
			event.Signatory, event.Witness, event.Speaker, event.Initiator, event.Target, event.Subject,
		}, event.Role.Description)
	})
	t.Run("RelationKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.RelationKinds(), []event.RelationKind{
			event.Follows, event.Continues, event.OnSidelinesOf, event.Replaces,
			event.PartOfSeries, event.RespondsTo, event.Prepares,
		}, event.RelationKind.Description)
	})
	t.Run("Tones", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Tones(), []event.Tone{event.Positive, event.Neutral, event.Negative}, event.Tone.Description)
	})
	t.Run("StatementKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.StatementKinds(), []event.StatementKind{
			event.Quote, event.Remarks, event.JointStatement, event.CommuniqueText,
			event.Readout, event.PressRelease, event.Declaration, event.Letter,
		}, event.StatementKind.Description)
	})
}

func TestIsConflictual(t *testing.T) {
	n := 0
	for _, k := range allKinds {
		if got := k.IsConflictual(); got != conflictual[k] {
			t.Errorf("%s.IsConflictual() = %v, want %v", k, got, conflictual[k])
		}
		if conflictual[k] {
			n++
		}
	}
	if n != len(conflictual) {
		t.Errorf("%d conflictual kinds among the constants, want %d", n, len(conflictual))
	}
	if event.Kind("sumit").IsConflictual() {
		t.Error("an unknown kind is conflictual")
	}
}

// TestDocTaxonomy checks that the taxonomy table of the package
// documentation lists every kind, in order, with its definition and
// whether it is conflictual.
func TestDocTaxonomy(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
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
			if len(rows) == 0 {
				t.Fatalf("continuation line before the first row: %q", line)
			}
			rows[len(rows)-1].definition += " " + strings.TrimSpace(text)
		case in:
			f := strings.Fields(text)
			if len(f) < 3 {
				t.Fatalf("short row %q", line)
			}
			rows = append(rows, row{f[0], f[1], strings.Join(f[2:], " ")})
		}
	}
	if len(rows) != len(allKinds) {
		t.Fatalf("the table has %d rows, want %d", len(rows), len(allKinds))
	}
	for i, k := range allKinds {
		r := rows[i]
		if r.kind != string(k) {
			t.Errorf("row %d is %q, want %q", i, r.kind, k)
			continue
		}
		want := "no"
		if k.IsConflictual() {
			want = "yes"
		}
		if r.conflictual != want {
			t.Errorf("%s: conflictual %q, want %q", k, r.conflictual, want)
		}
		if r.definition != k.Description() {
			t.Errorf("%s: definition %q,\nwant %q", k, r.definition, k.Description())
		}
	}
}

// TestVocabulariesImmutable checks that a caller who edits a vocabulary
// it got changes nothing the package relies on.
func TestVocabulariesImmutable(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Kinds) })
	t.Run("Statuses", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Statuses) })
	t.Run("Roles", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Roles) })
	t.Run("RelationKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.RelationKinds) })
	t.Run("Tones", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Tones) })
	t.Run("StatementKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.StatementKinds) })
}
