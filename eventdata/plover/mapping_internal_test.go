package plover

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseMappingErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no colon", "03 AGREE\n", "line 1: want \"code: EVENT, mode, contexts\""},
		{"code form", "# c\n3: AGREE\n", "line 2: want"},
		{"letters", "0a: AGREE\n", "line 1: want"},
		{"fields", "030: AGREE, , x, y\n", "line 1: 4 comma-separated fields"},
		{"event", "030: AGRE, , x\n", "line 1: \"AGRE\" is not a PLOVER event type"},
		{"root with mode", "03: AGREE, visit\n", "line 1: root heading with a mode or context"},
		{"conflict", "030: AGREE\n\n030: CONSULT\n", "line 3: code 030 already mapped otherwise on line 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseMapping([]byte(tc.in))
			require.Error(t, err, "want one containing %q", tc.want)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, strings.HasPrefix(err.Error(), "plover: CAMEO2PLOVER-2021.txt"), "error %v does not name the file", err)
		})
	}
	m, err := parseMapping([]byte("# x\n03: AGREE\n030: AGREE, , diplomatic # a\n030: AGREE,,diplomatic # b\n~~~\n"))
	require.NoError(t, err)
	require.Len(t, m.rows, 2, "parseMapping = %+v", m)
	assert.Equal(t, 3, m.lines, "parseMapping = %+v", m)
	assert.Equal(t, "a", m.rows[1].Comment, "parseMapping = %+v", m)
}

// FuzzParseMapping feeds arbitrary text to the parser of the embedded
// table: it returns an error or a table whose rows are valid codings.
func FuzzParseMapping(f *testing.F) {
	f.Add(cameo2plover[:600])
	f.Add([]byte("08: CONCEDE\n08: RETREAT\n0861: RETREAT, access , peacekeeping\n175: ASSAULT, x, a; b # c\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseMapping(data)
		if err != nil {
			return
		}
		for code, i := range m.index {
			r := m.rows[i]
			require.Equal(t, code, r.CAMEO, "row %+v", r)
			require.True(t, r.Coding.Event.Valid(), "row %+v", r)
			require.True(t, len(code) >= 2 && len(code) <= 4, "row %+v", r)
		}
	})
}
