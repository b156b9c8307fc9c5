package plover_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// TestDecoderOptions checks that the zero DecoderOptions give the
// documented defaults (unknown keys kept in Extra, diplo's default
// limits) and that each field takes effect, in NewDecoder and ReadAll.
func TestDecoderOptions(t *testing.T) {
	unknown := `[{"id":"a","foo":1}]`
	atDefault := `[{"id":"` + strings.Repeat("x", diplo.DefaultMaxString) + `"}]`
	overDefault := `[{"id":"` + strings.Repeat("x", diplo.DefaultMaxString+1) + `"}]`
	tests := []struct {
		name  string
		in    string
		o     plover.DecoderOptions
		err   error // nil: one record read
		extra bool  // the record keeps "foo" in Extra
	}{
		{"zero: unknown keys kept", unknown, plover.DecoderOptions{}, nil, true},
		{"zero: a string within DefaultMaxString", atDefault, plover.DecoderOptions{}, nil, false},
		{"zero: a string over DefaultMaxString", overDefault, plover.DecoderOptions{}, diplo.ErrLimit, false},
		{"DisallowUnknownFields", unknown, plover.DecoderOptions{DisallowUnknownFields: true}, plover.ErrUnknownField, false},
		{"Limits", `[{"id":"abcdefghijklmnop"}]`, plover.DecoderOptions{Limits: diplo.Limits{MaxString: 10}}, diplo.ErrLimit, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := plover.NewDecoder(strings.NewReader(tc.in), tc.o).Decode()
			recs, allErr := plover.ReadAll(strings.NewReader(tc.in), tc.o)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				assert.ErrorIs(t, allErr, tc.err)
				return
			}
			require.NoError(t, err)
			require.NoError(t, allErr)
			require.Len(t, recs, 1)
			assert.Equal(t, rec, recs[0])
			if tc.extra {
				assert.JSONEq(t, `1`, string(rec.Extra["foo"]))
			} else {
				assert.Empty(t, rec.Extra)
			}
		})
	}
}

// TestDyadOptions checks that the zero DyadOptions give the documented
// defaults (at most DefaultMaxDyads dyads, nothing counted) and that each
// field takes effect.
func TestDyadOptions(t *testing.T) {
	over := decodeOne(t, bigRecord(t, 40, 26, 2, 1))   // 1,040 dyads
	within := decodeOne(t, bigRecord(t, 40, 25, 2, 1)) // 1,000 dyads
	tests := []struct {
		name    string
		r       plover.Record
		o       plover.DyadOptions
		want    int // dyads; -1 for the limit error
		omitted map[string]int
	}{
		{"zero: DefaultMaxDyads dyads", within, plover.DyadOptions{}, plover.DefaultMaxDyads, nil},
		{"zero: over DefaultMaxDyads", over, plover.DyadOptions{}, -1, nil},
		{"MaxDyads", within, plover.DyadOptions{MaxDyads: 999}, -1, nil},
		{"MaxDyads none", over, plover.DyadOptions{MaxDyads: diplo.NoLimit}, 1040, nil},
		{"Omitted", within, plover.DyadOptions{Omitted: map[string]int{}}, 1000, map[string]int{"further event type": 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := plover.Dyads(tc.r, tc.o)
			if tc.want < 0 {
				assert.ErrorIs(t, err, diplo.ErrLimit)
				assert.Empty(t, ds)
			} else {
				require.NoError(t, err)
				assert.Len(t, ds, tc.want)
			}
			if tc.omitted != nil {
				assert.Equal(t, tc.omitted, tc.o.Omitted)
			}
		})
	}
}
