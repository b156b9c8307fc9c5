package plover

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsJSONNumber(t *testing.T) {
	for s, want := range map[string]bool{"0": true, "-0": true, "12": true, "1.5": true, "-1.5e-3": true, "1E+2": true,
		"": false, "-": false, "01": false, "1.": false, ".5": false, "1e": false, "+1": false, "NaN": false, "1 ": false, "0x1": false} {
		assert.Equal(t, want, isJSONNumber(s), "isJSONNumber(%q)", s)
		if want {
			assert.True(t, json.Valid([]byte(s)), "%q accepted but not JSON", s)
		}
	}
}
