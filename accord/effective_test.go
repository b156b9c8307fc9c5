package accord_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// withdrawal is an accord that a party entered and left: the withdrawal
// notified on 2019-11-04 took effect on 2020-11-04, as the United States'
// withdrawal from the Paris Agreement did.
func withdrawal() accord.Accord {
	day := diplo.MustParseDate
	return accord.Accord{
		ID:      "https://example.org/accord/paris",
		Kind:    accord.Agreement,
		Title:   diplo.MustNewText("en", "Paris Agreement"),
		Parties: []diplo.ID{russiaID, maliID},
		Actions: []accord.Action{
			{Kind: accord.Adoption, Date: day("2015-12-12")},
			{Kind: accord.Signature, Date: day("2016-04-22"), Party: russiaID},
			{Kind: accord.Acceptance, Date: day("2016-09-03"), Effective: day("2016-11-04"), Party: russiaID},
			{Kind: accord.EntryIntoForce, Date: day("2016-11-04")},
			{Kind: accord.Accession, Date: day("2017-01-10"), Party: maliID},
			{Kind: accord.EntryIntoForce, Date: day("2017-02-09"), Party: maliID},
			{Kind: accord.Withdrawal, Date: day("2019-11-04"), Effective: day("2020-11-04"), Party: russiaID},
		},
	}
}

// TestEffectiveDateRules breaks each rule of the effective date and of a
// party's entry into force once, and checks the sentinel and the path.
func TestEffectiveDateRules(t *testing.T) {
	day := diplo.MustParseDate
	modeltest.RunRules(t, withdrawal, []modeltest.Rule[accord.Accord]{
		{Name: "takes effect before it is notified", Edit: func(a *accord.Accord) { a.Actions[6].Effective = day("2019-11-03") },
			Path: "actions[6].effectiveDate", Want: diplo.ErrOrder},
		{Name: "entry into force with an effective date", Edit: func(a *accord.Accord) { a.Actions[5].Effective = day("2017-03-01") },
			Path: "actions[5].effectiveDate", Want: diplo.ErrInconsistent},
		{Name: "party's entry into force before the general one", Edit: func(a *accord.Accord) {
			a.Actions[5].Date = day("2016-11-03")
			a.Actions[4].Date = day("2016-10-01")
		}, Path: "actions[5].date", Want: diplo.ErrOrder},
	})
}

// TestEffectiveDateAccepts checks what the rules must leave alone.
func TestEffectiveDateAccepts(t *testing.T) {
	day := diplo.MustParseDate
	tests := []struct {
		name string
		edit func(*accord.Accord)
	}{
		{"as given", func(*accord.Accord) {}},
		{"effective on the day of notice", func(a *accord.Accord) { a.Actions[6].Effective = a.Actions[6].Date }},
		{"effective date of lower precision", func(a *accord.Accord) { a.Actions[6].Effective = day("2019") }},
		{"party's entry into force on the general one's day", func(a *accord.Accord) { a.Actions[5].Date = day("2016-11-04"); a.Actions[4].Date = day("2016-10-01") }},
		{"general entry into force uncertain", func(a *accord.Accord) { a.Actions[3].Date = day("2017-06-01?") }},
		{"no general entry into force", func(a *accord.Accord) { a.Actions = append(a.Actions[:3], a.Actions[4:]...) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := withdrawal()
			tc.edit(&a)
			assert.NoError(t, a.Validate())
		})
	}
}

// TestTakesEffect checks that the effective date stands in for the date
// only when it is known, and that its JSON name is effectiveDate.
func TestTakesEffect(t *testing.T) {
	a := withdrawal()
	assert.Equal(t, diplo.MustParseDate("2020-11-04"), a.Actions[6].TakesEffect())
	assert.Equal(t, diplo.MustParseDate("2016-11-04"), a.Actions[3].TakesEffect())

	b, err := diplo.Marshal(a.Actions[6])
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"withdrawal","date":"2019-11-04","effectiveDate":"2020-11-04","party":"https://example.org/state/ru"}`, string(b))
}
