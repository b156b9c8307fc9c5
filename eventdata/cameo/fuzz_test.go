package cameo_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

// FuzzParseEventCode checks that ParseEventCode accepts exactly the codes
// of the table and rejects everything else with one of its two errors.
func FuzzParseEventCode(f *testing.F) {
	for _, s := range []string{"042", "0211", "20", "2042", "42", "0000", "1213", "", "4", "04a", " 042", "٠٤٢", "\xff\xfe", "04211"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := cameo.ParseEventCode(s)
		looked, found := cameo.LookupEvent(s)
		if err != nil {
			require.True(t, errors.Is(err, cameo.ErrInvalidCode) || errors.Is(err, cameo.ErrUnknownCode),
				"ParseEventCode(%q): error %v wraps neither sentinel", s, err)
			require.False(t, found, "ParseEventCode(%q) failed but LookupEvent finds %+v", s, looked)
			// At most 64 input bytes are quoted, each at most 4 bytes
			// once escaped ("\xff").
			require.LessOrEqual(t, len(err.Error()), 64*4+100, "length of the error message")
			return
		}
		require.True(t, found, "ParseEventCode(%q) succeeded but LookupEvent finds nothing", s)
		require.Equal(t, looked, c, "ParseEventCode(%q) against LookupEvent", s)
		require.Equal(t, s, c.Code, "ParseEventCode(%q)", s)
		require.True(t, len(s) >= 2 && len(s) <= 4 && c.RootCode == s[:2] && c.QuadClass != 0, "accepted %q as %+v", s, c)
	})
}
