package plover

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendString checks the string writer against encoding/json's
// reader.
func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote\back`, "<&>", "tab\tnl\ncr\r\x00\x1f\x7f", "é€😀", "\u2028\u2029", "bad\xffutf8", strings.Repeat("ab", 100)} {
		t.Run(s, func(t *testing.T) {
			b := appendString(nil, s)
			var back string
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: %v", b, err)
			}
			want := s
			if !utf8.ValidString(s) {
				want = strings.ToValidUTF8(s, "\ufffd")
			}
			if back != want {
				t.Errorf("%q written as %s, read as %q", s, b, back)
			}
		})
	}
	if got := string(appendString(nil, "<&>")); got != `"<&>"` {
		t.Errorf("HTML characters escaped: %s", got)
	}
}

func TestIsJSONNumber(t *testing.T) {
	for s, want := range map[string]bool{"0": true, "-0": true, "12": true, "1.5": true, "-1.5e-3": true, "1E+2": true,
		"": false, "-": false, "01": false, "1.": false, ".5": false, "1e": false, "+1": false, "NaN": false, "1 ": false, "0x1": false} {
		if got := isJSONNumber(s); got != want {
			t.Errorf("isJSONNumber(%q) = %v", s, got)
		}
		if want && !json.Valid([]byte(s)) {
			t.Errorf("%q accepted but not JSON", s)
		}
	}
}
