package dyad_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
)

// TestTablesAreCopies edits what each coding table returns, as a caller
// may, and checks that the table, Project and the Lifter are what they
// were: the library reads its own copy.
func TestTablesAreCopies(t *testing.T) {
	paths, err := filepath.Glob("../../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 5, "example documents")
	project := func() string {
		var out []byte
		for _, p := range paths {
			recs, skipped := dyad.Project(loadGraph(t, p))
			b, err := json.Marshal(struct {
				Records []eventdata.Record
				Skipped []dyad.Skipped
			}{recs, skipped})
			require.NoError(t, err)
			out = append(out, b...)
		}
		return string(out)
	}
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	tur := eventdata.Actor{Code: "TURGOV", CountryCode: "TUR"}
	rus := eventdata.Actor{Code: "RUSGOV", CountryCode: "RUS"}
	rows := []eventdata.Record{
		{Dataset: eventdata.GDELT2, ID: "880000001", Date: day, CAMEO: "042", Source: tur, Target: rus},
		{Dataset: eventdata.GDELT2, ID: "880000002", Date: day, CAMEO: "1612", Source: rus, Target: tur},
		{Dataset: eventdata.PLOVERData, ID: "p1", Date: day, Source: tur, Target: rus,
			PLOVER: eventdata.PLOVER{Event: "CONSULT", Mode: "phone"}},
		{Dataset: eventdata.PLOVERData, ID: "p2", Date: day, Source: rus, Target: tur,
			PLOVER: eventdata.PLOVER{Event: "ACCUSE", Contexts: []string{"diplomatic"}}},
	}
	lift := func() string {
		l := dyad.NewLifter()
		for _, r := range rows {
			_ = l.Add(r)
		}
		b, err := json.Marshal(struct {
			Graph any
			Stats dyad.LiftStats
		}{l.Graph(), l.LiftStats})
		require.NoError(t, err)
		return string(b)
	}
	wantProject, wantLift := project(), lift()
	require.True(t, strings.Contains(wantProject, `"cameo":"042"`), "the examples project to records")
	require.True(t, strings.Contains(wantProject, `"contexts":["diplomatic","environment"]`), "the examples project to PLOVER contexts")
	require.True(t, strings.Contains(wantLift, `"Lifted":4`), "every row lifts: %s", wantLift)

	tests := []struct {
		name  string
		table func() any
		edit  func()
	}{
		{"KindCodings", func() any { return dyad.KindCodings() }, func() {
			m := dyad.KindCodings()
			for k := range m {
				m[k] = dyad.Coding{CAMEO: "190"}
			}
		}},
		{"StatusCodings", func() any { return dyad.StatusCodings() }, func() {
			m := dyad.StatusCodings()
			m[event.Held] = dyad.Coding{CAMEO: "190"}
			for k := range m {
				m[k] = dyad.Coding{CAMEO: "190"}
			}
		}},
		{"StatementCodings", func() any { return dyad.StatementCodings() }, func() {
			clear(dyad.StatementCodings())
		}},
		{"RoleSides", func() any { return dyad.RoleSides() }, func() {
			m := dyad.RoleSides()
			for k := range m {
				m[k] = dyad.None
			}
		}},
		{"DomainContexts", func() any { return dyad.DomainContexts() }, func() {
			m := dyad.DomainContexts()
			for k := range m {
				m[k] = "edited"
			}
			m[diplo.Domain("culture")] = "edited"
		}},
		{"CAMEOKinds", func() any { return dyad.CAMEOKinds() }, func() {
			clear(dyad.CAMEOKinds())
		}},
		{"PLOVERKinds", func() any { return dyad.PLOVERKinds() }, func() {
			m := dyad.PLOVERKinds()
			for k := range m {
				m[k] = dyad.Lifting{Kind: event.Ultimatum, Context: "edited"}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.table()
			require.NotEmpty(t, before)
			tc.edit()
			assert.Equal(t, before, tc.table(), "the table after a caller edited it")
			assert.True(t, wantProject == project(), "Project gives other records after a caller edited the table")
			assert.True(t, wantLift == lift(), "the Lifter gives another graph after a caller edited the table")
		})
	}
}
