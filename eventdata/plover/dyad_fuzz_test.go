package plover_test

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// fuzzMaxDyads is the bound FuzzDyads sets on each record.
const fuzzMaxDyads = 64

// FuzzDyads checks that Dyads never panics and that what it gives follows
// its rule: one dyad per actor × recipient (an empty list counting as one
// empty entity), none for a record without an event type other than
// DOCUMENT, never more than the bound, and an error wrapping
// diplo.ErrLimit exactly when the rule would exceed the bound.
func FuzzDyads(f *testing.F) {
	f.Add([]byte(`[{"id":"a","date":"2000-01-01","source":[{"actorText":"Hungarian","code":"HUN","sector":"GOV"},{"code":"ROU"}],"target":"","event":"INVESTIGATE","context":"diplomatic, military"}]`))
	f.Add([]byte("{\"id\":\"b\",\"actor\":[{\"code\":\"USA\"},{\"code\":\"FRA\"}],\"recipient\":[{\"code\":\"RUS\"}],\"event\":[\"ACCUSE\",\"THREATEN\",\"DOCUMENT\"],\"mode\":[\"allege\",\"x\"]}\n{\"id\":\"c\",\"event\":\"DOCUMENT\"}\n"))
	f.Add(bigRecord(f, 9, 8, 30, 5))  // 72 dyads: over the bound
	f.Add(bigRecord(f, 8, 8, 200, 5)) // 64 dyads: at the bound
	f.Add([]byte(`{"id":"x","event":"CONSULT","actor":[{},{},{}],"recipient":[],"quad_code":"9","event_scale":1e308}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := plover.NewDecoder(bytes.NewReader(data), plover.DecoderOptions{Limits: diplo.Limits{MaxBytes: 64 << 10}})
		for range 1000 {
			r, err := d.Decode()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				if errors.Is(err, plover.ErrJSON) || errors.Is(err, plover.ErrJSON) {
					return
				}
				continue
			}
			events := r.Events()
			first := slices.IndexFunc(events, func(e plover.EventType) bool { return e != plover.Document })
			want := max(1, len(r.Actor.Items)) * max(1, len(r.Recipient.Items))
			if first < 0 {
				want = 0
			}
			ds, err := plover.Dyads(r, plover.DyadOptions{MaxDyads: fuzzMaxDyads})
			if err != nil {
				require.ErrorIs(t, err, diplo.ErrLimit, "%d dyads by the rule, bound %d", want, fuzzMaxDyads)
				require.Greater(t, want, fuzzMaxDyads, "dyads by the rule: an error within the bound: %v", err)
				require.Nil(t, ds, "dyads returned with the error %v", err)
				continue
			}
			require.Len(t, ds, want, "dyads (bound %d)", fuzzMaxDyads)
			require.LessOrEqual(t, len(ds), fuzzMaxDyads, "dyads beyond the bound")
			for _, dy := range ds {
				e, _ := plover.CanonicalCoding(events[first], "")
				require.Equal(t, string(e), dy.PLOVER.Event, "dyad event")
			}
		}
	})
}
