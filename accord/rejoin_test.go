package accord_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
)

// TestWithdrawAndRejoin checks a party that accepts, withdraws, accepts
// again and withdraws again, as the United States did with the Paris
// Agreement, and that a withdrawal before any consent is still an error.
func TestWithdrawAndRejoin(t *testing.T) {
	us := diplo.ID("urn:uuid:00000000-0000-4000-8000-0000000000aa")
	act := func(k accord.ActionKind, d string) accord.Action {
		return accord.Action{Kind: k, Party: us, Date: diplo.MustParseDate(d)}
	}
	base := accord.Accord{
		ID:      "urn:uuid:00000000-0000-4000-8000-000000000001",
		Kind:    accord.Treaty,
		Title:   diplo.MustNewText("en", "Paris Agreement"),
		Parties: []diplo.ID{us},
	}
	ok := base
	ok.Actions = []accord.Action{
		act(accord.Signature, "2016-04-22"),
		act(accord.Acceptance, "2016-09-03"),
		act(accord.Withdrawal, "2020-11-04"),
		act(accord.Acceptance, "2021-01-20"),
		act(accord.Withdrawal, "2026-01-27"),
	}
	require.NoError(t, ok.Validate(), "withdraw and rejoin")
	bad := base
	bad.Actions = []accord.Action{
		act(accord.Withdrawal, "2015-01-01"),
		act(accord.Signature, "2016-04-22"),
	}
	err := bad.Validate()
	var oe *accord.OrderError
	require.ErrorAs(t, err, &oe, "withdrawal before signature")
	require.ErrorIs(t, err, diplo.ErrOrder, "withdrawal before signature")
	require.Equal(t, accord.Signature, oe.Before, "withdrawal before signature: %v", err)
	var fe *diplo.FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "actions[0].date", fe.Path, "path: %v", err)
}
