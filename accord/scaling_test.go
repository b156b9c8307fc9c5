package accord_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/scaling"
)

// listID returns the ID of the i-th node of a kind in the long lists below.
func listID(kind string, i int) diplo.ID {
	return diplo.ID("https://example.org/" + kind + "/" + strconv.Itoa(i))
}

// wideAccord returns a valid accord of n parties, each with a signatory,
// a signature, a ratification and an entry into force of its own, after
// an adoption and an accord-wide entry into force, in n authentic
// languages.
func wideAccord(tb testing.TB, n int) accord.Accord {
	a := accord.Accord{ID: commissionAccordID, Kind: accord.Treaty, Title: diplo.MustNewText("fr", "Traité"),
		Actions: []accord.Action{
			{Kind: accord.Adoption, Date: diplo.MustParseDate("2025-01-10")},
			{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2025-03-01")},
		}}
	for i := range n {
		party := listID("state", i)
		a.Parties = append(a.Parties, party)
		a.Signatories = append(a.Signatories, accord.Signatory{Person: listID("person", i), Party: party})
		a.Actions = append(a.Actions,
			accord.Action{Kind: accord.Signature, Date: diplo.MustParseDate("2025-02-01"), Party: party},
			accord.Action{Kind: accord.Ratification, Date: diplo.MustParseDate("2025-02-15"), Party: party},
			accord.Action{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2025-04-01"), Party: party})
		tag, err := language.Parse("fr-x-" + strconv.FormatInt(int64(i), 36))
		require.NoError(tb, err)
		a.Languages = append(a.Languages, tag)
	}
	return a
}

// The paths of Accord.Validate over its lists, measured at n, 4n and 16n
// by BenchmarkAccordValidateWide and held to n log n by
// TestAccordValidateScales.
var accordCases = []scaling.Case{
	{Name: "AccordWide", N: 300, Setup: func(tb testing.TB, n int) func() {
		a := wideAccord(tb, n)
		require.NoError(tb, a.Validate())
		return func() {
			if err := a.Validate(); err != nil {
				tb.Fatal(err)
			}
		}
	}},
	// Every party ratifies before it signs: one order error per party.
	{Name: "AccordWideOutOfOrder", N: 300, Setup: func(tb testing.TB, n int) func() {
		a := wideAccord(tb, n)
		for i := range a.Actions {
			if a.Actions[i].Kind == accord.Ratification {
				a.Actions[i].Date = diplo.MustParseDate("2025-01-20")
			}
		}
		require.Error(tb, a.Validate())
		return func() {
			if a.Validate() == nil {
				tb.Fatal("Validate accepts an accord out of order")
			}
		}
	}},
}

func TestAccordValidateScales(t *testing.T) {
	for _, c := range accordCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkAccordValidateWide(b *testing.B) {
	for _, c := range accordCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// TestAccordValidateLongLists checks the rules of long lists of parties,
// signatories, actions and languages, which Validate checks through maps:
// the same errors, at the same paths, as short lists give.
func TestAccordValidateLongLists(t *testing.T) {
	const n = 40
	a := wideAccord(t, n)
	a.Signatories = append(a.Signatories, accord.Signatory{Person: putinID, Party: franceID})
	a.Actions = append(a.Actions, accord.Action{Kind: accord.Withdrawal, Date: diplo.MustParseDate("2025-01-01"), Party: listID("state", 3)})
	a.Languages = append(a.Languages, a.Languages[7], language.Und)
	var es diplo.Errors
	require.ErrorAs(t, a.Validate(), &es)
	var paths []string
	for _, fe := range es {
		paths = append(paths, fe.Path)
	}
	nActions := 2 + 3*n
	assert.Equal(t, []string{
		"actions[" + strconv.Itoa(nActions) + "].date",
		"languages[" + strconv.Itoa(n) + "]",
		"languages[" + strconv.Itoa(n+1) + "]",
		"signatories[" + strconv.Itoa(n) + "].party",
	}, paths)
	assert.ErrorIs(t, es[0], diplo.ErrOrder)
	var oe *accord.OrderError
	require.ErrorAs(t, es[0], &oe)
	// The withdrawal on 1 January comes before the adoption on 10 January,
	// the earliest action it requires.
	assert.Equal(t, accord.Adoption, oe.Before)
	assert.Equal(t, 0, oe.Index)
	assert.ErrorIs(t, es[1], diplo.ErrDuplicate)
	assert.ErrorIs(t, es[2], diplo.ErrLanguage)
	assert.ErrorIs(t, es[3], diplo.ErrInconsistent)
}
