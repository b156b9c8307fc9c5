package decision_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func FuzzUnmarshal(f *testing.F) {
	for _, name := range []string{"resolution", "vote", "count", "position"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"urn:x","motion":"urn:m","body":"urn:b","result":"adopted","counts":[{"option":"yes","value":2},{"option":"no","value":0}],"positions":[{"voter":"urn:a","option":"veto","role":"permanent-member"},{"voter":"urn:a","option":"yes"}]}`))
	f.Add([]byte(`{"id":"urn:x","kind":"amendment","status":"adopted","symbol":"A/RES/377(V)","body":"urn:b","method":"consensus"}`))
	f.Add([]byte(`{"counts":[{"option":"yes","value":-1,"group":"urn:g"},{"option":"veto","value":1e3}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		modeltest.DecodeStable[decision.Resolution](t, data)
		modeltest.DecodeStable[decision.Vote](t, data)
		modeltest.DecodeStable[decision.Count](t, data)
		modeltest.DecodeStable[decision.Position](t, data)
	})
}

// FuzzCheckSymbol checks that CheckSymbol never panics and accepts only
// what its rule allows.
func FuzzCheckSymbol(f *testing.F) {
	for _, s := range []string{"S/2022/155", "S/RES/2623 (2022)", "A/RES/377(V)", "1/CP.21", "S//1", "(", " (1)", "A/(B)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if decision.CheckSymbol(s) != nil {
			return
		}
		for _, r := range s {
			if r >= 0x80 || r < ' ' {
				t.Fatalf("CheckSymbol(%q) accepted a character outside printable ASCII", s)
			}
		}
		if s[0] == '/' || s[len(s)-1] == '/' {
			t.Fatalf("CheckSymbol(%q) accepted an empty component", s)
		}
	})
}
