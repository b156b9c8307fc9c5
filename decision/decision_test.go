package decision_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// IDs of the nodes the test values link to. The vote is the Security
// Council's on draft resolution S/2022/155, 25 February 2022: 11 in
// favour, Russia against (a veto), China, India and the United Arab
// Emirates abstaining.
const (
	draftID   diplo.ID = "https://example.org/resolution/s-2022-155"
	voteID    diplo.ID = "https://example.org/vote/s-pv-8979"
	councilID diplo.ID = "https://example.org/org/unsc"
	meetingID diplo.ID = "https://example.org/event/s-pv-8979"
	explainID diplo.ID = "https://example.org/statement/india-eov"
	pressID   diplo.ID = "https://example.org/source/sc-14808"
	groupID   diplo.ID = "https://example.org/org/eu"
)

func state(code string) diplo.ID { return diplo.ID("https://w3id.org/diplo/id/state/" + code) }

// The members of the Security Council in 2022, permanent first.
var (
	permanent = []string{"CN", "FR", "RU", "GB", "US"}
	elected   = []string{"AL", "BR", "GA", "GH", "IN", "IE", "KE", "MX", "NO", "AE"}
)

func validPosition() decision.Position {
	return decision.Position{Voter: state("IN"), Option: decision.Abstain, Role: decision.ElectedMember, Explanation: explainID}
}

func validCount() decision.Count {
	return decision.Count{Option: decision.Yes, Value: 11, Group: groupID}
}

func validVote() decision.Vote {
	opts := map[string]decision.Option{"RU": decision.Veto, "CN": decision.Abstain, "IN": decision.Abstain, "AE": decision.Abstain}
	var ps []decision.Position
	for _, list := range [][]string{permanent, elected} {
		for _, c := range list {
			p := decision.Position{Voter: state(c), Option: decision.Yes, Role: decision.PermanentMember}
			if list[0] == elected[0] {
				p.Role = decision.ElectedMember
			}
			if o, ok := opts[c]; ok {
				p.Option = o
			}
			if c == "IN" {
				p.Explanation = explainID
			}
			ps = append(ps, p)
		}
	}
	return decision.Vote{
		ID:       voteID,
		Motion:   draftID,
		Body:     councilID,
		Event:    meetingID,
		Date:     diplo.MustParseDate("2022-02-25"),
		Result:   decision.ResultRejected,
		Majority: decision.ConcurringPermanent,
		Counts: []decision.Count{
			{Option: decision.Yes, Value: 11},
			{Option: decision.No, Value: 1},
			{Option: decision.Abstain, Value: 3},
			{Option: decision.Yes, Value: 3, Group: groupID}, // illustrative: a count for a group of members
		},
		Positions:   ps,
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.URL, "https://press.un.org/en/2022/sc14808.doc.htm")},
		Sources:     []diplo.ID{pressID},
		Claims: []diplo.Claim{{
			Property:    "result",
			Value:       diplo.MustNewText("en", "rejected"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{pressID}},
		}},
	}
}

func validResolution() decision.Resolution {
	return decision.Resolution{
		ID:     draftID,
		Kind:   decision.ResolutionKind,
		Status: decision.Rejected,
		Symbol: "S/2022/155",
		Title: diplo.Text{
			language.English:              "Draft resolution on the aggression against Ukraine",
			language.MustParse("fr-t-en"): "Projet de résolution sur l'agression contre l'Ukraine",
		},
		Body:        councilID,
		Date:        diplo.MustParseDate("2022-02-25"),
		Text:        diplo.MustNewText("en", "Deplores in the strongest terms the Russian Federation's aggression against Ukraine"),
		Sponsors:    []diplo.ID{state("US"), state("AL")},
		Method:      decision.ByVote,
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.URL, "https://undocs.org/S/2022/155")},
		Sources:     []diplo.ID{pressID},
		Claims: []diplo.Claim{{
			Property:    "status",
			Value:       diplo.MustNewText("en", "vetoed"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{pressID}},
		}},
	}
}

func TestValidValues(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
	}{
		{"Resolution", validResolution()},
		{"Vote", validVote()},
		{"Count", validCount()},
		{"Position", validPosition()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.v.Validate())
			modeltest.CheckAllSet(t, tc.v)
		})
	}
}

func TestResolutionValidate(t *testing.T) {
	type R = decision.Resolution
	cases := modeltest.IDRules(func(r *R) *diplo.ID { return &r.ID })
	cases = append(cases, modeltest.IdentifierRules(func(r *R) *[]diplo.Identifier { return &r.Identifiers })[:2]...)
	cases = append(cases, modeltest.IDListRules("sponsors", func(r *R) *[]diplo.ID { return &r.Sponsors })...)
	cases = append(cases, modeltest.IDListRules("sources", func(r *R) *[]diplo.ID { return &r.Sources })...)
	cases = append(cases, []modeltest.Rule[R]{
		{Name: "kind required", Edit: func(r *R) { r.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(r *R) { r.Kind = "bill" }, Path: "kind", Want: diplo.ErrUnknown},
		{Name: "status required", Edit: func(r *R) { r.Status = "" }, Path: "status", Want: diplo.ErrRequired},
		{Name: "status unknown", Edit: func(r *R) { r.Status = "vetoed" }, Path: "status", Want: diplo.ErrUnknown},
		{Name: "symbol with an empty component", Edit: func(r *R) { r.Symbol = "S//155" }, Path: "symbol", Want: diplo.ErrSyntax},
		{Name: "symbol with a space", Edit: func(r *R) { r.Symbol = "S/2022/155 draft" }, Path: "symbol", Want: diplo.ErrSyntax},
		{Name: "symbol and title missing", Edit: func(r *R) { r.Symbol, r.Title = "", nil }, Path: "title", Want: diplo.ErrRequired},
		{Name: "title undetermined language", Edit: func(r *R) { r.Title = diplo.Text{language.Und: "x"} }, Path: "title.und", Want: diplo.ErrLanguage},
		{Name: "body required", Edit: func(r *R) { r.Body = "" }, Path: "body", Want: diplo.ErrRequired},
		{Name: "body not an IRI", Edit: func(r *R) { r.Body = "Security Council" }, Path: "body", Want: diplo.ErrSyntax},
		{Name: "text undetermined language", Edit: func(r *R) { r.Text = diplo.Text{language.Und: "x"} }, Path: "text.und", Want: diplo.ErrLanguage},
		{Name: "method unknown", Edit: func(r *R) { r.Method = "show-of-hands" }, Path: "method", Want: diplo.ErrUnknown},
		{Name: "consensus rejects nothing", Edit: func(r *R) { r.Method = decision.ByConsensus }, Path: "method", Want: diplo.ErrInconsistent},
		{Name: "claim without attribution", Edit: func(r *R) { r.Claims[0].Attribution = diplo.Attribution{} }, Path: "claims[0].sources", Want: diplo.ErrRequired},
	}...)
	modeltest.RunRules(t, validResolution, cases)
}

func TestResolutionAccepts(t *testing.T) {
	tests := []struct {
		name string
		edit func(*decision.Resolution)
	}{
		{"symbol alone", func(r *decision.Resolution) { r.Title = nil }},
		{"title alone", func(r *decision.Resolution) { r.Symbol = "" }},
		{"adopted by consensus", func(r *decision.Resolution) { r.Status, r.Method = decision.Adopted, decision.ByConsensus }},
		{"draft without method", func(r *decision.Resolution) { r.Status, r.Method = decision.Draft, "" }},
		{"minimal", func(r *decision.Resolution) {
			*r = decision.Resolution{ID: r.ID, Kind: decision.Motion, Status: decision.Withdrawn, Body: r.Body, Title: diplo.MustNewText("en", "Motion to adjourn")}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validResolution()
			tc.edit(&r)
			assert.NoError(t, r.Validate())
		})
	}
}

func TestCheckSymbol(t *testing.T) {
	for _, s := range []string{"S/2022/155", "S/RES/2623 (2022)", "A/RES/ES-11/1", "A/C.3/78/L.4/Rev.1", "1/CP.21", "A/RES/377(V)", "E/CN.4/2005/L.10/Add.1"} {
		assert.NoError(t, decision.CheckSymbol(s), s)
	}
	for _, s := range []string{"", "/S/1", "S/1/", "S//1", "S/RES/2623  (2022)", "S/RES/2623 (2022", "S/RES/2623 ()", "S/.1", "S/1.", "S/1 x", "S/é", "S/1\x00", "(2022)", "S/1..2", "S/1.-2", "S/1 (20 22)"} {
		err := decision.CheckSymbol(s)
		assert.ErrorIs(t, err, diplo.ErrSyntax, "%q", s)
	}
	long := "A/" + strings.Repeat("B/", decision.MaxSymbol/2)
	assert.ErrorIs(t, decision.CheckSymbol(long[:len(long)-1]), diplo.ErrSyntax, "longer than MaxSymbol")
}

func TestVoteValidate(t *testing.T) {
	type V = decision.Vote
	cases := modeltest.IDRules(func(v *V) *diplo.ID { return &v.ID })
	cases = append(cases, modeltest.IdentifierRules(func(v *V) *[]diplo.Identifier { return &v.Identifiers })[:2]...)
	cases = append(cases, modeltest.IDListRules("sources", func(v *V) *[]diplo.ID { return &v.Sources })...)
	yes := func(v *V) *decision.Position { return &v.Positions[5] } // Albania, in favour
	cases = append(cases, []modeltest.Rule[V]{
		{Name: "motion required", Edit: func(v *V) { v.Motion = "" }, Path: "motion", Want: diplo.ErrRequired},
		{Name: "body not an IRI", Edit: func(v *V) { v.Body = "UNSC" }, Path: "body", Want: diplo.ErrSyntax},
		{Name: "event not an IRI", Edit: func(v *V) { v.Event = "meeting" }, Path: "event", Want: diplo.ErrSyntax},
		{Name: "result required", Edit: func(v *V) { v.Result = "" }, Path: "result", Want: diplo.ErrRequired},
		{Name: "result unknown", Edit: func(v *V) { v.Result = "pass" }, Path: "result", Want: diplo.ErrUnknown},
		{Name: "majority unknown", Edit: func(v *V) { v.Majority = "most" }, Path: "majority", Want: diplo.ErrUnknown},

		{Name: "count option required", Edit: func(v *V) { v.Counts[3].Option = "" }, Path: "counts[3].option", Want: diplo.ErrRequired},
		{Name: "count option unknown", Edit: func(v *V) { v.Counts[3].Option = "aye" }, Path: "counts[3].option", Want: diplo.ErrUnknown},
		{Name: "count of vetoes", Edit: func(v *V) { v.Counts[3].Option = decision.Veto }, Path: "counts[3].option", Want: diplo.ErrInconsistent},
		{Name: "count negative", Edit: func(v *V) { v.Counts[3].Value = -1 }, Path: "counts[3].value", Want: diplo.ErrRange},
		{Name: "count group not an IRI", Edit: func(v *V) { v.Counts[3].Group = "EU" }, Path: "counts[3].group", Want: diplo.ErrSyntax},
		{Name: "option counted twice", Edit: func(v *V) { v.Counts[3].Group = "" }, Path: "counts[3].option", Want: diplo.ErrDuplicate},

		{Name: "voter required", Edit: func(v *V) { yes(v).Voter = "" }, Path: "positions[5].voter", Want: diplo.ErrRequired},
		{Name: "voter not an IRI", Edit: func(v *V) { yes(v).Voter = "Albania" }, Path: "positions[5].voter", Want: diplo.ErrSyntax},
		{Name: "member votes twice", Edit: func(v *V) { yes(v).Voter = state("US") }, Path: "positions[5].voter", Want: diplo.ErrDuplicate},
		{Name: "position option required", Edit: func(v *V) { yes(v).Option = "" }, Path: "positions[5].option", Want: diplo.ErrRequired, Count: 2},
		{Name: "position option unknown", Edit: func(v *V) { yes(v).Option = "aye" }, Path: "positions[5].option", Want: diplo.ErrUnknown, Count: 2},
		{Name: "role unknown", Edit: func(v *V) { yes(v).Role = "observer" }, Path: "positions[5].role", Want: diplo.ErrUnknown},
		{Name: "explanation not an IRI", Edit: func(v *V) { yes(v).Explanation = "eov" }, Path: "positions[5].explanation", Want: diplo.ErrSyntax},

		// A veto.
		{Name: "veto of an elected member", Edit: func(v *V) { v.Positions[7].Option = decision.Veto; v.Counts[0].Value, v.Counts[1].Value = 10, 2 },
			Path: "positions[7].role", Want: diplo.ErrInconsistent},
		{Name: "veto under a two-thirds majority", Edit: func(v *V) { v.Majority = decision.TwoThirds }, Path: "positions[2].option", Want: diplo.ErrInconsistent},
		{Name: "vetoed motion adopted", Edit: func(v *V) { v.Result = decision.ResultAdopted }, Path: "result", Want: diplo.ErrInconsistent},

		// The majority required.
		{Name: "adopted without a simple majority", Edit: func(v *V) { adopt(v, decision.Simple, 5, 5) }, Path: "result", Want: diplo.ErrInconsistent},
		{Name: "adopted without two thirds", Edit: func(v *V) { adopt(v, decision.TwoThirds, 9, 5) }, Path: "result", Want: diplo.ErrInconsistent},
		{Name: "adopted unanimously with a no", Edit: func(v *V) { adopt(v, decision.Unanimity, 13, 1) }, Path: "result", Want: diplo.ErrInconsistent},

		// Counts and positions, both complete.
		{Name: "count above its positions", Edit: func(v *V) { v.Counts[0].Value, v.Counts[2].Value = 12, 2 },
			Path: "counts[2].value", Want: diplo.ErrInconsistent, Count: 2},
		{Name: "option of a position not counted", Edit: func(v *V) { v.Positions[6].Option = decision.NotParticipating },
			Path: "positions[6].option", Want: diplo.ErrInconsistent, Count: 2},
		// Positions incomplete: a count is never less than its positions.
		{Name: "count below its positions", Edit: func(v *V) { v.Counts[2].Value = 2; v.Positions = append(v.Positions[:5], v.Positions[7:]...) },
			Path: "counts[2].value", Want: diplo.ErrInconsistent},
	}...)
	modeltest.RunRules(t, validVote, cases)
}

// adopt turns v into an adopted vote under majority m with the given
// counts of yes and no and no positions.
func adopt(v *decision.Vote, m decision.Majority, yes, no int) {
	v.Result, v.Majority, v.Positions = decision.ResultAdopted, m, nil
	v.Counts[0].Value, v.Counts[1].Value = yes, no
}

// TestMajorityAccepts checks the counts that meet each majority, and the
// majorities the counts cannot judge.
func TestMajorityAccepts(t *testing.T) {
	tests := []struct {
		m       decision.Majority
		yes, no int
	}{
		{decision.Simple, 6, 5}, {decision.TwoThirds, 10, 5}, {decision.Unanimity, 14, 0},
		{decision.Absolute, 1, 5}, {decision.Qualified, 1, 5}, {decision.ConcurringPermanent, 1, 5}, {"", 1, 5},
	}
	for _, tc := range tests {
		t.Run(string(tc.m), func(t *testing.T) {
			v := validVote()
			adopt(&v, tc.m, tc.yes, tc.no)
			assert.NoError(t, v.Validate())
		})
	}
	v := validVote()
	adopt(&v, decision.Simple, 1, 5)
	v.Counts = v.Counts[:1]
	assert.NoError(t, v.Validate(), "no count of noes: nothing to judge")
	v = validVote()
	adopt(&v, decision.Simple, 1, 5)
	v.Result = decision.ResultRejected
	assert.NoError(t, v.Validate(), "a rejection is not judged: a motion may fail for other reasons")
}

// TestCountsAgreement checks the agreement of counts and positions on
// values that pass, and names the rule's error.
func TestCountsAgreement(t *testing.T) {
	t.Run("positions partial", func(t *testing.T) {
		v := validVote()
		v.Positions = v.Positions[:3]
		assert.NoError(t, v.Validate())
	})
	t.Run("counts partial", func(t *testing.T) {
		v := validVote()
		v.Counts = v.Counts[:1]
		assert.NoError(t, v.Validate(), "11 yes of 15 positions: not complete, and no count below its positions")
	})
	t.Run("no counts", func(t *testing.T) {
		v := validVote()
		v.Counts = nil
		assert.NoError(t, v.Validate())
	})
	t.Run("absent members beside complete counts", func(t *testing.T) {
		v := validVote()
		v.Positions = append(v.Positions, decision.Position{Voter: state("DE"), Option: decision.Absent})
		assert.NoError(t, v.Validate(), "16 positions, 15 counted: the absent member is not counted")
	})
	t.Run("uncounted option named", func(t *testing.T) {
		v := validVote()
		v.Positions[6].Option = decision.NotParticipating
		err := v.Validate()
		fe := modeltest.CheckRule(t, err, "positions[6].option", diplo.ErrInconsistent, 2)
		var ce *decision.CountError
		require.True(t, errors.As(fe, &ce))
		assert.Equal(t, decision.CountError{Option: decision.NotParticipating, Count: -1, Positions: 1}, *ce)
		assert.Contains(t, fe.Error(), `positions[6].option: inconsistent: 1 positions "not-participating" and no count of them`)
	})
	t.Run("count error message", func(t *testing.T) {
		v := validVote()
		v.Counts[0].Value = 9
		fes := modeltest.FieldErrors(t, v.Validate())
		require.Len(t, fes, 1)
		assert.Equal(t, `counts[0].value: inconsistent: count "yes" of 9 where the positions hold 11`, fes[0].Error())
	})
}

func TestVoteMethods(t *testing.T) {
	v := validVote()
	assert.True(t, v.Vetoed())
	assert.Equal(t, map[decision.Option]int{decision.Yes: 11, decision.No: 1, decision.Abstain: 3}, v.Tally())
	v.Positions[2].Option = decision.No
	assert.False(t, v.Vetoed())
	assert.Empty(t, decision.Vote{}.Tally())
}

func TestResolutionLabel(t *testing.T) {
	r := validResolution()
	assert.Equal(t, "S/2022/155", r.Label())
	r.Symbol = ""
	assert.Equal(t, "Draft resolution on the aggression against Ukraine", r.Label())
	assert.Equal(t, "", decision.Resolution{}.Label())
}

func TestPositionValidate(t *testing.T) {
	type P = decision.Position
	modeltest.RunRules(t, validPosition, []modeltest.Rule[P]{
		{Name: "voter required", Edit: func(p *P) { p.Voter = "" }, Path: "voter", Want: diplo.ErrRequired},
		{Name: "option unknown", Edit: func(p *P) { p.Option = "nay" }, Path: "option", Want: diplo.ErrUnknown},
		{Name: "veto without role", Edit: func(p *P) { p.Option, p.Role = decision.Veto, "" }, Path: "role", Want: diplo.ErrInconsistent},
	})
}

func TestCountValidate(t *testing.T) {
	type C = decision.Count
	modeltest.RunRules(t, validCount, []modeltest.Rule[C]{
		{Name: "option required", Edit: func(c *C) { c.Option = "" }, Path: "option", Want: diplo.ErrRequired},
		{Name: "value negative", Edit: func(c *C) { c.Value = -3 }, Path: "value", Want: diplo.ErrRange},
	})
	assert.NoError(t, decision.Count{Option: decision.No}.Validate(), "a count of zero")
}
