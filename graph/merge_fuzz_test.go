package graph_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
)

// FuzzMerge merges any two records that decode. Merge must not panic; a
// failure must be field errors wrapping sentinels; the result must not
// depend on the order of the two; and when both validate, so does the
// result, and a valid record merged with itself is itself, unless two of
// its nodes share an identifier (which unifies them).
func FuzzMerge(f *testing.F) {
	for _, g := range conflictInputs() {
		f.Add([]byte(marshalJSON(f, g)), []byte(marshalJSON(f, conflictInputs()[0])))
	}
	golden, err := os.ReadFile(goldenSmall)
	require.NoError(f, err)
	f.Add(golden, []byte(marshalJSON(f, conflictInputs()[1])))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		ga, err := graph.Unmarshal(a)
		if err != nil {
			return
		}
		gb, err := graph.Unmarshal(b)
		if err != nil {
			return
		}
		ab, repAB, err := graph.Merge([]*graph.Graph{ga, gb}, graph.MergeOptions{})
		if err != nil {
			checkFieldErrors(t, "Merge", err)
			return
		}
		ba, repBA, err := graph.Merge([]*graph.Graph{gb, ga}, graph.MergeOptions{})
		require.NoError(t, err)
		assert.Equal(t, marshalJSON(t, ab), marshalJSON(t, ba))
		assert.Equal(t, marshalJSON(t, repAB), marshalJSON(t, repBA))
		// The report lists the errors of the merged record, and only those.
		assert.Equal(t, ab.Validate() == nil, len(repAB.Invalid) == 0, "MergeReport.Invalid: %q", repAB.Invalid)
		if ga.Validate() != nil {
			return
		}
		aa, rep, err := graph.Merge([]*graph.Graph{ga, ga}, graph.MergeOptions{})
		require.NoError(t, err)
		if len(rep.Unified) == 0 {
			assert.Equal(t, marshalJSON(t, ga), marshalJSON(t, aa))
		}
		if gb.Validate() == nil {
			assert.NoError(t, ab.Validate())
		}
	})
}
