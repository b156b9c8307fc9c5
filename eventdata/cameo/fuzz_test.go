package cameo_test

import (
	"errors"
	"testing"

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
			if !errors.Is(err, cameo.ErrInvalidCode) && !errors.Is(err, cameo.ErrUnknownCode) {
				t.Fatalf("ParseEventCode(%q): error %v wraps neither sentinel", s, err)
			}
			if found {
				t.Fatalf("ParseEventCode(%q) failed but LookupEvent finds %+v", s, looked)
			}
			// At most 64 input bytes are quoted, each at most 4 bytes
			// once escaped ("\xff").
			if len(err.Error()) > 64*4+100 {
				t.Fatalf("error message of %d bytes", len(err.Error()))
			}
			return
		}
		if !found || c != looked || c.Code != s {
			t.Fatalf("ParseEventCode(%q) = %+v; LookupEvent = %+v, %v", s, c, looked, found)
		}
		if len(s) < 2 || len(s) > 4 || c.RootCode != s[:2] || c.QuadClass == 0 {
			t.Fatalf("accepted %q as %+v", s, c)
		}
	})
}
