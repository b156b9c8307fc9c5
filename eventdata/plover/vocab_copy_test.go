package plover_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/plover"
)

// TestVocabularyListsAreCopies edits what each vocabulary list returns, as
// a caller may, and checks that the lists and what Valid and Canonical
// say of their values are what they were: the package reads its own copy.
func TestVocabularyListsAreCopies(t *testing.T) {
	judge := func() []string {
		var out []string
		for _, e := range plover.AllEventTypes() {
			out = append(out, string(e), boolText(e.Valid()))
		}
		for _, e := range plover.OlderEventTypes() {
			out = append(out, string(e), string(plover.Canonical(e)))
		}
		for _, c := range append(plover.AllContexts(), plover.AuxiliaryModes()...) {
			out = append(out, string(c), boolText(c.Valid()))
		}
		return out
	}
	want := judge()
	require.Contains(t, want, "CONSULT", "the lists hold the vocabulary")
	require.NotContains(t, want, "false", "every listed value is valid")

	tests := []struct {
		name string
		list func() any
		edit func()
	}{
		{"AllEventTypes", func() any { return plover.AllEventTypes() }, func() {
			s := plover.AllEventTypes()
			for i := range s {
				s[i] = "EDITED"
			}
		}},
		{"OlderEventTypes", func() any { return plover.OlderEventTypes() }, func() {
			s := plover.OlderEventTypes()
			for i := range s {
				s[i] = plover.Consult
			}
		}},
		{"AllContexts", func() any { return plover.AllContexts() }, func() {
			s := plover.AllContexts()
			for i := range s {
				s[i] = "edited"
			}
		}},
		{"AuxiliaryModes", func() any { return plover.AuxiliaryModes() }, func() {
			s := plover.AuxiliaryModes()
			for i := range s {
				s[i] = "edited"
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.list()
			tc.edit()
			assert.Equal(t, before, tc.list(), "the list after a caller edited it")
			assert.Equal(t, want, judge(), "Valid and Canonical after a caller edited the list")
		})
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
